import { inflectionsOf } from './event-asked.ts';
import { factTopicOf, sentencesOf, statesFactNearTopic } from './fact-near-topic.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { strandedPrepositionAt } from './stranded-preposition.ts';
import { tokensOf } from './tokens-of.ts';
import { DETERMINERS, isStopWord, stemWord } from './words.ts';

/** What a "what did X V" asks of X: the stems that say the act, and those that name X. */
export interface DeedAsked {
  readonly act: ReadonlySet<string>;
  readonly doer: ReadonlySet<string>;
  /** For "what did X say": the lexicon that reads a word of speech (`Lexicon.communicates`), which says the act as well as `act`. */
  readonly speech?: Lexicon;
  /**
   * For an act told by its content, asked in the past ("what did the pythagoreans believe about the number 5", "what did
   * roosevelt promise"): any sentence naming X (or going on about it in a pronoun) may tell it in words of its own, but
   * a passage naming no X tells nothing X believed, promised or traded. Its setting or topic, when asked ("in brown
   * v. board of education", "about the number 5"), is named in the passage too (a date may open the paragraph, "February
   * 7 is the first day of work …", before the sentence naming X), and `act` holds its stems: "Judicial opinion since the
   * Supreme Court decision on Shelley v. Kraemer" tells nothing decided in another case.
   */
  readonly byContent?: boolean;
}

/**
 * The act a "what did X V", "what does X V" asks the object of, said of the X it names: "what did the half moon carry on
 * its return", "what did van varner see in russia", "what do woodpeckers eat". The verb is the question's last word, or
 * the word before its first preposition where that opens a setting (`SETTINGS`: "see in russia", "win as a handler")
 * or, whatever the preposition, where the question ends on it (`strandedPrepositionAt`: "die of", "vote for"),
 * in its base form after "did", "does", "do", and X the words between. Only a sentence that says the act of X tells
 * what X did: a passage naming the Half Moon putting in at Dartmouth tells nothing it carried, nor one naming Van Varner
 * back from Russia what he saw there. The act is met by the verb's stem, forms and related words as ranking meets them,
 * its inflections ("won", "saw" by their base) and a phrasal verb's related words ("carry on" → "conduct"); X by its
 * words' stems, forms and related words. Null for any other question, for a stop word's act ("do", "make"), a
 * word WordNet counts mostly as a noun ("trade"), and an act of the mind, of speech, of being or of having
 * (`Lexicon.actToldByContent`: "think", "promise", "require", "stand for", "earn"): what X did, thought, promised or
 * stands for a text tells in words of its own as often as by the verb ("after the war he returned to the bench", "we
 * shall under no circumstances resort to ...", "which symbolized the Center"); asked in the past, such an act is read
 * for X named alone (`byContent`), in a setting or "about" a topic named too. But "what did X say", in a setting or
 * "about" a topic ("what did khrushchev say at the united nations", "what did mikoyan say about molotov"): what X said
 * once is told in a sentence naming X with a quotation or a word of speech of any kind (`speech`), which "the bugler boy
 * who carried Custer's last message" is not. Not "what does X say": a text says in the present ("what does the plan say
 * about public services equalization", "what does the charter say"), and its content is the passage on the topic.
 */
