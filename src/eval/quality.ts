import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** A question of an evaluation set, with short exact substrings one of which a correct passage holds. */
export interface EvalQuestion {
  readonly id: string;
  readonly q: string;
  readonly kind: string;
  readonly answers: readonly string[];
}

const evalSetSchema = z.array(
  z.object({ id: z.string(), q: z.string(), kind: z.string(), answers: z.array(z.string()).min(1) }),
);

export async function readEvalSet(path: string): Promise<EvalQuestion[]> {
  return evalSetSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** Scores as the eval README defines them: hit@k when any of the top k passages holds any answer. */
export interface RetrievalScore {
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly mrrAt10: number;
  /** Questions whose answer was not first, with the rank it came at (null: not in the top 10). */
  readonly misses: readonly { readonly id: string; readonly rank: number | null }[];
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Ranks each question's passages with `rank` (texts, best first) and scores hit@1, hit@3 and MRR@10. */
export function scoreRetrieval(questions: readonly EvalQuestion[], rank: (question: string) => readonly string[]): RetrievalScore {
  let hitAt1 = 0;
  let hitAt3 = 0;
  let reciprocalRanks = 0;
  const misses: { id: string; rank: number | null }[] = [];
  for (const question of questions) {
    const answers = question.answers.map(normalise);
    const texts = rank(question.q).slice(0, 10).map(normalise);
    const position = texts.findIndex((text) => answers.some((answer) => text.includes(answer)));
    if (position === 0) hitAt1 += 1;
    if (position >= 0 && position < 3) hitAt3 += 1;
    if (position >= 0) reciprocalRanks += 1 / (position + 1);
    if (position !== 0) misses.push({ id: question.id, rank: position >= 0 ? position + 1 : null });
  }
  const count = questions.length || 1;
  return { questions: questions.length, hitAt1: hitAt1 / count, hitAt3: hitAt3 / count, mrrAt10: reciprocalRanks / count, misses };
}
