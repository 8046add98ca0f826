import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import type { PhraseAsked } from './thing-asked.ts';
import { isStopWord } from './words.ts';

/**
 * "What law firm is henry l. bowden with", "which broadway theater is donnybrook playing at": a noun phrase of at most
 * `maxWords` words (group 1) before "is / are / was / were", then the copula's subject, opening on its word (group 2).
 * Not "what is ..." (`phraseAskedOf` reads "what is the N of"), nor "what kind / sort / type of ...", whose noun names no
 * thing of its own. Made once for each length asked.
 */
const patterns = new Map<number, RegExp>();
function complementPattern(maxWords: number): RegExp {
  let pattern = patterns.get(maxWords);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:what|which) (?!(?:is|are|was|were|s|kind|sort|type) )((?:\\S+ ){1,${maxWords}}?)(?:is|are|was|were) (\\S+)`, 'u');
    patterns.set(maxWords, pattern);
  }
  return pattern;
}

/** The words a subject may open on that are stop words: its determiner or its owner ("what firm is the senator with"). */
const SUBJECT_OPENINGS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those']);

/**
 * The noun phrase a "what N is X" question asks X to be: "what business is ivan allen jr. in" asks which business, and a
 * passage that names Ivan Allen and no business names what is asked about, not what is asked (the same check as "what is
 * the population of X", `namesThingAsked`). Only where a subject follows the copula: a name, a noun, or a determiner
 * opening one. Where a verb or an adjective follows ("which scenes were streaked by rain", "which weapons programs are
 * being sped up") or a preposition ("which command is in contact"), N is the subject and the passage may tell it by
 * naming its instances ("the Landing of Columbus"), not its kind. Null for any other question.
 */
export function complementAskedOf(query: ParsedQuery, maxWords: number, lexicon: Lexicon): PhraseAsked | null {
  if (query.intent !== 'general') return null;
  const match = complementPattern(maxWords).exec(query.words.join(' '));
  const subject = match?.[2];
  if (match?.[1] === undefined || subject === undefined) return null;
  if (!SUBJECT_OPENINGS.has(subject) && (isStopWord(subject) || lexicon.describes(subject))) return null;
  const phrase = match[1].trim().split(' ');
  const terms = query.terms.filter((term) => term.frame !== true && phrase.includes(term.typed));
  return terms.length === 0 ? null : { terms, head: phrase.at(-1) ?? '' };
}
