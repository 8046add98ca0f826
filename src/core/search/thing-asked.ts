import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/**
 * "What is the population of St. Louis", "what is the longest river in South America", "what is the pet fee at most
 * motels": the noun phrase a "what is the … of / for / in / at / on" question opens on names the thing it asks for, and
 * what follows names what it is asked of. The pattern for a phrase of at most `maxWords` words (group 1) before its
 * preposition, made once for each length asked.
 */
const patterns = new Map<number, RegExp>();
function thingOfPattern(maxWords: number): RegExp {
  let pattern = patterns.get(maxWords);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:what|which) (?:is|are|was|were|s) (?:the |a |an )?((?:\\S+ ){1,${maxWords}}?)(?:of|for|in|at|on) `, 'u');
    patterns.set(maxWords, pattern);
  }
  return pattern;
}

/** The phrase a general "what is the … of" question opens on: its words the question searches, and its last word. */
export interface PhraseAsked {
  readonly terms: readonly QueryTerm[];
  readonly head: string;
}

/**
 * The noun phrase a general question asks for ("the population", "the longest river", "the state flower"), read from
 * its words alone; null for any other question. Which of its words name a thing is read in WordNet apart
 * (`namesThingAsked`), only for a word a passage judged does not meet.
 */
export function phraseAskedOf(query: ParsedQuery, maxWords: number): PhraseAsked | null {
  if (query.intent !== 'general') return null;
  const match = thingOfPattern(maxWords).exec(query.words.join(' '));
  if (match?.[1] === undefined) return null;
  const phrase = match[1].trim().split(' ');
  const terms = query.terms.filter((term) => term.frame !== true && phrase.includes(term.typed));
  return terms.length === 0 ? null : { terms, head: phrase.at(-1) ?? '' };
}

/**
 * Whether a word of the phrase asked names the thing the question asks for, which a passage must meet to answer it: a
 * passage on St. Louis that gives no population names what is asked about, not what is asked. The phrase's last word
 * (its head: "river", "fee", "desert") when its commonest noun sense is a thing (`Lexicon.namesThing`), and a word
 * before it that is a thing and mostly a noun ("state" in "the state flower"), not an adjective in passing ("the main
 * difficulty", "the chemical formula"). Not a word that names an act, an idea or a state ("what was his job on the
 * ship", "what is the biggest factor for rates", "what is the risk of"): a passage tells it in words of its own.
 */
export function namesThingAsked(term: QueryTerm, asked: PhraseAsked, lexicon: Lexicon): boolean {
  return lexicon.namesThing(term.typed) && (term.typed === asked.head || !lexicon.describes(term.typed));
}

/** A noun that asks a way travelled: the route, path or itinerary of a parade, a march, a voyage. */
const ROUTE_NOUN = /^(?:routes?|paths?|itinerar(?:y|ies))$/;
/** A way told by its ends, two places named in one sentence: "a parade from West Warwick to the Greene Homestead in Anthony". */
const FROM_PLACE_TO_PLACE = /\bfrom (?:the )?\p{Lu}[^.;!?]*? to (?:the )?\p{Lu}/u;

/**
 * Whether a passage tells the route asked without the word: "what is the route of the independence day parade" is
 * answered by "a big military and civic parade from West Warwick to the Greene Homestead", as a reader of any route
 * takes it: a way travelled is told by the places it runs from and to. Only for a route noun (`ROUTE_NOUN`).
 */
export function toldAsRoute(term: QueryTerm, text: string): boolean {
  return ROUTE_NOUN.test(term.typed) && FROM_PLACE_TO_PLACE.test(text);
}

