import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { splitFrontMatter } from './front-matter.ts';
import { firstMarkdownHeading, isMarkdownFile } from './markdown.ts';
import type { KnowledgeDocument, Problem } from '../types.ts';

/** Larger files are refused: a knowledge document is prose, and one huge file would stall every reload. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Files read at once while loading a directory. */
const PARALLEL_READS = 32;

/** The extensions read as documents; every other file in the directory is left alone. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx', '.txt'];

export interface LoadedKnowledge {
  readonly documents: readonly KnowledgeDocument[];
  readonly problems: readonly Problem[];
}

/**
 * Reads every `.md` and `.txt` file below `dir` (sorted, so passage ids are stable). Each file that
 * cannot be used becomes a problem naming it; the others still load. Never throws for a bad file;
 * a missing or unreadable directory is a problem too.
 */
export async function readKnowledgeDir(dir: string): Promise<LoadedKnowledge> {
  let files: string[];
  try {
    files = await listDocumentFiles(dir);
  } catch (error) {
    return { documents: [], problems: [{ file: dir, message: `load: cannot read the knowledge directory (${errorCode(error)})` }] };
  }
  const documents: KnowledgeDocument[] = [];
  const problems: Problem[] = [];
  // Files are read a batch at a time: in parallel enough to hide the disk, few enough to stay far
  // below the limit of open files. Results keep the sorted order.
  for (let start = 0; start < files.length; start += PARALLEL_READS) {
    const batch = files.slice(start, start + PARALLEL_READS);
    const results = await Promise.all(batch.map((file) => readDocumentFile(file, relative(dir, file).split(sep).join('/'))));
    for (const result of results) {
      if ('document' in result) documents.push(result.document);
      else problems.push(...result.problems);
    }
  }
  if (documents.length === 0 && problems.length === 0) {
    problems.push({ file: dir, message: 'load: no .md or .txt documents in the knowledge directory' });
  }
  return { documents: withUniqueSlugs(documents), problems };
}

async function listDocumentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    // A symlink is listed too (a deployment may link documents in); reading it follows the link, and
    // one that leads nowhere, or not to a file, becomes a problem naming it instead of vanishing.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

type FileResult = { readonly document: KnowledgeDocument } | { readonly problems: readonly Problem[] };

async function readDocumentFile(path: string, file: string): Promise<FileResult> {
  try {
    const { size } = await stat(path);
    if (size > MAX_DOCUMENT_BYTES) {
      return { problems: [{ file, message: `file is ${formatBytes(size)}, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit` }] };
    }
    return parseDocument(file, await readFile(path));
  } catch (error) {
    return { problems: [{ file, message: `cannot read the file (${errorCode(error)})` }] };
  }
}

/**
 * Turns a file's bytes into a document, or the problems that keep it out. Pure, so any bytes can be
 * tested: empty, binary, bad UTF-8, broken front matter.
 */
export function parseDocument(file: string, bytes: Uint8Array): FileResult {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return { problems: [{ file, message: `file is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit` }] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { problems: [{ file, line: lineAtByte(bytes, nul), message: 'file is binary (it contains a NUL byte), not text' }] };
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    const bad = firstInvalidUtf8Byte(bytes);
    return { problems: [{ file, line: lineAtByte(bytes, bad), message: 'file is not valid UTF-8' }] };
  }
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  if (!split.ok) return { problems: split.problems.map((problem) => ({ file, ...problem })) };
  if (split.body.trim().length === 0) {
    return { problems: [{ file, line: split.bodyLine, message: 'file has no text to answer from (it is empty)' }] };
  }
  const slug = slugOf(file);
  return {
    document: {
      slug,
      file,
      // The title: the front matter's, else a Markdown document's first heading, else the file name.
      meta: { ...split.meta, title: split.meta.title ?? (isMarkdownFile(file) ? firstMarkdownHeading(split.body) : null) ?? basename(file, extname(file)) },
      body: split.body,
      bodyLine: split.bodyLine,
    },
  };
}

/** The file's path without extension, lower-cased, runs of other characters as `-`. */
export function slugOf(file: string): string {
  const withoutExtension = file.slice(0, file.length - extname(file).length);
  const slug = withoutExtension.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return slug.length > 0 ? slug : 'document';
}

/** Two files can reduce to one slug ("a b.md", "a-b.txt"): later ones get a numeric suffix. */
function withUniqueSlugs(documents: readonly KnowledgeDocument[]): KnowledgeDocument[] {
  const seen = new Map<string, number>();
  return documents.map((document) => {
    const count = (seen.get(document.slug) ?? 0) + 1;
    seen.set(document.slug, count);
    return count === 1 ? document : { ...document, slug: `${document.slug}-${count}` };
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Finds the offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (lead byte, then the right number of continuation bytes), to tell the user where the bad text is.
 */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.byteLength) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const continuation = bytes[index + next];
      if (continuation === undefined || continuation < 0x80 || continuation > 0xbf) return index;
    }
    index += length;
  }
  return index;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.byteLength; index += 1) if (bytes[index] === 10) line += 1;
  return line;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';
}
