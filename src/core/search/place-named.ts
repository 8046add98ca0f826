import { type EventAsked, isOneNounPhrase, PARTICLES, PAST_OR_PRESENT_BE, PAST_OR_PRESENT_DO, saysEventIn } from './event-asked.ts';
import { factTopicOf, sentencesOf, statesFactNearTopic } from './fact-near-topic.ts';
import { isIrregularVerbForm } from './irregular.ts';
import { settingAfterEventAt } from './setting-after-event.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { DETERMINERS, isStopWord, stemWord, type Token } from './words.ts';

/**
 * Whether a question asks where a thing is: "where is the fisher body plant", "where was the heidenstam family estate",
 * "where are the bridges of madison county". Not a "where" of an event ("where was the bomb tested", "where was he
 * born": a participle, which `eventAskedOf` reads), nor one of a verb ("where does bratwurst come from", whose answer is
 * a source as often as a place: "from unfertilized eggs", "from Mutual Security appropriations"; "where does godot sell
 * best"), whose answers a reader finds in other words than a place's name.
 */
export function whereIsAsked(query: ParsedQuery): boolean {
  const [where, be, ...thing] = query.typedWords;
  return where === 'where' && be !== undefined && COPULA.has(be) && thing.length > 0 && !thing.some((word) => word.endsWith('ed') || isIrregularVerbForm(word));
}

/** How a sentence names the X of a "where is X": its head, and enough of the question's words. */
export interface PlaceAsked {
  /** The stems, forms and related words of X's head, its last word before a preposition or other stop word ("headquarters", "press"); empty where that is no term. */
  readonly head: ReadonlySet<string>;
  /** Each of the question's words (its topic's terms), met by its stem, forms or related words. */
  readonly words: readonly ReadonlySet<string>[];
  /** How many of `words` a sentence names: `wordsNaming`, or all where the question has fewer. */
  readonly enough: number;
}

/**
 * How a sentence names the X a "where is X" asks about (`whereIsAsked`): by X's head and by `wordsNaming` of the
 * question's words (all, where it has fewer), each met by its stem, forms or related words. A place told is the place of
 * what its sentence names: "where are the headquarters of the world council of churches" is not answered by "the World
 * Council of Churches assembly in New Delhi" (the assembly's place), nor "where is the university of california press"
 * by "Realtors live in their communities ... as university alumni" (a university, and no press). A thing of many words
 * is named by its name or its head with a word that picks it out ("the Comedie Francaise theater", "the body plant").
 */
export function placeAskedOf(query: ParsedQuery, terms: readonly QueryTerm[], wordsNaming: number): PlaceAsked {
  const thing = query.typedWords.slice(2).filter((word) => !DETERMINERS.has(word));
  const end = thing.findIndex((word) => isStopWord(word));
  const head = (end < 0 ? thing : thing.slice(0, end)).at(-1);
  const headTerm = terms.find((term) => term.typed === head);
  return {
    head: headTerm === undefined ? new Set() : factTopicOf([headTerm]),
    words: terms.map((term) => factTopicOf([term])),
    enough: Math.min(wordsNaming, terms.length),
  };
}

