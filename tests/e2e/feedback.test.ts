// End to end: feedback on answers and the gaps it makes, through the real bot and the fake Discord.
// Members vote on answers with Helpful / Not helpful (one vote each per answer, changeable); questions
// that matched nothing, and answers marked not helpful, become /gaps, grouped by wording, paged and
// exported as CSV; and a new bot on the same DATA_DIR still has the documents, the votes and the gaps.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackLog } from '../../src/admin/types.ts';
import { makeUser } from './fake-discord/index.ts';
import {
  addDocument,
  buttonLabels,
  commandReply,
  customIdOf,
  dataOf as dataOfCommand,
  embedOf,
  EPHEMERAL,
  expectCleanRun,
  MANAGE_GUILD,
  NEW_DOCUMENT,
  pressButton,
  removeDir,
  visibleText,
  type MessageBody,
} from './start-bot.ts';
import { useTestBot, withTestBot } from './test-bot.ts';

const admin = makeUser({ username: 'alice' });
const carol = makeUser({ username: 'carol' });
const dave = makeUser({ username: 'dave' });
const ANSWERED = 'how many civil disputes has fengqiao mediated';
const QUOKKAS = 'how many quokkas did the rottnest island census count';
/** Three wordings of one question nothing in the documents answers: one gap, asked three times. */
const SAME_GAP = ['zorblax quuxor population', 'what is the population of zorblax quuxor?', 'Zorblax Quuxor population?'];

let dataDir: string;
let here: string;
let elsewhere: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'docent-e2e-feedback-'));
});
afterAll(() => removeDir(dataDir));
const { fake, rejections, restart } = useTestBot({ fake: { guilds: [{ name: 'Quokka fans' }, { name: 'Elsewhere' }] }, bot: () => ({ env: { DATA_DIR: dataDir } }) });
beforeAll(() => {
  [here = '', elsewhere = ''] = fake.guildIds;
});

const ask = (question: string, guildId: string, user = carol) => commandReply(fake, { name: 'ask', options: { question }, user, guildId });
const gaps = (guildId: string) => commandReply(fake, { name: 'gaps', user: admin, memberPermissions: MANAGE_GUILD, guildId });

