// End to end: Markdown documents as /ask shows them through the real bot and the fake Discord (which
// checks Discord's limits): a code block as a fenced block, a table row with its headers, a link to
// the heading the passage stands under.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, embedOf, removeDir } from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'markdown');
/** A code block far longer than an embed may show: 400 numbered lines. */
const LONG_CODE = ['# Long example', '', 'The whole generated configuration, as the tool writes it:', '', '```yaml',
  ...Array.from({ length: 400 }, (_, index) => `setting_${index}: value number ${index} of the generated configuration`), '```', ''].join('\n');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docent-e2e-markdown-'));
  await cp(join(FIXTURES, 'server-guide.md'), join(dir, 'server-guide.md'));
  await writeFile(join(dir, 'long-example.md'), LONG_CODE);
});
afterAll(() => removeDir(dir));
const { fake } = useTestBot({ bot: () => ({ env: { KNOWLEDGE_DIR: dir } }) });

async function ask(question: string) {
  const sent = fake.sendSlashCommand({ name: 'ask', options: { question } });
  return embedOf(dataOf(await fake.waitForInteractionResponse(sent.id)));
}

describe('/ask on Markdown documents', () => {
  it('shows a code block as a fenced block, lines and all, linked to its heading', async () => {
    const embed = await ask('how do I enable the game server with systemctl');
    expect(embed.description).toContain('```sh\n# this comment is not a heading\ncurl -fsSL https://example.org/install.sh | sh\nsystemctl enable --now game-server\n```');
    expect(embed.url).toBe('https://example.org/docs/server-guide#requirements');
    expect(embed.footer?.text).toMatch(/^Game server guide › Installation › Requirements › Install the service — ¶\d+, line 26/);
  });

  it('shows a table row with each cell after its header, readable as it stands', async () => {
    const embed = await ask('which port is used for RCON');
    expect(embed.description?.replace(/\*\*/g, '')).toBe('> Port: 25575 · Protocol: TCP · Used for: RCON remote console for admins');
    expect(embed.url).toBe('https://example.org/docs/server-guide#ports');
  });

  it('cuts a long code block at a line end within the limits, the fence closed', async () => {
    const embed = await ask('generated configuration setting_3 value');
    const description = embed.description ?? '';
    expect(description.startsWith('```yaml\nsetting_0: value number 0')).toBe(true);
    expect(description.endsWith('\n…\n```')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description.split('\n').slice(1, -2).every((line) => /^setting_\d+: value number \d+ of the generated configuration$/.test(line))).toBe(true);
  });
});
