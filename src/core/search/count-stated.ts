import { isNameOrProportion } from '../figures/non-figures.ts';
import { lastSentenceOf, PREVIOUS_SENTENCE_REACH } from '../figures/reading.ts';

/** A number in digits that is no year ("38 villages", "1.5 million", "85%"): what a "how many" can be answered with. */
const COUNT = /(?<![\d.,])(?!(?:1\d{3}|20\d{2})(?![\d.,%]))\d/g;

/**
 * Whether a text holds a number in digits that counts ("48 aboard", "1.5 million", "85%"), whether or not the figures
 * took it for one: what a "how many" can be answered by. Not one that names, as the figures read it after a label or a
 * capitalised word inside its sentence (`isNameOrProportion`): the "4" of "a bus stop sign for T 4" says nothing of how
 * long the Bosphorus is, nor "Article 34" how many members an association has. A number's sentence is looked for a
 * sentence's length back, as the figures look: a name's word stands just before its number, and a passage with many
 * numbers is not read again from its start for each.
 */
export function statesCount(text: string): boolean {
  for (const match of text.matchAll(COUNT)) {
    if (!isNameOrProportion(lastSentenceOf(text.slice(Math.max(0, match.index - PREVIOUS_SENTENCE_REACH), match.index)), undefined)) return true;
  }
  return false;
}
