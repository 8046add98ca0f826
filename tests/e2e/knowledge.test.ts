// End to end: a server's admins manage its knowledge from Discord with /knowledge, through the real bot
// and the fake Discord, which serves the uploaded files on 127.0.0.1 as Discord's CDN does. What one
// server adds answers there and nowhere else; what is refused is refused with its reason, unread when
// its size says so, and changes nothing.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from './fake-discord/index.ts';
import {
  addDocument,
  commandReply,
  dataOf,
  embedOf,
  EPHEMERAL,
  MANAGE_GUILD,
  messageOf,
  NEW_DOCUMENT,
  removeDir,
  visibleText,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const admin = makeUser({ username: 'alice' });
const member = makeUser({ username: 'bob' });
const QUOKKA_QUESTION = 'how many quokkas did the rottnest island census count';

let dataDir: string;
let here: string;
let elsewhere: string;
/** A server of its own for the provenance of lists, so the other tests' lists and histories stay as they assert. */
let keepers: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'docent-e2e-knowledge-'));
});
afterAll(() => removeDir(dataDir));
const { fake } = useTestBot({
  fake: { guilds: [{ name: 'Quokka fans' }, { name: 'Elsewhere' }, { name: 'Lighthouse keepers' }] },
  bot: () => ({ env: { DATA_DIR: dataDir, ADMIN_USER_IDS: admin.id } }),
});
beforeAll(() => {
  [here = '', elsewhere = '', keepers = ''] = fake.guildIds;
});

const asAdmin = { user: admin, memberPermissions: MANAGE_GUILD, guildId: '' };
const adminIn = (guildId: string) => ({ ...asAdmin, guildId });

async function ask(question: string, guildId: string) {
  return commandReply(fake, { name: 'ask', options: { question }, user: member, guildId });
}

