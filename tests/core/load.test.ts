import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
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

  it('loads a document with keys it does not read, each a warning with its line (a typo is still seen)', () => {
    const result = parseDocument('post.md', bytes('---\ntitel: typo\ntags: [a, b]\nsidebar_position: 2\n---\nbody'));
    expect('document' in result && result.warnings).toEqual([
      { file: 'post.md', line: 2, message: expect.stringMatching(/"titel" is not a key docent reads/) },
      { file: 'post.md', line: 3, message: expect.stringMatching(/"tags"/) },
      { file: 'post.md', line: 4, message: expect.stringMatching(/"sidebar_position"/) },
    ]);
  });

  it('reads date as published (a Jekyll time too) and keeps description', () => {
    const result = parseDocument('post.md', bytes('---\ndate: 2021-06-03 10:00:00 +0000\ndescription: A short summary.\n---\nbody'));
    expect('document' in result && result.document.meta).toEqual({ title: 'post', published: '2021-06-03', description: 'A short summary.' });
  });

  it('refuses a url that is not a web link', () => {
    const result = parseDocument('a.md', bytes('---\nurl: "javascript:alert(1)"\n---\nbody'));
    expect('problems' in result && result.problems[0]?.message).toMatch(/http/);
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

  it('skips hidden folders and node_modules, and reports them and files of other types as warnings', async () => {
    for (const folder of ['.git', '.github/ISSUE_TEMPLATE', 'node_modules/pkg', 'docs/.drafts']) await mkdir(join(dir, folder), { recursive: true });
    await writeFile(join(dir, '.github', 'ISSUE_TEMPLATE', 'bug.md'), '---\nname: Bug\nabout: report one\n---\nDescribe the bug.');
    await writeFile(join(dir, 'node_modules', 'pkg', 'README.md'), 'A dependency.');
    await writeFile(join(dir, 'docs', '.drafts', 'draft.md'), 'Not yet.');
    await writeFile(join(dir, 'docs', 'guide.markdown'), '# Guide\n\nA guide.');
    await writeFile(join(dir, 'docs', 'page.mdx'), '# Page\n\nA page.');
    await writeFile(join(dir, 'notes.rst'), 'Not Markdown.');
    const { documents, problems, warnings } = await readKnowledgeDir(dir);
    expect(documents.map((document) => [document.file, document.meta.title])).toEqual([['docs/guide.markdown', 'Guide'], ['docs/page.mdx', 'Page']]);
    expect(problems).toEqual([]);
    expect(warnings.map((warning) => warning.file).sort()).toEqual(['.git/', '.github/', 'docs/.drafts/', 'node_modules/', 'notes.rst']);
  });

  it('reads a symlink to a file inside the folder', async () => {
    await mkdir(join(dir, 'shared'));
    await writeFile(join(dir, 'shared', 'real.md'), 'The real text.');
    await symlink(join(dir, 'shared', 'real.md'), join(dir, 'alias.md'));
    const { documents, problems } = await readKnowledgeDir(dir);
    expect(problems).toEqual([]);
    expect(documents.map((document) => document.file)).toEqual(['alias.md', 'shared/real.md']);
  });

  it.each([
    ['a file outside the folder', () => '/etc/passwd', /outside the knowledge folder/],
    ['a secret beside the folder', async () => {
      await writeFile(join(dir, '..', `${dir.split('/').pop()}.env`), 'DISCORD_TOKEN=secret');
      return join(dir, '..', `${dir.split('/').pop()}.env`);
    }, /outside the knowledge folder/],
    ['/dev/zero', () => '/dev/zero', /outside the knowledge folder|not a regular file/],
    ['nowhere', () => join(dir, 'missing.md'), /cannot read/],
  ])('reports a symlink to %s as a problem, and reads nothing from it', async (_name, target, message) => {
    await writeFile(join(dir, 'good.md'), 'A fine paragraph.');
    await symlink(await target(), join(dir, 'notes.md'));
    const { documents, problems } = await readKnowledgeDir(dir);
    expect(documents.map((document) => document.file)).toEqual(['good.md']);
    expect(problems).toEqual([{ file: 'notes.md', message: expect.stringMatching(message) }]);
    await rm(join(dir, '..', `${dir.split('/').pop()}.env`), { force: true });
  });

  it('reports a FIFO (directly or through a link) as a problem, without hanging', async () => {
    await writeFile(join(dir, 'good.md'), 'A fine paragraph.');
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await symlink(join(dir, 'pipe.md'), join(dir, 'link-to-pipe.txt'));
    const { documents, problems } = await readKnowledgeDir(dir);
    expect(documents.map((document) => document.file)).toEqual(['good.md']);
    expect(problems).toEqual([
      { file: 'link-to-pipe.txt', message: expect.stringMatching(/not a regular file \(a FIFO\)/) },
      { file: 'pipe.md', message: expect.stringMatching(/not a regular file \(a FIFO\)/) },
    ]);
  }, 5000);

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

describe('npm run validate', () => {
  it('lists problems and warnings with file:line, in file order then line order, and fails on a problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-validate-'));
    try {
      await mkdir(join(dir, '.github'));
      await writeFile(join(dir, '.github', 'bug.md'), 'Not loaded.');
      await writeFile(join(dir, 'a.md'), '---\ntags: [x]\nlanguage: 12 34\n---\nText.');
      await writeFile(join(dir, 'b.md'), '---\nsidebar_position: 2\nabout: it\n---\n# B\n\nText of b.');
      await writeFile(join(dir, 'c.png'), 'not text');
      await symlink('/etc/passwd', join(dir, 'd.txt'));
      const root = join(import.meta.dirname, '..', '..');
      const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'validate.ts')], {
        cwd: tmpdir(),
        env: { ...process.env, KNOWLEDGE_DIR: dir },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stdout.split('\n').filter((line) => line.length > 0)).toEqual([
        '.github/: warning: folder not loaded: hidden folders and node_modules are skipped',
        'a.md:3: problem: front matter "language" language must be a BCP 47 tag such as en',
        'b.md:2: warning: front matter "sidebar_position" is not a key docent reads; ignored',
        'b.md:3: warning: front matter "about" is not a key docent reads; ignored',
        'c.png: warning: not loaded: only .md, .markdown, .mdx, .txt files are read',
        'd.txt: problem: is a link to a file outside the knowledge folder; not read',
        `1 document(s) valid, 2 problem(s), 4 warning(s) in ${dir}`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
