// Hostile and malformed input, property-tested with fast-check: any question (the core never throws;
// the reply, buttons included, stays within Discord's limits and pings no one), any bytes as a
// knowledge file (the loader names the bad file, never throws, and loads the good one), and any
// autocomplete value (at most 25 choices within Discord's lengths).
//
// tests/format/discord.test.ts already checks `renderAnswer` for questions that contain a known word
// and `parseDocument` on random bytes; this file adds whole hostile questions (empty, 10,000
// characters, built from the pieces users paste), the /ask page with its buttons, paging offsets,
// well-formed Unicode in what is sent, the loader over a real directory, and autocomplete.
import { mkdir, mkdtemp, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAnswerPage } from '../src/bot/answer-page.ts';
import { createButtonState } from '../src/bot/button-state.ts';
import type { BotContext } from '../src/bot/command.ts';
import { buildSpeller } from '../src/core/search/spelling.ts';
import { vocabularyOf } from '../src/core/search/vocabulary.ts';
import { answerQuestion } from '../src/core/answer.ts';
import type { Suggestion } from '../src/core/browse.ts';
import { passageIdChoices, questionChoices } from '../src/format/choices.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { MAX_DOCUMENT_BYTES, parseDocument, readKnowledgeDir } from '../src/core/documents/load.ts';
import { createKnowledgeStore } from '../src/core/store.ts';
import { renderAnswer, type DiscordReply } from '../src/format/discord.ts';
import { assertDiscordLimits } from './e2e/fake-discord/limits.ts';
import { loadArticle } from './fixtures/article.ts';

// Every file the loader reads bytes from, to prove that an oversized one is refused by its size alone.
const { readPathsLog } = vi.hoisted(() => ({ readPathsLog: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof actual.open>) => {
    const handle = await actual.open(...args);
    const read = handle.read.bind(handle) as (...readArgs: unknown[]) => ReturnType<typeof handle.read>;
    (handle as { read: unknown }).read = (...readArgs: unknown[]) => {
      readPathsLog.push(String(args[0]));
      return read(...readArgs);
    };
    return handle;
  };
  return { ...actual, open, default: { ...actual, open } };
});
const readPaths = (): string[] => [...new Set(readPathsLog)];

let knowledge: Knowledge;
let context: Pick<BotContext, 'store' | 'buttons' | 'reloadEverywhere' | 'adminUserIds'>;
beforeAll(async () => {
  knowledge = buildKnowledge([(await loadArticle()).document]);
  context = {
    store: createKnowledgeStore('unused', knowledge),
    buttons: createButtonState(),
    reloadEverywhere: () => Promise.reject(new Error('not in these tests')),
    adminUserIds: [],
  };
});

// --- what users paste ----------------------------------------------------------------------------

const PIECES = [
  // words the article answers, so many questions reach a real answer with a quote, figures and dates
  'zhejiang', 'fengqiao', 'income', 'common prosperity', 'how many', 'when', '2021', 'rural', 'disputes', 'mediated',
  // pings and mentions
  '@everyone', '@here', '@EVERYONE', '＠everyone', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>',
  '<#123456789012345678>', '</ask:123456789012345678>', '<:emoji:123456789012345678>', '<a:dance:123456789012345678>', '<t:0:R>',
  // markdown and code
  '**', '__', '*', '_', '~~', '||spoiler||', '`', '```', '```js\nalert(1)\n```', '> ', '>>> ', '# ', '-# ', '- ', '1. ', '\\',
  '[click](https://evil.example/x)', 'https://example.com/a_b*c', 'http://x.y/<@&1>', 'discord.gg/invite',
  // control, zero-width, bidi and combining characters
  '\u0000', '\u0007', '\u001b[31m', '\r\n', '\t', '\u0085', '\u2028', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
  '\u202e', '\u202d', '\u2066', '\u200f', 'e\u0301\u0302\u0303\u0304', '\u0301'.repeat(50), 'Z̷̢̛̖a̶̧͈l̸͓̈g̵̱̈́o̷̗͑',
  // other scripts and emoji
  'مرحبا بالعالم', 'שלום', '浙江共同富裕', 'Ｆｕｌｌｗｉｄｔｈ', '👍🏽', '👨‍👩‍👧‍👦', '🇨🇳', '😀😀😀😀😀😀😀😀', '\u{1F600}'.repeat(120), 'ﷺ', '𝕫𝕙𝕖𝕛𝕚𝕒𝕟𝕘',
  // long runs without a space to cut at
  'x'.repeat(300), '9'.repeat(120), '🙂'.repeat(300),
];

