/**
 * A bench tool's `--options '<json>'`: answer-time options (`search`, `rank`, `answer`) to answer with instead of the
 * defaults, to measure a tunable without editing `src/core/options.ts` per run ("--options '{"answer":{"abstain":
 * {"minCoverage":0.35}}}'"). Checked before any question is answered, so a typo fails the run at once rather than
 * on the first question, and a build-time group ("passages", "index") is refused: it would be merged and never read.
 */
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type AnswerOverrides } from '../src/core/options.ts';

const ANSWER_TIME = ['search', 'rank', 'answer'];

export function answerOverridesOf(json: string): AnswerOverrides {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`--options: must be a JSON object of options, not ${json}`);
  const buildTime = Object.keys(parsed).filter((group) => !ANSWER_TIME.includes(group));
  if (buildTime.length > 0) throw new Error(`--options: "${buildTime.join('", "')}" cannot change per answer (answer-time groups are ${ANSWER_TIME.join(', ')})`);
  // mergeEngineOptions throws, naming the option, for a name that is no option or a value that is no finite number.
  mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, parsed);
  return parsed as AnswerOverrides;
}
