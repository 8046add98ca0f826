import { readFile } from 'node:fs/promises';
import { checkClaims, type Verdict } from '../src/core/check/check.ts';
import type { Knowledge } from '../src/core/knowledge.ts';

/**
 * The check's precision on claims written about the article (`tests/fixtures/claims/`): per verdict, the
 * share of the check's verdicts that were right (a matches or differs also needs the right source cited),
 * and how many of each expected verdict it gave. The tuning set and the held-out set are scored apart.
 */
interface ClaimCase {
  readonly text: string;
  readonly verdict: Verdict;
  /** The figure or date as written, when the text states more than one. */
  readonly claim?: string;
  /** Words the cited source's sentence must hold. */
  readonly source?: string;
}

export interface CheckScore {
  readonly set: string;
  readonly claims: number;
  /** Right verdicts ÷ all verdicts. */
  readonly accuracy: number;
  /** Per verdict the check gave: right ÷ given (null when it never gave it). */
  readonly precision: Readonly<Record<Verdict, number | null>>;
  /** Per verdict expected: given rightly ÷ expected. */
  readonly recall: Readonly<Record<Verdict, number | null>>;
  /** The texts it got wrong, with what it said. */
  readonly wrong: readonly { readonly text: string; readonly expected: Verdict; readonly got: Verdict; readonly cited?: string }[];
  readonly ms: number;
}

const VERDICTS: readonly Verdict[] = ['matches', 'differs', 'not-found'];

export async function readClaimCases(file: string): Promise<ClaimCase[]> {
  return JSON.parse(await readFile(file, 'utf8')) as ClaimCase[];
}

export function scoreCheck(knowledge: Knowledge, set: string, cases: readonly ClaimCase[]): CheckScore {
  const started = performance.now();
  const results = cases.map((item) => {
    const claims = checkClaims(knowledge, item.text).claims;
    const claim = item.claim === undefined ? claims[0] : claims.find((candidate) => candidate.claimed.raw === item.claim);
    const got: Verdict = claim?.verdict ?? 'not-found';
    const cited = claim === undefined || claim.verdict === 'not-found' ? undefined : claim.source.text;
    const right = got === item.verdict && (got === 'not-found' || item.source === undefined || (cited ?? '').includes(item.source));
    return { item, got, cited, right, claim };
  });
  const ms = performance.now() - started;
  const ratio = (count: number, of: number) => (of === 0 ? null : count / of);
  const per = (pick: (result: (typeof results)[number]) => Verdict) =>
    Object.fromEntries(VERDICTS.map((verdict) => {
      const those = results.filter((result) => pick(result) === verdict);
      return [verdict, ratio(those.filter((result) => result.right).length, those.length)];
    })) as Record<Verdict, number | null>;
  return {
    set,
    claims: cases.length,
    accuracy: results.filter((result) => result.right).length / Math.max(1, cases.length),
    precision: per((result) => result.got),
    recall: per((result) => result.item.verdict),
    wrong: results
      .filter((result) => !result.right)
      .map(({ item, got, cited }) => ({ text: item.text, expected: item.verdict, got, ...(cited === undefined ? {} : { cited }) })),
    ms,
  };
}

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(0)}%`);

/** Precision per verdict (and recall), one row a set. */
export function checkTable(scores: readonly CheckScore[]): string {
  const header = '| set | claims | accuracy | precision: matches / differs / not found | recall: matches / differs / not found | ms |\n|---|---|---|---|---|---|';
  const rows = scores.map((score) =>
    `| ${score.set} | ${score.claims} | ${percent(score.accuracy)} | ${VERDICTS.map((v) => percent(score.precision[v])).join(' / ')} | ${VERDICTS.map((v) => percent(score.recall[v])).join(' / ')} | ${score.ms.toFixed(0)} |`,
  );
  return [header, ...rows].join('\n');
}

