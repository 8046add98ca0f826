/**
 * Phrases that name a year by where it stands from another: from the time of writing ("last year", "the coming
 * year", "the current fiscal year") or from the year the text named last ("that year", "the preceding year"). The
 * timeline dates them; the figures take their year from them. One table, so both read the same phrases alike.
 */

/** `deictic`: counted from the time of writing; `anaphoric`: from the year named last. */
export interface RelativeYear {
  readonly reference: 'deictic' | 'anaphoric';
  /** Years to add: "last year" is -1. */
  readonly offset: number;
  /**
   * "The coming year", "the year ahead": the twelve months after the time of writing, so the year of writing itself
   * when that is in its first half (a State of the Union in January), the next one after. "The past year", "the last
   * year": the twelve months before it, so the year of writing when that is in its second half (October's "loans made
   * in the last year"), the one before in its first half.
   */
  readonly twelveMonths?: boolean;
}

/** The months of a year after which "the coming year" is mostly the next one, and "the past year" mostly this one. */
const FIRST_HALF_MONTHS = 6;

/**
 * Each phrase, lower-case. A fiscal year is counted as the calendar year it is named from: budgets speak of "the
 * current fiscal year" as the year of writing, whatever month it starts in.
 */
const RELATIVE_YEARS: ReadonlyMap<string, RelativeYear> = new Map([
  ...meaning('deictic', 0, ['this year', 'the current year', 'this fiscal year', 'the current fiscal year', 'this calendar year']),
  ...meaning('deictic', -1, ['last year', 'last fiscal year', 'the last fiscal year', 'the past fiscal year', 'last calendar year']),
  ...meaning('deictic', -1, ['the past year', 'the last year'], true),
  ...meaning('deictic', 1, ['next year', 'next fiscal year', 'the next fiscal year', 'the coming fiscal year', 'next calendar year']),
  ...meaning('deictic', 1, ['the coming year', 'the year ahead'], true),
  ...meaning('anaphoric', 0, ['that year', 'that same year', 'the same year']),
  ...meaning('anaphoric', 1, ['the following year', 'the next year']),
  ...meaning('anaphoric', -1, ['the previous year', 'the preceding year', 'the year before']),
]);

function meaning(reference: RelativeYear['reference'], offset: number, phrases: readonly string[], twelveMonths = false): [string, RelativeYear][] {
  return phrases.map((phrase) => [phrase, twelveMonths ? { reference, offset, twelveMonths } : { reference, offset }]);
}

/** Every phrase as a regular-expression source (no flags, no word boundaries), longer phrases first. */
export const RELATIVE_YEAR_SOURCE = [...RELATIVE_YEARS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replaceAll(' ', '\\s+'))
  .join('|');

/** What a phrase matched by `RELATIVE_YEAR_SOURCE` means; undefined for any other words. */
export function readRelativeYear(phrase: string): RelativeYear | undefined {
  return RELATIVE_YEARS.get(phrase.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * The year a phrase counted from the time of writing means: `published` plus its offset, or the year of writing for
 * twelve months that fall mostly in it ("the coming year" written in a first half, "the past year" in a second).
 * `month` is null when the date of writing gives none.
 */
export function yearFromWriting(relative: RelativeYear, year: number, month: number | null): number {
  const firstHalf = month !== null && month <= FIRST_HALF_MONTHS;
  const mostlyThisYear = relative.twelveMonths === true && month !== null && (relative.offset > 0 ? firstHalf : !firstHalf);
  return mostlyThisYear ? year : year + relative.offset;
}
