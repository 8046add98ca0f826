import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { numbersOf } from './numbers-of.ts';
import { asksPeopleCounted } from './people-counted.ts';
import { DETERMINERS } from './words.ts';
import { rememberedFor } from '../remembered.ts';

/**
 * The kinds of WordNet's nouns whose every member is a value told by a number, each named by a word whose commonest
 * noun sense is that synset: a fundamental quantity (a temperature, "melting point"; a length, a mass), a definite
 * quantity (a number), a relation of magnitudes (a rate, a ratio, an average, a batting average). Not the whole
 * of WordNet's measure, which files a currency, a point in time ("deadline") and an indefinite quantity ("a bag") under
 * it: those a passage tells in words.
 */
const NUMBER_KINDS: readonly string[] = ['fundamental_quantity', 'definite_quantity', 'magnitude_relation'];

/**
 * The kinds WordNet files under a property or a phenomenon whose members are told by a number all the same: a
 * concentration (the pH of a solution, its molarity, a titre) and a pressure (blood pressure, a tyre's, the air's).
 * The kind's own word names as often a term asked for what it is ("what is the critical micelle concentration"), so it
 * asks a value only where the question says what the value is of or where ("the pressure in the left ventricle");
 * a member asks one wherever ("the ideal pH of pool water").
 */
const MEASURED_KINDS: readonly string[] = ['concentration', 'pressure'];

/**
 * The values' kinds that are no value asked: a time ("spring", a season, in "what was the executioner's spring used
 * for"), which a passage tells by a date or in words, a number itself ("what was charles xii fighting for", "one of the
 * greatest obstacles"), an ordinal, which places the noun after it in an order and asks which one, not a value ("what
 * was the first change in the kitchen": "first" is an ordinal number in WordNet's second sense), and a unit, which
 * names how a value is measured, not the value ("the sample units").
 */
const NO_VALUE_KINDS: readonly string[] = ['time_period', 'integer', 'ordinal_number', 'unit_of_measurement'];

/** The copula after "what" whose noun phrase names what is asked ("what is the …", "what's the …"). */
const COPULA: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's']);

/** The words that end the noun phrase asked: a preposition of what it is said of ("of gold"), an auxiliary ("do i need"). */
/** The prepositions after a value's noun that name what it is of or where: "of gold", "in the left ventricle". */
const OF_THING: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'on']);

const PHRASE_ENDS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'on', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'can', 'could', 'has', 'have', 'had']);

/**
 * The noun of a general question that asks for a number, or null: the noun a "what" asks for ("what is the melting point of gold",
 * "what is the capital gains tax rate", "what is brooks robinson's career batting average", "what interest rate will
 * the bonds pay") names a value, its last word or its last two as one noun (`NUMBER_KINDS`, in one of the `senses`
 * commonest noun senses), so a passage naming the thing and giving no number of it does not say it, as with "what is
 * the range of an atlas missile" (`measure.ts`). A value's noun is read in its commonest sense, and in the `senses`
 * commonest where a writer asks its value as often ("what is the circulation of X", "what scale are the maps drawn at",
 * "what magnification does the microscope reach", "what credit score do i need": each a value in its second or third
 * sense only, an act or an idea in its first). The phrase runs from the "what" (after "is" and a determiner) to a
 * preposition, an auxiliary or the question's end, words that describe after the noun aside ("the fed funds rate right
 * now"). Not a number word ("what is one of the greatest obstacles"). Null for any other question, and with `senses` 0.
 */
export function numberAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number, peopleSenses: number): string | null {
  const words = query.words;
  if (senses === 0 || query.intent !== 'general' || query.measures.length > 0 || words[0] !== 'what') return null;
  let from = 1;
  if (COPULA.has(words[from] ?? '')) from += 1;
  if (DETERMINERS.has(words[from] ?? '')) from += 1;
  let to = from;
  while (to < words.length && !PHRASE_ENDS.has(words[to] ?? '')) to += 1;
  // Whether the phrase goes on to what the value is of or where ("of pool water", "in the left ventricle").
  const askedOf = OF_THING.has(words[to] ?? '');
  // Where the question ends on the noun ("what is the richter scale") it asks what the noun is, not a value of it: the
  // noun's rarer senses are read only where the question says more ("of the arizona progress", "do i need", "drawn at").
  const rarerAsked = to < words.length;
  // "What credit score do i need": with no copula, the phrase asked is a noun's, ended by an auxiliary ("what decides
  // where interest rates go", "what happened" ask none).
  if (from === 1 && (to === words.length || lexicon.describes(words[1] ?? ''))) return null;
  // From the phrase's last word back over the words that describe after its noun ("right now"): "average" describes
  // as often as it names, and is the noun asked.
  for (let end = to; end > from; end -= 1) {
    const head = words[end - 1] ?? '';
    if (/^\d/u.test(head) || numbersOf(head).length > 0) return null;
    const readings = end - from > 1 ? [`${words[end - 2]}_${head}`, head] : [head];
    // A rarer sense only of a noun whose commonest names no thing one can point at (a market "square" is no product of
    // two equal terms), and only where the question goes on past it (`rarerAsked`).
    const sensesRead = rarerAsked && !lexicon.namesThing(head) ? senses : 1;
    if (readings.some((reading) => namesValue(reading, lexicon, sensesRead, askedOf)) || (askedOf && asksPeopleCounted(head, lexicon, peopleSenses))) return head;
    if (!lexicon.describes(head)) return null;
  }
  return null;
}

/**
 * Whether a noun (or two words as one, "melting_point") names a value (`NUMBER_KINDS`, not `NO_VALUE_KINDS`) in one of
 * its `senses` commonest noun senses: each reading walks WordNet's hypernyms once a kind, so it is remembered by the
 * lexicon, word and senses, as the lexicon remembers its own readings (`rememberedFor`; the bound is no tuning).
 */
function namesValue(reading: string, lexicon: Lexicon, senses: number, askedOf: boolean): boolean {
  if (valueRead(lexicon, `${senses} ${reading}`)) return true;
  const measured = measuredRead(lexicon, `${senses} ${reading}`);
  return measured !== null && (measured === 'member' || askedOf);
}
const valueRead = rememberedFor(20_000, (lexicon: Lexicon, key: string): boolean => {
  const [senses = '0', reading = ''] = key.split(' ');
  return NUMBER_KINDS.some((kind) => lexicon.isKindOf(reading, kind, Number(senses))) && !NO_VALUE_KINDS.some((kind) => lexicon.isKindOf(reading, kind, Number(senses)));
});
/**
 * Whether a reading comes under one of the `MEASURED_KINDS` as a member ("ph") or as the kind's own word ("pressures",
 * whose commonest sense the kind's is), or neither (null): remembered as `valueRead` is.
 */
const measuredRead = rememberedFor(20_000, (lexicon: Lexicon, key: string): 'member' | 'own' | null => {
  const [senses = '0', reading = ''] = key.split(' ');
  const kind = MEASURED_KINDS.find((some) => lexicon.isKindOf(reading, some, Number(senses)));
  if (kind === undefined) return null;
  return lexicon.isKindOf(kind, reading, 1) ? 'own' : 'member';
});
