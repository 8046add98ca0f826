import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isStopWord } from './words.ts';

/** Two question words that stand together and that WordNet lists as one noun: "melting point", "table salt". */
export interface CompoundAsked {
  readonly modifier: QueryTerm;
  readonly head: QueryTerm;
  /** The compound is a kind of what its head names ("liquid detergent", "theatre tickets"), not another thing ("melting point"). */
  readonly headIsKind: boolean;
}

/**
 * The nouns of two words a "what / which / where / why" or yes-no question names ("what is the melting point of gold",
 * "the chemical formula of table salt", "brooks robinson's career batting average"): each names one thing, which is
 * neither of its words alone. Not a name ("north pole", "supreme court"), which abstaining already counts as one word of
 * the question (`namesOfSeveralWords`), nor a verb or an adjective WordNet lists so. Read from the question's words and
 * one look in WordNet a pair of them; empty for a "who", "when" or "how many", whose fact is held apart.
 */
export function compoundsAskedOf(query: ParsedQuery, lexicon: Lexicon): CompoundAsked[] {
  if (query.intent !== 'general' && query.intent !== 'reason') return [];
  const compounds: CompoundAsked[] = [];
  const words = query.typedWords;
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [first, second] = [words[at] as string, words[at + 1] as string];
    if (isStopWord(first) || isStopWord(second)) continue;
    const pair = [query.terms.find((term) => term.typed === first && term.frame !== true), query.terms.find((term) => term.typed === second && term.frame !== true)];
    const [modifier, head] = pair;
    if (modifier === undefined || head === undefined) continue;
    const lemma = `${first}_${second}`;
    if (!lexicon.isWord(lemma) || lexicon.isName(lemma) || lexicon.describes(lemma)) continue;
    compounds.push({ modifier, head, headIsKind: lexicon.isKindOf(lemma, lexicon.baseForms(second)[0] ?? second) });
  }
  return compounds;
}

/**
 * The words of compounds asked that a passage meets without the other word of the compound (`met` says whether it meets
 * a word): a passage on "the point where his work stopped" says "point" and no melting point, one on "the table" no
 * table salt. Such a word names another thing than the one asked, and meets nothing of the question. Not the head of a
 * compound that is a kind of it: "tickets to a show" may be the theatre tickets asked, "detergent formulations" the
 * liquid detergent's.
 */
export function partsMetAlone(compounds: readonly CompoundAsked[], met: (term: QueryTerm) => boolean): ReadonlySet<QueryTerm> {
  const alone = new Set<QueryTerm>();
  for (const { modifier, head, headIsKind } of compounds) {
    const [modifierMet, headMet] = [met(modifier), met(head)];
    if (modifierMet && !headMet) alone.add(modifier);
    if (headMet && !modifierMet && !headIsKind) alone.add(head);
  }
  return alone;
}
