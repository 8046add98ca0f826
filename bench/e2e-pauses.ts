/**
 * What the bot ran while the paced rounds' slowest answers waited, read from its CPU profile (`--cpu-prof`, a fine
 * `--cpu-prof-interval`): the profile's samples are stamped on the machine's monotonic clock, as the bot's writes of
 * its callbacks are (`e2e-written.mjs`), so each slow answer's span in the bot, from its send to its write, selects
 * the samples taken in it. A sample names the function on top of the main thread's stack (or `(idle)`,
 * `(garbage collector)`, `(program)`); a stretch with no sample at all is time the thread, or the sampler, had no core.
 * A profile is read the same on a loaded machine: it attributes work, it does not time it.
 */
import type { Profiler } from 'node:inspector';
import { constants } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatTable } from './table.ts';
import type { Trace } from './e2e.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** A gap between two samples longer than this many sampling intervals: the thread (or the sampler) was off the cores. */
const UNSAMPLED_INTERVALS = 5;
/** A run of busy samples, no idle one between, longer than this: one of the bot's long tasks. */
const LONG_TASK_MS = 10;

/** A span of the bot's time, monotonic µs, and how many slow answers waited in it. */
export interface Span {
  readonly fromUs: number;
  readonly toUs: number;
  readonly answers: number;
}

/**
 * The slow answers' spans in the bot (send to written, each at least `thresholdMs`), overlapping ones merged:
 * an answer is sent at `sentAt` (the harness's epoch ms), `toMonotonicMs` turns that into the bot's clock.
 */
export function slowSpans(traces: readonly Trace[], thresholdMs: number, toMonotonicMs: (epochMs: number) => number): Span[] {
  const spans = traces
    .filter((trace) => (trace.leftBotMs ?? trace.ms) >= thresholdMs)
    .map((trace) => [toMonotonicMs(trace.sentAt) * 1000, toMonotonicMs(trace.sentAt + (trace.leftBotMs ?? trace.ms)) * 1000] as const)
    .sort((a, b) => a[0] - b[0]);
  const merged: { fromUs: number; toUs: number; answers: number }[] = [];
  for (const [fromUs, toUs] of spans) {
    const last = merged.at(-1);
    if (last !== undefined && fromUs <= last.toUs) {
      last.toUs = Math.max(last.toUs, toUs);
      last.answers += 1;
    } else merged.push({ fromUs, toUs, answers: 1 });
  }
  return merged;
}

interface Sample {
  readonly atUs: number;
  /** µs since the sample before: the time this sample stands for. */
  readonly us: number;
  readonly leaf: string;
  /** The outermost frame of docent's or of a package on the stack: the task the loop was running. */
  readonly task: string;
  readonly idle: boolean;
}

/** The profile's samples with their stamps, each named by its leaf and by the task it ran in. */
export function samplesOf(profile: Profiler.Profile): Sample[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const taskOf = new Map<number, string>();
  const task = (id: number): string => {
    const known = taskOf.get(id);
    if (known !== undefined) return known;
    let outermost = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (frame !== undefined && isOurs(frame.url)) outermost = nameOf(frame);
    }
    const found = outermost === '' ? nameOf(nodes.get(id)?.callFrame) : outermost;
    taskOf.set(id, found);
    return found;
  };
  const deltas = profile.timeDeltas ?? [];
  let atUs = profile.startTime;
  return (profile.samples ?? []).map((id, at) => {
    const us = deltas[at] ?? 0;
    atUs += us;
    const leaf = nameOf(nodes.get(id)?.callFrame);
    return { atUs, us, leaf, task: task(id), idle: leaf === '(idle)' };
  });
}

