/** The ordinals a century is written in words with, first to twenty-first, either case at the start ("Sixteenth Century"). */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first']
  .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`)
  .join('|');

/** A century's ordinal, in words or in digits ("sixth", "6th"). */
const ORDINAL = String.raw`(?:${ORDINALS}|\d{1,2}(?:st|nd|rd|th))`;

/**
 * A century placed in time by a word before it ("in the sixteenth century", "well back into the nineteenth century",
 * "at the close of the ninth century A.D.", "In the second half of the Sixteenth Century", "As early as the 6th century B.C."): a reader sees when, though
 * the timeline keeps no entry for a time that wide; so does a range of two ("During its flowering in the sixth to the
 * eighth centuries"). Only after a word of time (a preposition, or a part of the century and "of"): "sixteenth-century
 * music" and "the twentieth century's wars" describe a thing rather than date an event.
 */
const CENTURY_TOLD = new RegExp(
  String.raw`\b(?:[Aa]s (?:early|late|far back) as|[Ii]n|[Ii]nto|[Bb]y|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|[Ff]rom|(?:beginning|start|turn|end|close|middle|half|part|years|decades)\s+of)\s+the\s+(?:(?:early|late|mid-?)\s*)?${ORDINAL}(?:\s+[Cc]entury|(?:\s+(?:to|and|or|through)\s+(?:the\s+)?${ORDINAL})\s+[Cc]entur(?:y|ies))\b`,
);

const CENTURY_WORD = /[Cc]entur/;

/** Whether a text tells when by a century (`CENTURY_TOLD`): what a "when" can be answered by. */
export function statesCentury(text: string): boolean {
  // The cheap test first: most sentences a "when" reads name no century, and "in", "by" or "from" stand in most.
  return CENTURY_WORD.test(text) && CENTURY_TOLD.test(text);
}
