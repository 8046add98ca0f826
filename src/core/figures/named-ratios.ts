import type { UnitRead } from './unit-reads.ts';

/**
 * A measure that has no unit, only a name: a correlation, a coefficient, a ratio, an index, a quotient, a factor
 * ("the K factor").
 */
const RATIO_NOUN = String.raw`(?:correlation|coefficient|ratio|index|quotient|factor)s?`;
/**
 * A sentence whose subject that measure heads, perhaps after a modifier or two: "The correlation (Table 2) between onset
 * age and completion age …", "The K factor, a term used to denote …".
 */
const RATIO_SUBJECT = new RegExp(String.raw`^[\s"“(]*(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>${RATIO_NOUN})\b`, 'u');
/** A verb that says what such a measure is, right before the number (its sign, if any): "was -.50", "ranges from 0.24". */
const STATING_VERB = /\b(?:is|was|are|were|averag(?:es|ed)|(?:rang|var)(?:es?|ed|y|ies|ied)\s+from)\s+(?:[-−–]\s*)?$/i;
/** The same verb's second range, its verb left out: "ranges from 0.24 to 0.28 for flexible foams and from 0.12 to 0.16". */
const GAPPED_RANGE = /\band\s+from\s+$/i;
const RANGING_VERB = /\b(?:rang|var)(?:es?|ed|y|ies|ied)\s+from\b/i;

/**
 * "The correlation … was -.50, and that between onset age and Span was -.10", "The K factor … ranges from 0.24 to
 * 0.28": a bare number stated of a sentence's subject that is a measure with no unit is that measure's value, a
 * ratio, however small (a count needs `minBareCount` to stand bare; a ratio is rarely large).
 */
export function readNamedRatio(before: string): UnitRead | null {
  const noun = RATIO_SUBJECT.exec(before)?.groups?.['noun'];
  if (noun === undefined) return null;
  if (!STATING_VERB.test(before) && !(GAPPED_RANGE.test(before) && RANGING_VERB.test(before))) return null;
  return { unit: 'ratio', measure: noun.toLowerCase(), length: 0 };
}
