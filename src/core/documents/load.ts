import { constants } from 'node:fs';
import { open, readdir, realpath } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { splitFrontMatter } from './front-matter.ts';
import { firstMarkdownHeading, isMarkdownFile } from './markdown.ts';
import type { KnowledgeDocument, Problem } from '../types.ts';

/** Larger files are refused: a knowledge document is prose, and one huge file would stall every reload. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Files read at once while loading a directory. */
const PARALLEL_READS = 32;

/** The extensions read as documents (Markdown, and plain text); other files are reported by `validate`. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx', '.txt'];

/** Folders never loaded wherever they are, besides hidden ones: a cloned docs repo's dependencies. */
export const SKIPPED_FOLDER_NAMES: readonly string[] = ['node_modules'];

/**
 * True for a path (relative to the knowledge folder) that is never loaded: one with a segment that is
 * hidden (`.git/`, `.github/`, `.drafts/`, `.notes.md`, the snapshot's files) or `node_modules`. The
 * loader and the watcher share this one rule, so what is served and what is watched agree.
 */
export function isSkippedPath(file: string): boolean {
  return file.split(/[\\/]/).some((part) => (part.startsWith('.') && part !== '.' && part !== '..') || SKIPPED_FOLDER_NAMES.includes(part));
}

export interface LoadedKnowledge {
  readonly documents: readonly KnowledgeDocument[];
  /** Files that cannot be used, each with its line when it has one. */
  readonly problems: readonly Problem[];
  /** What was loaded all the same or left out on purpose: unread front matter keys, other file types, skipped folders. */
  readonly warnings: readonly Problem[];
}

/**
 * Reads every document below `dir` (sorted, so passage ids are stable). Each file that cannot be used
 * becomes a problem naming it; the others still load. Never throws for a bad file; a missing or
 * unreadable directory is a problem too. Only regular files whose real path is inside `dir` are read:
 * a symlink inside the folder to a file inside it is fine, one to `/etc/passwd`, `../.env`, a FIFO or
 * a device is a problem, and never a hang.
 */
export async function readKnowledgeDir(dir: string): Promise<LoadedKnowledge> {
  let root: string;
  const warnings: Problem[] = [];
  let files: string[];
  try {
    root = await realpath(dir);
    files = await listDocumentFiles(root, warnings);
  } catch (error) {
    return { documents: [], problems: [{ file: dir, message: `load: cannot read the knowledge directory (${errorCode(error)})` }], warnings: [] };
  }
  const documents: KnowledgeDocument[] = [];
  const problems: Problem[] = [];
  // Files are read a batch at a time: in parallel enough to hide the disk, few enough to stay far
  // below the limit of open files. Results keep the sorted order.
  for (let start = 0; start < files.length; start += PARALLEL_READS) {
    const batch = files.slice(start, start + PARALLEL_READS);
    const results = await Promise.all(batch.map((file) => readDocumentFile(root, file)));
    for (const result of results) {
      if ('document' in result) {
        documents.push(result.document);
        warnings.push(...(result.warnings ?? []));
      } else problems.push(...result.problems);
    }
  }
  if (documents.length === 0 && problems.length === 0) {
    problems.push({ file: dir, message: `load: no ${DOCUMENT_EXTENSIONS.join(', ')} documents in the knowledge directory` });
  }
  return { documents: withUniqueSlugs(documents), problems, warnings };
}

/**
 * The documents' paths relative to `root`, with `/`, sorted. Hidden folders and `node_modules` are not
 * entered (each is a warning); a file of another type is a warning; hidden files are passed over.
 */
async function listDocumentFiles(root: string, warnings: Problem[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const file = relative(root, join(folder, entry.name)).split(sep).join('/');
      if (isSkippedPath(entry.name)) {
        if (entry.isDirectory()) warnings.push({ file: `${file}/`, message: 'folder not loaded: hidden folders and node_modules are skipped' });
        continue;
      }
      if (entry.isDirectory()) await visit(join(folder, entry.name));
      else if (DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(file);
      else if (entry.isSymbolicLink() && (await isFolder(join(folder, entry.name)))) warnings.push({ file, message: 'symlinked folder not followed' });
      else warnings.push({ file, message: `not loaded: only ${DOCUMENT_EXTENSIONS.join(', ')} files are read` });
    }
  };
  await visit(root);
  return files.sort();
}

async function isFolder(path: string): Promise<boolean> {
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      return (await handle.stat()).isDirectory();
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

type FileResult = { readonly document: KnowledgeDocument; readonly warnings?: readonly Problem[] } | { readonly problems: readonly Problem[] };

/**
 * Reads one file safely: its real path must lie inside the folder; it is opened once (non-blocking,
 * so a FIFO cannot hang the open), checked with fstat (a regular file under the size cap) before a
 * byte is read, and read with a reader that stops past the cap whatever fstat said.
 */
async function readDocumentFile(root: string, file: string): Promise<FileResult> {
  const problem = (message: string): FileResult => ({ problems: [{ file, message }] });
  let real: string;
  try {
    real = await realpath(join(root, file));
  } catch (error) {
    return problem(`cannot read the file (${errorCode(error)}${errorCode(error) === 'ENOENT' ? ': a link that leads nowhere?' : ''})`);
  }
  if (!isInside(root, real)) return problem('is a link to a file outside the knowledge folder; not read');
  let handle;
  try {
    // O_NOFOLLOW: the real path has no links; one put there since is not followed.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return problem(`cannot read the file (${errorCode(error)})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return problem(`is not a regular file (${kindOf(stats)}); not read`);
    if (stats.size > MAX_DOCUMENT_BYTES) return problem(`file is ${formatBytes(stats.size)}, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit`);
    const bytes = await readBounded(handle, stats.size, MAX_DOCUMENT_BYTES + 1);
    return parseDocument(file, bytes);
  } catch (error) {
    return problem(`cannot read the file (${errorCode(error)})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads to the end, or to `cap` bytes, whichever comes first (a file may grow after its fstat). */
async function readBounded(handle: import('node:fs/promises').FileHandle, expected: number, cap: number): Promise<Uint8Array> {
  let buffer = Buffer.alloc(Math.min(cap, Math.max(expected, 0) + 1));
  let length = 0;
  while (length < cap) {
    if (length === buffer.length) {
      const bigger = Buffer.alloc(Math.min(cap, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot.length > 0 && !fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !fromRoot.startsWith(sep);
}

function kindOf(stats: import('node:fs').Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
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
    ...(split.warnings.length === 0 ? {} : { warnings: split.warnings.map((warning) => ({ file, ...warning })) }),
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
