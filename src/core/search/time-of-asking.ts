import type { QueryTerm } from './query.ts';

/**
 * The words of a Chinese question that say only when it asks of: the present ("现在", "目前", "当前", "如今") or the
 * year the documents call this year or last ("今年", "本年", "去年", "上年"). Not a year in digits, which names a time
 * the documents must date (`asksUndatedYear`).
 */
const TIME_OF_ASKING: ReadonlySet<string> = new Set(['现在', '目前', '当前', '如今', '今年', '本年', '去年', '上年']);

/**
 * Whether a term of a Chinese question says only when it asks of (`TIME_OF_ASKING`): a look-up, not an expression, as it
 * is asked for each term in every sentence of the best passages (an expression's test was 2% of a Chinese set's CPU).
 */
const isTimeOfAsking = (term: QueryTerm): boolean => TIME_OF_ASKING.has(term.typed);

/** How a sentence holds a term of a Chinese question, and whether a term only fixes which number is meant (`fixesOnly`). */
type Holds = (term: QueryTerm, sentence: string) => boolean;
type Fixes = (term: QueryTerm) => boolean;

/**
 * `holds` and `fixes` with the question's time counted as held (`held` 1): a time word is held by every sentence, since
 * a report's sentence of last year's results sits under "过去一年" and its figures of the present under no time word at
 * all ("全国现在有多少户市场主体" is answered by "市场主体总量超过1.5亿户"); and, held everywhere, it fixes which number is
 * meant and adds nothing of the topic. Whether the number is of the time asked is read apart, by the qualifiers fixing
 * its clause (`unopposedWrites`: a 去年 asked is not answered by a clause under 今年). `held` 0 reads it as any other word.
 */
export function withTimeOfAsking(holds: Holds, fixes: Fixes, held: number): readonly [Holds, Fixes] {
  if (held <= 0) return [holds, fixes];
  return [(term, sentence) => isTimeOfAsking(term) || holds(term, sentence), (term) => isTimeOfAsking(term) || fixes(term)];
}