async function listText(guildId: string): Promise<string> {
  const reply = await commandReply(fake, { name: 'knowledge', subcommand: 'list', ...adminIn(guildId) });
  expect((reply.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  return visibleText(reply);
}

describe('/knowledge add', () => {
  it('adds a Markdown file for one server: its /ask cites it, with its hash, and another server\'s does not', async () => {
    const added = await addDocument(fake, { filename: 'quokka-census.md', content: NEW_DOCUMENT }, adminIn(here));
    expect(added.private).toBe(true);
    expect(added.text).toContain('Added **Quokka census** (`quokka-census`)');
    expect(added.text).toMatch(/\d+ passages? · \d+ figures? · \d+ dated entr(?:y|ies); content hash `[0-9a-f]{12}`/);
    const hash = /content hash `([0-9a-f]{12})`/.exec(added.text)?.[1];
    expect(fake.downloadsOf(added.attachment)).toBe(1);

    const answer = await ask(QUOKKA_QUESTION, here);
    expect(embedOf(answer).description).toContain('12,345');
    expect(embedOf(answer).footer?.text).toMatch(new RegExp(`Source: quokka-census · hash ${hash} · indexed \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC`));
    expect(visibleText(await ask(QUOKKA_QUESTION, elsewhere))).not.toContain('12,345');
    // A mention in that server is answered from the same knowledge; one in another server is not.
    const mentionIn = async (guildId: string): Promise<string> => {
      const sent = fake.sendGuildMessage({ content: `<@${fake.botUser.id}> ${QUOKKA_QUESTION}`, user: member, guildId, mentions: [fake.botUser] });
      const channelId = fake.guilds.find((guild) => guild.id === guildId)?.channelId ?? '';
      const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && messageOf(r).message_reference?.message_id === sent.id);
      return visibleText(messageOf(reply));
    };
    expect(await mentionIn(here)).toContain('12,345');
    expect(await mentionIn(elsewhere)).not.toContain('12,345');
    // /help there lists it with the same hash and when it was indexed; another server's does not list it.
    const help = visibleText(await commandReply(fake, { name: 'help', user: member, guildId: here }));
    expect(help).toMatch(new RegExp(`• Quokka census · \`quokka-census\` · hash \`${hash}\` · indexed \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC`));
    expect(visibleText(await commandReply(fake, { name: 'help', user: member, guildId: elsewhere }))).not.toContain('Quokka census');
    // The base still answers in both servers, its footer naming its own document and hash.
    const base = await ask('how many civil disputes has fengqiao mediated', elsewhere);
    expect(embedOf(base).footer?.text).toMatch(/Source: [a-z0-9-]+ · hash [0-9a-f]{12} · indexed /);
  });

  it('names an added document, its hash and when it was indexed in the footers of /figures and /timeline there', async () => {
    const added = await addDocument(fake, { filename: 'storm-log.md', content: '# Storm log\n\nThe lighthouse keeper logged 42 storms in 2021 on the Zhoushan coast.\n' }, adminIn(keepers));
    const hash = /content hash `([0-9a-f]{12})`/.exec(added.text)?.[1] ?? 'missing';
    const provenance = new RegExp(`\nSource: storm-log · hash ${hash} · indexed \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC(\n|$)`);
    const listIn = async (name: 'figures' | 'timeline', guildId: string) => embedOf(await commandReply(fake, { name, options: { topic: 'lighthouse storms' }, user: member, guildId }));
    for (const name of ['figures', 'timeline'] as const) {
      const page = await listIn(name, keepers);
      expect(page.description).toContain('42 storms');
      expect(page.footer?.text).toMatch(/^Page 1 of \d+ · \d+ in all\n/);
      expect(page.footer?.text).toMatch(provenance);
    }
    // Another server's pages never name it; they name the base's document, with its hash.
    const base = embedOf(await commandReply(fake, { name: 'timeline', options: { from: '2021', to: '2021' }, user: member, guildId: elsewhere }));
    expect(base.footer?.text).not.toContain('storm-log');
    expect(base.footer?.text).toMatch(/^Page 1 of \d+ · \d+ in all\nSource: [a-z0-9-]+ · hash [0-9a-f]{12} · indexed /);
  });

  it('refuses a member without Manage Server, privately, without downloading the file', async () => {
    const before = await listText(here);
    const refused = await addDocument(fake, { filename: 'lighthouse.md', content: '# Lighthouse\n\nThe keeper logged 42 storms.\n' }, { user: member, guildId: here });
    expect(refused.private).toBe(true);
    expect(refused.text).toContain('Only members with the Manage Server permission can manage the knowledge.');
    expect(fake.downloadsOf(refused.attachment)).toBe(0);
    expect(await listText(here)).toBe(before);
  });

  it('refuses a DM from someone not in ADMIN_USER_IDS', async () => {
    const refused = await addDocument(fake, { filename: 'notes.md', content: '# Notes\n\nText.\n' }, { dm: true, user: member });
    expect(refused.text).toContain("Only the bot's admins (ADMIN_USER_IDS) can manage the knowledge from a direct message.");
  });

  const REFUSED: readonly { readonly what: string; readonly upload: Parameters<typeof addDocument>[1]; readonly reason: RegExp; readonly downloads: number }[] = [
    { what: 'a file whose declared size is over the cap (never downloaded)', upload: { filename: 'huge.md', content: 'x', declaredSize: 50 * 1024 * 1024 }, reason: /huge\.md is 50 MB; documents can be at most 2 MB/, downloads: 0 },
    { what: 'a file bigger than it declared (download stopped at the cap)', upload: { filename: 'liar.md', content: `# Liar\n\n${'word '.repeat(600_000)}`, declaredSize: 100 }, reason: /liar\.md is over 2 MB/, downloads: 1 },
    { what: 'a binary file', upload: { filename: 'image.md', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]) }, reason: /binary/, downloads: 1 },
    { what: 'broken front matter', upload: { filename: 'broken.md', content: '---\ntitle: [unclosed\n---\nText.\n' }, reason: /front matter/, downloads: 1 },
    { what: 'a file type it does not read', upload: { filename: 'report.pdf', content: '%PDF-1.7' }, reason: /Only \.md, \.markdown, \.txt files can be added; this one is “\.pdf”/, downloads: 0 },
  ];
  for (const { what, upload, reason, downloads } of REFUSED) {
    it(`refuses ${what} with the reason, and nothing changes`, async () => {
      const before = await listText(here);
      const refused = await addDocument(fake, upload, adminIn(here));
      expect(refused.text).toContain(`Nothing was added: ${upload.filename} was refused.`);
      expect(refused.text).toMatch(reason);
      expect(fake.downloadsOf(refused.attachment)).toBe(downloads);
      expect(await listText(here)).toBe(before);
    });
  }

  it('gives up on a download that stalls, and says so', async () => {
    const { fetchAttachment } = await import('../../src/bot/fetch-attachment.ts');
    const attachment = fake.uploadAttachment({ filename: 'slow.md', content: '# Slow\n\nText.\n', stallMs: 2000 });
    const result = await fetchAttachment({ name: 'slow.md', location: attachment.data.url, size: attachment.data.size }, { maxBytes: 1024, timeoutMs: 200 });
    expect(result).toMatchObject({ kind: 'refused', reason: 'Downloading slow.md took longer than 200 ms; try again.' });
  });
});

