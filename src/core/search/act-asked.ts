import { factTopicOf, sentencesOf } from './fact-near-topic.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { baseOfIrregular } from './irregular.ts';
import { tellsWay } from './way-told.ts';
import { DETERMINERS, isStopWord, stemWord } from './words.ts';
import type { PassageRole } from '../types.ts';

/** The act a question asks how to do, or how a thing works: the stems that name it and those of what it is done to. */
export interface ActAsked {
  readonly verb: ReadonlySet<string>;
  readonly objects: ReadonlySet<string>;
  /**
   * For a light verb ("make", "get"), which says little alone: how many words after it, or before its passive ("is
   * made"), what it is done to must stand. Null for any other verb, which names the act by itself.
   */
  readonly objectReach: number | null;
  /**
   * For "how is X V-ed": a passive of another verb with its means ("Soil redeposition is evaluated by washing clean
   * swatches") tells the way too, in the text's own word for the act.
   */
  readonly passiveWay: boolean;
  /**
   * For "how do you V X": how many sentences, from the one naming the act and X on, one of which must tell a way of
   * doing it (`tellsWay`); 0 for the other forms, whose way a text tells in its own words.
   */
  readonly waySentences: number;
  /** The longest opening phrase before a comma that an order telling the way may follow (`AbstainOptions.orderOpeningWords`). */
  readonly orderOpeningWords: number;
}

/**
 * "How do you change a flat tire", "how can i register a car", "how to build a cold frame": how anyone does a thing, in
 * the present, the act named by the word after the person. Not "how did you", nor "how do they", nor "how was X
 * killed": a telling of what someone did, which a text puts in its own words ("how did julio martinez die" → "forcing
 * them to kill him", "how are agencies charged for their cars" → "now billed for the actual cost").
 */
const HOW_TO = /^how (?:(?:do|can|should|could|would|must|might) (?:you|i|we|one)|to) (\S+) (.+)$/;

/** "How does a steam locomotive work", "how do jet engines work": how a thing works. */
const HOW_WORKS = /^how (?:do|does) (.+) (works?)$/;

/**
 * "How is glaucoma treated", "how are messages authenticated": how a thing is done to, in the present passive, the way
 * "how do you treat glaucoma" asks it. Not "how was X killed": a telling of what was done once (see `HOW_TO`). The
 * participle is the question's last word, read as a verb by WordNet (`Lexicon.actsAsVerb`).
 */
const HOW_DONE = /^how (?:is|are) (.+) (\S+)$/;

/**
 * The verbs of doing that are stop words, whose act is named only with what it is done to: "how do you make baklava"
 * asks how baklava is made, which "a pastry shop that sells some of the best baklava" does not tell, nor "he got off
 * with a suspended sentence" how to get a medical license. Not "have" ("how can i have pansies blooming" asks how to
 * bring a state about, told in other words: "I started the seed in a flat in June"), "tell" (a sign to know by: "how
 * can you tell when an avocado is ripe"), "do", "go" or "come".
 */
const LIGHT_ACTS: ReadonlySet<string> = new Set(['make', 'get', 'take', 'give', 'find']);

/**
 * The act a question asks for, from its words (stop words kept): null for any other question, for a light verb other
 * than `LIGHT_ACTS` (a stop word: "tell", "have" say little of what is done) and for an act with nothing named to do it
 * to. Its verb is met by its stem, its forms and related words, as ranking meets it, and by the synonyms of the phrasal
 * verb it makes with a later word of the question ("put ... in" → "insert"); a light act by its own forms ("made",
 * "got"), with what it is done to within `objectReach` words of it.
 */
export function actAskedOf(query: ParsedQuery, lexicon: Lexicon, phrasalSenses: number, lightObjectReach: number, waySentences: number, orderOpeningWords: number): ActAsked | null {
  // Both forms open on "how": most questions are read no further.
  if (query.words[0] !== 'how') return null;
  const phrase = query.words.join(' ');
  const howTo = HOW_TO.exec(phrase);
  const working = howTo === null ? HOW_WORKS.exec(phrase) : null;
  const done = howTo === null && working === null ? doneTo(HOW_DONE.exec(phrase), lexicon) : null;
  const works = working ?? done;
  const verbWord = howTo?.[1] ?? works?.[2];
  if (verbWord === undefined) return null;
  const isWord = (term: QueryTerm, words: readonly string[]) => words.includes(term.typed) || (term.correctedTo !== undefined && words.includes(term.correctedTo));
  const verb = query.terms.find((term) => isWord(term, [verbWord]));
  // "How is arsenic poisoning treated": the poisoning is what is treated, not arsenic (`headOf`).
  const objectWords = done === null ? (howTo?.[2] ?? works?.[1] ?? '').split(' ') : headOf(done[1] ?? '');
  const objects = query.terms.filter((term) => term !== verb && term.frame !== true && isWord(term, objectWords));
  if (objects.length === 0) return null;
  if (verb === undefined) {
    if (howTo === null || lightObjectReach === 0 || !LIGHT_ACTS.has(verbWord)) return null;
    return { verb: new Set([stemWord(verbWord)]), objects: factTopicOf(objects), objectReach: lightObjectReach, passiveWay: false, waySentences, orderOpeningWords };
  }
  const phrasal = phrasalSenses === 0 ? [] : objectWords.flatMap((word) => lexicon.relatedWords(`${verbWord}_${word}`, phrasalSenses));
  // A related word that is also the object's is no act said ("frame" for "build", of "a cold frame").
  const objectStems = factTopicOf(objects);
  const verbStems = [...[...factTopicOf([verb])].filter((stem) => waySentences === 0 || !objectStems.has(stem)), ...phrasal.map(stemWord)];
  return { verb: new Set(verbStems), objects: objectStems, objectReach: null, passiveWay: done !== null, waySentences: howTo === null ? 0 : waySentences, orderOpeningWords };
}