const pieces = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 });

/** A known word, then a long run of one astral character (2 UTF-16 units each): cuts land inside pairs. */
const astralRun = fc
  .tuple(fc.constantFrom('zhejiang', 'zhejiang 2021', 'how many disputes', 'fengqiao'), fc.integer({ min: 40, max: 245 }), fc.constantFrom('🙂', '𝕫', '🇨🇳', '👍🏽'))
  .map(([words, count, astral]) => `${words} ${astral.repeat(count)}`);

/** Any question: pasted pieces, arbitrary code points, graphemes, and the extremes. */
const question = fc.oneof(
  { weight: 1, arbitrary: astralRun },
  { weight: 5, arbitrary: pieces.chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u200b'.repeat(10_000),
      `${'\u200b'.repeat(9_990)}zhejiang`,
      'zhejiang '.repeat(1_112),
      'a'.repeat(10_000),
      '🙂'.repeat(5_000),
      `zhejiang${'\u0301'.repeat(9_992)}`,
      `${'@everyone '.repeat(49)}zhejiang`,
      `zhejiang ${'🙂'.repeat(245)}`,
    ),
  },
);

// --- what Discord accepts ------------------------------------------------------------------------

/** The message body discord.js sends for a reply: what the fake Discord's limit checker reads. */
function apiBody(reply: DiscordReply): Record<string, unknown> {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    allowed_mentions: reply.allowedMentions,
    flags: (reply.private ? 64 : 0) | (reply.flags ?? 0),
  };
}

