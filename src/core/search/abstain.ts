import type { AbstainOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import type { RankedPassage } from './rank.ts';
import type { SearchIndex } from './search-index.ts';
import { hasUnspacedScript } from './segment.ts';

/**
 * How much of what a question asks about its best passage holds: the share of the question's weight met by
 * any of the first `judgedPassages` passages, a term met by its own stem fully and by a related word at
 * `relatedWordWeight`. A term weighs its idf in the knowledge base; a term the knowledge base lacks weighs as
 * its rarest word would, scaled down when the word is everyday English (see `AbstainOptions`).
 */
export function coverageOfBest(
  query: ParsedQuery,
  ranked: readonly RankedPassage[],
  index: SearchIndex,
  lexicon: Lexicon,
  options: AbstainOptions,
  relatedWordWeight: number,
): number {
  const passageCount = index.passages.items.length;
  const weightOf = (term: QueryTerm) => {
    const frequency = index.documentFrequency.get(term.stem);
    if (frequency !== undefined) return term.weight * Math.log(1 + passageCount / (1 + frequency));
    const everyday = lexicon.usage(term.typed) >= options.everydayWordUses;
    return term.weight * Math.log(1 + passageCount) * options.missingWordWeight * (everyday ? options.everydayWordWeight : 1);
  };
  const weights = query.terms.map(weightOf);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  let best = 0;
  for (const result of ranked.slice(0, options.judgedPassages)) {
    const matched = new Set(result.matchedStems);
    const met = query.terms.reduce((sum, term, at) => {
      const credit = matched.has(term.stem) ? 1 : term.related.some((stem) => matched.has(stem)) ? relatedWordWeight : 0;
      return sum + (weights[at] ?? 0) * credit;
    }, 0);
    best = Math.max(best, met / total);
  }
  return best;
}

/**
 * Whether the rule above was calibrated for this question and knowledge base: English questions on English
 * text. WordNet's usage counts are English only, and a Chinese word's match depends on segmentation, so with
 * Chinese in the question or the knowledge base docent answers rather than guess at abstaining.
 */
export function canJudgeCoverage(question: string, index: SearchIndex): boolean {
  // Chinese text in the knowledge base sorts last among its words (code-point order).
  return !hasUnspacedScript(question) && !hasUnspacedScript(index.sortedWords.at(-1) ?? '');
}
