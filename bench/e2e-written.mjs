/**
 * Loaded into the bot by the paced-rounds bench (`node --import <this file>`, compiled or through tsx; never in
 * production), so that an answer is timed to the moment the bot's reply left it, not to the moment the fake Discord's
 * JavaScript got round to reading it: the fake and the load generator share the machine's two cores with the bot (and
 * with whatever else runs), so their event loop stalls while a reply already waits in their socket, which Discord, on
 * machines of its own, does not. undici publishes `undici:client:sendHeaders` as a request's head is made, and then
 * writes head and body to the socket in one corked write (`client-h1.js` `writeRequest`, `writeBuffer`); on loopback
 * the fake's kernel holds them from then. Not `undici:request:bodySent`, published after that write: the write wakes
 * the fake, which may take the bot's core first, and the fake was then seen handling a callback up to 0.6 ms before.
 * Plain JavaScript, as the compiled bot runs no TypeScript loader; worker threads inherit `--import`, so only the
 * main thread records. On exit it writes `DOCENT_BENCH_WRITTEN`: [interaction id, ms] for every callback, ms on the
 * machine's monotonic clock (`process.hrtime`), which every process reads alike: `performance.timeOrigin` is not
 * (each process takes it at start from two clocks read one after the other, and under load they differed by 25 ms).
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const CALLBACK = /\/interactions\/(\d+)\//;
const file = process.env['DOCENT_BENCH_WRITTEN'];

if (file !== undefined && isMainThread) {
  const written = [];
  subscribe('undici:client:sendHeaders', (message) => {
    const id = CALLBACK.exec(message.request.path)?.[1];
    if (id !== undefined) written.push([id, Number(process.hrtime.bigint()) / 1e6]);
  });
  const save = () => writeFileSync(file, JSON.stringify(written));
  // At SIGTERM too: under load the bot may not finish its shutdown within the bench's grace and be killed, and the
  // rounds' records are complete by then (every paced answer was received or timed out before the stop).
  process.once('SIGTERM', save);
  process.on('exit', save);
}
