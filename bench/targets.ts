import type { QualityResult } from './quality.ts';
import type { SpeedResult } from './speed.ts';

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
