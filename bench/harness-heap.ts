/**
 * The harness's own young generation. The fake Discord and the load generator run in the bench's process, and a
 * callback is timed when this process handles it: a scavenge of this heap in a paced round (about one a round with
 * V8's default 16 MB semi-space, a round allocating about 25 MB at 400 a second) holds every callback that arrives
 * meanwhile and is counted as the bot's latency, though Discord has no such pause. With room for a round's garbage,
 * the harness collects only where `settleHarness` forces it, between rounds, with nothing in flight.
 */
import { spawn } from 'node:child_process';

const HARNESS_SEMI_SPACE_MB = 64;
const FLAG = '--max-semi-space-size';
/** V8 grows the young generation only after scavenges: from its least, a short warm-up leaves it too small for a round. */
const FLAGS = [`--min-semi-space-size=${HARNESS_SEMI_SPACE_MB}`, `${FLAG}=${HARNESS_SEMI_SPACE_MB}`];

/**
 * When node runs this script without `--max-semi-space-size`, runs it again with the young generation at its full
 * size from the start (the same node options, tsx's loader among them, and arguments; its output is this
 * process's) and resolves with that run's exit code; null when the flag is set.
 */
export async function rerunWithHarnessHeap(): Promise<number | null> {
  if (process.execArgv.some((arg) => arg.startsWith(`${FLAG}=`))) return null;
  const child = spawn(process.execPath, [...process.execArgv, ...FLAGS, ...process.argv.slice(1)], { stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128))));
}
