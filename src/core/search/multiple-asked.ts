import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { comparedOf } from './superlative-asked.ts';

/** The degrees a "how much" compares by without a comparative of its own: "how much more toxic", "how much less". */
const DEGREES: ReadonlySet<string> = new Set(['more', 'less']);

/**
 * A multiple or a part said in words, as a comparison is told: "half again the size", "twice as large", "three times
 * the cost", "several thousand-fold more toxic", "by a factor of 10". The figures read none of them ("twice" alone is
 * as often how often: "twice a week").
 */
const MULTIPLE = /\bhalf again\b|\btwice (?:as|the|that)\b|\b\w+[- ]times (?:as|more|less|the|that|over)\b|\w-fold\b|\ba factor of\b/i;

/**
 * "How much bigger are the plants from a specialist's seed", "how much more toxic is it": a comparison asked, whose
 * answer is a multiple or a part as often as a number ("Their seeds produce vigorous blooming plants half again the
 * size of the unimproved strains"). The reader of such a multiple in a sentence (`MULTIPLE`) for a "how much" before
 * "more", "less" or a comparative (`comparedOf`: "bigger", "cheaper"); null for any other question.
 */
export function multipleAskedOf(query: ParsedQuery, lexicon: Lexicon): ((sentence: string) => boolean) | null {
  const [how, much, compared] = query.typedWords;
  if (how !== 'how' || much !== 'much' || compared === undefined) return null;
  if (!DEGREES.has(compared) && !(compared.endsWith('er') && comparedOf(compared, lexicon) !== null)) return null;
  return (sentence) => MULTIPLE.test(sentence);
}
