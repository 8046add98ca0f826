import { isPluralNoun, readNounPhrase } from '../figures/measures.ts';
import { findNumbers } from '../figures/numbers.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';

/** A count of persons asked: whether a number in a sentence counts persons. */
export interface CountAsked {
  /**
   * What a sentence's numbers count (see `countedAsked`): persons ("forty-five persons"), maybe them (a number with no
   * plural after it, or none the figures' reading finds), or other things only ("six minarets", "in 1928").
   */
  readonly countIn: (sentence: string) => CountIn;
}

export type CountIn = 'noun' | 'maybe' | 'other';

/**
 * A "how many" that counts persons ("how many sailors were killed in the bari raid", "how many people died in the
 * blitz"): the noun asked is the first plural in the `maxWords` words after "how many" (0 reads none), and it names
 * persons; null for any other question. Its number must count persons: not one before a plural that names something
 * else ("two balloon units" says nothing of the sailors a raid killed) nor a year ("in 1944"). Whichever word for
 * persons counts them answers ("forty-five persons" signed a petition, "more than 100 leaders" of the film industry
 * dined, "eighty men" of the Swiss soldiers went), and so may a number with no plural after it ("Serves 12", "14.73
 * million employed", "some 30 of them"); a share counts what it is of ("ninety per cent of the makers").
 */
export function countedAsked(query: ParsedQuery, lexicon: Lexicon, maxWords: number): CountAsked | null {
  if (query.intent !== 'quantity' || query.measures.length > 0 || maxWords === 0) return null;
  const at = query.words.findIndex((word, index) => word === 'how' && query.words[index + 1] === 'many');
  const noun = at < 0 ? undefined : query.words.slice(at + 2, at + 2 + maxWords).find(isPluralNoun);
  if (noun === undefined) return null;
  // Asked a count of things, a text names them in too many words of its own to hold its number to one: bees as
  // "200,000 nesting females" or "2,000 individuals", a stadium's fans as "767 paying customers", plays closed as "two
  // instances". A count of persons is of persons, whichever word counts them.
  if (!namesPersons(noun, lexicon)) return null;
  return {
    countIn: (sentence) => {
      // A number the figures' reading does not find ("a few", the 52 of "B-52") is judged as before.
      const numbers = findNumbers(sentence);
      let count: CountIn = numbers.length === 0 ? 'maybe' : 'other';
      for (const number of numbers) {
        // A year counts nothing; "one" with no plural after it is a pronoun's ("one of the most beautiful").
        if (number.yearLike || (number.value === 1 && number.words !== undefined)) continue;
        const plural = readNounPhrase(sentence.slice(number.end).replace(SHARE_OF, ''))?.head ?? null;
        if (plural !== null && namesPersons(plural, lexicon)) return 'noun';
        if (plural === null) count = 'maybe';
      }
      return count;
    },
  };
}

/** "ninety per cent of the makers": a share counts what it is of. */
const SHARE_OF = /^\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?/i;

/**
 * Whether a plural names persons: its singular's commonest sense is a person ("soldiers", "leaders", "students"), not a
 * group ("polices", a misspelt "policies", are police forces; "families"). WordNet files the plain plurals for persons
 * as a group ("people") or among its top nouns ("persons", "individuals"), and finds no singular for "children"
 * without its exceptions.
 */
function namesPersons(plural: string, lexicon: Lexicon): boolean {
  let remembered = personPlurals.get(lexicon);
  if (remembered === undefined) personPlurals.set(lexicon, (remembered = new Map()));
  let known = remembered.get(plural);
  if (known === undefined) {
    known = PERSONS.has(plural) || lexicon.namesPerson(baseOfIrregular(plural), false);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(plural, known);
  }
  return known;
}
const PERSONS = new Set(['people', 'persons', 'individuals']);
/** Each plural's answer in each lexicon, remembered: the same plurals come back figure after figure, question after question. */
const personPlurals = new WeakMap<Lexicon, Map<string, boolean>>();
/** A bound, not a tuning: a stream of made-up words cannot grow the memory. */
const MAX_REMEMBERED = 50_000;