/** The copula of "where is X": what follows names the thing, not an act. */
const COPULA: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * Whether a passage names a place in a sentence naming what a "where is X" asks about, or in the next going on about it
 * (`statesFactNearTopic`): "where is the fisher body plant" is not answered by a passage on the Fisher Body division
 * that names only the firms around it. A place is named by:
 * - a capitalised name WordNet files as a location or a natural object, of one word or two ("Savannah", "Scotland", the
 *   "Adirondacks", "New York", "Colorado Springs"), or such a noun capitalised after a name ("Luqiao District", "Zhuji
 *   City", "Fulton County");
 * - a name English does not know right after "in", "at" or "near" ("at Camusfearna"): after another preposition an
 *   unknown name is as often a firm's or a person's ("purchases from Du Pont");
 * - a common noun of a place, a natural object or a structure (WordNet's location, object and artifact nouns) at most
 *   `reach` words after a preposition of place, with only lower-case words between ("in the coldest basement", "near
 *   the university", "beneath the dome").
 * The question's own words name no answer: "the University of California Press" does not say where the press is.
 * The sentence names X as `placeAskedOf` reads it (a sentence after one naming it may go on about it in a pronoun).
 */
export function namesPlaceNearTopic(passage: { readonly text: string }, topic: ReadonlySet<string>, asked: PlaceAsked, lexicon: Lexicon, reach: number, fragmentMaxWords: number): boolean {
  const namesTopic = (stems: readonly string[]) =>
    (asked.head.size === 0 || stems.some((stem) => asked.head.has(stem))) && asked.words.filter((word) => stems.some((stem) => word.has(stem))).length >= asked.enough;
  return statesFactNearTopic(passage, topic, (sentence) => namesPlace(sentence, topic, lexicon, reach), fragmentMaxWords, { names: namesTopic });
}

/**
 * Whether a question asks the place of an event of X alone: "where did X V", "where was X V-ed" (ending on the verb or
 * its particle, as `eventAskedOf` reads it), X one noun phrase (`isOneNounPhrase`): "where was the 50-megaton bomb
 * tested", "where did harold arlen grow up". Not where more than X stands between ("where was john after the coolidges'
 * son died" asks John's place, not the death's; "where did they sit down to talk", "where did governor rockefeller give
 * his speech on nuclear tests": the last word is not the act), nor "where and when", whose passage may tell the time
 * alone. With `settingCut`, a "where did X V" going on with a place or setting only ends on V before it ("where do
 * ocelots live in the wild", `settingAfterEventAt`), as a "when" does.
 */
export function placeOfEventAsked(query: ParsedQuery, lexicon: Lexicon, settingCut = false): boolean {
  const [where, auxiliary, ...all] = query.typedWords;
  if (where !== 'where' || auxiliary === undefined || !EVENT_AUXILIARIES.has(auxiliary)) return false;
  // "Where do ocelots live in the wild": the event ends on its verb, before the setting (`settingAfterEventAt`).
  const cut = settingCut && PAST_OR_PRESENT_DO.has(auxiliary) ? settingAfterEventAt(query.typedWords, 1, lexicon, (some) => isOneNounPhrase(some, lexicon)) : -1;
  const rest = cut < 0 ? all : query.typedWords.slice(2, cut);
  const particle = PARTICLES.has(rest.at(-1) ?? '') ? 1 : 0;
  return isOneNounPhrase(rest.slice(0, rest.length - 1 - particle), lexicon);
}

/** The auxiliaries of "where did X V" and "where was X V-ed". */
const EVENT_AUXILIARIES: ReadonlySet<string> = new Set([...PAST_OR_PRESENT_DO, ...PAST_OR_PRESENT_BE]);

/**
 * Whether a passage names a place in a sentence saying the event a "where did X V", "where was X V-ed" asks the place
 * of (`eventAskedOf`): "where was the 50-megaton bomb tested" is not answered by a passage that names the bomb and
 * says "trying" of a marshal, with no place; nor "where did harold arlen grow up" by one telling that he grew up and
 * not where. A place is the place of what its sentence says: a place in another sentence is another act's.
 */
export function namesPlaceOfEvent(passage: { readonly text: string }, event: EventAsked, topic: ReadonlySet<string>, lexicon: Lexicon, reach: number): boolean {
  return sentencesOf(passage).some((sentence) => saysEventIn(sentence, event) && (namesPlace(sentence.text, topic, lexicon, reach) || saysEventAsPlace(sentence.text, event, lexicon)));
}

/**
 * Whether a sentence says the event by a noun of a place ("Rowley, the birthplace of Josiah Hale"): the place is the one
 * that noun stands beside, whatever its name, which no reading of place names may know.
 */
function saysEventAsPlace(sentence: string, event: EventAsked, lexicon: Lexicon): boolean {
  return tokensOf(sentence).some((token) => (event.written === null ? event.stems.has(stemWord(token.word)) : event.written.test(token.word)) && isPlace(lexicon.kindOfThing(token.word)));
}

/** Whether a sentence names a place, in the ways `namesPlaceNearTopic` lists; the question's own words (`topic`) name none. */
function namesPlace(sentence: string, topic: ReadonlySet<string>, lexicon: Lexicon, reach: number): boolean {
  const tokens = tokensOf(sentence);
  const capitalised = (token: Token) => /^\p{Lu}/u.test(sentence.charAt(token.start));
  // Two capitalised words with only a space between are one name: "Luqiao District", "New York".
  const nameGoesOn = (first: Token | undefined, second: Token | undefined) => first !== undefined && second !== undefined && capitalised(first) && capitalised(second) && /^\s+$/u.test(sentence.slice(first.end, second.start));
  return tokens.some((token, at) => {
    // "Me", "us" and "or" are places by their commonest noun sense (Maine, the United States, an operating room),
    // but stop words.
    if (topic.has(stemWord(token.word)) || isStopWord(token.word)) return false;
    const kind = lexicon.kindOfThing(token.word);
    if (capitalised(token)) {
      const before = tokens[at - 1];
      // A place's name, or a place's noun capitalised after a name: "Luqiao District", "Zhuji City", "Fulton County".
      if (isPlace(kind) && (lexicon.isName(token.word) || (nameGoesOn(before, token) && !isStopWord(before?.word ?? '')))) return true;
      const next = tokens[at + 1];
      if (nameGoesOn(token, next) && isPlace(lexicon.kindOfThing(`${token.word}_${next?.word}`))) return true;
      return AT_A_PLACE.has(before?.word ?? '') && !lexicon.isWord(token.word);
    }
    if (!isPlace(kind) && kind !== ARTIFACT) return false;
    // A word used mostly as a verb or an adjective is a noun after a determiner ("on the left"), not after "to" ("to see").
    if (lexicon.describes(token.word) && !DETERMINERS.has(tokens[at - 1]?.word ?? '')) return false;
    const from = Math.max(0, at - reach);
    const preposition = tokens.slice(from, at).findLastIndex((before) => PLACE_PREPOSITIONS.has(before.word));
    // The preposition's own phrase: only lower-case words between it and the noun, no comma or dash.
    return preposition >= 0 && /^[\p{Ll}\s]*$/u.test(sentence.slice(tokens[from + preposition]?.end ?? 0, token.start));
  });
}

/** WordNet's lexicographer files of nouns of locations ("city", "Paris") and natural objects ("Adirondacks", "Europe"). */
const isPlace = (kind: string | null): boolean => kind === '15' || kind === '17';

/** WordNet's lexicographer file of nouns of artifacts, buildings and rooms among them ("basement", "plant", "dome"). */
const ARTIFACT = '06';

/** The prepositions right before a name that make it a place's: "in Savannah", "at Camusfearna", "near Foggia". */
const AT_A_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'near']);

/** The prepositions of place, before a common noun of one: "in the basement", "across the river", "beside the gate". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'on', 'from', 'to', 'into', 'inside', 'outside', 'under', 'behind', 'across', 'beside', 'along', 'throughout',
  'between', 'above', 'below', 'around', 'within', 'beneath', 'off', 'toward', 'towards', 'over', 'through',
]);
