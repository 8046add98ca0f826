/**
 * The bot child's entry instead of `src/main.ts` (which it then imports) when the tail is being explained (`e2e-tail.ts --probe`), never
 * in production: it times each /ask inside the bot without touching the bot's code, and what the runtime does
 * meanwhile. On exit it writes to `DOCENT_BENCH_PROBE` (a JSON file):
 * - `received`: [interaction id, epoch ms] when the gateway frame carrying the interaction reached the bot's
 *   WebSocket (discord.js handles it in the same turn, so this is also when the handler starts, unless the
 *   loop was busy);
 * - `replied`: [interaction id, epoch ms] when discord.js created the callback's HTTP request (undici's
 *   `undici:request:create` diagnostics channel): the answer computed and formatted;
 * - `written`: [interaction id, epoch ms] when undici wrote that request's headers to a socket
 *   (`undici:client:sendHeaders`): after it, the time is the kernel's and the fake's;
 * - `connected`: epoch ms of every connection undici opened (`undici:client:connected`): a reply that finds
 *   none idle waits for a new one;
 * - `gc`: [epoch ms, duration ms, kind] of every collection;
 * - `loop`: [epoch ms, p99 ms, max ms] of the event-loop delay over each window of `LOOP_WINDOW_MS`.
 * Times are ms on the machine's monotonic clock (`process.hrtime`), which the harness turns into its own epoch ms
 * (`epochOfMonotonic`): the processes' `performance.timeOrigin`s are not comparable (25 ms apart under load).
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Windows short enough to tell one slow round from another, long enough that the timer costs nothing. */
const LOOP_WINDOW_MS = 250;
const INTERACTION_FRAME = '"t":"INTERACTION_CREATE"';
const CALLBACK = /\/interactions\/(\d+)\//;

export interface ProbeRecord {
  readonly received: [string, number][];
  readonly replied: [string, number][];
  readonly written: [string, number][];
  readonly connected: number[];
  readonly gc: [number, number, number][];
  readonly loop: [number, number, number][];
}

// An entry rather than an `--import`: worker threads inherit `--import`s, and the build's worker cannot load a .ts one.
const file = process.env['DOCENT_BENCH_PROBE'];
if (file !== undefined) install(file);
await import('../src/main.ts');

function install(path: string): void {
  // performance.now() is the monotonic clock less this process's origin on it.
  const origin = Number(process.hrtime.bigint()) / 1e6 - performance.now();
  const epoch = (): number => origin + performance.now();
  const record: ProbeRecord = { received: [], replied: [], written: [], connected: [], gc: [], loop: [] };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.gc.push([origin + entry.startTime, entry.duration, (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0]);
  }).observe({ entryTypes: ['gc'] });

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  setInterval(() => {
    record.loop.push([epoch(), delay.percentile(99) / 1e6, delay.max / 1e6]);
    delay.reset();
  }, LOOP_WINDOW_MS).unref();

  subscribe('undici:request:create', (message) => {
    const id = CALLBACK.exec((message as { request: { path: string } }).request.path)?.[1];
    if (id !== undefined) record.replied.push([id, epoch()]);
  });
  subscribe('undici:client:connected', () => record.connected.push(epoch()));
  subscribe('undici:client:sendHeaders', (message) => {
    const id = CALLBACK.exec((message as { request: { path: string } }).request.path)?.[1];
    if (id !== undefined) record.written.push([id, epoch()]);
  });

  // discord.js's gateway runs on the `ws` package (resolved from @discordjs/ws, as it does): every frame passes `emit('message')`.
  const require = createRequire(createRequire(import.meta.url).resolve('@discordjs/ws'));
  const { WebSocket } = require('ws') as typeof import('ws');
  const emit = WebSocket.prototype.emit;
  WebSocket.prototype.emit = function (this: InstanceType<typeof WebSocket>, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') {
      const at = epoch();
      const text = String(args[0]);
      if (text.includes(INTERACTION_FRAME)) record.received.push([(JSON.parse(text) as { d: { id: string } }).d.id, at]);
    }
    return emit.call(this, event, ...args);
  } as typeof emit;

  process.on('exit', () => writeFileSync(path, JSON.stringify(record)));
}
