import { namesPersons, nounCountedOf } from './count-asked.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { baseOfIrregular } from './irregular.ts';
import { stemWord } from './words.ts';
import { mayWriteNumberInWords, type NumberToken } from '../figures/numbers.ts';
import { numbersOf } from './numbers-of.ts';
import { countsHeldIn } from './count-held-in.ts';
import { isPluralNoun } from '../figures/measures.ts';

/**
 * A "how many" of persons or things (its noun read by `nounCountedOf`, as `countedAsked` reads it), read for a count in
 * words before what it counts: whether a sentence says a number in words ("one", "two", "twenty-five") right before the
 * noun asked, or before a word that describes and then that noun ("Perhaps one person, with adequate staff assistance,
 * could fill both jobs" for "how many people are needed to fill the aide's job"; "not one patented invention in ten is
 * worth making" for "how many patented inventions are worth making"; "These two aspects of death cannot be separated"
 * for "how many aspects of death are there"). Persons are counted by any word for a person, as a number's plural counts
 * them ("one man" for "how many sailors"). The figures leave "one" in words, a pronoun's as often as a count ("one of
 * the most beautiful", "Cook felled one"), and a small count in words of a thing of no kind they read ("two aspects");
 * before the noun the question counts, either is the count; so is a number left as a past verb's object, its noun
 * the topic's (`leftAsObject`: "Cook felled one"). Null for any other question, and for a measure asked ("how many
 * miles").
 */
export function countedInWordsAsked(query: ParsedQuery, lexicon: Lexicon, maxWords: number, heldIn: number): ((sentence: string) => boolean) | null {
  const noun = nounCountedOf(query, maxWords);
  if (noun === undefined) return null;
  const stem = stemWord(noun);
  const persons = namesPersons(noun, lexicon);
  const isAsked = persons ? (word: string) => namesPersons(word, lexicon) : (word: string) => stemWord(word) === stem;
  // The question's other words, where a bare number's place may name its holder (`countsHeldIn`): only of persons, whom
  // a writer counts so ("twelve in the tallyho" are riders, not the horses that pulled it).
  const holder = heldIn === 0 || !persons ? NO_STEMS : new Set(query.terms.filter((term) => term.frame !== true && term.typed !== noun).map((term) => term.stem));
  return (sentence) => mayWriteNumberInWords(sentence) && countsBefore(sentence, isAsked, lexicon, true, true, holder);
}

/**
 * Whether a number (in words) stands alone as the object of a verb in the past, its noun left to what the sentence is
 * about: "Dropping to one knee, Cook felled one, and the other struggled off" for "how many attackers did cook bring
 * down", as "Martin sold 21 tractors in August; in August of 1960, he sold seven" counts tractors. A past ("-ed", or an
 * irregular one of a word used mostly as a verb: "sold", "got", "saw", not "feet"), but not of "be", "become" or
 * "have", whose number is an age or a thing owned ("when he was fifteen", "if I had had one"); after no determiner
 * ("the disguised one" is a thing, not a count); in lower case ("Holds One" is a name); where the clause ends with
 * the number. Read only in the sentences the topic's words hold (`statesFactNearTopic`), so the count is of what is
 * asked.
 */
function leftAsObject(sentence: string, number: NumberToken, lexicon: Lexicon): boolean {
  if (!/^\p{Ll}/u.test(sentence.slice(number.start, number.start + 1)) || !CLAUSE_END.test(sentence.slice(number.end))) return false;
  const verb = WORD_BEFORE.exec(sentence.slice(0, number.start))?.[1]?.toLowerCase();
  if (verb === undefined) return false;
  const base = baseOfIrregular(verb);
  return verb.endsWith('ed') ? lexicon.canBeVerb(verb) : base !== verb && !COPULA_OR_HAVE.has(base) && lexicon.actsAsVerb(base);
}