/** Where each span's time went: busy (by leaf and by task), idle, unsampled; and the pooled figures over every span. */
export function attributeSpans(samples: readonly Sample[], spans: readonly Span[], intervalUs: number, top = 15): string {
  const pooled = new Tally();
  const rows: string[][] = [];
  for (const span of spans) {
    const tally = new Tally();
    for (const sample of samples) if (sample.atUs > span.fromUs && sample.atUs <= span.toUs) tally.add(sample, intervalUs);
    pooled.addAll(tally);
    rows.push([
      ((span.toUs - span.fromUs) / 1000).toFixed(1),
      String(span.answers),
      ms(tally.busy),
      ms(tally.idle),
      ms(tally.unsampled),
      tally.ranked(tally.byTask, 3),
      tally.ranked(tally.byLeaf, 3),
    ]);
  }
  return [
    formatTable(
      ['span ms', 'slow answers', 'busy ms', 'idle ms', 'unsampled ms', 'tasks (ms)', 'on top (ms)'].map((header, at) => ({ header, align: at < 5 ? 'right' : 'left' }) as const),
      rows,
    ),
    `over all ${spans.length} spans: busy ${ms(pooled.busy)} ms, idle ${ms(pooled.idle)} ms, unsampled ${ms(pooled.unsampled)} ms`,
    `  by task: ${pooled.ranked(pooled.byTask, top)}`,
    `  on top: ${pooled.ranked(pooled.byLeaf, top)}`,
  ].join('\n');
}

/** The bot's long tasks in a window (monotonic µs): runs of busy samples with no idle one between, longer than LONG_TASK_MS. */
export function longTasks(samples: readonly Sample[], window: { readonly fromUs: number; readonly toUs: number }, intervalUs: number, top = 12): string {
  const tasks: { fromUs: number; tally: Tally }[] = [];
  let open: { fromUs: number; tally: Tally } | undefined;
  for (const sample of samples) {
    if (sample.atUs < window.fromUs || sample.atUs > window.toUs) continue;
    if (sample.idle) {
      if (open !== undefined && open.tally.busy + open.tally.unsampled > LONG_TASK_MS * 1000) tasks.push(open);
      open = undefined;
      continue;
    }
    open ??= { fromUs: sample.atUs - sample.us, tally: new Tally() };
    open.tally.add(sample, intervalUs);
  }
  const longest = [...tasks].sort((a, b) => b.tally.busy + b.tally.unsampled - (a.tally.busy + a.tally.unsampled)).slice(0, top);
  return [
    `${tasks.length} long tasks over ${LONG_TASK_MS} ms in the bot's main thread (busy samples with no idle one between); the longest:`,
    formatTable(
      ['at s', 'busy ms', 'unsampled ms', 'tasks (ms)', 'on top (ms)'].map((header, at) => ({ header, align: at < 3 ? 'right' : 'left' }) as const),
      longest.map(({ fromUs, tally }) => [((fromUs - window.fromUs) / 1e6).toFixed(2), ms(tally.busy), ms(tally.unsampled), tally.ranked(tally.byTask, 3), tally.ranked(tally.byLeaf, 4)]),
    ),
  ].join('\n');
}

class Tally {
  busy = 0;
  idle = 0;
  unsampled = 0;
  readonly byTask = new Map<string, number>();
  readonly byLeaf = new Map<string, number>();

  add(sample: Sample, intervalUs: number): void {
    // A long gap stands for time off the cores, not for the function sampled at its end.
    const gap = sample.us > UNSAMPLED_INTERVALS * intervalUs ? sample.us - intervalUs : 0;
    this.unsampled += gap;
    const us = sample.us - gap;
    if (sample.idle) {
      this.idle += us;
      return;
    }
    this.busy += us;
    bump(this.byTask, sample.task, us);
    bump(this.byLeaf, sample.leaf, us);
  }

  addAll(other: Tally): void {
    this.busy += other.busy;
    this.idle += other.idle;
    this.unsampled += other.unsampled;
    for (const [key, us] of other.byTask) bump(this.byTask, key, us);
    for (const [key, us] of other.byLeaf) bump(this.byLeaf, key, us);
  }

  ranked(counts: ReadonlyMap<string, number>, top: number): string {
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `${name} ${ms(us)}`)
      .join('; ');
  }
}

function bump(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}

function ms(us: number): string {
  return (us / 1000).toFixed(1);
}

/** docent's code or a package's, compiled or not: not Node's internals, not V8's pseudo-frames. */
function isOurs(url: string): boolean {
  return url !== '' && !url.startsWith('node:');
}