/** Every text a user reads in a reply, buttons included. */
function shownText(reply: DiscordReply): string[] {
  const texts = [reply.content ?? ''];
  for (const embed of reply.embeds ?? []) {
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  for (const row of reply.components ?? []) for (const button of row.components) texts.push(button.label ?? '');
  return texts;
}

/** A lone UTF-16 surrogate (half an emoji, from a cut through a pair): not text, and not storable by Discord. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);
/** A mention Discord would resolve (and, without allowed_mentions, ping). */
const PING = /@(everyone|here)|<@[!&]?\d/i;

function expectSendable(reply: DiscordReply): void {
  expect(assertDiscordLimits({ type: 4, data: apiBody(reply) })).toEqual([]);
  expect(reply.allowedMentions).toEqual({ parse: [] });
  for (const text of shownText(reply)) {
    expect(text).not.toMatch(PING);
    expect(isWellFormed(text), `not well-formed Unicode: ${JSON.stringify(text)}`).toBe(true);
  }
}

describe('any string as a question', () => {
  it('never throws, and the rendered answer is within Discord\'s limits and pings no one', () => {
    fc.assert(
      fc.property(question, fc.boolean(), (text, isPrivate) => {
        const answer = answerQuestion(knowledge, text);
        expect(['answer', 'no-match', 'invalid']).toContain(answer.kind);
        expectSendable(renderAnswer(answer, [], isPrivate));
      }),
      { numRuns: 300 },
    );
  });

  it('renders any page of /ask with buttons that fit Discord and carry the question back exactly', () => {
    const askerId = '123456789012345678';
    fc.assert(
      fc.property(question, fc.integer({ min: -5, max: 1_000 }), fc.boolean(), (text, offset, isPrivate) => {
        const { answer, reply } = renderAnswerPage(knowledge, { question: text, offset, askerId, private: isPrivate }, context);
        expectSendable(reply);
        const buttons = (reply.components ?? []).flatMap((row) => row.components);
        if (answer.kind !== 'answer') {
          expect(buttons).toEqual([]);
          return;
        }
        expect(answer.offset).toBeGreaterThanOrEqual(0);
        expect(answer.offset).toBeLessThan(answer.total);
        for (const button of buttons) {
          const decoded = context.buttons.decode(button.custom_id, askerId);
          expect(decoded?.payload, `button ${button.label} lost its state`).not.toBeNull();
          if (decoded?.prefix !== 'ask:more') continue;
          const [pagedQuestion, pagedOffset, pagedAsker] = JSON.parse(decoded.payload ?? '') as [string, number, string];
          expect(pagedQuestion).toBe(text);
          expect(pagedAsker).toBe(askerId);
          expect(Math.abs(pagedOffset - answer.offset)).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a pasted run of 500 letters, and still corrects a long word one letter off', () => {
    // The speller skips words longer than any it knows by more than two letters (probing one costs its
    // length cubed); the cost itself is the benchmark's business, not a timed test's.
    const speller = buildSpeller(vocabularyOf(new Map([['zhejiang', 3], ['prosperity', 2]])));
    expect(speller.correct('x'.repeat(500))).toBeNull();
    expect(speller.correct('prosperityy')).toBe('prosperity');
    for (const text of ['x'.repeat(500), 'zhejiang'.repeat(62), 'ab'.repeat(250)]) {
      expect(['answer', 'no-match', 'invalid']).toContain(answerQuestion(knowledge, text).kind);
      expect(passageIdChoices(knowledge, text).length).toBeLessThanOrEqual(25);
    }
  });

  it('cuts a long run of emoji in the title between emoji, never through one', () => {
    // A cut through a surrogate pair would leave half an emoji, which is not text.
    for (const question of [`zhejiang 2021 ${'🙂'.repeat(243)}`, `zhejiang ${'🙂'.repeat(245)}`]) {
      const title = renderAnswer(answerQuestion(knowledge, question), [], false).embeds?.[0]?.title ?? '';
      expect(title).not.toMatch(LONE_SURROGATE);
      expect(title.endsWith('🙂…')).toBe(true);
    }
  });
});

// --- any bytes as a knowledge file ---------------------------------------------------------------

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const GOOD = 'good.md';
const GOOD_TEXT = '---\ntitle: The good one\n---\nThe lighthouse keeper logged 42 storms in 1998.\n';

/** Valid text with at least one character of 2 to 4 bytes, and where each such character starts. */
const multiByteText = fc
  .tuple(fc.string({ maxLength: 40 }), fc.constantFrom('é', '€', '浙', '😀', '🇨🇳', 'ß', '\u0301'), fc.string({ unit: 'grapheme', maxLength: 40 }))
  .map(([before, wide, after]) => ({ bytes: encode(`${before}${wide}${after}`), wideAt: encode(before).length, wideLength: encode(wide).length }));

/** Front matter that is not YAML, or is YAML that cannot become data (an alias bomb, a cycle). */
const NOT_YAML = [
  'title: [unclosed',
  'title: "unterminated',
  '{ title: x',
  'title: x\ntitle: y',
  ': no key',
  'title:\t- x\n - y',
  '\ttitle: tab',
  '&a [*a]',
  '*undefined',
  '!!binary "%%%"',
  'title: x\n  y: z',
  '['.repeat(2_000),
  // "billion laughs": aliases that would expand to 10,000 entries
  'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
];

const NOT_YAML_KIND = 'front matter that is not YAML';
const WRONG_TYPE_KIND = 'a field of the wrong type';

type BadFile = { readonly kind: string; readonly bytes: Uint8Array; readonly mustFail: boolean };

const badFiles: fc.Arbitrary<BadFile> = fc.oneof(
  fc.uint8Array({ maxLength: 3_000 }).map((bytes) => ({ kind: 'random bytes', bytes, mustFail: false })),
  multiByteText.map(({ bytes, wideAt }) => ({
    // Cut one byte into the first multi-byte character: the file ends mid-sequence.
    kind: 'truncated UTF-8',
    bytes: bytes.slice(0, wideAt + 1),
    mustFail: true,
  })),
  multiByteText.map(({ bytes, wideAt, wideLength }) => ({
    // A character missing its last byte, with text after it: broken in the middle.
    kind: 'a sequence cut in the middle',
    bytes: new Uint8Array([...bytes.slice(0, wideAt + wideLength - 1), ...encode(' and more text')]),
    mustFail: true,
  })),
  fc.tuple(fc.string({ minLength: 1, maxLength: 200 }), fc.nat()).map(([text, at]) => {
    const bytes = encode(text);
    const position = at % (bytes.length + 1);
    return { kind: 'a NUL byte', bytes: new Uint8Array([...bytes.slice(0, position), 0, ...bytes.slice(position)]), mustFail: true };
  }),
  fc.string({ unit: 'binary', maxLength: 300 }).map((yaml) => ({
    kind: 'front matter of any text',
    bytes: encode(`---\n${yaml}\n---\nSome body text.\n`),
    mustFail: false,
  })),
  fc.constantFrom(...NOT_YAML).map((yaml) => ({ kind: NOT_YAML_KIND, bytes: encode(`---\n${yaml}\n---\nSome body text.\n`), mustFail: true })),
  fc
    .tuple(
      fc.constantFrom('title', 'source', 'published', 'url', 'language'),
      // Wrong for every field: numbers, booleans, null, lists, maps, empty strings.
      fc.constantFrom('42', '3.5', 'true', 'null', '~', '[a, b]', '{a: 1}', '""', "''", '- x\n- y'),
    )
    .map(([key, value]) => ({ kind: WRONG_TYPE_KIND, bytes: encode(`---\n${key}: ${value}\n---\nSome body text.\n`), mustFail: true })),
);

describe('any bytes as a knowledge file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-property-'));
    await writeFile(join(dir, GOOD), GOOD_TEXT);
    await mkdir(join(dir, 'notes'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads the good file and names the bad one in a problem, never throwing', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(badFiles, fc.constantFrom('bad.md', 'notes/Bad file.txt', 'ünïcödé 浙江.md', 'z.TXT'), async (bad, name) => {
        runs += 1;
        const path = join(dir, name);
        await writeFile(path, bad.bytes);
        try {
          const { documents, problems } = await readKnowledgeDir(dir);
          expect(documents.find((document) => document.file === GOOD)?.meta.title).toBe('The good one');
          expect(problems.filter((problem) => problem.file !== name), 'only the bad file has problems').toEqual([]);
          expect(() => parseDocument(name, bad.bytes)).not.toThrow();
          const loaded = documents.some((document) => document.file === name);
          if (bad.mustFail) expect(loaded, `${bad.kind} loaded as a document`).toBe(false);
          // Exactly one of: it loaded, or problems name it.
          expect(loaded).toBe(!problems.some((problem) => problem.file === name));
          for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
          // A problem says what is wrong with the text, not that the file could not be read.
          for (const problem of problems) expect(problem.message).not.toMatch(/cannot read/);
          if (bad.kind === NOT_YAML_KIND || bad.kind === WRONG_TYPE_KIND) expect(problems[0]?.message).toMatch(/^front matter /);
        } finally {
          await unlink(path);
        }
      }),
      { numRuns: 200 },
    );
    expect(runs).toBe(200);
  });

  const notYamlCases = NOT_YAML.map((yaml) => [yaml.length > 60 ? `${yaml.slice(0, 40)}… (${yaml.length} characters)` : yaml, yaml]);
  it.each(notYamlCases)('names the file whose front matter is not YAML: %j', async (_label, yaml) => {
    await writeFile(join(dir, 'bad.md'), `---\n${yaml}\n---\nSome body text.\n`);
    try {
      expect(() => parseDocument('bad.md', encode(`---\n${yaml}\n---\nSome body text.\n`))).not.toThrow();
      const { documents, problems } = await readKnowledgeDir(dir);
      expect(documents.map((document) => document.file)).toEqual([GOOD]);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatchObject({ file: 'bad.md', message: expect.stringMatching(/^front matter /) });
    } finally {
      await unlink(join(dir, 'bad.md'));
    }
  });

  it('refuses a 50 MB file by its size (fstat, before a byte is read), and still loads the good one', async () => {
    const huge = join(dir, 'huge.md');
    // Valid text: only its size can keep it out.
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 'All work and no play. '));
    try {
      readPathsLog.length = 0;
      const { documents, problems } = await readKnowledgeDir(dir);
      expect(problems).toEqual([{ file: 'huge.md', message: expect.stringMatching(/^file is 50\.0 MB, over the 20\.0 MB limit$/) }]);
      expect(documents.map((document) => document.file)).toEqual([GOOD]);
      expect(readPaths()).toEqual([await realpath(join(dir, GOOD))]);
      expect(MAX_DOCUMENT_BYTES).toBeLessThan(50 * 1024 * 1024);
    } finally {
      await unlink(huge);
    }
  });

  it('reads a document through a symlink inside the folder, and names links outside it or to nothing as problems', async () => {
    const target = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-outside.md`);
    await writeFile(target, 'Linked in from elsewhere, the harbour beacon is painted blue.\n');
    await symlink(target, join(dir, 'linked.md'));
    await symlink(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    await symlink(join(dir, GOOD), join(dir, 'inside.md'));
    try {
      const { documents, problems } = await readKnowledgeDir(dir);
      expect(documents.map((document) => document.file)).toEqual(['good.md', 'inside.md']);
      expect(problems).toEqual([
        { file: 'dangling.md', message: expect.stringContaining('cannot read the file') },
        { file: 'linked.md', message: expect.stringContaining('outside the knowledge folder') },
      ]);
    } finally {
      await unlink(join(dir, 'inside.md'));
      await unlink(join(dir, 'linked.md'));
      await unlink(join(dir, 'dangling.md'));
      await unlink(target);
    }
  });
});

// --- autocomplete --------------------------------------------------------------------------------

function expectChoices(choices: readonly Suggestion[]): void {
  expect(assertDiscordLimits({ type: 8, data: { choices } })).toEqual([]);
  expect(choices.length).toBeLessThanOrEqual(25);
  for (const choice of choices) {
    // Discord counts characters; a UTF-16 length within the limits is within them too.
    expect(choice.name.length).toBeGreaterThanOrEqual(1);
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choice.value.length).toBeLessThanOrEqual(100);
    expect(choice.name.trim().length).toBeGreaterThan(0);
    expect(isWellFormed(choice.name) && isWellFormed(choice.value), `not well-formed: ${JSON.stringify(choice)}`).toBe(true);
  }
}

describe('autocomplete with any value', () => {
  /** What a user has typed so far: a prefix of a real id or sentence, or anything at all. */
  const typed = (sources: () => readonly string[]) =>
    fc.oneof(
      question,
      fc.tuple(fc.nat(), fc.nat(200)).map(([which, length]) => {
        const all = sources();
        return (all[which % all.length] ?? '').slice(0, length);
      }),
    );

  it('suggests questions within Discord\'s limits, never throwing', () => {
    fc.assert(
      fc.property(typed(() => knowledge.passages.map((passage) => passage.text)), (value) => {
        expectChoices(questionChoices(knowledge, value));
      }),
      { numRuns: 200 },
    );
  });

  it('suggests passage ids within Discord\'s limits, each a real passage, never throwing', () => {
    fc.assert(
      fc.property(typed(() => knowledge.passages.map((passage) => passage.id)), (value) => {
        const choices = passageIdChoices(knowledge, value);
        expectChoices(choices);
        for (const choice of choices) expect(knowledge.passageById.has(choice.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
