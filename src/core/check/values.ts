import type { Figure, FigureUnit } from '../types.ts';
import { MONEY_UNITS } from '../figures/currencies.ts';
import type { CheckOptions } from './options.ts';

/** The values a figure allows: a closed interval, open-ended for "more than" and "less than". */
interface Interval {
  readonly low: number;
  readonly high: number;
}

/** How a claimed value stands to the source's. */
export type ValueVerdict = 'agrees' | 'contradicts' | 'undecided';

/**
 * Money is one kind whatever its currency; every other unit is its own kind. Figures of different
 * kinds (a share and a count, percent and percentage points) are never compared: they are not the
 * same measure.
 */
export function unitKind(unit: FigureUnit): string {
  return MONEY_UNITS.includes(unit) ? 'money' : unit;
}

/**
 * Compares a claimed figure with a source figure of the same unit. The source is taken as written
 * (exact, or bounded by its qualifier); the claim is widened by how it was rounded (`roundingOf`) and
 * by `relativeTolerance` ("about": `aboutTolerance`). The claim agrees when everything the source allows
 * lies inside what the claim allows ("passed 200,000" and 200,157; "more than 1,300" and "more than
 * 1,300"), contradicts when nothing does ("700 billion" and 638.6 billion), and is undecided when the
 * two overlap without one containing the other ("120,000" and "more than 100,000": the source bounds it
 * but does not state it).
 */
export function compareValues(claim: Figure, source: Figure, options: CheckOptions): ValueVerdict {
  const claimed = intervalOf(claim, slackOf(claim, options));
  const stated = intervalOf(source, 0);
  if (stated.low >= claimed.low && stated.high <= claimed.high) return 'agrees';
  if (stated.high < claimed.low || stated.low > claimed.high) return 'contradicts';
  return 'undecided';
}

function intervalOf(figure: Figure, slack: number): Interval {
  const low = figure.value - slack;
  const high = (figure.valueMax ?? figure.value) + slack;
  switch (figure.qualifier) {
    case 'more-than':
    case 'at-least':
      return { low, high: Number.POSITIVE_INFINITY };
    case 'less-than':
    case 'at-most':
      return { low: Number.NEGATIVE_INFINITY, high };
    default:
      return { low, high };
  }
}

/** How far the claimed value may be off: its rounding, or a share of it, whichever is wider. */
function slackOf(claim: Figure, options: CheckOptions): number {
  const share = claim.qualifier === 'about' ? options.aboutTolerance : options.relativeTolerance;
  return Math.max(share * Math.abs(claim.value), roundingOf(claim) / 2);
}

/**
 * The step a written number was rounded to, in base units: "1.4 billion" → 100 million, "5 million" →
 * 1 million, "98.2%" → 0.1. A whole number written out in digits ("200,000") says nothing of its
 * rounding (its zeros may be exact): its step is 1.
 */
function roundingOf(figure: Figure): number {
  const written = /(\d[\d,]*)(?:\.(\d+))?/.exec(figure.raw);
  if (written === null) return 0;
  const digits = Number(`${(written[1] ?? '').replace(/,/g, '')}${written[2] === undefined ? '' : `.${written[2]}`}`);
  if (!Number.isFinite(digits) || digits === 0) return 0;
  // The scale the text multiplied the digits by ("billion", 万), read off the value it gave.
  const scale = Math.abs(figure.value) / digits;
  const step = 10 ** -(written[2]?.length ?? 0);
  return Number.isFinite(scale) && scale > 0 ? step * scale : step;
}
