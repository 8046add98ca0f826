import { isStopWord, stemWord, tokenize } from '../search/words.ts';
import { MONTH_OR_SHORT } from '../month-names.ts';

/** A stretch of a sentence that states one thing, and where it starts in the sentence. */
export interface Clause {
  readonly text: string;
  readonly start: number;
}

/**
 * Where a sentence divides into clauses that each state one fact: a comma, semicolon or colon before a
 * space (with an "and", "but" or "while" after it), a "but", "while" or "whereas", and the Chinese comma
 * and semicolons. A bare "and" does not divide: it joins the words of one measure as often as two facts
 * ("the income ratio of urban and rural residents"). Digits' commas ("200,000") have no space after them.
 */
const CLAUSE_BREAK = /[,;:]\s+(?:(?:and|but|while|whereas)\s+)?|[，；、]|\s+(?:but|while|whereas)\s+/giu;

/** The sentence's clauses, in order. */
function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index > start) clauses.push({ text: sentence.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  if (start < sentence.length) clauses.push({ text: sentence.slice(start), start });
  return clauses;
}

/** The clause of `sentence` that holds `written` (its first occurrence), or the whole sentence. */
export function clauseHolding(sentence: string, written: string): string {
  const at = sentence.indexOf(written);
  if (at < 0) return sentence;
  return splitClauses(sentence).find((clause) => at >= clause.start && at < clause.start + clause.text.length)?.text ?? sentence;
}

/**
 * Words that say how a figure is stated or in what unit, never what it measures: "per capita GDP
 * reached 100,000 yuan" and "per capita GDP was 100,000 yuan" are the same claim.
 */
const NOT_TOPIC = new Set([
  ...['reach', 'exceed', 'surpass', 'pass', 'top', 'total', 'amount', 'stand', 'stood', 'hit', 'rose', 'rise', 'risen', 'grew', 'grow', 'increas', 'fell', 'fall', 'drop', 'declin', 'climb', 'jump'],
  ...['yuan', 'rmb', 'dollar', 'usd', 'euro', 'pound', 'percent', 'per', 'cent', 'percentag', 'point', 'thousand', 'million', 'billion', 'trillion', 'hundr', 'hundred'],
  ...['year', 'month', 'januari', 'februari', 'march', 'april', 'june', 'juli', 'august', 'septemb', 'octob', 'novemb', 'decemb'],
  ...['more', 'less', 'over', 'about', 'nearli', 'almost', 'around', 'least', 'most', 'approxim', 'roughli', 'some'],
]);

/** The words of a text that name what it is about, stemmed: no stop words, numbers, units or verbs of quantity. */
export function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const { word } of tokenize(text)) {
    if (isStopWord(word) || /^\p{N}/u.test(word)) continue;
    const stem = stemWord(word);
    if (!NOT_TOPIC.has(stem)) stems.add(stem);
  }
  return stems;
}

/** The share of `words` found in `within` (1 when `words` is empty: nothing is missing). */
export function coverage(words: ReadonlySet<string>, within: ReadonlySet<string>): number {
  if (words.size === 0) return 1;
  let found = 0;
  for (const word of words) if (within.has(word)) found += 1;
  return found / words.size;
}

/** How many words two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count += 1;
  return count;
}

const MONTHS = new RegExp(`^(?:${MONTH_OR_SHORT})$`);

/**
 * The names a clause is about: capitalised words ("Zhejiang", "Hangzhou's"), lower-cased, except the
 * first word of its sentence (capitalised anyway), all-capital acronyms ("GDP" is a measure) and months.
 * A sentence's first word counts when it is possessive ("Zhejiang's per capita GDP").
 */
export function namesIn(clause: string, opensSentence: boolean): string[] {
  const names: string[] = [];
  for (const match of clause.matchAll(/\p{Lu}\p{Ll}+(?:['’]s)?/gu)) {
    const word = match[0];
    const before = clause[match.index - 1];
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue;
    const first = opensSentence && clause.slice(0, match.index).trim() === '';
    if (first && !/['’]s$/.test(word)) continue;
    const name = word.replace(/['’]s$/u, '');
    if (!MONTHS.test(name)) names.push(name.toLowerCase());
  }
  return names;
}
