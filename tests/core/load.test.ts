import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, parseDocument, readKnowledgeDir, slugOf } from '../../src/core/documents/load.ts';
import { KNOWLEDGE_DIR } from '../fixtures/article.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseDocument', () => {
  it('reads front matter into metadata and keeps the body as written', () => {
    const result = parseDocument('notes/a b.md', bytes('---\ntitle: A title\npublished: 2022-03\n---\n  Body line.\n'));
    expect(result).toEqual({
      document: { slug: 'notes-a-b', file: 'notes/a b.md', meta: { title: 'A title', published: '2022-03' }, body: '  Body line.\n', bodyLine: 5 },
    });
  });

  it('titles a document without front matter after its file name', () => {
    const result = parseDocument('speech.txt', bytes('All of it is body.'));
    expect('document' in result && result.document.meta.title).toBe('speech');
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a file of blank lines', '\n\n  \n', /empty/],
    ['front matter and no body', '---\ntitle: x\n---\n', /empty/],
    ['front matter never closed', '---\ntitle: x\nbody', /never closed/],
    ['front matter that is not YAML', '---\ntitle: [unclosed\n---\nbody', /not valid YAML/],
    ['a field of the wrong type', '---\ntitle: 42\n---\nbody', /"title"/],
    ['an unknown field', '---\ntitel: typo\n---\nbody', /titel/],
    ['a date that is not ISO', '---\npublished: March 2022\n---\nbody', /ISO date/],
    ['a title with a control character', '---\ntitle: "bell\\u0007"\n---\nbody', /plain text/],
    ['a title with half an emoji', '---\ntitle: "\\ud800"\n---\nbody', /plain text/],
  ])('returns a problem naming the file for %s', (_name, text, message) => {
    const result = parseDocument('bad.md', bytes(text));
    expect('problems' in result).toBe(true);
    if ('problems' in result) {
      expect(result.problems[0]?.file).toBe('bad.md');
      expect(result.problems[0]?.message).toMatch(message);
    }
  });

  it('gives the line of a front matter problem in the file', () => {
    const result = parseDocument('bad.md', bytes('---\ntitle: ok\nlanguage: 12 34\n---\nbody'));
    expect('problems' in result && result.problems[0]?.line).toBe(3);
  });

  it('refuses a binary file, naming the line of the NUL byte', () => {
    const result = parseDocument('image.txt', new Uint8Array([104, 105, 10, 0, 1, 2]));
    expect(result).toEqual({ problems: [{ file: 'image.txt', line: 2, message: expect.stringMatching(/binary/) }] });
  });

  it('refuses bad UTF-8, naming the line it is on', () => {
    const result = parseDocument('latin1.txt', new Uint8Array([...bytes('ok\nalso ok\ncaf'), 0xe9, 10]));
    expect(result).toEqual({ problems: [{ file: 'latin1.txt', line: 3, message: 'file is not valid UTF-8' }] });
  });
});

describe('slugOf', () => {
  it('makes a stable, readable id from a path', () => {
    expect(slugOf('Speeches/State of the Union 1990.md')).toBe('speeches-state-of-the-union-1990');
  });
});

describe('readKnowledgeDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docent-load-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the good documents and reports each bad one, without throwing', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'good.md'), 'A fine paragraph.');
    await writeFile(join(dir, 'sub', 'also-good.txt'), 'Another one.');
    await writeFile(join(dir, 'empty.md'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    await writeFile(join(dir, 'ignored.json'), '{}');
    const { documents, problems } = await readKnowledgeDir(dir);
    expect(documents.map((document) => document.file)).toEqual(['good.md', 'sub/also-good.txt']);
    expect(problems.map((problem) => problem.file).sort()).toEqual(['binary.txt', 'empty.md']);
  });

  it('refuses a file over the size limit without reading it whole', async () => {
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 'a'));
    const { problems } = await readKnowledgeDir(dir);
    expect(problems).toEqual([{ file: 'huge.txt', message: expect.stringMatching(/over the .* limit/) }]);
  });

  it('reports a missing directory as a problem', async () => {
    const { documents, problems } = await readKnowledgeDir(join(dir, 'nowhere'));
    expect(documents).toEqual([]);
    expect(problems[0]?.message).toMatch(/cannot read the knowledge directory/);
  });

  it('loads the repository knowledge with no problems (what npm run validate checks)', async () => {
    const { documents, problems } = await readKnowledgeDir(KNOWLEDGE_DIR);
    expect(problems).toEqual([]);
    expect(documents[0]?.meta).toMatchObject({ source: expect.stringContaining('Liaowang'), published: '2022' });
  });
});
