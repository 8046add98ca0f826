import { QUANTITY } from './kind-asked.ts';
import { sentenceShares, sentencesOf, writtenAwayFromTopic } from './measure-asked.ts';
import { joinedPartHolds } from './joined-part.ts';
import type { QueryTerm } from './query.ts';

/**
 * Whether an English question asking a number (`asksNumber`: "how many", "how much", "how large", or "what is the
 * <value noun>") asked of Chinese passages finds no number beside its topic: no sentence of the judged passages (`texts`)
 * that writes a number (`QUANTITY`) holds `shareOfBest` of what the sentence holding most of the question's content
 * holds, as a Chinese "是多少" is weighed (`kindAskedOf`, `kindShareOfBest`): the sentence a reader finds the topic in is
 * where its number stands. "How many people live in the Greater Bay Area" meets "人民生活持续改善" (people, living, no
 * number) and only the 人次 of a sentence on students; "How many new urban jobs are targeted for this year" meets
 * "城镇新增就业1200万人左右" beside its topic. Terms are English words held by their Chinese translations (the stem and its
 * related words, `joinedPartHolds`), the text read in small letters ("C919" for the question's "c919"); the words of its
 * time of asking (`timeOfAsking`: "last year", `englishTimeOfAsking`) are held by every sentence. Off when `on` is 0.
 */
export function numberUnwrittenBeside(asksNumber: () => boolean, terms: readonly QueryTerm[], texts: readonly string[], shareOfBest: number, on: number, timeOfAsking: ReadonlySet<string>): boolean {
  if (on === 0 || texts.length === 0 || !asksNumber()) return false;
  // The question's time of asking ("last year") is held by every sentence, and alone holds nothing of the topic.
  const holds = joinedPartHolds('', terms);
  const atTime = (term: QueryTerm) => timeOfAsking.has(term.typed);
  const shares = sentenceShares(terms, texts.map((text) => text.toLowerCase()), sentencesOf, (term, sentence) => atTime(term) || holds(term, sentence), atTime);
  return writtenAwayFromTopic(shares, (sentence) => QUANTITY.test(sentence), shareOfBest);
}
