import type { QueryTerm } from './query.ts';
import type { SentenceWrites } from './kind-asked.ts';
import { clausesOf, sentencesOf } from './measure-asked.ts';
import { averageAgainstYear } from './year-average.ts';

/**
 * Qualifiers that fix which of two numbers of one topic is meant, each side against the other: income or spending, a
 * result or a target, this year or last. A report writes both of a pair for one topic ("财政收入…，一般公共预算支出规模
 * 28.5万亿元"; "财政赤字率控制在2.8%" of last year beside this year's "赤字率拟按3%安排"), and a reader asking one does not
 * take the other's number.
 */
const QUALIFIER_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/收入/u, /支出/u],
  [/实际/u, /目标|预期/u],
  // Not "比去年", "较上年": a comparison says nothing of the year the number is of.
  [/今年|本年/u, /(?<![比较])(?:去年|上年)|过去一年/u],
];

/** The words of a question that only fix which number is meant: its time (a year, "今年", "去年"), a target or a result. */
const FIXING_WORDS = /^(?:今年|本年|去年|上年|目标|预期|实际|\d{4}|年)$/u;

/**
 * Whether a term of a Chinese question only fixes which number of its topic is meant (`FIXING_WORDS`): a sentence that
 * holds no other word of the question holds none of its topic. "今年的财政赤字率目标是多少" is not answered by
 * "今年发展主要预期目标是：国内生产总值增长5%左右；……", whose 今年 and 目标 are of other numbers.
 */
export const fixesOnly = (term: QueryTerm): boolean => FIXING_WORDS.test(term.typed);

/** A paragraph opening on its time alone ("过去一年，……"): the time fixes every sentence after it. */
const OPENING_TIME = /^(?:过去一年|去年|今年)$/u;

/**
 * `writes` narrowed to the clauses not fixed by a qualifier opposed to one the question writes (`QUALIFIER_PAIRS`), or
 * `writes` itself when the question writes none. What fixes a clause: its own words, the lead of its sentence before a
 * colon ("今年发展主要预期目标是：……；居民消费价格涨幅3%左右"), and the time its paragraph opens on. A clause writing the
 * question's own qualifier too is not fixed against it. "2024年一般公共预算收入预计是多少" is not answered by
 * "一般公共预算支出规模28.5万亿元", "今年的财政赤字率目标是多少" by "过去一年，……财政赤字率控制在2.8%".
 * `texts` are the passages read, whose openings are read here. A year the question writes is read as the documents
 * name it (`presentYear`, the year they call 今年): "2018年农村贫困人口减少了多少", asked of the 2019 report, asks its 去年, and
 * is not answered by "今年……预期目标是：……农村贫困人口减少1000万以上". With `yearAverage` on, one year asked is not answered
 * by an average over years (`averageAgainstYear`).
 */
export function unopposedWrites(question: string, writes: SentenceWrites, texts: readonly string[], presentYear: () => number | null, yearAverage = 0): SentenceWrites {
  const asked = asDocumentsSay(question, presentYear);
  const opposed = [...QUALIFIER_PAIRS.flatMap(([one, other]) => (one.test(asked) ? [[one, other]] : other.test(asked) ? [[other, one]] : [])), ...averageAgainstYear(asked, yearAverage)] as [RegExp, RegExp][];
  if (opposed.length === 0) return writes;
  const openings = new Map<string, string>();
  for (const text of texts) {
    const opening = clausesOf(text)[0]?.trim() ?? '';
    if (OPENING_TIME.test(opening)) for (const sentence of sentencesOf(text)) openings.set(sentence, opening);
  }
  const isOpposed = (context: string) => opposed.some(([asked, other]) => other.test(context) && !asked.test(context));
  return (sentence) => {
    const colon = sentence.indexOf('：');
    const lead = colon < 0 ? '' : sentence.slice(0, colon);
    const fixed = openings.get(sentence) ?? '';
    return clausesOf(sentence).some((clause) => writes(clause) && !isOpposed(`${fixed} ${lead.includes(clause) ? '' : lead} ${clause}`));
  };
}

/** The question with a year it writes put as the documents name it: their 今年 or 去年 (read only when it writes one). */
function asDocumentsSay(question: string, presentYear: () => number | null): string {
  if (!/\d{4}年/u.test(question)) return question;
  const present = presentYear();
  if (present === null) return question;
  return question.replaceAll(`${present}年`, '今年').replaceAll(`${present - 1}年`, '去年');
}
