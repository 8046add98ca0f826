/**
 * A writing a paper publishes on a day, named by that day's possessive: "I concur most heartily with today's letter",
 * "In Today's "Voice", the CTA is urged …", "yesterday's editorial". A letter, column or editorial appears on one day,
 * so the day's possessive dates it as it dates an event ("tonight's game"); a quoted title after the possessive is that
 * day's issue of a column or paper. What is of a day in general names no day ("today's trade unions", "today's living"),
 * and neither do "today's issue" (a question as often as an issue of a paper) nor "Tomorrow's leaders read today's
 * papers" (the papers of these times), so only these nouns are read.
 */
export const WRITING_OF_DAY = String.raw`(?:(?:letter|editorial|column|article|edition)s?\b|[“"]\p{Lu})`;
