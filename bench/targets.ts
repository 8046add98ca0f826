import type { EndToEndResult } from './e2e.ts';
import type { AbstentionResult } from './generalize.ts';
import type { QualityResult } from './quality.ts';
import type { SpeedResult } from './speed.ts';
import type { StartupResult } from './startup.ts';

export interface TargetResult {
  readonly target: string;
  readonly met: boolean;
  readonly detail: string;
}

/** docent ahead (strictly) of every other engine on hit@1 and hit@3, per question set. */
export function qualityTargets(quality: readonly QualityResult[], docent: string): TargetResult[] {
  const sets = [...new Set(quality.map((row) => row.set))];
  return sets.map((set) => {
    const rows = quality.filter((row) => row.set === set);
    const own = rows.find((row) => row.engine === docent);
    const notBehind = rows.filter((row) => row.engine !== docent && own !== undefined && (row.hitAt1 >= own.hitAt1 || row.hitAt3 >= own.hitAt3));
    return {
      target: `${set}: docent ahead of every other engine on hit@1 and hit@3`,
      met: own !== undefined && notBehind.length === 0,
      detail:
        notBehind.length === 0
          ? `docent hit@1 ${percent(own?.hitAt1)}, hit@3 ${percent(own?.hitAt3)}; best other hit@1 ${percent(best(rows, docent, 'hitAt1'))}, hit@3 ${percent(best(rows, docent, 'hitAt3'))}`
          : `not ahead of ${notBehind.map((row) => `${row.engine} (hit@1 ${percent(row.hitAt1)}, hit@3 ${percent(row.hitAt3)})`).join(', ')}`,
    };
  });
}

/** docent's p99 on the large corpus no higher than the typo-tolerant reference engine's. */
export function latencyTarget(speed: readonly SpeedResult[], docent: string, reference: string, passages: number): TargetResult {
  const own = speed.find((row) => row.engine === docent);
  const other = speed.find((row) => row.engine === reference);
  const met = own !== undefined && other !== undefined && own.p99Ms <= other.p99Ms;
  return {
    target: `docent p99 at ${passages.toLocaleString('en-US')} passages (typo tolerance on) <= ${reference} p99`,
    met,
    detail: `docent ${own?.p99Ms.toFixed(1) ?? '?'} ms, ${reference} ${other?.p99Ms.toFixed(1) ?? '?'} ms`,
  };
}

function best(rows: readonly QualityResult[], docent: string, key: 'hitAt1' | 'hitAt3'): number {
  return Math.max(...rows.filter((row) => row.engine !== docent).map((row) => row[key]));
}

function percent(value: number | undefined): string {
  return value === undefined ? '?' : `${(value * 100).toFixed(1)}%`;
}

/**
 * The end-to-end targets: answers a second and their p99 in one bot process, and whole replies under /reload.
 * The p99 is judged round by round (issue 13: under 20 ms in at least 9 of 10 paced rounds), as one slow
 * round on a shared machine would otherwise decide the pooled figure.
 */
export const E2E_TARGETS = { answersPerSecond: 400, p99Ms: 20, pacedRoundsMet: 0.9 } as const;
/** Start-up of the large corpus from its snapshot against building it from the text. */
export const SNAPSHOT_SPEEDUP_TARGET = 5;

/** How many paced rounds had their p99 under the target. */
export function roundsMet(result: Pick<EndToEndResult, 'pacedRounds'>): number {
  return result.pacedRounds.filter((round) => round.p99Ms < E2E_TARGETS.p99Ms).length;
}

export function endToEndTargets(result: EndToEndResult): TargetResult[] {
  const { saturation, paced, underReload, reloads } = result;
  const wrong = underReload.failed + underReload.unanswered + underReload.mixed + reloads.failed + reloads.unanswered;
  return [
    {
      target: `/ask through the real client: at least ${E2E_TARGETS.answersPerSecond} answers a second in one process`,
      met: saturation.answersPerSecond >= E2E_TARGETS.answersPerSecond && saturation.failed + saturation.unanswered === 0,
      detail: `${saturation.answersPerSecond.toFixed(0)} a second with ${result.plan.inFlight} in flight (median of ${result.plan.rounds} rounds)`,
    },
    {
      target: `/ask p99 under ${E2E_TARGETS.p99Ms} ms at ${result.plan.pacedRate} questions a second, in at least ${E2E_TARGETS.pacedRoundsMet * 100}% of the paced rounds`,
      met: roundsMet(result) >= E2E_TARGETS.pacedRoundsMet * result.pacedRounds.length && paced.failed + paced.unanswered === 0,
      detail:
        `${roundsMet(result)} of ${result.pacedRounds.length} rounds; pooled p99 ${paced.p99Ms.toFixed(1)} ms, p50 ${paced.p50Ms.toFixed(1)} ms over ${paced.answered} answers ` +
        `(at saturation: p99 ${saturation.p99Ms.toFixed(0)} ms, mostly waiting behind the others in flight)`,
    },
    {
      target: 'under /reload every second: zero failed, unanswered or mixed replies',
      met: wrong === 0,
      detail:
        `/ask: ${underReload.failed} failed, ${underReload.unanswered} unanswered, ${underReload.mixed} mixed of ${underReload.sent}; ` +
        `/reload: ${reloads.failed} failed, ${reloads.unanswered} unanswered of ${reloads.sent}` +
        (reloads.lastEditionServed ? '' : '; after the last reload the beacon was NOT answered from the edition last written'),
    },
  ];
}

/** Discord drops an interaction not answered within 3 s: the stress runs' /ask p99 must stay under it. */
const STRESS_P99_MS = 3000;

