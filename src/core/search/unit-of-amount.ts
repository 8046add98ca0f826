import { statesMeasure, type Measure } from './measure.ts';
import { UNIT_PLURAL_SOURCE, UNIT_SOURCE } from '../figures/units.ts';

/**
 * Whether an amount in words is written in a unit of none of the measures asked: "how long does it take to build a
 * campground" is not answered by "a long narrow area less than one hundred feet wide" (a hedged number) nor by "several
 * hundred feet in width" (a round one), a length where a time is asked. An amount with no unit after it is left to the
 * reading that took it, as before; so is any amount where no measure is asked.
 */
export function amountOfOtherMeasure(text: string, amountEnd: number, measures: readonly Measure[]): boolean {
  if (measures.length === 0) return false;
  const unit = UNIT_AFTER.exec(text.slice(amountEnd))?.[1];
  // The unit's measure, read as any amount of it is ("millions of years" is a time as "two years" is).
  return unit !== undefined && !statesMeasure(`two ${unit}`, measures);
}

/** A unit right after an amount ("several hundred feet", "one-hundred-foot"). */
const UNIT_AFTER = new RegExp(String.raw`^[- ](${UNIT_PLURAL_SOURCE}|${UNIT_SOURCE})\b`, 'i');
