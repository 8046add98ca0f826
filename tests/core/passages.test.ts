import { describe, expect, it } from 'vitest';
import { cutPassages, MAX_PASSAGE_CHARS } from '../../src/core/documents/passages.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';
import { loadArticle } from '../fixtures/article.ts';

// Plain text: Markdown files have their own cutter (tests/core/markdown.test.ts).
const documentOf = (body: string, bodyLine = 1): KnowledgeDocument => ({ slug: 'doc', file: 'doc.txt', meta: { title: 'Doc' }, body, bodyLine });

describe('cutPassages', () => {
  it('cuts at blank lines, numbering passages and citing the line each starts on', () => {
    const passages = cutPassages(documentOf('First paragraph here.\n\n  Second paragraph,\nwrapped onto two lines.\n', 5));
    expect(passages.map((p) => [p.id, p.citation.line, p.text])).toEqual([
      ['doc#1', 5, 'First paragraph here.'],
      ['doc#2', 7, 'Second paragraph, wrapped onto two lines.'],
    ]);
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
