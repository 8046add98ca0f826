import { isStopWord, tokenize } from './search/words.ts';

/** When a message in a follow-up thread is read as a follow-up, and what it takes from the question before. */
export interface FollowUpOptions {
  /**
   * A message with more topic words than this (words that are not stop words or numbers) asks a question
   * of its own and is answered as written. Default 2: "and by 2025?" (none) and "what about rural
   * residents?" (two) carry on the previous question; "how are elderly people on the islands cared for?"
   * does not.
   */
  readonly maxOwnTopicWords: number;
}

export const DEFAULT_FOLLOW_UP_OPTIONS: FollowUpOptions = { maxOwnTopicWords: 2 };

/** "How many", "how much", "when", "who", "what year": what the question asks for, which a follow-up keeps. */
const ASKS_FOR = /^\s*(how many|how much|when|who|what year|which year)\b/i;
const NUMBER = /^\p{N}/u;

/**
 * The question a follow-up asks, with the topic of the question before it: "and by 2025?" after "how many
 * major projects were there in 2022?" is "and by 2025? how many major projects". The follow-up's own words
 * come first; the previous question's topic words follow, without the ones the follow-up already has, and
 * without its numbers and years when the follow-up names its own ("2025" replaces "2022"); a follow-up
 * without a question word of its own takes the previous one's ("how many", "when"). A follow-up with enough
 * words of its own (`maxOwnTopicWords`) is a new question, and is returned as written.
 *
 * Pure, and for any language the tokenizer reads: Chinese words count as topic words too.
 */
export function combineFollowUp(previous: string, followUp: string, options: FollowUpOptions = DEFAULT_FOLLOW_UP_OPTIONS): string {
  const own = tokenize(followUp).map((token) => token.word);
  const ownTopic = own.filter((word) => !isStopWord(word) && !NUMBER.test(word));
  if (ownTopic.length > options.maxOwnTopicWords) return followUp.trim();
  const hasNumber = own.some((word) => NUMBER.test(word));
  const carried = [
    ...new Set(
      tokenize(previous)
        .map((token) => token.word)
        .filter((word) => !isStopWord(word) && !own.includes(word) && !(hasNumber && NUMBER.test(word))),
    ),
  ];
  const asksFor = ASKS_FOR.test(followUp) ? undefined : ASKS_FOR.exec(previous)?.[1]?.toLowerCase();
  return [followUp.trim(), asksFor, ...carried].filter((part) => part !== undefined && part.length > 0).join(' ');
}
