/**
 * How the check (`checkClaims`) reads and compares a text's claims with the knowledge. Every value has
 * its meaning, default and reason here; `checkClaims(knowledge, text, { relativeTolerance: 0 })`
 * overrides some. Tuned on `tests/fixtures/claims/tune.json` only (`npm run bench -- --only check`);
 * `heldout.json` is scored, never tuned on.
 */
export interface CheckOptions {
  /**
   * How far a claimed value may sit from the source's and still agree, as a share of the claimed value.
   * Default 0.01: "200,000" agrees with 200,157 (a writer rounds), "700 billion" does not with 638.6 billion.
   */
  readonly relativeTolerance: number;
  /**
   * How far an "about" value may sit from the source's, as a share of it. Default 0.1: "about 1.3
   * thousand" agrees with 1,300 and with 1,250, not with 1,500.
   */
  readonly aboutTolerance: number;
  /**
   * The share of a figure's measure words ("per capita GDP") that must stand in the other side's clause
   * for the two to be of the same measure; it must hold both ways. Default 0.6, a little under the two
   * thirds the tuning set needs ("the mediation success rate is 98.2%" beside "a success rate of 98.2%":
   * two words of three); 1 misses that claim. Lower finds more matches and more false ones ("9 counties" beside
   * "9 prefecture-level cities").
   */
  readonly measureCoverage: number;
  /**
   * A name in the claim's clause (a capitalised word not opening its sentence: "Zhejiang", "Hangzhou")
   * must stand in the source's paragraph or its document's title, or the source is about someone else.
   * Default true.
   */
  readonly requireSubjects: boolean;
  /**
   * The share of a dated claim's event words that the source's sentence must hold to be the same event.
   * Default 0.75: "the zone was approved"
   * is not "the plan was issued", nor "the southern pier opened" "the northern pier opened"; a claim of four
   * words may add one.
   */
  readonly eventCoverage: number;
  /** Event words a dated claim and its source must share at least. Default 2: one shared word ("zone") is chance. */
  readonly minSharedEventWords: number;
  /**
   * When the text was written (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the year of its "this year" and
   * "last year". The core reads no clock: the bot passes the message's date. Default: none.
   */
  readonly published?: string;
}

/** The longest text checked, in characters: a Discord message is at most 4000 (with Nitro). */
export const MAX_CHECK_LENGTH = 4000;

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  relativeTolerance: 0.01,
  aboutTolerance: 0.1,
  measureCoverage: 0.6,
  requireSubjects: true,
  eventCoverage: 0.75,
  minSharedEventWords: 2,
};