/**
 * The head of a thing asked of in words: its last word before a stop word, determiners passed over ("the quality of a
 * president's leadership" → "quality", "arsenic poisoning" → "poisoning"): what an act is done to.
 */
function headOf(thing: string): readonly string[] {
  const words = thing.split(' ').filter((word) => !DETERMINERS.has(word));
  const end = words.findIndex((word) => isStopWord(word));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1);
  return head === undefined ? [] : [head];
}

/**
 * A "how is X V-ed" whose last word is a past participle of a verb ("treated", "made", "kept"), else null: an irregular
 * one read as its base, as its stem is ("paid" is an adjective more than a verb in WordNet's counts, "pay" a verb). Not a verb
 * of change (`Lexicon.changesState`): "how are grassroots governance and social harmony improved" is told by what brings
 * the change about ("the digital reform ... grassroots public power big data supervision"), not by the verb.
 */
function doneTo(match: RegExpExecArray | null, lexicon: Lexicon): RegExpExecArray | null {
  const participle = match?.[2];
  if (participle === undefined) return null;
  return (participle.endsWith('ed') || baseOfIrregular(participle) !== participle) && lexicon.actsAsVerb(baseOfIrregular(participle)) && !lexicon.changesState(participle) ? match : null;
}

/**
 * Whether a passage can tell how to do the act a question asks (`actAskedOf`), or how the thing works: one of its
 * sentences names the act and what it is done to, there or in the sentence before, which it refers back to ("Don't
 * forget to buy a plastic pastry brush for basting with sauces. Clean it meticulously in boiling water"). A passage that
 * names a flat tire, or a jet engine, and no changing or working does not tell how; nor does one that changes patterns
 * of oilcloth.
 */
export function tellsActAsked({ verb, objects, objectReach, passiveWay, waySentences, orderOpeningWords }: ActAsked, passage: { readonly text: string; readonly role?: PassageRole }, lexicon: Lexicon): boolean {
  const sentences = sentencesOf(passage);
  // A code block is itself a way of doing what it names (a command, a program): "how do I enable the game server with
  // systemctl" is told by `systemctl enable --now game-server`.
  const isCode = passage.role === 'code';
  // "How do i register a car": "one state automobile was registered as far back as 1917" names the act, tells no way.
  // A sentence that opens on a pointing word goes on from the one before, which may tell the way: "... by the simple
  // process of overtakin' the brute, seizin' its tail ... This throwed the animal off balance".
  const wayNear = (at: number) => waySentences === 0 || isCode || sentences.slice(OPENS_POINTING.test(sentences[at]?.text ?? '') ? Math.max(0, at - 1) : at, at + waySentences).some((sentence) => tellsWay(sentence.text, lexicon, orderOpeningWords));
  const namesObject = sentences.map((sentence) => sentence.stems.some((stem) => objects.has(stem)));
  const namesNear = (at: number) => namesObject[at] === true || (namesObject[at - 1] === true && REFERS_BACK.test(sentences[at]?.text ?? ''));
  if (objectReach === null) return sentences.some((sentence, at) => namesNear(at) && (sentence.stems.some((stem) => verb.has(stem)) || (passiveWay && PASSIVE_WAY.test(sentence.text))) && wayNear(at));
  return sentences.some((sentence, at) => namesNear(at) && doesToObject(sentence.stems, verb, objects, objectReach, namesObject[at - 1] === true) && wayNear(at));
}

/**
 * Whether a sentence's words say a light act done to its object: a form of the verb ("make", "made", "got") with the
 * object within `reach` words after it ("get a medical license"), or before its passive ("Baklava is made"); the
 * object may be a pointing word when the sentence before names it ("Make it the day before").
 */
function doesToObject(stems: readonly string[], verb: ReadonlySet<string>, objects: ReadonlySet<string>, reach: number, namedBefore: boolean): boolean {
  const isObject = (stem: string | undefined) => stem !== undefined && (objects.has(stem) || (namedBefore && POINTING.has(stem)));
  return stems.some((stem, at) => {
    if (!verb.has(stem) && !verb.has(stemWord(baseOfIrregular(stem)))) return false;
    if (stems.slice(at + 1, at + 1 + reach).some(isObject)) return true;
    return BE.has(stems[at - 1] ?? '') && stems.slice(Math.max(0, at - 1 - reach), at - 1).some(isObject);
  });
}

/** A passive with its means: "is evaluated by washing", "are treated with", "was cured through". */
const PASSIVE_WAY = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:by|with|through)\b/i;

/** A sentence opening on a pronoun or a pointing word ("This throwed the animal"; not "That cold frame", a determiner more often). */
const OPENS_POINTING = /^\W*(?:it|they|this|these|those)\b/i;

/** A pronoun or a pointing word: the sentence speaks of something named before it. */
const REFERS_BACK = /\b(?:it|its|they|them|their|this|these|those)\b/i;

/** The pointing words that stand for a thing named before, as stemmed in a sentence's words. */
const POINTING: ReadonlySet<string> = new Set(['it', 'them', 'this', 'these', 'those', 'one'].map(stemWord));

/** The forms of "be" before a passive participle ("is made", "was given"), as stemmed in a sentence's words. */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'].map(stemWord));
