/**
 * What the harness (the fake Discord and the load generator, in `e2e-tail.ts`'s process) spends an answer in the
 * paced rounds: every millisecond of its CPU is taken from the two cores the bot runs on, and its allocation is what
 * its collections must later clear. Its CPU is read from `process.cpuUsage` at each round's start and end; its
 * allocation is the heap's growth over a round, which is what the round allocated while no collection ran in it (the
 * harness's young generation holds a round's garbage, `harness-heap.ts`, so that is every round in a quiet run).
 * `--harness-profile <file>` also samples the harness's main thread over the paced rounds only (the inspector's
 * Profiler, started and stopped at the rounds' edges) and writes the `.cpuprofile`.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { profileClockUs, summariseProfile, type ProfileWindow } from './cpu-profile.ts';
import { profileTables } from './report.ts';

interface Round {
  readonly from: number;
  to: number;
  /** The round on the profile's clock: the profile is read over the rounds only, not the settling between them. */
  readonly window: { fromUs: number; toUs: number };
  readonly cpuAtStart: NodeJS.CpuUsage;
  cpuMs: number;
  readonly heapAtStart: number;
  heapGrowth: number;
}

/** The harness's CPU and allocation per paced round; `onRound` from `measurePacedRounds`, `summary` once the rounds are answered. */
export function harnessCost(profileFile?: string) {
  const rounds: Round[] = [];
  const gcStarts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcStarts.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  const session = profileFile === undefined ? null : new Session();
  let profiling: Promise<unknown> = Promise.resolve();
  return {
    onRound(round: number, phase: 'start' | 'end', lastRound: number): void {
      if (phase === 'start') {
        if (round === 0 && session !== null) {
          session.connect();
          // The Profiler starts asynchronously; the first round's first milliseconds may go unsampled.
          profiling = session.post('Profiler.enable').then(() => session.post('Profiler.start'));
        }
        rounds.push({ from: performance.now(), to: Number.POSITIVE_INFINITY, window: { fromUs: profileClockUs(), toUs: Number.POSITIVE_INFINITY }, cpuAtStart: process.cpuUsage(), cpuMs: 0, heapAtStart: process.memoryUsage().heapUsed, heapGrowth: 0 });
        return;
      }
      const open = rounds.at(-1);
      if (open === undefined) return;
      open.to = performance.now();
      open.window.toUs = profileClockUs();
      const cpu = process.cpuUsage(open.cpuAtStart);
      open.cpuMs = (cpu.user + cpu.system) / 1000;
      open.heapGrowth = process.memoryUsage().heapUsed - open.heapAtStart;
      if (round === lastRound && session !== null) {
        profiling = profiling.then(async () => {
          const { profile } = (await session.post('Profiler.stop')) as { profile: Profiler.Profile };
          session.disconnect();
          await writeFile(profileFile ?? '', JSON.stringify(profile));
          return profile;
        });
      }
    },
    /** `questions`: each paced round's questions sent (the harness sends each, and handles the callback of each answered). */
    async summary(questions: readonly number[]): Promise<string> {
      observer.disconnect();
      const sent = questions.reduce((sum, count) => sum + count, 0);
      const cpuMs = rounds.reduce((sum, round) => sum + round.cpuMs, 0);
      const seconds = rounds.reduce((sum, round) => sum + (round.to - round.from) / 1000, 0);
      // A round in which the harness collected lost its garbage: its growth is not what it allocated.
      const clean = rounds.flatMap((round, at) => (gcStarts.some((start) => start >= round.from && start <= round.to) ? [] : [{ growth: round.heapGrowth, questions: questions[at] ?? 0 }]));
      const cleanQuestions = clean.reduce((sum, round) => sum + round.questions, 0);
      const allocated = clean.reduce((sum, round) => sum + round.growth, 0);
      const lines = [
        `harness cost in the paced rounds: CPU ${(cpuMs / Math.max(sent, 1)).toFixed(3)} ms a question sent (${cpuMs.toFixed(0)} ms over ${sent} questions, ${(cpuMs / 1000 / Math.max(seconds, 1e-9)).toFixed(3)} of a core); ` +
          `allocated ${cleanQuestions === 0 ? '–' : (allocated / cleanQuestions / 1024).toFixed(1)} KB a question (heap growth over the ${clean.length} of ${rounds.length} rounds with no collection in them)`,
      ];
      const profile = (await profiling) as Profiler.Profile | undefined;
      if (profile !== undefined) lines.push(`The harness's main thread in the paced rounds (${profileFile ?? ''}; the settling between rounds left out)`, profileTables(summariseProfile(profile, 25, rounds.map((round): ProfileWindow => round.window)), 25));
      return lines.join('\n');
    },
  };
}