/** A member's press of a vote button on an answer message: the private acknowledgement. */
async function vote(answer: MessageBody, label: 'Helpful' | 'Not helpful', user: typeof carol, guildId: string): Promise<string> {
  const reply = await pressButton(fake, { customId: customIdOf(answer, label), user, guildId });
  expect(reply.type).toBe(4);
  expect((reply.body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  return reply.body.content ?? '';
}

describe('votes on answers', () => {
  it('puts Helpful and Not helpful on every answer, beside its other buttons', async () => {
    const answer = await ask(ANSWERED, here);
    expect(buttonLabels(answer)).toEqual(expect.arrayContaining(['Show context', 'Helpful', 'Not helpful']));
    expect(buttonLabels(answer).length).toBeLessThanOrEqual(5);
  });

  it('takes one vote per member per answer, changeable, acknowledged privately; "Not helpful" is a gap until changed', async () => {
    await addDocument(fake, { filename: 'quokka-census.md', content: NEW_DOCUMENT }, { user: admin, memberPermissions: MANAGE_GUILD, guildId: here });
    const answer = await ask(QUOKKAS, here);
    expect(embedOf(answer).description).toContain('12,345');

    expect(await vote(answer, 'Helpful', carol, here)).toContain('you marked this answer helpful');
    expect(await vote(answer, 'Not helpful', dave, here)).toContain('you marked this answer not helpful');
    expect(visibleText(await gaps(here))).toMatch(/\*\*1×\*\* “how many quokkas did the rottnest island census count” · marked not helpful/);

    // Dave changes his mind: his one vote becomes helpful, and the gap goes.
    expect(await vote(answer, 'Helpful', dave, here)).toContain('helpful');
    expect(visibleText(await gaps(here))).not.toContain('quokkas');
    // Carol changes hers to not helpful: one vote, so one gap, not two.
    await vote(answer, 'Not helpful', carol, here);
    await vote(answer, 'Not helpful', carol, here);
    expect(visibleText(await gaps(here))).toMatch(/\*\*1×\*\* “how many quokkas/);
  });
});

describe('/gaps', () => {
  it('groups the wordings of one unanswered question, most asked first, for this server only', async () => {
    for (const question of SAME_GAP) expect((await ask(question, here)).content).toContain('isn\'t in my documents');
    await ask('who painted the mona lisa', here);
    await ask('when did the blorf festival start', elsewhere);

    const page = visibleText(await gaps(here));
    expect(page).toMatch(/^\*\*3×\*\* “Zorblax Quuxor population\?” · not answered · last <t:\d+:R>$/m);
    expect(page.indexOf('3×')).toBeLessThan(page.indexOf('mona lisa'));
    expect(page).not.toContain('blorf');
    expect(visibleText(await gaps(elsewhere))).toContain('blorf');
  });

  it('refuses a member without Manage Server', async () => {
    const reply = await commandReply(fake, { name: 'gaps', user: carol, guildId: here });
    expect(reply.content).toContain('Only members with the Manage Server permission can see the gaps.');
  });

  it('pages through many gaps with Next and Previous, in place', async () => {
    const words = ['blimbo', 'cravix', 'drulop', 'efrand', 'gostrel', 'hintaq', 'jorvex', 'klimpt', 'lurvan', 'mostrig', 'nubrek'];
    for (const word of words) await ask(`how tall is the ${word} tower`, elsewhere);
    const first = await gaps(elsewhere);
    expect(embedOf(first).footer?.text).toMatch(/^Page 1 of 2 · 12 gaps/);
    expect(buttonLabels(first)).toEqual(['Next', 'Export CSV']);
    const next = await pressButton(fake, { customId: customIdOf(first, 'Next'), user: admin, memberPermissions: MANAGE_GUILD, guildId: elsewhere });
    expect(next.type).toBe(7);
    expect(embedOf(next.body).footer?.text).toMatch(/^Page 2 of 2/);
    expect(buttonLabels(next.body)).toEqual(['Previous', 'Export CSV']);
  });

  it('exports the gaps as a CSV attachment, cells escaped and a formula shown as text', async () => {
    await ask('=HYPERLINK("http://evil.example","click")', here);
    const page = await gaps(here);
    const exported = await pressButton(fake, { customId: customIdOf(page, 'Export CSV'), user: admin, memberPermissions: MANAGE_GUILD, guildId: here });
    expect((exported.body.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(exported.files).toHaveLength(1);
    const [file] = exported.files;
    expect(file?.filename).toMatch(new RegExp(`^docent-gaps-${here}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = file?.data.toString('utf8').split('\r\n') ?? [];
    expect(lines[0]).toBe('question,count,last_asked,kind');
    expect(lines).toContainEqual(expect.stringMatching(/^Zorblax Quuxor population\?,3,\d{4}-\d{2}-\d{2}T[\d:.]+Z,no-match$/));
    expect(lines).toContainEqual(expect.stringMatching(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)",1,/));
    // Someone without Manage Server cannot press it either.
    const refused = await pressButton(fake, { customId: customIdOf(page, 'Export CSV'), user: carol, guildId: here });
    expect(refused.files).toHaveLength(0);
    expect(refused.body.content).toContain('Only members with the Manage Server permission');
  });
});

describe('after a restart on the same DATA_DIR', () => {
  it('still serves the added document, and still has the votes and the gaps', async () => {
    const before = visibleText(await gaps(here));
    await restart();

    const answer = await ask(QUOKKAS, here);
    expect(embedOf(answer).description).toContain('12,345');
    expect(visibleText(await ask(QUOKKAS, elsewhere))).not.toContain('12,345');
    const after = visibleText(await gaps(here));
    expect(after).toBe(before);
    expect(after).toContain('3×');
    expect(after).toMatch(/“how many quokkas[^\n]* · marked not helpful/);
  });
});

describe('when the feedback database is unavailable', () => {
  const unavailable: FeedbackLog = {
    voterOf: () => 'unavailable',
    vote: () => 'unavailable',
    recordMiss: () => 'unavailable',
    gaps: () => 'unavailable',
  };

  it('answers as usual; the vote buttons and /gaps say feedback is unavailable', async () => {
    await withTestBot({ bot: { feedback: unavailable } }, async (quiet) => {
      const answer = dataOfCommand(await quiet.waitForInteractionResponse(quiet.sendSlashCommand({ name: 'ask', options: { question: ANSWERED } }).id));
      expect(embedOf(answer).description).toContain('1,300');
      const pressed = await pressButton(quiet, { customId: customIdOf(answer, 'Helpful') });
      expect(pressed.body.content).toContain('Feedback is unavailable right now');
      const missed = dataOfCommand(await quiet.waitForInteractionResponse(quiet.sendSlashCommand({ name: 'ask', options: { question: SAME_GAP[0] ?? '' } }).id));
      expect(missed.content).toContain('isn\'t in my documents');
      const page = await commandReply(quiet, { name: 'gaps', memberPermissions: MANAGE_GUILD });
      expect(page.content).toContain('Gaps are unavailable right now');
      expectCleanRun(quiet, rejections);
    });
  });
});
