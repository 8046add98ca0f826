import { sentencesOf } from './fact-near-topic.ts';
import { baseOfIrregular } from './irregular.ts';
import type { ParsedQuery } from './query.ts';
import { isStopWord, tokenize } from './words.ts';

/** What a question asking for a choice wants judged: the thing to choose ("routine" of "a good stretching routine"), as a noun of it, one or more, is written. */
export interface ChoiceAsked {
  readonly thing: string;
  readonly sentences: number;
}

/**
 * "What is a good stock to invest in", "what is the best kind of pool filter", "which are the best fishing spots": a
 * choice asked of a kind of thing, good, best, ideal or right, which a passage answers only where it judges one of
 * that kind. Not "the best known" (a reputation asked), nor "the right way to pull a cork" (a how-to, read by
 * `act-asked.ts`).
 */
const CHOICE = /^(?:what|which)(?: is| are|'s| was| were) (?:a |an |the |some )?(?:good|best|better|ideal|right) (.+)$/;

/** Words that name a kind, not the thing chosen: "the best kind of pool filter" asks of a filter. */
const KIND_OF: ReadonlySet<string> = new Set(['kind', 'sort', 'type']);

/**
 * The choice a question asks (`CHOICE`): the head of the noun phrase after the adjective (its last word before a stop
 * word), read through "kind of"; null for any other question, for a participle after the adjective ("best known"),
 * for "way", and with `sentences` 0.
 */
export function choiceAskedOf(query: ParsedQuery, sentences: number): ChoiceAsked | null {
  if (sentences === 0) return null;
  const match = CHOICE.exec(query.words.join(' '));
  if (match === null) return null;
  let words = (match[1] ?? '').split(' ');
  if (KIND_OF.has(words[0] ?? '') && words[1] === 'of') words = words.slice(2);
  const first = words[0] ?? '';
  if (first.endsWith('ed') || baseOfIrregular(first) !== first) return null;
  const end = words.findIndex((word) => isStopWord(word));
  const head = (end < 0 ? words : words.slice(0, end)).at(-1);
  return head === undefined || head === 'way' ? null : { thing: head, sentences };
}

/**
 * Whether a passage judges one of the kind asked: a sentence naming it (or one after it, up to `sentences` in all)
 * says good, better, best, fine or ideal, or recommends one ("Keep the desserts simple; fruit does nicely"). A passage
 * that names stocks, or a time of year, and judges none does not answer which is good; nor does one that tells what to
 * do with a filter ("should be cleaned"), which is no choice among filters.
 */
export function judgesChoice({ thing, sentences: reach }: ChoiceAsked, passage: { readonly text: string }): boolean {
  const sentences = sentencesOf(passage);
  // The noun as written, one or more: "filtering ... is best left to a professional service" judges an act, no filter.
  const written = new Set([thing, `${thing}s`, `${thing}es`]);
  const namesThing = (text: string) => tokenize(text).some(({ word }) => written.has(word.toLowerCase()));
  return sentences.some((sentence, at) => namesThing(sentence.text) && sentences.slice(at, at + reach).some((told) => JUDGED.test(told.text)));
}

/** A word that judges worth, or recommends. */
const JUDGED = /\b(?:good|better|best|fine|finest|ideal|excellent|nicely|preferabl[ey]|prefer\w*|favou?rite|choice|recommend\w*|advis\w*)\b/i;
