import type { Passage } from '../types.ts';
import type { QuestionIntent } from './query.ts';

/** A line that ends a sentence or opens what follows ("各位代表：", "Dear Sir:"): the body has begun. */
const ENDS_SENTENCE = /[。！？!?.;；:：]\s*$/u;

/**
 * The position of the document's title when the passage stands in the document's head: the lines between a title and
 * its body that say of the document itself when it was written, where and by whom ("——2024年3月5日在第十四届全国人民代表大会
 * 第二次会议上", "国务院总理", "（2021年5月20日）", "By John Smith"). The title is the document's first paragraph, and every
 * passage after it up to this one is a line of at most `maxWords` words that ends no sentence. Null for any other
 * passage, the title itself, and for every passage when `maxWords` is 0.
 */
export function titleAbove(passages: readonly Passage[], starts: Int32Array, position: number, maxWords: number): number | null {
  const passage = passages[position];
  if (maxWords <= 0 || passage === undefined || passage.citation.paragraph === 1) return null;
  for (let at = position; at > 0; at -= 1) {
    const line = passages[at] as Passage;
    if ((starts[at + 1] ?? 0) - (starts[at] ?? 0) > maxWords || ENDS_SENTENCE.test(line.text)) return null;
    const before = passages[at - 1] as Passage;
    if (before.citation.document !== line.citation.document) return null;
    if (before.citation.paragraph === 1) return at - 1;
  }
  return null;
}

/**
 * Whether a head line answers a question of the intent asked of its document: a "when" by its date line, a "who" by a
 * line writing no date (the author's post or name under the date line), a "which meeting" by a line naming a meeting
 * (`meeting`, `meeting-asked.ts`). Any other question asks of the document's body.
 */
export function headLineAnswers(intent: QuestionIntent, dated: boolean, meeting = false): boolean {
  return meeting || (intent === 'date' ? dated : intent === 'person' && !dated);
}
