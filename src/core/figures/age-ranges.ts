/**
 * "between the ages of 1 and 12", "students from the ages of 12 to 18", "60 children, ages eight to fourteen": the
 * plural "ages" before a number says the number and the one its range runs to are years of a life, as "at the age of"
 * does for one. Only lower case, so no "Middle Ages" or "Ages" of a title.
 */
const AGES_BEFORE = /(?:^|[^\p{L}])ages\s+(?:of\s+)?$/u;
/** "between the ages of": the "between" that makes "1 and 12" one range, as "between 1 and 12" is. */
const BETWEEN_AGES_BEFORE = /\bbetween\s+the\s+ages\s+of\s+$/i;

/** Whether the words before a number name the ages it and its range's end are. */
export function isAgesBefore(before: string): boolean {
  return AGES_BEFORE.test(before.slice(-20));
}

/** Whether "between the ages of" stands before a number, so "and" after it joins the ends of one range of ages. */
export function isBetweenAgesBefore(before: string): boolean {
  return BETWEEN_AGES_BEFORE.test(before.slice(-30));
}
