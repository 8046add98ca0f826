import { statesFactNearTopic } from './fact-near-topic.ts';
import { isIrregularVerbForm } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { DETERMINERS, isStopWord, stemWord, tokenize, type Token } from './words.ts';

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
 * X is named by `wordsNaming` of the question's words (each met by its stem, forms or related words, `termTopics`), or
 * by all where it has fewer: "where is the university of california press" is not answered by "Realtors live in their
 * communities ... as university alumni", which names a university, not the press, nor "where is the comedie francaise
 * theater" by a sentence on a theater. A many-word thing is named by its name or by its head with a word that picks it
 * out ("the Comedie Francaise", "the body plant"), and a sentence after one so named may go on about it in a pronoun.
 */
export function namesPlaceNearTopic(
  passage: { readonly text: string },
  topic: ReadonlySet<string>,
  termTopics: readonly ReadonlySet<string>[],
  lexicon: Lexicon,
  reach: number,
  wordsNaming: number,
): boolean {
  const enough = Math.min(wordsNaming, termTopics.length);
  const namesTopic = (stems: readonly string[]) => termTopics.filter((term) => stems.some((stem) => term.has(stem))).length >= enough;
  const namesPlace = (sentence: string) => {
    const tokens = tokenize(sentence);
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
  };
  return statesFactNearTopic(passage, [], topic, namesPlace, undefined, undefined, namesTopic);
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
