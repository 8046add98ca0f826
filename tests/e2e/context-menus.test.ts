// End to end, issue 15 items 2 and 3: the message context menus "Ask docent" and "Check against the
// sources", registered by `npm run deploy` beside the slash commands and answered by the real bot.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { makeUser } from './fake-discord/index.ts';
import {
  buttonLabels,
  customIdOf,
  dataOf,
  EPHEMERAL,
  embedOf,
  expectCleanRun,
  KNOWLEDGE_DIR,
  loadCleanKnowledge,
} from './start-bot.ts';
import { useTestBot, withTestBot } from './test-bot.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One right figure, one wrong one (the source: 638.6 billion yuan in 2022) and one the article never states. */
const CLAIMS =
  "Zhejiang's per capita GDP exceeded 100,000 yuan in 2020. In 2022 the total investment of the major projects reached 700 billion yuan. Zhejiang opened 5,000 new schools in 2021.";

let knowledge: Knowledge;
let registered: { name: string; type?: number }[] = [];

const { fake, rejections } = useTestBot({
  bot: async () => {
    // `npm run deploy`'s script, as an operator runs it, against the fake: the menus get their ids from it.
    const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src/deploy.ts')], {
      cwd: ROOT,
      timeout: 30_000,
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'deploy.token', DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: fake.guildId },
    });
    expect(stdout).toContain('Apps › Ask docent, Apps › Check against the sources');
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    registered = put.body as typeof registered;
    knowledge = await loadCleanKnowledge(KNOWLEDGE_DIR);
    return { knowledge };
  },
});

/** A user's message in the guild's channel (no mention: its text reaches the bot only through the menu). */
function postedMessage(content: string) {
  const sent = fake.sendGuildMessage({ content, user: makeUser({ username: 'poster' }) });
  const message = fake.message(sent.id);
  if (message === undefined) throw new Error('the fake did not store the message');
  return message;
}

describe('npm run deploy', () => {
  it('registers both message context menus (type 3, no description) beside the slash commands, in servers and DMs', () => {
    const menus = registered.filter((command) => command.type === 3);
    expect(menus.map((menu) => menu.name)).toEqual(['Ask docent', 'Check against the sources']);
    for (const menu of menus) expect(menu).toEqual({ name: menu.name, type: 3, contexts: [0, 1], integration_types: [0] });
    expect(registered.filter((command) => command.type !== 3).map((command) => command.name)).toContain('ask');
    // The check is a context menu in Discord, not a slash command.
    expect(registered.map((command) => command.name)).not.toContain('check');
  });
});

describe('Ask docent', () => {
  it('answers the message\'s text as a question, privately, with a button to post it publicly', async () => {
    const target = postedMessage('when was the social construction committee set up');
    const sent = fake.sendMessageContextMenu({ name: 'Ask docent', target });
    const callback = await fake.waitForInteractionResponse(sent.id);
    const data = dataOf(callback);
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(data).description?.replace(/\*\*/g, '')).toContain('On October 21, 2021, the Social Construction Committee');
    expect(buttonLabels(data)).toEqual(expect.arrayContaining(['Show context', 'Post publicly']));
    expect(buttonLabels(data)).not.toContain('Follow up');

    const posted = fake.sendButton({ customId: customIdOf(data, 'Post publicly') });
    const publicly = dataOf(await fake.waitForInteractionResponse(posted.id));
    expect((publicly.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(embedOf(publicly).description).toBe(embedOf(data).description);
    expect(buttonLabels(publicly)).toContain('Follow up');
  });
});

describe('Check against the sources', () => {
  it('gives matches, differs (with the source\'s value, year and citation) and not found, one line each, the verdict in bold', async () => {
    const sent = fake.sendMessageContextMenu({ name: 'Check against the sources', target: postedMessage(CLAIMS) });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect((data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const lines = (data.content ?? '').split('\n');
    expect(lines).toHaveLength(3);
    const [right = '', wrong = '', unknown = ''] = lines;
    expect(right).toMatch(/^\*\*matches\*\* — “Zhejiang's per capita GDP exceeded 100,000 yuan in 2020\.”/);
    const source = knowledge.figures.find((figure) => figure.raw === '638.6 billion yuan');
    const passage = knowledge.passageById.get(source?.passageId ?? '');
    if (passage === undefined) throw new Error('no source passage for 638.6 billion yuan');
    expect(wrong).toMatch(/^\*\*differs\*\* — “In 2022 the total investment of the major projects reached 700 billion yuan\.”/);
    // (The renderer escapes a leading "638." as Discord would read a numbered list; Discord shows it as written.)
    expect(wrong.replace(/\\/g, '')).toContain('the source says **638.6 billion yuan (2022)**');
    expect(wrong).toContain(`¶${passage.citation.paragraph}, line ${passage.citation.line}`);
    expect(wrong).toContain(passage.id);
    expect(unknown).toBe('**not found in the sources** — “Zhejiang opened 5,000 new schools in 2021.”');
    expect(buttonLabels(data)).toEqual(['Post publicly']);
  });

  it('says so for a message with no figures or dates, and escapes what it quotes', async () => {
    const none = fake.sendMessageContextMenu({ name: 'Check against the sources', target: postedMessage('is that right? @everyone') });
    expect(dataOf(await fake.waitForInteractionResponse(none.id)).content).toBe('I found no figures or dates to check in that message.');
    const marked = fake.sendMessageContextMenu({ name: 'Check against the sources', target: postedMessage('**Zhejiang** had __5,000__ new schools in 2021 @everyone') });
    const content = dataOf(await fake.waitForInteractionResponse(marked.id)).content ?? '';
    expect(content).toContain('\\*\\*Zhejiang\\*\\*');
    expect(content).not.toContain('@everyone');
  });

  it('posts the same check publicly from its button', async () => {
    const sent = fake.sendMessageContextMenu({ name: 'Check against the sources', target: postedMessage(CLAIMS) });
    const data = dataOf(await fake.waitForInteractionResponse(sent.id));
    const posted = fake.sendButton({ customId: customIdOf(data, 'Post publicly') });
    const publicly = dataOf(await fake.waitForInteractionResponse(posted.id));
    expect((publicly.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(publicly.content).toBe(data.content);
  });
});

describe('the context menus\' rate limit', () => {
  it('is the commands\' one: over it, the menu answers privately to wait', async () => {
    await withTestBot({ bot: { knowledge, env: { RATE_LIMIT_COUNT: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } } }, async (limited) => {
      const user = makeUser({ username: 'hasty' });
      const sent = limited.sendGuildMessage({ content: CLAIMS, user });
      const target = limited.message(sent.id);
      if (target === undefined) throw new Error('the fake did not store the message');
      const first = limited.sendMessageContextMenu({ name: 'Check against the sources', target, user });
      const second = limited.sendMessageContextMenu({ name: 'Ask docent', target, user });
      expect(dataOf(await limited.waitForInteractionResponse(first.id)).content).toContain('**matches**');
      const refused = dataOf(await limited.waitForInteractionResponse(second.id));
      expect(refused.content).toContain('faster than I can keep up');
      expect((refused.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      expectCleanRun(limited, rejections);
    });
  });
});
