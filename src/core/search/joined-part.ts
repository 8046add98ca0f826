import type { QueryTerm } from './query.ts';

/**
 * How a sentence holds a term of a Chinese question when one character stands for it: a term the segmenter cut from
 * the word the question writes it in ("赤字率" read 赤字|率, "代表团" 代表|团, "2023年" 2023|年) is held only where the
 * sentence writes it joined to the same neighbour as the question does, and a term of two characters or more is not held
 * by a related word of one ("建" for 建设). A lone character stands inside any word: the 率 of "城镇调查失业率5.5%", the
 * 年 of "连续几年", the 建 of "共建“一带一路”" are not the question's word. A term the question writes apart from its
 * other terms is held wherever the sentence writes it or a related word.
 */
export function joinedPartHolds(question: string, terms: readonly QueryTerm[]): (term: QueryTerm, sentence: string) => boolean {
  const asked = question.toLowerCase();
  const joins = new Map<QueryTerm, string[]>();
  for (const term of terms) {
    if ([...term.typed].length !== 1) continue;
    const at = asked.indexOf(term.typed);
    if (at < 0) continue;
    const before = terms.filter((other) => other !== term && asked.slice(0, at).endsWith(other.typed)).map((other) => other.typed + term.typed);
    const after = terms.filter((other) => other !== term && asked.startsWith(other.typed, at + 1)).map((other) => term.typed + other.typed);
    if (before.length + after.length > 0) joins.set(term, [...before, ...after]);
  }
  const wordsOf = (term: QueryTerm) => [term.stem, ...term.related.filter((stem) => [...stem].length > 1)];
  return (term, sentence) => (joins.get(term) ?? wordsOf(term)).some((word) => sentence.includes(word));
}
