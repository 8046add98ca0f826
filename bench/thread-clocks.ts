/**
 * Where the machine's two cores went while the harness could not run (`e2e-tail.ts --threads`): the scheduler's own
 * counters for every thread of the harness and of the bot (`/proc/<pid>/task/<tid>/schedstat`: ns on a core, ns
 * runnable but waiting for one) and the machine's (`/proc/stat`: busy, idle and steal jiffies), read at every tick of
 * the harness's 1 ms timer, so the counters' change over a stall says whether the harness's thread was running
 * (its own work), waiting for a core (and who held the cores), or asleep. The files are held open and re-read at
 * offset 0 (`/proc` regenerates them on each read): about 25 reads a tick.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';

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
export function threadClocks(processes: readonly { readonly name: string; readonly pid: number }[]) {
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

export type ThreadClocks = ReturnType<typeof threadClocks>;

