// End to end in Chinese: the real bot against the fake Discord, serving a folder with one Chinese and one
// English document (composed for the tests), asked as a Chinese user would.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callbackOf, dataOf, embedOf, loadCleanKnowledge } from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const BILINGUAL_DIR = resolve(import.meta.dirname, '../fixtures/bilingual');

const { fake } = useTestBot({ bot: async () => ({ knowledge: await loadCleanKnowledge(BILINGUAL_DIR) }) });

describe('/ask in Chinese', () => {
  it('quotes the Chinese passage with the matched words in bold and lists its figures', async () => {
    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: '去年茶叶产值是多少' } });
    const embed = embedOf(dataOf(await fake.waitForInteractionResponse(sent.id)));
    expect(embed.title).toBe('去年茶叶产值是多少');
    expect(embed.description).toContain('**茶叶**');
    expect(embed.description).toContain('2.6亿元');
    expect(embed.description).not.toMatch(/\\[\p{Script=Han}，。]/u);
    // Discord shows "\." as "." (escaped so a line starting "2." is no numbered list).
    expect(embed.fields?.find((field) => field.name === 'Figures')?.value.replace(/\\/g, '')).toContain('2.6亿元');
  });

  it('completes a Chinese prefix typed into /ask', async () => {
    const sent = fake.sendAutocomplete({ name: 'ask', options: { question: '污水处' }, focused: 'question' });
    const reply = await fake.waitForInteractionResponse(sent.id);
    expect(callbackOf(reply).type).toBe(8);
    expect((dataOf(reply).choices ?? []).map((choice) => choice.name)).toContain('污水处理');
  });
});
