import { splitSentences } from '../documents/sentences.ts';
import type { QueryTerm } from './query.ts';
import { stemWord, tokenize } from './words.ts';

/**
 * Whether a passage states the kind of fact a question asks for (a number for "how many", a date for "when") in a
 * sentence that names something the question asks about: "how many breeds does the American Kennel Club recognize" is
 * not answered by a passage whose club is named in one sentence and whose number is a dog show's 28th year in another;
 * "what happened to the fourteen missing men" answers "how many men were missing". The question's topic (`factTopicOf`) is every term
 * given, met by its stem, a form of it or a related word (as ranking meets it), so a sentence that writes the topic in
 * its own word still counts, and so does the sentence after one that names it when it goes on about it in a pronoun
 * (`GOES_ON`: "Nothing is easier to grow from seed than pansies. They germinate quickly, the tiny plants appearing in a week"),
 * and each after that opening on a pronoun too; so does the sentence after a question naming it, its answer (`asksItself`). A
 * sentence holds the fact when the figures or the timeline took one from it (`NearTopic.factSentenceTerms`) or when
 * `states` reads one in it (a number or a date the extractors left, as abstaining has always read them; it is given the
 * sentence's stems too, cut once a passage). `NearTopic` also says which sentences go on about the topic and which name it.
 * `fragmentMaxWords` is `AbstainOptions.fragmentMaxWords`, passed by each check from the options it judges by.
 */
export function statesFactNearTopic(
  passage: { readonly text: string },
  topic: ReadonlySet<string>,
  states: (sentence: string, stems: readonly string[]) => boolean,
  fragmentMaxWords: number,
  { factSentenceTerms = [], factHolds = () => true, goesOn = (sentence) => goesOnAbout(sentence, fragmentMaxWords), names }: NearTopic = {},
): boolean {
  if (topic.size === 0) return true;
  // The topic first: a look in a set costs less than `factHolds` or `states`, which read the sentence's words.
  if (factSentenceTerms.some((sentence, at) => sentence.some((stem) => topic.has(stem)) && factHolds(at))) return true;
  const sentences = sentencesOf(passage);
  const namesTopic = sentences.map((sentence) => (names === undefined ? sentence.stems.some((stem) => topic.has(stem)) : names(sentence.stems)));
  // A run of sentences each opening on a pronoun goes on about the topic as far as it runs ("Lopatnikoff's "Festival
  // Overture" ... This was composed last year ... It is not program music, though. It runs a little more than ten
  // minutes"): a reader keeps the one named while the pronouns run on, however many sentences they take.
  let about = false;
  return sentences.some((sentence, at) => {
    const after = about;
    about = namesTopic[at] === true || (after && goesOnAbout(sentence.text, fragmentMaxWords));
    return (about || (namesTopic[at - 1] === true && (goesOn(sentence.text) || asksItself(sentences[at - 1]?.text ?? '')))) && states(sentence.text, sentence.stems);
  });
}

/** How `statesFactNearTopic` reads a passage where a check reads it otherwise than by default. */
export interface NearTopic {
  /** The index terms of each sentence a fact was taken from (the figures' or the timeline's), read before the sentences. */
  readonly factSentenceTerms?: readonly (readonly string[])[];
  /** Whether the fact taken from the sentence at this place counts: by default each does. */
  readonly factHolds?: (at: number) => boolean;
  /** Which sentence after one naming the topic is still about it: by default one opening on a pronoun (`GOES_ON`). */
  readonly goesOn?: (sentence: string) => boolean;
  /** Which sentence names the topic, by its stems: by default one meeting any of the topic's. */
  readonly names?: ((stems: readonly string[]) => boolean) | undefined;
}

/**
 * Whether a sentence naming the topic opens on "Then" and the sentence before it tells a time (`states`): "then" points
 * back at that time, so the pair says when ("Except when you prepare shish kebob or a lobster roast. Then you'll want
 * terry cloth towels"). For a "when" only: a number in the sentence before is of what that sentence names.
 */
export function statesTimeBeforeTopic(passage: { readonly text: string }, topic: ReadonlySet<string>, states: (sentence: string) => boolean): boolean {
  const sentences = sentencesOf(passage);
  return sentences.some((sentence, at) => at > 0 && TAKES_TIME_BEFORE.test(sentence.text) && sentence.stems.some((stem) => topic.has(stem)) && states(sentences[at - 1]?.text ?? ''));
}

/** A sentence opening on "then", which takes its time from the sentence before it. */
const TAKES_TIME_BEFORE = /^\W*then\b/i;

/** The stems that name a question's topic: each term's stem, its forms and its related words, as ranking meets them. */
export function factTopicOf(terms: readonly QueryTerm[]): ReadonlySet<string> {
  return new Set(terms.flatMap((term) => [term.stem, ...(term.forms ?? []), ...term.related]));
}

/** A passage's sentences, each with its words' stems, cut and stemmed at the first question that reads them. */
export function sentencesOf(passage: { readonly text: string }): readonly { readonly text: string; readonly stems: readonly string[] }[] {
  let sentences = sentencesByPassage.get(passage);
  if (sentences === undefined) {
    sentences = splitSentences(passage.text).map((sentence) => ({ text: sentence.text, stems: tokenize(sentence.text).map((token) => stemWord(token.word.toLowerCase())) }));
    sentencesByPassage.set(passage, sentences);
  }
  return sentences;
}
const sentencesByPassage = new WeakMap<object, readonly { readonly text: string; readonly stems: readonly string[] }[]>();

/**
 * Whether a sentence is a question the text asks: the sentence after it answers it, whatever it opens on ("Is the land
 * suited to the crops you intend to raise? If you can't tell, get help from your county agricultural agent").
 */
const asksItself = (sentence: string): boolean => QUESTION_END.test(sentence);
const QUESTION_END = /\?["”’)]*\s*$/u;

/**
 * A sentence that opens on a pronoun or a pointing word goes on about what the sentence before named ("They germinate
 * quickly", "Its 40 members", "This bridge"), or on one after an opening of a word or two set off by a comma ("Always
 * before, it had taken five minutes"); so does a fragment of a few words, which says nothing of its own and
 * finishes the one before ("The estimates vary widely on the strength of the Chinese army. Say four million.",
 * `AbstainOptions.fragmentMaxWords`). One that opens otherwise may be about anything ("For nearly a century the cry has
 * never failed", after a sentence on the Naktong River).
 */
export const goesOnAbout = (sentence: string, fragmentMaxWords: number): boolean =>
  // Words by the spaces between, split no further than one past the bound: most sentences are long, and read often.
  GOES_ON.test(sentence) || (fragmentMaxWords > 0 && sentence.trim().split(/\s+/, fragmentMaxWords + 1).length <= fragmentMaxWords);
const GOES_ON = /^\W*(?:\p{L}+(?:\s+\p{L}+)?,\s+(?=(?:he|she|it|they)\b))?(?:he|she|it|they|his|her|its|their|this|these|those|such)\b/iu;
