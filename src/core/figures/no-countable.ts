import { UNIT_PLURAL_SOURCE } from './units.ts';
import { wordNetLexicon } from '../search/lexicon.ts';

const UNIT_PLURAL = new RegExp(`^(?:${UNIT_PLURAL_SOURCE})$`, 'i');

/**
 * A plural noun whose commonest sense is no unit, person or object: "statistics", "operations", not "acres",
 * "employees". Four digits after "the" or a possessive before such a noun say which year's it is ("the 1961
 * statistics"), where before a countable one they count ("their 1500 acres"); the figures and the timeline read it alike.
 */
export function namesNoCountable(plural: string): boolean {
  return !UNIT_PLURAL.test(plural) && !wordNetLexicon().namesThing(plural);
}
