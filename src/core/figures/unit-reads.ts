import { measureBefore, measureOfAfter, wordsBefore } from './measures.ts';
import type { NumberToken } from './numbers.ts';
import type { FigureOptions } from '../options.ts';
import type { FigureUnit } from '../types.ts';

/** What a unit reader read after a number: the unit, what the figure measures, and how much of the text it took. */
export interface UnitRead {
  readonly unit: FigureUnit;
  /** The value the unit gives the number, when it changes it: "3:2" is 1.5. */
  readonly value?: number;
  readonly measure: string;
  /** How many characters of `after` the unit or noun phrase takes. */
  readonly length: number;
  /** The noun a count counts ("provinces"), or the period of a duration ("years"). */
  readonly head?: string;
  /** Two units joined into one measure ("5 feet 3 inches", "one year and nine months"), which says its unit twice. */
  readonly joined?: true;
  /** The second of a gapped pair ("…, Roger Maris 41"), whose name before it is the clause's subject, not a label. */
  readonly gapped?: true;
}

/**
 * What reading a number's unit needs besides the text after it: the currency written before it, the
 * number's value and token, its sentence, the words before it (qualifier left out), and whether a verb
 * such as "exceeded" bounds it. A list's last member and a change's end are read with the same.
 */
export interface UnitContext {
  readonly prefixUnit: FigureUnit | undefined;
  readonly value: number;
  readonly token: NumberToken;
  readonly sentence: string;
  readonly before: string;
  /** The sentence before the number's, in the same passage ("" for the first): a parallel sentence's count. */
  readonly previousSentence: string;
  readonly qualifierIsVerb: boolean;
  readonly options: FigureOptions;
  /** The currency the document counts in, for a sum written without one (see `unsigned-sums.ts`). */
  readonly currency: () => FigureUnit | undefined;
}

/** Subject or owner before the figure; for a share, else what it is a share of; else the words before it. */
export function measureOf(before: string, after: string, qualifierIsVerb: boolean, isShare: boolean): string | null {
  return measureBefore(before, qualifierIsVerb) ?? (isShare ? measureOfAfter(after) : null) ?? wordsBefore(before);
}

/** The unit reader, handed to the readers that read the unit of another number or of the text after an aside. */
export type ReadUnit = (after: string, at: UnitContext) => UnitRead | null;