describe('/knowledge list, remove and history', () => {
  it('lists the server\'s own documents apart from the base, with counts, hash and who added them', async () => {
    const text = await listText(here);
    expect(text).toMatch(/\*\*This server's documents\*\* \(1\)\n• \*\*Quokka census\*\* `quokka-census` · \d+ passages? · \d+ figures? · \d+ dated entr(?:y|ies) · hash `[0-9a-f]{12}` · added by alice <t:\d+:R>/);
    expect(text).toMatch(/\*\*The base\*\* \(\d+\), served in every server/);
    expect(await listText(elsewhere)).toContain("**This server's documents** (0)");
  });

  it('offers the server\'s own documents to remove as you type', async () => {
    const sent = fake.sendAutocomplete({ name: 'knowledge', subcommand: 'remove', options: { document: 'quok' }, focused: 'document', ...adminIn(here) });
    expect(dataOf(await fake.waitForInteractionResponse(sent.id)).choices).toEqual([{ name: 'Quokka census (quokka-census)', value: 'quokka-census' }]);
    const other = fake.sendAutocomplete({ name: 'knowledge', subcommand: 'remove', options: { document: '' }, focused: 'document', ...adminIn(elsewhere) });
    expect(dataOf(await fake.waitForInteractionResponse(other.id)).choices).toEqual([]);
  });

  it('removes a document: /ask there no longer cites it, and the history says who did what', async () => {
    const removed = await commandReply(fake, { name: 'knowledge', subcommand: 'remove', options: { document: 'quokka-census' }, ...adminIn(here) });
    expect(removed.content).toMatch(/^Removed \*\*Quokka census\*\* \(`quokka-census`, hash `[0-9a-f]{12}`\)/);
    expect(visibleText(await ask(QUOKKA_QUESTION, here))).not.toContain('12,345');
    expect(await listText(here)).toContain("**This server's documents** (0)");

    const again = await commandReply(fake, { name: 'knowledge', subcommand: 'remove', options: { document: 'quokka-census' }, ...adminIn(here) });
    expect(again.content).toContain('No document “quokka-census” was added here.');

    const history = visibleText(await commandReply(fake, { name: 'knowledge', subcommand: 'history', ...adminIn(here) }));
    expect(history).toMatch(/<t:\d+:R> alice removed `quokka-census` \(hash `[0-9a-f]{12}`\)\n• <t:\d+:R> alice added `quokka-census`/);
    expect(visibleText(await commandReply(fake, { name: 'knowledge', subcommand: 'history', ...adminIn(elsewhere) }))).toContain('Nothing has been added');
  });
});

describe('the base, from a DM', () => {
  it('tells a bot admin they manage the base, and what they add there answers in every server', async () => {
    const help = await commandReply(fake, { name: 'help', dm: true, user: admin });
    expect(visibleText(help)).toContain('You manage the base');
    expect(visibleText(await commandReply(fake, { name: 'help', dm: true, user: member }))).not.toContain('You manage the base');

    const added = await addDocument(fake, { filename: 'lighthouse.txt', content: 'The lighthouse keeper logged 42 storms in 1998.\n' }, { dm: true, user: admin });
    expect(added.text).toContain('to the base (served in every server and in DMs)');
    for (const guildId of [here, elsewhere]) {
      expect(embedOf(await ask('how many storms did the lighthouse keeper log', guildId)).description).toContain('**storms** in 1998');
    }
    const removed = await commandReply(fake, { name: 'knowledge', subcommand: 'remove', options: { document: 'lighthouse' }, dm: true, user: admin });
    expect(removed.content).toContain('Removed **lighthouse**');
    expect(visibleText(await ask('how many storms did the lighthouse keeper log', elsewhere))).not.toContain('in 1998');
    // A change to the base rebuilds every server's knowledge that has documents of its own: slow on a loaded machine.
  }, 60_000);
});

describe('registration', () => {
  it('declares /knowledge with its four subcommands and an attachment option, for Manage Server by default', async () => {
    const { commands } = await import('../../commands/index.ts');
    const data = commands.find((command) => command.data.name === 'knowledge')?.data;
    expect(data?.default_member_permissions).toBe(MANAGE_GUILD);
    expect(data?.options?.map((option) => [option.name, option.type])).toEqual([['add', 1], ['remove', 1], ['list', 1], ['history', 1]]);
    const add = data?.options?.[0] as { options?: { name: string; type: number; required?: boolean }[] } | undefined;
    expect(add?.options?.map((option) => [option.name, option.type, option.required])).toEqual([['file', 11, true], ['title', 3, false]]);
  });
});
