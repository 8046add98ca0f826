/**
 * `node --import tsx bench/snapshot-stages.ts <knowledge dir>`: where a start from the snapshot spends
 * its time, in a fresh process as a start is. Times the stages of `loadKnowledge`'s snapshot path one by
 * one (reading the documents, hashing them, reading and decoding the snapshot, the WordNet lexicon,
 * restoring) with the CPU sampled while restoring, and prints them as one JSON object on stdout.
 */
import { readFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { summariseProfile, type ProfileSummary } from './cpu-profile.ts';

export interface SnapshotStages {
  /** Milliseconds of each stage, in the order they run. */
  readonly stages: readonly { readonly stage: string; readonly ms: number }[];
  readonly snapshotMiB: number;
  /** Where `restoreKnowledge` spends its time. */
  readonly restoreProfile: ProfileSummary;
}

async function main(dir: string): Promise<SnapshotStages> {
  const stages: { stage: string; ms: number }[] = [];
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    stages.push({ stage, ms: performance.now() - started });
    return result;
  };
  const { readKnowledgeDir } = await timed('import the core (tsx compiles it)', () => import('../src/core/documents/load.ts'));
  const { snapshotKey, snapshotPartsOf, snapshotPath } = await import('../src/core/snapshot.ts');
  const { restoreKnowledge } = await import('../src/core/restore.ts');
  const { wordNetLexicon } = await import('../src/core/search/lexicon.ts');

  const { documents } = await timed('read the documents (readKnowledgeDir)', () => readKnowledgeDir(dir));
  const key = await timed('hash the documents (snapshotKey)', () => snapshotKey(documents));
  const file = await timed('read the snapshot file', () => readFile(snapshotPath(dir, `${dir}/.docent`)));
  const parts = await timed('check and decode the snapshot (checksum, JSON, array views)', () => snapshotPartsOf(file, key));
  if (parts === null) throw new Error(`bench: the snapshot in ${dir} is not for these documents`);
  const lexicon = await timed('load the WordNet lexicon', () => wordNetLexicon());

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await timed('restoreKnowledge (indexes, speller, lookups)', () => restoreKnowledge(documents, parts, lexicon));
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return { stages, snapshotMiB: file.byteLength / 2 ** 20, restoreProfile: summariseProfile(profile, 12) };
}

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('usage: node --import tsx bench/snapshot-stages.ts <knowledge dir>\n');
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await main(dir))}\n`);
}
