/**
 * A saying that equates one year's things with another's: "this year's movies are next year's television shows", "last
 * year's luxuries are this year's necessities". Set against each other by "is" or "are", the two years tell a cycle
 * that repeats every year, as "today's news is tomorrow's history" tells no day: neither is a date. A comparison ("this
 * year's crop is bigger than last year's") has an adjective between them, and dates both.
 */

/** A year named from the time of writing, as a possessive: "this year's", "next year's", "last year's". */
const YEAR_OWNER = String.raw`\b(?:this|next|last)\s+year['’]s`;
/** The owned noun (up to three words) and the "is" or "are" that equates it with the other year's. */
const OWNED_THEN_EQUATED = String.raw`\s+(?:[A-Za-z-]+\s+){1,3}(?:is|are)\s+`;

/** Not the first year of such a saying: after "[this year]", no "'s movies are next year's". */
export const NOT_SAYING_FIRST_YEAR = String.raw`(?!['’]s${OWNED_THEN_EQUATED}${YEAR_OWNER})`;
/** Not the second year of such a saying: before "[next year]", no "this year's movies are ". */
export const NOT_SAYING_SECOND_YEAR = String.raw`(?<!${YEAR_OWNER}${OWNED_THEN_EQUATED})`;
