import type { Figure } from '../types.ts';
import { MONEY_UNITS } from '../figures/currencies.ts';
import { statesMeasure, type Measure } from './measure.ts';

/** What abstaining reads of a figure to know what it measures: its unit, as written, and what it is of. */
export type FigureRead = Pick<Figure, 'unit' | 'raw' | 'measure'>;

/**
 * Whether a figure may count persons or things: not a time, a sum or an amount in a unit of measure. "How many figures
 * are painted in the frieze" is not answered by "left two months to dry out" nor by "isolation for eighty years" in the
 * frieze's sentence. Read by the figure, not by its sentence's numbers: the figures take numbers in words the sentence
 * tests leave (off62 measured −9 on-topic holding a figure's sentence to those tests).
 */
export function figureMayCount(figure: FigureRead): boolean {
  return measuresOf(figure).length === 0;
}

/**
 * Whether a figure is a measure of another kind than the ones asked: "how long does it take to build a campground" is
 * not answered by "less than one hundred feet wide" in the campground's sentence. A count is not: a figure read as a
 * count may hold the measure in words its sentence tests read ("how long does the devil sauce cook" passes on such a
 * sentence: holding every figure to the measure asked lost three on-topic answers and gained none), and is left to them.
 */
export function figureOfOtherMeasure(figure: FigureRead, asked: readonly Measure[]): boolean {
  const measures = measuresOf(figure);
  return asked.length > 0 && measures.length > 0 && !measures.some((measure) => asked.includes(measure));
}

/** The measures a figure is: a time where the figures read it in years, months or minutes, a sum in a currency, else by the unit it is written with. */
function measuresOf(figure: FigureRead): readonly Measure[] {
  if (TIME_UNITS.has(figure.unit)) return TIME;
  if (MONEY_UNITS.includes(figure.unit)) return MONEY;
  return NOT_COUNTS.filter((measure) => statesMeasure(`${figure.raw} ${figure.measure}`, [measure]));
}

/** The units the figures read a time in. */
const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'minutes']);
const TIME: readonly Measure[] = ['duration', 'age'];
const MONEY: readonly Measure[] = ['money'];
/** The measures a count is not: an age is left out, told by a bare number as often as a count is ("Bill Wisman, forty-three,"). */
const NOT_COUNTS: readonly Measure[] = ['length', 'height', 'duration', 'weight', 'speed', 'temperature', 'money'];
