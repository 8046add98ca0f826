import type { QueryTerm } from './query.ts';

/**
 * How a sentence holds a term of a Chinese question when the term is one character the segmenter cut from the word the
 * question writes it in ("赤字率" read 赤字|率, "代表团" 代表|团, "2023年" 2023|年): only where the sentence writes it
 * joined to the same neighbour as the question does. A lone 率 stands in any rate ("城镇调查失业率5.5%"), a lone 年 in any
 * span ("连续几年"): the part in another word is not the question's word. A term of two characters or more, and one the
 * question writes apart from its other terms, is held wherever the sentence writes it or a related word.
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
  return (term, sentence) => {
    const joined = joins.get(term);
    return joined !== undefined ? joined.some((word) => sentence.includes(word)) : [term.stem, ...term.related].some((stem) => sentence.includes(stem));
  };
}
