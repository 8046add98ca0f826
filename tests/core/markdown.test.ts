import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { parseDocument } from '../../src/core/documents/load.ts';
import { cutPassages } from '../../src/core/documents/passages.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'markdown');

async function loadFixture(name: string): Promise<KnowledgeDocument> {
  const result = parseDocument(name, await readFile(join(FIXTURES, name)));
  if (!('document' in result)) throw new Error(`fixture ${name}: ${JSON.stringify(result.problems)}`);
  return result.document;
}

const documentOf = (body: string, file = 'doc.md'): KnowledgeDocument => ({ slug: 'doc', file, meta: { title: 'Doc' }, body, bodyLine: 1 });

describe('cutPassages on Markdown', () => {
  it('reads a wrapped, indented paragraph as one passage, without badges, comments or a lost star', async () => {
    const passages = cutPassages(await loadFixture('server-guide.md'));
    expect(passages[0]).toMatchObject({ role: 'paragraph', text: 'Welcome to the server guide. This page is wrapped and indented the way editors leave it, yet it stays one paragraph.' });
    expect(passages[0]?.citation.line).toBe(10);
    expect(passages[1]?.text).toBe('Bold text at the start of a line keeps both of its stars out of the text.');
    expect(passages.some((p) => /shields|maintainers|\]\(/.test(p.text))).toBe(false);
  });

  it('gives each passage its heading path, title heading left out, and a link to the heading\'s anchor', async () => {
    const document = await loadFixture('server-guide.md');
    const memory = cutPassages(document).find((p) => p.text.startsWith('A machine with'));
    expect(memory).toMatchObject({
      role: 'bullet',
      section: 'Installation › Requirements',
      text: 'A machine with at least 4 GB of memory • 8 GB when more than twenty players join at once',
      citation: { section: 'Installation › Requirements', url: 'https://example.org/docs/server-guide#requirements', line: 20 },
    });
  });

  it('keeps a code block whole, its language named, a # comment inside it no heading', async () => {
    const passages = cutPassages(await loadFixture('server-guide.md'));
    const code = passages.filter((p) => p.role === 'code');
    expect(code).toHaveLength(1);
    expect(code[0]).toMatchObject({ language: 'sh', section: 'Installation › Requirements › Install the service' });
    expect(code[0]?.text.split('\n')).toHaveLength(3);
    expect(passages.some((p) => p.section?.includes('this comment'))).toBe(false);
  });

  it('makes a passage of each table row, every cell after its header, and none of the border', async () => {
    const rows = cutPassages(await loadFixture('server-guide.md')).filter((p) => p.role === 'table-row');
    expect(rows.map((p) => [p.text, p.citation.line])).toEqual([
      ['Port: 25565 · Protocol: TCP · Used for: players joining the game', 36],
      ['Port: 25575 · Protocol: TCP · Used for: RCON remote console for admins', 37],
      ['Port: 19132 · Protocol: UDP · Used for: Bedrock edition clients', 38],
    ]);
  });

  it('keeps link text and drops link targets', () => {
    const [passage] = cutPassages(documentOf('Read [the guide](https://example.org/a-very-long-path) before you start the server.'));
    expect(passage?.text).toBe('Read the guide before you start the server.');
  });

  it('reads .markdown and .mdx as Markdown and .txt as plain text', () => {
    const body = '# Title line\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(cutPassages(documentOf(body, 'doc.mdx')).map((p) => p.text)).toEqual(['a: 1 · b: 2']);
    expect(cutPassages(documentOf(body, 'doc.markdown')).map((p) => p.text)).toEqual(['a: 1 · b: 2']);
    expect(cutPassages(documentOf(body, 'doc.txt')).map((p) => p.text)).toEqual(['Title line', '| a | b | | - | - | | 1 | 2 |']);
  });

  it('titles a document after its first heading when its front matter has no title', () => {
    const result = parseDocument('README.md', new TextEncoder().encode('<p>logo</p>\n\n# fast-copy\n\nA fast deep copy.'));
    expect('document' in result && result.document.meta.title).toBe('fast-copy');
  });
});

describe('Markdown knowledge', () => {
  it('takes no figures or dates from code', () => {
    const knowledge = buildKnowledge([documentOf('Intro text that says nothing in figures at all.\n\n```js\nconst port = 8080; // since 2024-01-01\n```\n')]);
    expect(knowledge.figures).toEqual([]);
    expect(knowledge.timeline).toEqual([]);
  });

  // Questions whose answers sit in a table row, a code block and a nested list item, on real READMEs.
  const top3 = async (question: string, expected: RegExp) => {
    const documents = await Promise.all(['server-guide.md', 'debug.md', 'fast-copy.md', 'picomatch.md'].map(loadFixture));
    const answer = answerQuestion(buildKnowledge(documents), question, { limit: 3 });
    expect(answer.kind).toBe('answer');
    const texts = answer.kind === 'answer' ? answer.results.map((r) => r.passage.text) : [];
    expect(texts.some((text) => expected.test(text)), texts.join('\n---\n')).toBe(true);
  };
  it.each([
    ['which port is used for RCON', /Port: 25575/],
    ['which environment variable sets the object inspection depth', /DEBUG_DEPTH/],
    ['how much memory when more than twenty players join', /8 GB when more than twenty players/],
    ['how do I enable the game server with systemctl', /systemctl enable/],
    ['how to copy strict with createCopier', /createCopier/],
  ])('finds "%s" in the top 3', top3);
});