/** A clause's end right after a number: a comma, a semicolon, a full stop or the text's end. */
const CLAUSE_END = /^\s*(?:[,;.]|$)/u;
/** The word right before a number, after no determiner ("the disguised one"). */
const WORD_BEFORE = /(?<!\b(?:the|a|an|this|that|these|those|his|her|its|their|my|our|your)\s+)\b(\p{L}+)\s+$/iu;
/** Verbs whose number is no object counted: an age or a measure ("was thirty", "became fifteen"), a thing owned ("had one"). */
const COPULA_OR_HAVE = new Set(['be', 'become', 'have']);

/** The noun a "how many" counts, as the question writes it, and whether a sentence counts it in its own words. */
export interface CountSaidOtherwise {
  readonly noun: string;
  readonly counts: (sentence: string) => boolean;
}

/**
 * A "how many" whose noun a passage may count in another word for it: persons by any word for a person ("A detachment
 * of six men … went aboard" for "how many soldiers went aboard"), a thing by a word of its `senses` commonest senses
 * (`Lexicon.sameThingWords`: "no less than six leading parts" for "how many leading roles"), in the plural: "four home
 * runs" counts no households, "one placed" no seats. A number, in words or digits but no year ("the 1962 governor's
 * race"), right before that word, or before a word that describes and then it, counts the noun asked: the count is
 * the thing the question asks, said in the writer's word. Null for any other question, with `senses` 0, and for a
 * thing WordNet gives no other word for.
 */
export function countSaidOtherwiseOf(query: ParsedQuery, lexicon: Lexicon, maxWords: number, senses: number): CountSaidOtherwise | null {
  const noun = senses === 0 ? undefined : nounCountedOf(query, maxWords);
  if (noun === undefined) return null;
  if (namesPersons(noun, lexicon)) return { noun, counts: (sentence) => countsBefore(sentence, (word) => namesPersons(word, lexicon) && isPlural(word, lexicon), lexicon, false) };
  // Words, not stems: "officers" stems as "office" does, and is no role.
  const words = new Set(lexicon.sameThingWords(lexicon.baseForms(noun)[0] ?? noun, senses));
  if (words.size === 0) return null;
  // A plural opens as its singular does ("parts", "varieties", "offices"): a word whose first two letters open none of
  // the set is none of them, told without a look in WordNet (an irregular plural that does not, "mice", is missed).
  const starts = new Set([...words].map((word) => word.slice(0, 2)));
  return { noun, counts: (sentence) => countsBefore(sentence, (word) => starts.has(word.slice(0, 2)) && lexicon.baseForms(word).some((singular) => words.has(singular)), lexicon, false) };
}

/**
 * A plural ("men", "parts"): a count of more than one, whose word is the noun it counts, not one before it ("four home
 * runs"). So is a word English writes as a plural of its own ("accommodate 200 people", "50 staff"), which WordNet files
 * as its own dictionary form (`isPluralNoun`).
 */
const isPlural = (word: string, lexicon: Lexicon): boolean => baseOfIrregular(word) !== word || lexicon.baseForms(word).length > 0 || isPluralNoun(word);

/**
 * Whether a number of the sentence (only one in words, with `inWords`) counts what `isAsked` names: the word right
 * after it, or the one after a word that describes, or (with `objectLeft`) none, left as a past verb's object
 * (`leftAsObject`) or held in a place of `holder`'s (`countsHeldIn`). Not a fraction nor a multiple ("half",
 * "twice"), which count nothing.
 */
function countsBefore(sentence: string, isAsked: (word: string) => boolean, lexicon: Lexicon, inWords: boolean, objectLeft = false, holder = NO_STEMS): boolean {
  return numbersOf(sentence).some((number) => {
    if ((inWords && number.words === undefined) || number.yearLike || number.fraction || number.multiple === true) return false;
    if (objectLeft && (leftAsObject(sentence, number, lexicon) || countsHeldIn(sentence, number, holder))) return true;
    const [, first, second] = WORDS_AFTER.exec(sentence.slice(number.end)) ?? [];
    const word = first?.toLowerCase() ?? '';
    return isAsked(word) || (second !== undefined && lexicon.describes(word) && isAsked(second.toLowerCase()));
  });
}

/** No holder's words: a bare number's place is read for none. */
const NO_STEMS: ReadonlySet<string> = new Set();

/** The one or two words after a number, in the same clause. */
const WORDS_AFTER = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
