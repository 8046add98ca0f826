import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import { parseDocument } from '../../src/core/documents/load.ts';
import { escapeText, fitText } from '../../src/format/discord-text.ts';
import { findFigures } from '../../src/core/browse.ts';
import { describeFigureLine, fitReply, renderAnswer, renderListPage, textReply, type DiscordReply } from '../../src/format/discord.ts';
import { loadArticle } from '../fixtures/article.ts';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = buildKnowledge([(await loadArticle()).document]);
});

/** Discord's limits and the no-ping rule, checked on a rendered reply. */
function violations(reply: DiscordReply): string[] {
  const found: string[] = [];
  if (reply.allowedMentions.parse.length !== 0) found.push('allowedMentions parses mentions');
  if ((reply.content?.length ?? 0) > 2000) found.push('content over 2000');
  for (const embed of reply.embeds ?? []) {
    const fields = embed.fields ?? [];
    const total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) +
      fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    if ((embed.title?.length ?? 0) > 256) found.push('title over 256');
    if ((embed.description?.length ?? 0) > 4096) found.push('description over 4096');
    if (fields.length > 25) found.push('over 25 fields');
    if (fields.some((field) => field.value.length > 1024 || field.name.length > 256)) found.push('field over its limit');
    if (total > 6000) found.push('embed over 6000');
  }
  if ((reply.components?.length ?? 0) > 5) found.push('over 5 rows');
  return found;
}

const hostile = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '```js\nx\n```', '**bold** _i_ ~~s~~ > q', '# heading', 'https://example.com/x_y'),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

describe('renderAnswer', () => {
  it('renders any question within Discord limits, with no mention that could ping', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const reply = renderAnswer(answerQuestion(knowledge, `${a} zhejiang ${b}`), [], false);
        expect(violations(reply)).toEqual([]);
        const shown = JSON.stringify(reply.embeds ?? reply.content);
        expect(shown).not.toMatch(/@(everyone|here)|<@[&!]?\d/);
      }),
      { numRuns: 200 },
    );
  });

  it('bolds the matched words in the quoted passage and cites it in the footer', () => {
    const reply = renderAnswer(answerQuestion(knowledge, 'how many civil disputes has fengqiao mediated'), [], false);
    const embed = reply.embeds?.[0];
    expect(embed?.description).toMatch(/^> \*\*Fengqiao\*\* Town.*\*\*mediated\*\* more than 1,300 \*\*civil\*\* \*\*disputes\*\*/);
    expect(embed?.footer?.text).toMatch(/¶92, line 189 · zhejiang-common-prosperity#[0-9a-z]{8} · result 1 of \d+/);
    expect(embed?.fields?.[0]).toMatchObject({ name: 'Figures', value: expect.stringContaining('more than 1,300') });
  });

  it('escapes markdown in the question shown back', () => {
    const reply = renderAnswer(answerQuestion(knowledge, '**zhejiang** _income_ @everyone'), [], false);
    expect(reply.embeds?.[0]?.title).toBe('\\*\\*zhejiang\\*\\* \\_income\\_ @\u200beveryone');
  });

  it('answers no match privately and honestly, without inventing a passage', () => {
    const reply = renderAnswer(answerQuestion(knowledge, 'qwxz blorft'), [], false);
    expect(reply.private).toBe(true);
    expect(reply.content).toMatch(/^Nothing in the knowledge base matches “qwxz blorft”/);
    expect(reply.embeds).toBeUndefined();
  });
});

