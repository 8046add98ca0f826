import type { EvalQuestion } from '../src/eval/quality.ts';
import { scoreRetrieval } from '../src/eval/quality.ts';
import type { BenchInput, Engine } from './engines/engine.ts';
import { RESULT_LIMIT } from './speed.ts';

export interface EvalSet {
  readonly name: string;
  readonly questions: readonly EvalQuestion[];
}

export interface QualityResult {
  readonly engine: string;
  readonly set: string;
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly mrrAt10: number;
}

/** Scores each engine's top passages on each question set, as the eval README defines the scores. */
export function measureQuality(engines: readonly Engine<unknown>[], input: BenchInput, sets: readonly EvalSet[]): QualityResult[] {
  const textById = new Map(input.passages.map((passage) => [passage.id, passage.text]));
  return engines.flatMap((engine) => {
    const index = engine.build(input);
    const rank = (question: string) => engine.search(index, question, RESULT_LIMIT).map((id) => textById.get(id) ?? '');
    return sets.map((set) => {
      const score = scoreRetrieval(set.questions, rank);
      return { engine: engine.name, set: set.name, questions: score.questions, hitAt1: score.hitAt1, hitAt3: score.hitAt3, mrrAt10: score.mrrAt10 };
    });
  });
}
