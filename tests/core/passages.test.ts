import { describe, expect, it } from 'vitest';
import { cutPassages } from '../../src/core/documents/passages.ts';
import { slugOf } from '../../src/core/documents/load.ts';
import { MAX_PASSAGE_ID_LENGTH } from '../../src/core/documents/passage-id.ts';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/core/options.ts';
import type { KnowledgeDocument, Passage } from '../../src/core/types.ts';
import { loadArticle } from '../fixtures/article.ts';

const MAX_PASSAGE_CHARS = DEFAULT_ENGINE_OPTIONS.passages.maxChars;

// Plain text: Markdown files have their own cutter (tests/core/markdown.test.ts).
const documentOf = (body: string, bodyLine = 1): KnowledgeDocument => ({ slug: 'doc', file: 'doc.txt', meta: { title: 'Doc' }, body, bodyLine });

describe('cutPassages', () => {
  it('cuts at blank lines, numbering passages and citing the line each starts on', () => {
    const passages = cutPassages(documentOf('First paragraph here.\n\n  Second paragraph,\nwrapped onto two lines.\n', 5));
    expect(passages.map((p) => [p.citation.paragraph, p.citation.line, p.text])).toEqual([
      [1, 5, 'First paragraph here.'],
      [2, 7, 'Second paragraph, wrapped onto two lines.'],
    ]);
  });

  it('gives each passage a short id from its document and text: the same after an edit elsewhere, new when its text changes', () => {
    const before = cutPassages(documentOf('First paragraph here.\n\nSecond paragraph.\n\nThird paragraph.'));
    const after = cutPassages(documentOf('A new opening paragraph.\n\nFirst paragraph here.\n\nSecond paragraph, edited.\n\nThird paragraph.', 3));
    for (const passage of before) expect(passage.id).toMatch(/^doc#[0-9a-z]{8}$/);
    const idOf = (passages: Passage[], text: string) => passages.find((p) => p.text === text)?.id;
    expect(idOf(after, 'First paragraph here.')).toBe(idOf(before, 'First paragraph here.'));
    expect(idOf(after, 'Third paragraph.')).toBe(idOf(before, 'Third paragraph.'));
    expect(after.map((p) => p.id)).not.toContain(idOf(before, 'Second paragraph.'));
  });

  it('tells identical paragraphs of one document apart, and the same text in two documents', () => {
    const passages = cutPassages(documentOf('Repeated.\n\nRepeated.\n\nRepeated.'));
    expect(new Set(passages.map((p) => p.id)).size).toBe(3);
    const other = cutPassages({ ...documentOf('Repeated.'), slug: 'other', file: 'other.md' });
    expect(other[0]?.id).not.toBe(passages[0]?.id);
  });

  it('keeps ids within Discord\'s 100-character autocomplete value however long or deep the path', () => {
    const slug = slugOf(`${'very-deep-folder/'.repeat(40)}${'long name '.repeat(30)}.md`);
    expect(slug.length).toBeGreaterThan(500);
    const [passage] = cutPassages({ ...documentOf('A paragraph.'), slug });
    expect(passage?.id.length).toBeLessThanOrEqual(MAX_PASSAGE_ID_LENGTH);
    expect(passage?.id).toMatch(/^very-deep-folder-very-deep-folder-very[a-z-]*#[0-9a-z]{8}$/);
    expect(MAX_PASSAGE_ID_LENGTH + 'ask:context='.length).toBeLessThanOrEqual(100);
  });

  it('takes the ◆ bullets and —— leads as structure: a lead names the section of what follows', () => {
    const passages = cutPassages(documentOf('◆ A summary point.\n\n——Build a pilot zone on reform.\n\nA paragraph under it.'));
    expect(passages.map((p) => [p.role, p.text, p.section])).toEqual([
      ['bullet', 'A summary point.', null],
      ['lead', 'Build a pilot zone on reform.', null],
      ['paragraph', 'A paragraph under it.', 'Build a pilot zone on reform.'],
    ]);
  });

  it('cuts a text with no blank lines at all into readable passages at sentence ends, citing its one line', () => {
    const sentence = 'The speaker thanked the people of the nation for their patience and resolve. ';
    const passages = cutPassages(documentOf(sentence.repeat(60).trim()));
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(passage.text).toMatch(/^The speaker.*resolve\.$/);
      expect(passage.citation.line).toBe(1);
    }
  });

  it('cuts a very long run of words with no punctuation at word boundaries', () => {
    const passages = cutPassages(documentOf('word '.repeat(2000)));
    expect(passages.every((p) => p.text.length <= MAX_PASSAGE_CHARS && !p.text.startsWith(' '))).toBe(true);
  });

  it('cuts the article into passages with its sections, keeping the text as written', async () => {
    const { document, passages } = await loadArticle();
    expect(passages.length).toBeGreaterThan(140);
    for (const passage of passages) expect(document.body).toContain(passage.text);
    const underLead = passages.find((p) => p.text.startsWith('Sauce vats, wine vats'));
    expect(underLead?.section).toMatch(/^Build a high-quality development and high-quality life pilot area/);
    // The article's first body line is line 7 of the file, after the front matter.
    expect(passages[0]?.citation).toMatchObject({ line: 7, paragraph: 1, document: 'zhejiang-common-prosperity' });
  });
});

describe('markNearDuplicates', () => {
  it('links the article\'s repeated paragraphs, the earlier copy canonical, despite translation differences', async () => {
    const { passages } = await loadArticle();
    const find = (start: string) => passages.filter((p) => p.text.startsWith(start));
    // "Promoting common prosperity and promoting people's all-round development" and "… the all-round development of people"
    const [bullet, later] = find('Promoting common prosperity and promoting');
    expect(bullet?.nearDuplicates).toEqual([later?.id]);
    expect(later?.duplicateOf).toBe(bullet?.id);
    // The opening quote and its copy, whose date differs ("2012 On November 15, 2009").
    const quotes = find('"Our responsibility is to unite');
    expect(quotes).toHaveLength(2);
    expect(quotes[1]?.duplicateOf).toBe(quotes[0]?.id);
    expect(passages.filter((p) => p.duplicateOf !== null).length).toBeGreaterThanOrEqual(10);
  });

  it('does not link paragraphs that only share common phrases', async () => {
    const { passages } = await loadArticle();
    const mountain = passages.find((p) => p.text.startsWith('Anji Tianhuangping was once'));
    const fengqiao = passages.find((p) => p.text.startsWith('Fengqiao Town, Zhuji City'));
    expect(mountain?.nearDuplicates).toEqual([]);
    expect(fengqiao?.nearDuplicates).toEqual([]);
  });
});