describe('renderListPage', () => {
  it('names each document a page quotes once in its footer, with its hash and index time, within Discord\'s limits', () => {
    // Six documents whose ids are as long as a file name can make them, each with a long sentence holding a figure.
    const slugs = Array.from({ length: 6 }, (_, index) => `${'very-long-document-name-'.repeat(10)}${index}`);
    const documents = slugs.map((slug, index) => {
      const parsed = parseDocument(`${slug}.md`, new TextEncoder().encode(`# Report ${index}\n\n${'The survey walked every harbour and lighthouse along the coast. '.repeat(6)}It counted ${index + 10} boats in 2021.\n`));
      if ('problems' in parsed) throw new Error(JSON.stringify(parsed.problems));
      return parsed.document;
    });
    const built = buildKnowledge(documents);
    const figures = findFigures(built, { topic: 'boats' });
    const onPage = figures.slice(0, 5);
    const reply = renderListPage(
      built,
      { title: 'Figures about boats', items: onPage, pageNumber: 1, pageCount: 2, total: figures.length, emptyText: 'none' },
      describeFigureLine,
      [],
      () => ({ hash: '3f2a9c01b4de', indexedAt: '2026-12-01T19:40:12.000Z' }),
    );
    expect(violations(reply)).toEqual([]);
    const footer = reply.embeds?.[0]?.footer?.text ?? '';
    expect(footer.length).toBeLessThanOrEqual(2048);
    const [pageLine, ...sources] = footer.split('\n');
    expect(pageLine).toBe(`Page 1 of 2 · ${figures.length} in all`);
    const quoted = [...new Set(onPage.map((figure) => built.passageById.get(figure.passageId)?.citation.document))];
    expect(quoted).toHaveLength(5);
    expect(sources).toEqual(quoted.map((slug) => `Source: ${slug} · hash 3f2a9c01b4de · indexed 2026-12-01 19:40 UTC`));
  });
});

describe('fitReply', () => {
  it('trims every part of an oversized reply with a visible ellipsis instead of failing', () => {
    const long = 'word '.repeat(3000);
    const reply = fitReply({
      content: long,
      embeds: [{ title: long, description: long, footer: { text: long }, fields: Array.from({ length: 40 }, () => ({ name: long, value: long })) }],
      allowedMentions: { parse: [] },
      private: false,
    });
    expect(violations(reply)).toEqual([]);
    expect(reply.content?.endsWith('…')).toBe(true);
    expect(reply.embeds?.[0]?.description?.endsWith('…')).toBe(true);
  });
});

describe('escapeText', () => {
  it.each([
    ['**bold** _it_ ~~gone~~ `code` ||spoiler||', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|'],
    ['# heading\n> quote\n- item\n1. first\n-# small', '\\# heading\n\\> quote\n\\- item\n1\\. first\n\\-# small'],
    ['[click](https://example.com)', '\\[click\\](https://example.com)'],
    ['a\\b', 'a\\\\b'],
    ['@everyone <@123456789012345678> <#1> <:e:1>', '@\u200beveryone <\u200b@123456789012345678> <\u200b#1> <\u200b:e:1>'],
    ['15-minute circle, 1.94:1 ratio', '15-minute circle, 1.94:1 ratio'],
  ])('shows %j as typed', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it('escapes any text as its five replacements do, though it skips them for text with nothing to escape', () => {
    // The replacements as they stood before the shortcut: the shortcut must never skip a text one of them would change.
    const replaced = (text: string) =>
      text
        .replace(/[\\*_~`|[\]]/g, '\\$&')
        .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
        .replace(/^(\s*)([>#+-])/gm, '$1\\$2')
        .replace(/@(everyone|here)/giu, '@\u200b$1')
        .replace(/<([@#:&/]|a:)/gu, '<\u200b$1');
    const marky = fc.string({ unit: fc.constantFrom(...'ab 1.\n\r\t\u2028>#+-*_~`|[]\\@<:&/everyonhr'), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(hostile, marky), (text) => escapeText(text) === replaced(text)), { numRuns: 2000 });
  });
});

describe('fitText and escapeText', () => {
  it('never cuts inside a bold pair or an escape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, limit) => {
        const cut = fitText(escapeText(text), limit);
        expect(cut.length).toBeLessThanOrEqual(Math.max(limit, 1));
      }),
    );
    expect(fitText('**a b c d e f**', 8)).not.toMatch(/\*\*[^*]*$/);
  });

  it('turns a text reply\'s links into ones without previews', () => {
    expect(textReply('see https://example.com/a').content).toBe('see <https://example.com/a>');
  });
});

describe('parseDocument on any bytes', () => {
  it('returns a document or problems naming the file, never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = parseDocument('any.md', bytes);
        if ('problems' in result) expect(result.problems.every((problem) => problem.file === 'any.md')).toBe(true);
        else expect(result.document.body.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
