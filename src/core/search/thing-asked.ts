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

/**
 * The words of a general question that name the thing it asks for, which a passage must meet to answer it: a passage
 * on St. Louis that gives no population, or on South America's rivers' neighbours, names what is asked about, not what
 * is asked. The phrase's last word (its head: "river", "fee", "desert") when its commonest noun sense is a thing
 * (`Lexicon.namesThing`), and a word before it that is a thing and mostly a noun ("state" in "the state flower"), not an
 * adjective in passing ("the main difficulty", "the chemical formula"). Not a word that names an act, an idea or a state
 * ("what was his job on the ship", "what is the biggest factor for rates", "what is the risk of"): a passage tells it in
 * words of its own. Empty for any other question.
 */
export function thingAskedOf(query: ParsedQuery, lexicon: Lexicon, maxWords: number): readonly QueryTerm[] {
  if (query.intent !== 'general') return [];
  const match = thingOfPattern(maxWords).exec(query.words.join(' '));
  if (match?.[1] === undefined) return [];
  const phrase = match[1].trim().split(' ');
  const head = phrase.at(-1);
  return query.terms.filter(
    (term) => term.frame !== true && phrase.includes(term.typed) && lexicon.namesThing(term.typed) && (term.typed === head || !lexicon.describes(term.typed)),
  );
}
