/**
 * Where the machine's two cores went while the harness could not run (`e2e-tail.ts --threads`): the scheduler's own
 * counters for every thread of the harness and of the bot (`/proc/<pid>/task/<tid>/schedstat`: ns on a core, ns
 * runnable but waiting for one) and the machine's (`/proc/stat`: busy, idle and steal jiffies), read at every tick of
 * the harness's 1 ms timer, so the counters' change over a stall says whether the harness's thread was running
 * (its own work), waiting for a core (and who held the cores), or asleep. The files are held open and re-read at
 * offset 0 (`/proc` regenerates them on each read): about 25 reads a tick.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { formatTable } from './table.ts';

/** Which threads of a process are read, named by their order: Node starts its threads in a fixed order. */
interface Thread {
  readonly process: string;
  readonly tid: number;
  readonly fd: number;
}

const BUFFER = Buffer.alloc(512);

function readAt(fd: number): string {
  const length = readSync(fd, BUFFER, 0, BUFFER.length, 0);
  return BUFFER.toString('latin1', 0, length);
}

/** `/proc/stat`'s first line: the machine's busy, idle and steal time in jiffies (10 ms). */
function machineJiffies(fd: number): [busy: number, idle: number, steal: number] {
  const line = readAt(fd);
  const fields = line.slice(0, line.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  return [user + nice + system + irq + softirq, idle + iowait, steal];
}

/**
 * The counters of the named processes' threads (as they are when called) and the machine's, in one flat array per
 * read: per thread [run ns, wait ns], then the machine's [busy, idle, steal] jiffies.
 */
function threadClocks(processes: readonly { readonly name: string; readonly pid: number }[]) {
  const threads: Thread[] = processes.flatMap(({ name, pid }) =>
    readdirSync(`/proc/${pid}/task`)
      .map(Number)
      .sort((a, b) => a - b)
      .map((tid) => ({ process: name, tid, fd: openSync(`/proc/${pid}/task/${tid}/schedstat`, 'r') })),
  );
  const machine = openSync('/proc/stat', 'r');
  const size = threads.length * 2 + 3;
  return {
    /** Each thread's label: its process and its place among the process's threads (0 the main thread). */
    labels: threads.map((thread) => {
      const place = threads.filter((other) => other.process === thread.process).indexOf(thread);
      return `${thread.process}#${place}`;
    }),
    size,
    read(into: Float64Array): void {
      threads.forEach((thread, at) => {
        try {
          const [run = '0', wait = '0'] = readAt(thread.fd).split(' ');
          into[at * 2] = Number(run);
          into[at * 2 + 1] = Number(wait);
        } catch {
          // A thread that ended keeps its last counters.
        }
      });
      const [busy, idle, steal] = machineJiffies(machine);
      into[size - 3] = busy;
      into[size - 2] = idle;
      into[size - 1] = steal;
    },
    close(): void {
      for (const thread of threads) closeSync(thread.fd);
      closeSync(machine);
    },
  };
}

type ThreadClocks = ReturnType<typeof threadClocks>;

/**
 * The counters of every thread of this process (the harness) and of the bot, and the machine's, summed over the
 * harness's stalls and over the rest of the rounds: `start` as a round starts, `tick` at each tick of the harness's
 * timer (the ms since the last, and whether that was a stall), `stop` as the round ends, `summary` for the report.
 */
export function stallAccounts() {
  let clocks: ThreadClocks | null = null;
  let labels: string[] = [];
  let before = new Float64Array(0);
  let after = new Float64Array(0);
  // Per round's thread layout the sums are kept by label, so threads met in one round only still count.
  const sums = { stalls: new Map<string, [number, number]>(), rest: new Map<string, [number, number]>() };
  const wall = { stalls: 0, rest: 0 };
  // The harness's main thread over each stall: mostly running, mostly waiting for a core, or neither (asleep, its
  // timer late though it was not runnable); per kind [count, ms, longest, the bot's main thread on a core ms, its other threads' ms].
  const kinds = { running: [0, 0, 0, 0, 0], waiting: [0, 0, 0, 0, 0], asleep: [0, 0, 0, 0, 0] };
  const add = (into: Map<string, [number, number]>, label: string, run: number, wait: number) => {
    const sum = into.get(label) ?? [0, 0];
    into.set(label, [sum[0] + run, sum[1] + wait]);
  };
  return {
    start(botPid: number) {
      clocks = threadClocks([
        { name: 'harness', pid: process.pid },
        { name: 'bot', pid: botPid },
      ]);
      labels = [...clocks.labels, 'machine'];
      before = new Float64Array(clocks.size);
      after = new Float64Array(clocks.size);
      clocks.read(before);
    },
    tick(ms: number, stalled: boolean) {
      if (clocks === null) return;
      clocks.read(after);
      const into = stalled ? sums.stalls : sums.rest;
      wall[stalled ? 'stalls' : 'rest'] += ms;
      for (let at = 0; at < labels.length - 1; at += 1) add(into, labels[at] ?? '', (after[at * 2]! - before[at * 2]!) / 1e6, (after[at * 2 + 1]! - before[at * 2 + 1]!) / 1e6);
      const machine = after.length - 3;
      // Jiffies are 10 ms: busy and steal summed over many stalls, not one.
      add(into, 'machine busy, steal', (after[machine]! - before[machine]!) * 10, (after[machine + 2]! - before[machine + 2]!) * 10);
      if (stalled) {
        const delta = (label: string) => (after[labels.indexOf(label) * 2]! - before[labels.indexOf(label) * 2]!) / 1e6;
        const botOthers = labels.reduce((sum, label) => sum + (label.startsWith('bot#') && label !== 'bot#0' ? delta(label) : 0), 0);
        const run = delta('harness#0');
        const wait = (after[1]! - before[1]!) / 1e6;
        const kind = kinds[run >= ms / 2 ? 'running' : wait >= ms / 2 ? 'waiting' : 'asleep'];
        const [count = 0, total = 0, longest = 0, botMain = 0, botRest = 0] = kind;
        kind.splice(0, 5, count + 1, total + ms, Math.max(longest, ms), botMain + delta('bot#0'), botRest + botOthers);
      }
      [before, after] = [after, before];
    },
    stop() {
      clocks?.close();
      clocks = null;
    },
    summary(): string {
      const order = [...new Set([...sums.stalls.keys(), ...sums.rest.keys()])];
      const cell = (into: Map<string, [number, number]>, label: string, ms: number, at: 0 | 1) => ((into.get(label)?.[at] ?? 0) / Math.max(ms, 1)).toFixed(3);
      const rows = order.map((label) => [label, cell(sums.stalls, label, wall.stalls, 0), cell(sums.stalls, label, wall.stalls, 1), cell(sums.rest, label, wall.rest, 0), cell(sums.rest, label, wall.rest, 1)]);
      const total = (into: Map<string, [number, number]>, ms: number, process: string) =>
        ([...into].filter(([label]) => label.startsWith(process)).reduce((sum, [, [run]]) => sum + run, 0) / Math.max(ms, 1)).toFixed(3);
      return (
        `Threads over the harness's stalls (${(wall.stalls / 1000).toFixed(2)} s) and the rest of the rounds (${(wall.rest / 1000).toFixed(2)} s), in cores (ms a ms): ` +
        `on a core, and runnable but waiting for one. The harness's main thread over each stall (count, ms in all, longest; the bot's main thread and its other threads on a core, ms): ` +
        Object.entries(kinds)
          .map(([name, [count = 0, ms = 0, longest = 0, botMain = 0, botOthers = 0]]) => `${name} ${count} (${ms.toFixed(0)} ms, longest ${longest.toFixed(1)}; bot ${botMain.toFixed(0)} + ${botOthers.toFixed(0)} ms)`)
          .join(', ') +
        '. ' +
        `All the harness's threads on a core: ${total(sums.stalls, wall.stalls, 'harness')} in stalls, ${total(sums.rest, wall.rest, 'harness')} outside; the bot's ${total(sums.stalls, wall.stalls, 'bot')} and ${total(sums.rest, wall.rest, 'bot')}.\n` +
        formatTable(['thread', 'stalls: on a core', 'stalls: waiting', 'rest: on a core', 'rest: waiting'].map((header, at) => ({ header, align: at === 0 ? 'left' : 'right' }) as const), rows)
      );
    },
  };
}
