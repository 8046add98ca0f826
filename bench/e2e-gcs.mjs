/**
 * Loaded into the bot by the paced-rounds bench with `--gcs` (`node --import <this file>`, compiled or through tsx;
 * never in production): every collection of the bot's main thread, so a slow answer's wait can be set against the
 * bot's pauses by kind. On exit it writes `DOCENT_BENCH_GCS`: [start, duration, kind, flags, old space] for each, the start in ms
 * on the machine's monotonic clock (`process.hrtime`, as `e2e-written.mjs` stamps the writes), kind as
 * `PerformanceEntry.detail.kind` (`perf_hooks.constants`: 1 minor, a scavenge; 4 major, a mark-compact; 8 incremental
 * marking; 16 weak callbacks), old space the bytes the old generation held when the entry was read (soon after it
 * ended): what the scavenges promote, and a mark-compact frees.
 */
import { writeFileSync } from 'node:fs';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const file = process.env['DOCENT_BENCH_GCS'];

if (file !== undefined && isMainThread) {
  // performance.now() is the monotonic clock less this process's origin on it.
  const origin = Number(process.hrtime.bigint()) / 1e6 - performance.now();
  const gcs = [];
  new PerformanceObserver((list) => {
    const old = getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')?.space_used_size ?? 0;
    for (const entry of list.getEntries()) gcs.push([origin + entry.startTime, entry.duration, entry.detail?.kind ?? 0, entry.detail?.flags ?? 0, old]);
  }).observe({ entryTypes: ['gc'] });
  const save = () => writeFileSync(file, JSON.stringify(gcs));
  // At SIGTERM too: under load the bot may not finish its shutdown within the bench's grace and be killed, and the
  // rounds' records are complete by then (every paced answer was received or timed out before the stop).
  process.once('SIGTERM', save);
  process.on('exit', save);
}
