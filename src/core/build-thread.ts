import { readKnowledgeDir } from './documents/load.ts';
import { messageOf, type BuildOutcome, type BuildRequest, type KeptBack, type PartsPieces } from './build.ts';
import { buildKnowledge, type KnowledgeParts } from './knowledge.ts';
import { knowledgeParts, restoreKnowledge } from './restore.ts';
import type { Lexicon } from './search/lexicon.ts';
import { splitArrays } from './parts-codec.ts';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshotParts } from './snapshot.ts';
import type { KnowledgeDocument, Problem } from './types.ts';

/*
 * What a build's worker thread runs (`build-worker.ts`; `build.ts` starts it): the document readers and
 * the whole core are imported here, in the worker, never by `build.ts`, which every entry point imports.
 */

/**
 * A lexicon the worker thread never consults: indexing does not use it, and WordNet is large to load. (The figures read it
 * themselves, loading it then, only for a year-like number before a plural noun, "the 1961 statistics" (`findYearMentions`),
 * and a bare number after a group's "of", "a congregation of twelve" (`groupCountedBefore`).)
 */
const UNUSED_LEXICON: Lexicon = { isWord: () => false, baseForms: () => [], usage: () => 0, isName: () => false, describes: () => false, actsAsVerb: () => false, canBeVerb: () => false, makesWork: () => false, actsSocially: () => false, actToldByContent: () => false, communicates: () => false, changesState: () => false, namesAttribute: () => false, namesOnlyPlaceOrTime: () => false, namesThing: () => false, namesPerson: () => false, namesGroupOfPersons: () => false, kindOfThing: () => null, isKindOf: () => false, relatedWords: () => [], sameThingWords: () => [], verbSynonyms: () => [], actWords: () => [], kindsOf: () => [], nearKinds: () => [], hasNamedMembers: () => false, personsByParticiple: () => [], phraseSynonyms: () => [], derivedSynonyms: () => [] };

/**
 * What the worker thread does (exported for it, and for tests that want it on their own thread): reads
 * the folder, keeps the version in service of each file that now has a problem, then takes the parts
 * from the snapshot when it was saved for exactly these documents and options and restores, else builds
 * and saves the snapshot.
 */
export async function buildInWorkerThread(request: BuildRequest): Promise<BuildOutcome> {
  const loaded = request.documents === undefined ? await readKnowledgeDir(request.dir) : { documents: request.documents, problems: [], warnings: [] };
  const { documents, keptBack } = keepGoodVersions(request.inService, loaded.documents, loaded.problems);
  if (documents.length === 0) return { kind: 'empty', problems: loaded.problems, warnings: loaded.warnings };
  const key = snapshotKey(documents, request.options);
  const path = snapshotPath(request.dir, request.dataDir);
  const common = { kind: 'ready', documents, problems: loaded.problems, warnings: loaded.warnings, keptBack } as const;
  if (request.skipWhenProblems === true && loaded.problems.length > 0) return { ...common, source: 'built', parts: null, unsaved: null };
  const saved = await readSnapshot(path, key);
  if (saved !== null) {
    try {
      // Restored here first, so a snapshot that decodes but does not restore is found off the main thread.
      restoreKnowledge(documents, saved, UNUSED_LEXICON);
      return { ...common, source: 'snapshot', parts: request.returnParts ? piecesOf(saved) : null, unsaved: null };
    } catch {
      // As good as none: build.
    }
  }
  const parts = knowledgeParts(buildKnowledge(documents, request.options, UNUSED_LEXICON));
  let unsaved: string | null = null;
  await writeSnapshotParts(path, key, parts).catch((error: unknown) => {
    unsaved = messageOf(error);
  });
  return { ...common, source: 'built', parts: request.returnParts ? piecesOf(parts) : null, unsaved };
}

/** Arrays longer than this are sent in chunks of this many items: no one piece takes long to parse. */
const CHUNK_ITEMS = 5000;
/** Objects with more keys than this (an index's id maps) are one piece; smaller ones are split by key. */
const SPLIT_KEYS = 16;

/**
 * The parts in pieces: the typed arrays apart (each copied to a buffer of its own when it shares one, as
 * the views of a snapshot file do, since a buffer is transferred whole), then of the rest small objects
 * split by key, long arrays in chunks (appended on arrival), the rest whole. Paths are JSON arrays of
 * keys; a chunk's path ends with `[]`.
 */
function piecesOf(parts: KnowledgeParts): PartsPieces {
  const { json, arrays } = splitArrays(parts);
  const owned = arrays.map(([path, array]) => [path, array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : array.slice()] as const);
  const encoder = new TextEncoder();
  const pieces: [string, Uint8Array][] = [];
  const visit = (path: readonly string[], value: unknown): void => {
    if (Array.isArray(value) && value.length > CHUNK_ITEMS) {
      for (let start = 0; start < value.length; start += CHUNK_ITEMS) {
        pieces.push([JSON.stringify([...path, '[]']), encoder.encode(JSON.stringify(value.slice(start, start + CHUNK_ITEMS)))]);
      }
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).length <= SPLIT_KEYS) {
      for (const [key, inner] of Object.entries(value)) if (inner !== undefined) visit([...path, key], inner);
    } else {
      pieces.push([JSON.stringify(path), encoder.encode(JSON.stringify(value))]);
    }
  };
  visit([], json);
  return { pieces, arrays: owned };
}

/**
 * The buffers of the pieces and arrays, to transfer rather than copy: a message of 200 MB of strings is
 * copied whole on the main thread as it arrives (seconds for a 20 MB document); transferred buffers are not.
 */
export function transferablesOf(outcome: BuildOutcome): ArrayBuffer[] {
  if (outcome.kind !== 'ready' || outcome.parts === null) return [];
  const { pieces, arrays } = outcome.parts;
  return [...new Set([...pieces.map(([, json]) => json.buffer as ArrayBuffer), ...arrays.map(([, array]) => array.buffer as ArrayBuffer)])];
}

/**
 * The documents to build from: those that loaded, and for each file with a problem the version in
 * service, if there is one. Files in file order, as the loader gives them.
 */
function keepGoodVersions(
  inService: readonly KnowledgeDocument[],
  loaded: readonly KnowledgeDocument[],
  problems: readonly Problem[],
): { documents: KnowledgeDocument[]; keptBack: KeptBack[] } {
  const previous = new Map(inService.map((document) => [document.file, document]));
  const problemsByFile = new Map<string, Problem[]>();
  for (const problem of problems) problemsByFile.set(problem.file, [...(problemsByFile.get(problem.file) ?? []), problem]);
  const slugs = new Set(loaded.map((document) => document.slug));
  const keptBack: KeptBack[] = [];
  const kept: KnowledgeDocument[] = [];
  for (const [file, fileProblems] of problemsByFile) {
    const old = previous.get(file);
    // A slug taken meanwhile by a new file (a rare rename clash) cannot be kept under the same ids.
    if (old !== undefined && !slugs.has(old.slug)) kept.push(old);
    keptBack.push({ file, kept: old !== undefined && !slugs.has(old.slug) ? 'previous' : 'nothing', problems: fileProblems });
  }
  const documents = [...loaded, ...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, keptBack };
}