function nameOf(frame: Profiler.ProfileNode['callFrame'] | undefined): string {
  if (frame === undefined) return '(unknown)';
  const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  const file = path.startsWith(ROOT) ? path.slice(ROOT.length) : path.replace(/^.*\/node_modules\//, '');
  return `${frame.functionName || '(anonymous)'}${file === '' ? '' : ` ${file}:${frame.lineNumber + 1}`}`;
}

/** A collection of the bot's main thread (`e2e-gcs.mjs`): start (monotonic ms), duration ms, V8's kind, flags, old space bytes after. */
export type Collection = readonly [startMs: number, ms: number, kind: number, flags: number, oldBytes: number];

const KINDS: readonly [string, (kind: number) => boolean][] = [
  ['scavenges', (kind) => kind === constants.NODE_PERFORMANCE_GC_MINOR],
  ['mark-compacts', (kind) => kind === constants.NODE_PERFORMANCE_GC_MAJOR],
  ['incremental marking', (kind) => kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL],
  ['weak callbacks', (kind) => kind === constants.NODE_PERFORMANCE_GC_WEAKCB],
];

/**
 * The bot's collections in a window (monotonic µs) by kind: how many, their ms in all and the longest; and how much of
 * them fell inside the slow answers' spans, with the longest each kind put into one span.
 */
export function collectionsIn(gcs: readonly Collection[], spans: readonly Span[], window: { readonly fromUs: number; readonly toUs: number }): string {
  const inWindow = gcs.filter(([start]) => start * 1000 >= window.fromUs && start * 1000 <= window.toUs);
  const overlap = ([start, ms]: Collection, span: Span) => Math.max(0, Math.min(start + ms, span.toUs / 1000) - Math.max(start, span.fromUs / 1000));
  const rows = KINDS.map(([name, matches]) => {
    const mine = inWindow.filter(([, , kind]) => matches(kind));
    const inSpans = spans.map((span) => mine.reduce((sum, gc) => sum + overlap(gc, span), 0));
    return [
      name,
      String(mine.length),
      mine.reduce((sum, [, ms]) => sum + ms, 0).toFixed(1),
      Math.max(0, ...mine.map(([, ms]) => ms)).toFixed(1),
      inSpans.reduce((sum, ms) => sum + ms, 0).toFixed(1),
      Math.max(0, ...inSpans).toFixed(1),
    ];
  });
  const old = inWindow.map(([, , , , bytes]) => bytes);
  const seconds = (window.toUs - window.fromUs) / 1e6;
  return [
    `The bot's collections over the paced rounds (e2e-gcs.mjs), and inside the ${spans.length} spans of answers over the target; ` +
      `its old generation ${mib(old[0] ?? 0)} → ${mib(old.at(-1) ?? 0)} MiB (most ${mib(Math.max(0, ...old))}) in ${seconds.toFixed(1)} s:`,
    formatTable(
      ['kind', 'count', 'ms', 'longest ms', 'ms in the spans', 'most in one span'].map((header, at) => ({ header, align: at === 0 ? 'left' : 'right' }) as const),
      rows,
    ),
  ].join('\n');
}

/** Frames the bot read this close together came in one read of its socket, and were handled in one turn of its loop. */
const SAME_READ_MS = 0.2;

/**
 * Whether a burst of interactions read together is answered one by one or all at once: for each burst (frames read
 * within SAME_READ_MS of each other, `e2e-probe.ts`'s `received`), when its first callback was written against when
 * its last callback was created. If the first write comes after the last answer, every answer in the burst waited for
 * all of them: the burst's CPU is each one's latency, not only the last one's.
 */
export function burstWrites(received: readonly [string, number][], replied: ReadonlyMap<string, number>, written: ReadonlyMap<string, number>): string {
  const sorted = [...received].sort((a, b) => a[1] - b[1]);
  const bursts: [string, number][][] = [];
  for (const entry of sorted) {
    const last = bursts.at(-1);
    const previous = last?.at(-1);
    if (last !== undefined && previous !== undefined && entry[1] - previous[1] <= SAME_READ_MS) last.push(entry);
    else bursts.push([entry]);
  }
  const rows = [2, 4, 8].map((least, at, all) => {
    const most = all[at + 1] ?? Number.POSITIVE_INFINITY;
    const chosen = bursts.filter((burst) => burst.length >= least && burst.length < most);
    let allAtOnce = 0;
    const firstWaits: number[] = [];
    for (const burst of chosen) {
      const created = burst.map(([id]) => replied.get(id) ?? Number.NaN);
      const writes = burst.map(([id]) => written.get(id) ?? Number.NaN);
      if (Math.min(...writes) >= Math.max(...created)) allAtOnce += 1;
      // The answer read first: its wait from the read to its write.
      const [firstId, readAt] = burst[0] ?? ['', 0];
      firstWaits.push((written.get(firstId) ?? Number.NaN) - readAt);
    }
    const waits = firstWaits.filter(Number.isFinite).sort((a, b) => a - b);
    return [
      Number.isFinite(most) ? `${least}–${most - 1}` : `${least}+`,
      String(chosen.length),
      String(allAtOnce),
      waits.length === 0 ? '–' : (waits[Math.floor(waits.length / 2)] ?? 0).toFixed(1),
      waits.length === 0 ? '–' : (waits.at(-1) ?? 0).toFixed(1),
    ];
  });
  const singles = bursts.filter((burst) => burst.length === 1).length;
  return [
    `Interactions read together (${bursts.length} reads, ${singles} of one frame): how many reads' answers were all created before the first was written`,
    formatTable(
      ['frames in the read', 'reads', 'first written after the last created', 'first answer read → written, median ms', 'worst ms'].map((header, at) => ({ header, align: at === 0 ? 'left' : 'right' }) as const),
      rows,
    ),
  ].join('\n');
}

/** A scavenge at least this long counts as a cause of a late answer that waited through it. */
const LONG_SCAVENGE_MS = 5;
/** An answer sent this soon after one of the harness's stalls ended went out in the catch-up burst the stall made. */
const AFTER_STALL_MS = 5;

/**
 * Where the paced rounds' late answers (at least `thresholdMs` from send to write) come from: how many per 1,000,
 * whether they are bunched (late answers whose waits overlap, merged) or spread over the rounds (by tenth of a round),
 * each one's first cause of these, in order (a bot mark-compact in its wait; a bot scavenge of LONG_SCAVENGE_MS or
 * more in it; sent just after a stall of the harness, in the burst of questions the stall held back; a stall of the
 * harness in its wait, the machine busy; none of these: it queued behind other answers), and whether one question is
 * late more than its share.
 * `rounds[r]` holds round r's answers; the collections and stalls are [start in the traces' epoch ms, ms, ...].
 */
export function lateAnswers(
  rounds: readonly (readonly Trace[])[],
  pauses: { readonly botGcs: readonly (readonly [number, number, number])[] | null; readonly harnessStalls: readonly (readonly [number, number])[] },
  thresholdMs: number,
): string {
  const msOf = (trace: Trace) => trace.leftBotMs ?? trace.ms;
  const all = rounds.flat();
  const late = all.filter((trace) => msOf(trace) >= thresholdMs);
  const waits = (trace: Trace, [start, ms]: readonly [number, number, ...number[]]) => start < trace.sentAt + msOf(trace) && start + ms > trace.sentAt;
  const bunches: number[] = [];
  let bunchEnd = Number.NEGATIVE_INFINITY;
  for (const trace of [...late].sort((a, b) => a.sentAt - b.sentAt)) {
    const end = trace.sentAt + msOf(trace);
    if (trace.sentAt <= bunchEnd) {
      bunches[bunches.length - 1] = (bunches.at(-1) ?? 0) + 1;
      bunchEnd = Math.max(bunchEnd, end);
    } else {
      bunches.push(1);
      bunchEnd = end;
    }
  }
  const tenths = Array.from({ length: 10 }, () => 0);
  for (const round of rounds) {
    const from = Math.min(...round.map((trace) => trace.sentAt));
    const span = Math.max(...round.map((trace) => trace.sentAt)) - from || 1;
    for (const trace of round) {
      const tenth = Math.min(9, Math.floor((10 * (trace.sentAt - from)) / span));
      if (msOf(trace) >= thresholdMs) tenths[tenth] = (tenths[tenth] ?? 0) + 1;
    }
  }
  const windowFrom = Math.min(...all.map((trace) => trace.sentAt));
  const windowTo = Math.max(...all.map((trace) => trace.sentAt + trace.ms));
  const gcs = (pauses.botGcs ?? []).filter(([start]) => start >= windowFrom && start <= windowTo);
  const marks = gcs.filter(([, , kind]) => kind === constants.NODE_PERFORMANCE_GC_MAJOR);
  const longScavenges = gcs.filter(([, ms, kind]) => kind === constants.NODE_PERFORMANCE_GC_MINOR && ms >= LONG_SCAVENGE_MS);
  const causes: [string, (trace: Trace) => boolean][] = [
    ...(pauses.botGcs === null
      ? []
      : ([
          ['a bot mark-compact in its wait', (trace) => marks.some((gc) => waits(trace, gc))],
          [`a bot scavenge ≥ ${LONG_SCAVENGE_MS} ms in it`, (trace) => longScavenges.some((gc) => waits(trace, gc))],
        ] as [string, (trace: Trace) => boolean][])),
    [
      'sent in the burst after a harness stall',
      (trace) => pauses.harnessStalls.some(([start, ms]) => start + ms <= trace.sentAt && trace.sentAt - (start + ms) < AFTER_STALL_MS),
    ],
    // The harness could not run while this one waited: the machine's cores were taken, most likely the bot's too.
    ['a harness stall in its wait', (trace) => pauses.harnessStalls.some((stall) => waits(trace, stall))],
  ];
  const counts = causes.map(() => 0);
  let unexplained = 0;
  for (const trace of late) {
    const at = causes.findIndex(([, applies]) => applies(trace));
    if (at < 0) unexplained += 1;
    else counts[at] = (counts[at] ?? 0) + 1;
  }
  const share = (count: number) => `${count} (${((100 * count) / Math.max(1, late.length)).toFixed(0)}%)`;
  const sent = new Map<string, number>();
  const lateBy = new Map<string, number>();
  for (const trace of all) sent.set(trace.question ?? '', (sent.get(trace.question ?? '') ?? 0) + 1);
  for (const trace of late) lateBy.set(trace.question ?? '', (lateBy.get(trace.question ?? '') ?? 0) + 1);
  const rate = (question: string) => (lateBy.get(question) ?? 0) / (sent.get(question) ?? 1);
  const byRate = [...sent.keys()].sort((a, b) => rate(b) - rate(a));
  const worst = byRate[0] ?? '';
  const median = byRate[Math.floor(byRate.length / 2)] ?? '';
  const sorted = [...bunches].sort((a, b) => b - a);
  return [
    `\nLate answers (≥ ${thresholdMs} ms to the write): ${late.length} of ${all.length} (${((1000 * late.length) / Math.max(1, all.length)).toFixed(1)} per 1,000), ` +
      `in ${bunches.length} bunches of overlapping waits (largest ${sorted.slice(0, 5).join(', ') || '–'}; ${sorted.filter((size) => size >= 5).reduce((sum, size) => sum + size, 0)} in bunches of 5 or more); ` +
      `by tenth of a round ${tenths.join(' ')}`,
    `  first cause: ${[...causes.map(([name], at) => `${name} ${share(counts[at] ?? 0)}`), `none of these (queued behind other answers) ${share(unexplained)}`].join('; ')}` +
      (pauses.botGcs === null ? ' (the bot\'s collections need --gcs)' : `; over the rounds the bot made ${marks.length} mark-compacts (longest ${Math.max(0, ...marks.map(([, ms]) => ms)).toFixed(1)} ms) and ${longScavenges.length} scavenges ≥ ${LONG_SCAVENGE_MS} ms`),
    `  by question: the latest ${JSON.stringify(worst.slice(0, 50))} late ${lateBy.get(worst) ?? 0} of ${sent.get(worst) ?? 0} times, the median question ${lateBy.get(median) ?? 0} of ${sent.get(median) ?? 0}`,
  ].join('\n');
}
