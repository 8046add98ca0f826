import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isStopWord } from './words.ts';

/** Two question words that stand together and that WordNet lists as one noun of no kind its head names: "melting point". */
export interface CompoundAsked {
  readonly modifier: QueryTerm;
  readonly head: QueryTerm;
}

/**
 * The nouns of two words a "what / which / where / why" or yes-no question names that are no kind of what their last
 * word names ("what is the melting point of gold": a temperature, no point; "the surface tension of mercury": no
 * tension): each names one thing, which its last word alone does not. Not "table salt" nor "liquid detergent", a salt and
 * a detergent (`Lexicon.isKindOf`), nor a name ("north pole", "supreme court"), which abstaining already counts as one word of
 * the question (`namesOfSeveralWords`), nor a verb or an adjective WordNet lists so. Read from the question's words and
 * a few looks in WordNet a pair of them; empty for a "who", "when" or "how many", whose fact is held apart.
 */
export function compoundsAskedOf(query: ParsedQuery, lexicon: Lexicon): CompoundAsked[] {
  if (query.intent !== 'general' && query.intent !== 'reason') return [];
  const compounds: CompoundAsked[] = [];
  const words = query.typedWords;
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [first, second] = [words[at] as string, words[at + 1] as string];
    if (isStopWord(first) || isStopWord(second)) continue;
    const modifier = query.terms.find((term) => term.typed === first && term.frame !== true);
    const head = query.terms.find((term) => term.typed === second && term.frame !== true);
    if (modifier === undefined || head === undefined) continue;
    const lemma = `${first}_${second}`;
    if (!lexicon.isWord(lemma) || lexicon.isName(lemma) || lexicon.describes(lemma)) continue;
    if (!lexicon.isKindOf(lemma, lexicon.baseForms(second)[0] ?? second)) compounds.push({ modifier, head });
  }
  return compounds;
}

/**
 * The heads of compounds asked that a passage meets without the compound's first word (`met` says whether it meets a
 * word), where the compound is no kind of what its head names: a passage on "the point where his work stopped" says
 * "point" and no melting point. Such a head names another thing than the one asked, and meets nothing of the question.
 * Not the head of a compound that is a kind of it: "tickets to a show" may be the theatre tickets asked, "detergent
 * formulations" the liquid detergent's. Nor the first word met alone: the documents say the compound in words of their
 * own that hold it ("middle-income" for "middle class", "two accounts" for "two report cards").
 */
export function headsMetAlone(compounds: readonly CompoundAsked[], met: (term: QueryTerm) => boolean): ReadonlySet<QueryTerm> {
  const alone = new Set<QueryTerm>();
  for (const { modifier, head } of compounds) {
    if (met(head) && !met(modifier)) alone.add(head);
  }
  return alone;
}