/**
 * Issue 10's two: /ask p99 under 3 s while a 20 MB /reload runs, and other users' /ask p99 under 3 s
 * while one user floods autocomplete. Every question must also be answered (a question without a
 * callback is not in the p99, so it fails the target on its own).
 */
export function stressTargets(result: EndToEndResult): TargetResult[] {
  const { underLargeReload: large, underAutocompleteFlood: flood } = result;
  const megabytes = (large.documentBytes / 1024 / 1024).toFixed(1);
  const lost = (stats: { failed: number; unanswered: number }) => stats.failed + stats.unanswered;
  return [
    {
      target: `/ask p99 under ${STRESS_P99_MS / 1000} s during a 20 MB reload`,
      met: large.reloadMs !== null && large.asks.p99Ms < STRESS_P99_MS && lost(large.asks) === 0,
      detail:
        `p99 ${large.asks.p99Ms.toFixed(0)} ms, p50 ${large.asks.p50Ms.toFixed(0)} ms, max ${large.asks.maxMs.toFixed(0)} ms over ${large.asks.answered} answered, ` +
        `${large.asks.failed} failed, ${large.asks.unanswered} unanswered (${result.plan.largeReload.askRate}/s while a /reload of ${megabytes} MB took ` +
        `${large.reloadMs === null ? 'too long: no report' : `${(large.reloadMs / 1000).toFixed(1)} s`})`,
    },
    {
      target: `p99 of other users' /ask under ${STRESS_P99_MS / 1000} s during an autocomplete flood`,
      met: flood.asks.p99Ms < STRESS_P99_MS && lost(flood.asks) === 0,
      detail:
        `p99 ${flood.asks.p99Ms.toFixed(0)} ms, p50 ${flood.asks.p50Ms.toFixed(0)} ms over ${flood.asks.answered} answered, ${flood.asks.failed} failed, ${flood.asks.unanswered} unanswered ` +
        `(${result.plan.autocompleteFlood.askRate}/s while one user's autocompletes were answered at ${flood.autocompletes.perSecond.toFixed(0)}/s)`,
    },
  ];
}

export function startupTarget(result: StartupResult): TargetResult {
  const ready = (source: string) => result.cases.find((entry) => entry.knowledge === 'large' && entry.runtime === 'tsx' && entry.source === source)?.readyMs;
  return {
    target: `start-up with the large corpus from its snapshot at least ${SNAPSHOT_SPEEDUP_TARGET}× faster than building it`,
    met: result.largeSnapshotSpeedup >= SNAPSHOT_SPEEDUP_TARGET,
    detail: `${result.largeSnapshotSpeedup.toFixed(1)}×: ${seconds(ready('built'))} built, ${seconds(ready('snapshot'))} from the snapshot (process start to ready)`,
  };
}

/** Issue 13: the compiled bot (`npm start`) on the article, process start to ready, from its snapshot as a restart is. */
const COMPILED_STARTUP_TARGET_MS = 1000;

export function compiledStartupTarget(result: StartupResult): TargetResult {
  const article = (runtime: string, source: string) =>
    result.cases.find((entry) => entry.knowledge === 'article' && entry.runtime === runtime && entry.source === source);
  const ready = (runtime: string, source: string) => article(runtime, source)?.readyMs;
  const snapshot = ready('compiled', 'snapshot');
  const ms = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(0)} ms`);
  const cpu = (runtime: string) => ms(article(runtime, 'snapshot')?.readyCpuMs);
  return {
    target: `start-up of the compiled bot on the article under ${COMPILED_STARTUP_TARGET_MS / 1000} s (process start to ready, from its snapshot)`,
    met: snapshot !== undefined && snapshot < COMPILED_STARTUP_TARGET_MS,
    detail:
      `compiled ${ms(snapshot)} from the snapshot, ${ms(ready('compiled', 'built'))} built; through tsx ${ms(ready('tsx', 'snapshot'))} and ${ms(ready('tsx', 'built'))}; ` +
      `CPU to ready from the snapshot ${cpu('compiled')} compiled, ${cpu('tsx')} through tsx; the build before them (npm start's prestart) ${ms(result.buildMs)}`,
  };
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`;
}

/** Issue 11's abstention targets: off-topic questions mostly declined, on-topic ones still answered. */
const ABSTENTION_TARGETS = { offTopicDeclined: 0.9, onTopicAnswered: 0.97 } as const;

export function abstentionTargets(rows: readonly AbstentionResult[]): TargetResult[] {
  const share = (onTopic: boolean) => {
    const chosen = rows.filter((row) => row.onTopic === onTopic);
    const questions = chosen.reduce((sum, row) => sum + row.questions, 0);
    return { questions, answered: chosen.reduce((sum, row) => sum + row.answered * row.questions, 0) / Math.max(1, questions) };
  };
  const off = share(false);
  const on = share(true);
  return [
    {
      target: `off-topic questions: at least ${ABSTENTION_TARGETS.offTopicDeclined * 100}% told "not in my documents"`,
      met: 1 - off.answered >= ABSTENTION_TARGETS.offTopicDeclined,
      detail: `${((1 - off.answered) * 100).toFixed(1)}% of ${off.questions}`,
    },
    {
      target: `on-topic questions: at least ${ABSTENTION_TARGETS.onTopicAnswered * 100}% still answered`,
      met: on.answered >= ABSTENTION_TARGETS.onTopicAnswered,
      detail: `${(on.answered * 100).toFixed(1)}% of ${on.questions}`,
    },
  ];
}
