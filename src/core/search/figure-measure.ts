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
  if (TIME_UNITS.has(figure.unit) || MONEY_UNITS.includes(figure.unit)) return false;
  // Any other is read by the unit it is written with ("thirty-six feet of empty frieze": a length).
  return !statesMeasure(`${figure.raw} ${figure.measure}`, NOT_COUNTS);
}

/** The units the figures read a time in. */
const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'minutes']);
/** The measures a count is not: an age is left out, told by a bare number as often as a count is ("Bill Wisman, forty-three,"). */
const NOT_COUNTS: readonly Measure[] = ['length', 'height', 'duration', 'weight', 'speed', 'temperature', 'money'];
