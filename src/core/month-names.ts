/**
 * The months' names as English writes them, for the expressions that read dates (timeline), the year of a figure,
 * a number that is part of a date (figures), a "when" answered (search) and the names a clause is about (check): one
 * list, so that every reader takes the same spellings. Sources without groups or flags, to be put inside others.
 */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every month's name in full: "January|…|December". */
export const MONTHS_IN_FULL = MONTH_NAMES.join('|');

/** Every name in full but "May", which as often is the verb ("This may be"), where nothing else marks a date. */
export const MONTHS_IN_FULL_BUT_MAY = MONTH_NAMES.filter((name) => name !== 'May').join('|');

/** A name in full or cut short ("Jan", "Sept", "Dec"); the short form's point is left to the expression around it. */
export const MONTH_OR_SHORT = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** A name cut short with its point ("Dec."): without the point, a bare "Mar" or "Jun" is too likely a word. */
export const MONTH_SHORT_WITH_POINT = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.`;