export function deedAskedOf(query: ParsedQuery, lexicon: Lexicon, phrasalSenses: number): DeedAsked | null {
  const words = query.typedWords;
  if (words[0] !== 'what' || !DO.has(words[1] ?? '')) return null;
  // "What did the coolidges' son die of": a preposition left at the end follows the act asked (`strandedPrepositionAt`).
  const stranded = strandedPrepositionAt(words, (word) => lexicon.actsAsVerb(word));
  const preposition = stranded >= 0 ? stranded : words.findIndex((word, at) => at > 2 && PREPOSITIONS.has(word));
  const at = (preposition < 0 ? words.length : preposition) - 1;
  const verbWord = words[at];
  const says = verbWord === 'say' && words[1] === 'did';
  if (at < 3 || verbWord === undefined || (!says && (isStopWord(verbWord) || !lexicon.actsAsVerb(verbWord)))) return null;
  // "What did the pythagoreans believe": an act told by its content, asked once of X (see `byContent`).
  const byContent = !says && words[1] === 'did' && lexicon.actToldByContent(verbWord);
  if (preposition >= 0 && stranded < 0 && !SETTINGS.has(words[preposition] ?? '') && !((says || byContent) && words[preposition] === 'about')) return null;
  // "What does housing stand for": the phrasal verb the preposition makes, where WordNet lists one, is the act asked.
  // But a setting's preposition with its own object after it is no part of the verb: "what does the crew eat on long
  // voyages" asks what they eat, not what "eats on" (worries) them; its phrasal words still meet the act ("carry on").
  const phrasal = says || preposition < 0 || phrasalSenses === 0 ? '' : `${verbWord}_${words[preposition] ?? ''}`;
  const phrasalWords = phrasal === '' ? [] : lexicon.relatedWords(phrasal, phrasalSenses);
  if (!says && !byContent && lexicon.actToldByContent(phrasalWords.length > 0 && stranded >= 0 ? phrasal : verbWord)) return null;
  const doerWords = words.slice(2, at);
  // "What do the editors say would be a good start": a clause of its own before the last verb, whose act is not X's.
  // X may hold a determiner ("the half moon", "his wife"), no other stop word.
  if (doerWords.some((word) => isStopWord(word) && !DETERMINERS.has(word))) return null;
  const doer = query.terms.filter((term) => term.frame !== true && doerWords.includes(term.typed));
  if (doer.length === 0) return null;
  if (says) return { act: SAY, doer: factTopicOf(doer), speech: lexicon };
  if (byContent) {
    // A letter alone ("v." of "brown v. board of education") is an abbreviation that any other case writes too.
    const settingWords = preposition < 0 ? [] : words.slice(preposition + 1).filter((word) => !/^[a-z]$/.test(word));
    return { act: factTopicOf(query.terms.filter((term) => term.frame !== true && settingWords.includes(term.typed))), doer: factTopicOf(doer), byContent: true };
  }
  const verb = query.terms.find((term) => term.frame !== true && term.typed === verbWord);
  if (verb === undefined) return null;
  return { act: new Set([...factTopicOf([verb]), ...[...inflectionsOf(verbWord), ...phrasalWords].map(stemWord)]), doer: factTopicOf(doer) };
}

/** The forms of "say" ("said" by its base), which are stop words: the act asked said by its own verb. */
const SAY: ReadonlySet<string> = new Set(inflectionsOf('say').map(stemWord));

/**
 * Whether a passage says the act asked of X (`deedAskedOf`): one sentence names X, or goes on about X named in the
 * sentence before (it opens on a pronoun), and says the act, by an irregular form too ("won" for "win"); for "say", by a
 * quotation mark or a word of speech other than X's own (`saysWord`: "declared", "replied", "gave word that").
 */
export function saysDeedAsked({ act, doer, speech, byContent }: DeedAsked, passage: { readonly text: string }, fragmentMaxWords: number): boolean {
  if (byContent === true) return (act.size === 0 || sentencesOf(passage).some(({ stems }) => stems.some((stem) => act.has(stem)))) && statesFactNearTopic(passage, doer, () => true, fragmentMaxWords, { goesOn: (sentence) => GOES_ON.test(sentence) });
  const saysAct = (text: string, stems: readonly string[]) =>
    stems.some((stem) => act.has(stem) || act.has(stemWord(baseOfIrregular(stem)))) || (speech !== undefined && (QUOTE.test(text) || tokensOf(text).some(({ word }) => saysWord(word.toLowerCase(), doer, speech))));
  return statesFactNearTopic(passage, doer, saysAct, fragmentMaxWords, { goesOn: (sentence) => GOES_ON.test(sentence) });
}

/** The auxiliaries of "what did X V": an act of X's, asked by its object. */
const DO: ReadonlySet<string> = new Set(['did', 'does', 'do']);

/** The prepositions that may follow the verb ("see in russia", "wear to keep his feet warm", "notice about the hair"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'about', 'after', 'before', 'for', 'as', 'with', 'from', 'to', 'during', 'when', 'while', 'of', 'by', 'into']);

/**
 * The prepositions of a setting, a place, a time or a role the act was done in ("see in russia", "carry on its return",
 * "win as a handler"), or the means or company it was done with ("haul with their ox teams"), which leave the verb the
 * act asked. Any other says what the act was for or about, or sets it beside another act ("wear to keep his feet warm",
 * "notice about the children's hair", "build before it made cars"):
 * a text tells the act by those ("troubled by poor circulation in his feet ... adopting old-style felt farmer's
 * boots", "manufactured flour-milling machinery before producing the Marmon car") as often as by the verb.
 */
const SETTINGS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'as', 'during', 'with']);

/** A sentence opening on a personal pronoun goes on about what the sentence before named (not "this" or "such", which may point at the act). */
const GOES_ON = /^\W*(?:he|she|it|they|his|her|its|their)\b/i;

/** A quotation mark, straight or opening: a sentence quoting someone tells what was said. */
const QUOTE = /["\u201c]/;

/** Whether a sentence's word is one of speech (`Lexicon.communicates`), not a stop word ("no", "an") nor a word of X's own ("Custer's last message"). */
function saysWord(word: string, doer: ReadonlySet<string>, lexicon: Lexicon): boolean {
  return !isStopWord(word) && !doer.has(stemWord(word)) && lexicon.communicates(word);
}
