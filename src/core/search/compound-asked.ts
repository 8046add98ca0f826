import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isStopWord } from './words.ts';

/** Two searched words of a question that stand together: "melting point", "table salt". */
interface WordPair {
  readonly modifier: QueryTerm;
  readonly head: QueryTerm;
  readonly lemma: string;
}

/**
 * The heads of the nouns of two words a "what / which / where / why" or yes-no question names that a passage meets
 * without the first word, where the noun is no kind of what its last word names ("what is the melting point of gold": a
 * temperature, no point; "the surface tension of mercury": no tension): a passage on "the point where his work stopped"
 * says "point" and no melting point, and meets nothing of the question by it. Not "table salt" nor "theatre tickets", a
 * salt and tickets (`Lexicon.isKindOf`): "tickets to a show" may be the tickets asked. Not a name ("north pole", "supreme
 * court"), which abstaining already counts as one word of the question (`namesOfSeveralWords`), nor a verb or an adjective
 * WordNet lists so. Nor the first word met alone: the documents say a compound in words of their own that hold it
 * ("middle-income" for "middle class", "two accounts" for "two report cards").
 *
 * Made once a question, from its words alone (null when it has no two searched words together, or asks "who", "when" or
 * "how many", whose fact is held apart); WordNet is read only for a pair some passage meets by its last word alone, once.
 */
export function headsMetAloneOf(query: ParsedQuery, lexicon: Lexicon): ((met: (term: QueryTerm) => boolean) => ReadonlySet<QueryTerm>) | null {
  if (query.intent !== 'general' && query.intent !== 'reason') return null;
  const pairs = wordPairsOf(query);
  if (pairs.length === 0) return null;
  const compounds = new Map<WordPair, boolean>();
  const isCompound = (pair: WordPair) => compounds.get(pair) ?? compounds.set(pair, namesOtherThing(pair, lexicon)).get(pair) === true;
  return (met) => {
    const alone = new Set<QueryTerm>();
    for (const pair of pairs) {
      if (met(pair.head) && !met(pair.modifier) && isCompound(pair)) alone.add(pair.head);
    }
    return alone;
  };
}

/** The question's searched words two by two where they stand together, neither a stop word nor its frame. */
function wordPairsOf(query: ParsedQuery): WordPair[] {
  const pairs: WordPair[] = [];
  const words = query.typedWords;
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [first, second] = [words[at] as string, words[at + 1] as string];
    if (isStopWord(first) || isStopWord(second)) continue;
    const modifier = query.terms.find((term) => term.typed === first && term.frame !== true);
    const head = query.terms.find((term) => term.typed === second && term.frame !== true);
    if (modifier !== undefined && head !== undefined) pairs.push({ modifier, head, lemma: `${first}_${second}` });
  }
  return pairs;
}

/** Whether WordNet lists the pair as one noun, no name, that is no kind of what its last word names. */
function namesOtherThing({ head, lemma }: WordPair, lexicon: Lexicon): boolean {
  if (!lexicon.isWord(lemma) || lexicon.isName(lemma) || lexicon.describes(lemma)) return false;
  return !lexicon.isKindOf(lemma, lexicon.baseForms(head.typed)[0] ?? head.typed);
}
