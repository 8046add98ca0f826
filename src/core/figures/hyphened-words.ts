import { wordNetLexicon } from '../search/lexicon.ts';
import { MONEY_WORD_SOURCE } from './currencies.ts';
import { findNumbers, ORDINAL_UNIT_WORDS } from './numbers.ts';

/** An ordinal's last word ("twenty-first", "fifty-ninth") and a currency ("a twenty-dollar bill"): no noun counted. */
const ORDINAL_OR_MONEY = new RegExp(`^(?:${ORDINAL_UNIT_WORDS.join('|')}|${MONEY_WORD_SOURCE})$`, 'i');
/** WordNet's lexicographer file of nouns of substances ("iron", "wood"), which `Lexicon.kindOfThing` returns. */
const SUBSTANCE = '27';

/**
 * Whether a number in words hyphened to a noun ("a fourteen-nation conference", "the nine-state regional group",
 * "twenty-page letters") counts that noun, as the same modifier in digits does ("the 260-member caucus"). Only from
 * `minWords` up: a small number so hyphened names a kind as often as it counts ("a two-party system", "the four-wheel
 * cart"). Not a noun that is itself a number ("nine-thirty", "fifty-fifty"), the end of an ordinal ("the twenty-first
 * annual meet"), a currency (a note or a price, "a twenty-dollar bill", which the money readers read as its worth), nor a
 * noun whose commonest sense is a substance, which a number cannot count, so the compound names a thing ("a seven-iron
 * shot", "a three-wood").
 */
export function isHyphenedWordCount(noun: string, value: number, minWords: number): boolean {
  return value >= minWords && !ORDINAL_OR_MONEY.test(noun) && findNumbers(noun).length === 0 && wordNetLexicon().kindOfThing(noun) !== SUBSTANCE;
}
