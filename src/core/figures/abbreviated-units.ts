/**
 * Units written short with a point, as case reports, engineering papers and older prose write them: "40 mg. daily",
 * "510 gm.", "3.8 mEq. per liter", "1,200 sq. ft.". Read after a number of any kind (a whole number too, which the
 * singular-unit rule leaves alone), as the unit they abbreviate; hyphened to the number too, where the measure
 * qualifies a noun as "a 6-hour period" does ("a 6-hr. period", "a 3-hp. aerator").
 */

/** Each abbreviation, as written (case matters: "mEq"), and the unit it stands for. */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['mg', 'milligrams'],
  ['gm', 'grams'],
  ['gms', 'grams'],
  ['kg', 'kilograms'],
  ['mm', 'millimeters'],
  ['cm', 'centimeters'],
  ['km', 'kilometers'],
  ['cc', 'cubic centimeters'],
  ['ml', 'milliliters'],
  ['mEq', 'milliequivalents'],
  ['lb', 'pounds'],
  ['lbs', 'pounds'],
  ['oz', 'ounces'],
  ['ft', 'feet'],
  ['yd', 'yards'],
  ['yds', 'yards'],
  ['mi', 'miles'],
  ['gal', 'gallons'],
  ['in', 'inches'],
  ['sec', 'seconds'],
  ['min', 'minutes'],
  ['hr', 'hours'],
  ['hrs', 'hours'],
  ['hp', 'horsepower'],
  ['kc', 'kilocycles'],
  ['mc', 'megacycles'],
  // Rates an engineer writes as one word: "147,000 gpd", "25 mph", "1000 rpm", "300 psi".
  ['gpd', 'gallons per day'],
  ['mgd', 'million gallons per day'],
  ['cfs', 'cubic feet per second'],
  ['mph', 'miles per hour'],
  ['rpm', 'revolutions per minute'],
  ['psi', 'pounds per square inch'],
];
/** "sq. ft.", "cu. in.": an area or a volume in a unit of length. */
const POWERS: Readonly<Record<string, string>> = { sq: 'square', cu: 'cubic' };
const LENGTHS = new Set(['ft', 'in', 'yd', 'mi', 'cm', 'mm', 'km']);

const UNIT_WORDS = new Map(ABBREVIATIONS);
const SHORTS = ABBREVIATIONS.map(([short]) => short).join('|');
/**
 * An abbreviated unit with its point, an area's or a volume's power before it ("in.", "sq. ft."): a regex source with no
 * groups.
 */
export const ABBREVIATED_UNIT_SOURCE = String.raw`(?:(?:sq|cu)\.\s+)?(?:${SHORTS})\.`;
const ABBREVIATED = new RegExp(String.raw`^(?:\s+|-)(?:(sq|cu)\.\s+)?(${SHORTS})\.`, 'u');
/**
 * Engineering papers write units short without a point too ("81 ft in diam", "3 to 4 lb of oxygen", "58 mg/l", "220
 * lb/day", "an 80-hp motor", "147,000 gpd"): read so only where the abbreviation is no English word ("5 in the morning", "10 min",
 * "a gal") and ends there, or where a slash makes it a rate.
 */
const WITHOUT_POINT = /^(?:\s+|-)(mg|gm|gms|kg|mm|cm|km|ml|mEq|lb|lbs|oz|ft|yd|yds|hr|hrs|hp|gpd|mgd|cfs|mph|rpm|psi)(?=\/|(?![\p{L}\p{N}.]))/u;
/**
 * "in." after a number is inches only where the preposition cannot be: a preposition never ends its sentence with a
 * point, so a lower-case word, a number or "x" after it ("3 in. long", "4 in. by 6 in.", "2 in. x 4 in.").
 */
const INCHES_FOLLOW = /^\s+(?:\p{Ll}|\d)/u;

export interface AbbreviatedUnit {
  /** The unit the abbreviation stands for: "milligrams", "square feet". */
  readonly unit: string;
  /** Characters of the text after the number that the unit takes, its point included. */
  readonly length: number;
}

/** The abbreviated unit at the start of `after` (the text right after a number), or null. */
export function readAbbreviatedUnit(after: string): AbbreviatedUnit | null {
  const bare = WITHOUT_POINT.exec(after);
  const bareUnit = bare?.[1] === undefined ? undefined : UNIT_WORDS.get(bare[1]);
  if (bare !== null && bareUnit !== undefined) return { unit: bareUnit, length: bare[0].length };
  const match = ABBREVIATED.exec(after);
  const short = match?.[2];
  if (match === null || short === undefined) return null;
  const power = match[1];
  if (power !== undefined && !LENGTHS.has(short)) return null;
  if (short === 'in' && power === undefined && !INCHES_FOLLOW.test(after.slice(match[0].length))) return null;
  const unit = UNIT_WORDS.get(short) ?? short;
  return { unit: power === undefined ? unit : `${POWERS[power] ?? power} ${unit}`, length: match[0].length };
}
