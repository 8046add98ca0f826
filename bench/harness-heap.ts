/**
 * The harness's own young generation. The fake Discord and the load generator run in the bench's process, and a
 * callback is timed when this process handles it: a scavenge of this heap in a paced round (about one a round with
 * V8's default 16 MB semi-space, a round allocating about 27 MB at 400 a second) holds every callback that arrives
 * meanwhile and is counted as the bot's latency, though Discord has no such pause. With room for a round's garbage,
 * the harness collects only where `settleHarness` forces it, between rounds, with nothing in flight.
 */
import { spawn } from 'node:child_process';

export const HARNESS_SEMI_SPACE_MB = 64;
const FLAG = '--max-semi-space-size';

/**
 * When node runs this script without the flag, runs it again with it (the same node options, tsx's loader among
 * them, and arguments; its output is this process's) and resolves with that run's exit code; null when the flag is set.
 */
export async function rerunWithHarnessHeap(): Promise<number | null> {
  if (process.execArgv.some((arg) => arg.startsWith(`${FLAG}=`))) return null;
  const child = spawn(process.execPath, [...process.execArgv, `${FLAG}=${HARNESS_SEMI_SPACE_MB}`, ...process.argv.slice(1)], { stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128))));
}
