/**
 * The units a number is measured in when English names them in words: one list for every reader that must know a unit
 * from a noun ("half a mile", "a 700-mile journey", "the two miles"). Regex sources of singular names, no groups.
 */

/** Units of length, area, weight and volume, a kitchen's among them. */
const MEASURE_UNITS = [
  'mile', 'foot', 'inch', 'yard', 'acre', 'ton', 'pound', 'ounce', 'gallon', 'bushel', 'barrel', 'pint', 'quart', 'cup', 'teaspoon', 'tablespoon',
  '(?:kilo|centi|milli)?met(?:er|re)', '(?:kilo|milli)?gram', 'lit(?:er|re)',
];
/** Units of time. */
const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { foot: 'feet', inch: 'inches' };

/** Any unit of length, area, weight or volume, in the singular. */
export const MEASURE_UNIT_SOURCE = MEASURE_UNITS.join('|');
/** Any unit, of measure or of time, in the singular. */
export const UNIT_SOURCE = [...MEASURE_UNITS, ...TIME_UNITS].join('|');
/** Any unit, of measure or of time, in the plural ("feet", "kilometres", "hours"). */
export const UNIT_PLURAL_SOURCE = [...MEASURE_UNITS, ...TIME_UNITS].map((unit) => IRREGULAR_PLURALS[unit] ?? `${unit}s`).join('|');
