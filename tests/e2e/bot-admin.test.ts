// End to end: /reload through the real bot and the fake Discord, against a temporary copy of
// knowledge/. Who may reload (Manage Server in a server, ADMIN_USER_IDS in a DM), what a reload
// reports, and that a failed reload leaves the previous knowledge in service.
import { rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { makeUser, type SlashCommandInput } from './fake-discord/index.ts';
import {
  NEW_DOCUMENT,
  callbackOf,
  copyKnowledgeDir,
  dataOf,
  embedOf,
  EPHEMERAL,
  messageOf,
  removeDir,
  TOKEN,
  visibleText,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString(); // "32"
const admin = makeUser({ username: 'admin' });

let dir: string;
beforeAll(async () => {
  dir = await copyKnowledgeDir();
});
afterAll(() => removeDir(dir));
const { fake, bot } = useTestBot({ bot: () => ({ env: { KNOWLEDGE_DIR: dir, ADMIN_USER_IDS: admin.id } }) });

/** /reload, then its deferred private reply and the edit that reports the result. */
async function reload(origin: Omit<SlashCommandInput, 'name'>) {
  const sent = fake.sendSlashCommand({ name: 'reload', ...origin });
  const deferred = await fake.waitForInteractionResponse(sent.id);
  expect(callbackOf(deferred)).toEqual({ type: 5, data: { flags: EPHEMERAL } });
  // A reload builds the whole knowledge anew: 6 s on this 2-core machine with a second test run beside it.
  const edit = await fake.waitForInteractionEdit(sent.id, 15_000);
  return messageOf(edit);
}

async function refusedReload(origin: Omit<SlashCommandInput, 'name'>): Promise<string> {
  const before = bot.store.current();
  const sent = fake.sendSlashCommand({ name: 'reload', ...origin });
  const callback = await fake.waitForInteractionResponse(sent.id);
  expect(callbackOf(callback).type).toBe(4);
  expect((dataOf(callback).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  expect(bot.store.current()).toBe(before); // nothing was reloaded
  return dataOf(callback).content ?? '';
}

async function askText(question: string): Promise<string> {
  const sent = fake.sendSlashCommand({ name: 'ask', options: { question } });
  return visibleText(dataOf(await fake.waitForInteractionResponse(sent.id)));
}

describe('/reload', () => {
  it('refuses a server member without Manage Server, privately, and changes nothing', async () => {
    await writeFile(join(dir, 'quokka-census.md'), NEW_DOCUMENT);
    const content = await refusedReload({});
    expect(content).toContain('Only members with the Manage Server permission');
    expect(await askText('quokka census on rottnest island')).not.toContain('12,345 quokkas');
  });

  it('reloads for a member with Manage Server: deferred privately, then the diff; the new document answers', async () => {
    const documentsBefore = bot.store.current().documents.length;
    const report = await reload({ memberPermissions: MANAGE_GUILD });
    expect(report.allowed_mentions).toEqual({ parse: [] });
    expect(report.content).toMatch(/^Reloaded in \d+ ms\./);
    expect(report.content).toContain(`• documents: ${documentsBefore + 1} (+1 −0)`);
    expect(bot.store.current().documents).toHaveLength(documentsBefore + 1);

    const sent = fake.sendSlashCommand({ name: 'ask', options: { question: 'quokka census on rottnest island' } });
    const answer = dataOf(await fake.waitForInteractionResponse(sent.id));
    expect(embedOf(answer).description).toContain('12,345');
    expect(embedOf(answer).footer?.text).toContain('Quokka census');
  });

  it('refuses a DM /reload from a user who is not in ADMIN_USER_IDS', async () => {
    const content = await refusedReload({ dm: true, user: makeUser({ username: 'visitor' }) });
    expect(content).toContain('Only the bot');
    expect(content).toContain('ADMIN_USER_IDS');
  });

  it('reloads for an admin in a DM', async () => {
    const report = await reload({ dm: true, user: admin });
    expect(report.content).toMatch(/^Reloaded in \d+ ms\./);
    expect(report.content).toContain('(+0 −0)');
  });

  it('reloads the good files among broken ones, keeps the broken one\'s last good version, and says so', async () => {
    const quokka = join(dir, 'quokka-census.md');
    await writeFile(join(dir, 'broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x00, 0x10]));
    await writeFile(join(dir, 'bad-front-matter.md'), '---\nlanguage: 12 34\n---\nSome text.\n');
    await writeFile(quokka, '---\ntitle: [unclosed\n---\nThe census was lost.\n'); // was good, now broken
    await writeFile(join(dir, 'lighthouse.md'), '# Lighthouse\n\nThe lighthouse keeper logged 42 storms in 1998.\n'); // new and good
    try {
      const report = await reload({ memberPermissions: MANAGE_GUILD });
      expect(report.content).toMatch(/^Reloaded in \d+ ms\./);
      expect(report.content).toContain('• added: lighthouse.md');
      expect(report.content).toMatch(/Kept back bad-front-matter\.md: not loaded, because\n  ◦ bad-front-matter\.md:2: front matter "language"/);
      expect(report.content).toMatch(/Kept back broken\.txt: not loaded, because\n  ◦ broken\.txt:1: file is binary/);
      expect(report.content).toMatch(/Kept back quokka-census\.md: the version loaded before is still in service, because\n  ◦ quokka-census\.md:\d+: front matter is not valid YAML/);
      expect(report.content?.length).toBeLessThanOrEqual(2000);
      // The good new file answers, and so does the last good version of the broken one.
      expect(await askText('how many storms did the lighthouse keeper log')).toContain('42 storms');
      expect(await askText('quokka census on rottnest island')).toContain('12,345');
    } finally {
      await unlink(join(dir, 'broken.txt'));
      await unlink(join(dir, 'bad-front-matter.md'));
      await unlink(join(dir, 'lighthouse.md'));
      await writeFile(quokka, NEW_DOCUMENT);
    }
    expect(await askText('how many civil disputes has fengqiao mediated')).toContain('1,300');
  });

  it('keeps the previous knowledge whole when nothing in the folder loads, and says so', async () => {
    const before = bot.store.current();
    const aside = `${dir}-aside`;
    await rename(dir, aside);
    try {
      const report = await reload({ memberPermissions: MANAGE_GUILD });
      expect(report.content).toMatch(/^Reload failed after \d+ ms; the previous knowledge is still in service\./);
      expect(report.content).toContain('cannot read the knowledge directory');
      expect(bot.store.current()).toBe(before);
      expect(bot.log.lines().find((line) => line.msg === 'reload failed')).toBeDefined();
    } finally {
      await rename(aside, dir);
    }
  });
});

describe('the log', () => {
  it('never contains the token', () => {
    expect(bot.log.lines().length).toBeGreaterThan(5);
    expect(bot.log.text()).not.toContain(TOKEN);
  });
});
