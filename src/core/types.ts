/**
 * The shapes the core passes between its pure functions. Nothing here knows Discord:
 * the console, the JSON CLI, the tests and the bot all read these same values.
 */

/** Metadata from a document's optional YAML front matter. */
export interface DocumentMeta {
  /** Shown in every citation; defaults to the file name without its extension. */
  readonly title: string;
  /** Who published it, e.g. a newspaper and issue. */
  readonly source?: string;
  /** ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; gives the year to dates written without one. */
  readonly published?: string;
  /** Where the document lives on the web: every citation links to it, at the heading's anchor where there is one. */
  readonly url?: string;
  /** A summary from the front matter, kept as written. */
  readonly description?: string;
  /** BCP 47 tag, `en` by default. */
  readonly language?: string;
}

/** One readable document from `knowledge/`, its body as written. */
export interface KnowledgeDocument {
  /** Stable id used in passage ids: the file name, lower-cased, non-alphanumerics as `-`. */
  readonly slug: string;
  /** Path relative to the knowledge directory, for problems and citations. */
  readonly file: string;
  readonly meta: DocumentMeta;
  /** The text after the front matter, unchanged. */
  readonly body: string;
  /** 1-based line of the file on which `body` starts (after the front matter). */
  readonly bodyLine: number;
}

/** Something wrong with a knowledge file, reported as a value rather than thrown. */
export interface Problem {
  readonly file: string;
  /** 1-based line, when the problem has one. */
  readonly line?: number;
  readonly message: string;
}

/** Where a passage, figure or timeline entry comes from. */
export interface Citation {
  /** Document slug. */
  readonly document: string;
  readonly title: string;
  /** 1-based line in the file where the passage starts. */
  readonly line: number;
  /** 1-based ordinal of the passage in its document. */
  readonly paragraph: number;
  /** The heading path of a Markdown passage ("Installation › Requirements"). */
  readonly section?: string;
  /** The document's `url`, at the anchor of the passage's heading when it has one. */
  readonly url?: string;
}

/** A paragraph-level passage of a document: the unit the index ranks and answers cite. */
export interface Passage {
  /** `<document-slug>#<hash>` (`passageId`): stable while the passage's text is, at most 50 characters. */
  readonly id: string;
  readonly citation: Citation;
  /** The lead or heading this passage falls under, if any. */
  readonly section: string | null;
  /** What the passage is in the document's structure. */
  readonly role: PassageRole;
  /** The passage text as written, without leading indentation or bullet marks; a code block's code, whole. */
  readonly text: string;
  /** A code block's language, as its fence names it ("sh", "ts"). */
  readonly language?: string;
  /**
   * Ids of other passages whose text is nearly the same (the article repeats its bullets).
   * The earliest passage of such a group is its canonical copy.
   */
  readonly nearDuplicates: readonly string[];
  /** The canonical copy's id when this passage repeats an earlier one, else null. */
  readonly duplicateOf: string | null;
}

/**
 * `bullet` for "◆" summary points and Markdown list items, `lead` for "——" section leads, `heading` for
 * short title lines, `code` for a Markdown code block (shown as code, never read for figures or dates),
 * `table-row` for a Markdown table row with its headers.
 */
export type PassageRole = 'paragraph' | 'bullet' | 'lead' | 'heading' | 'code' | 'table-row';

/** A currency, by its ISO 4217 code in lower case ('yuan' for the renminbi, as docent began with it). */
export type CurrencyUnit =
  | 'yuan'
  | 'usd'
  | 'eur'
  | 'gbp'
  | 'jpy'
  | 'inr'
  | 'krw'
  | 'rub'
  | 'hkd'
  | 'twd'
  | 'sgd'
  | 'cad'
  | 'aud'
  | 'chf'
  | 'brl'
  | 'mxn'
  | 'zar'
  | 'try'
  | 'idr'
  | 'thb'
  | 'ngn'
  | 'sek'
  | 'pln'
  | 'ils';

/** The units a figure can be in. Money is kept in its own currency. */
export type FigureUnit =
  | CurrencyUnit
  | 'percent'
  | 'percentage-points'
  | 'ratio'
  | 'count'
  | 'years'
  | 'per-thousand'
  | 'minutes'
  | 'months'
  | 'times';

/** How the text bounds a figure: "more than 1,300", "less than 26%", "about 80". */
export type FigureQualifier = 'more-than' | 'less-than' | 'about' | 'at-least' | 'at-most';

/** A numeric fact stated in the text. */
export interface Figure {
  /** In base units: 638.6 billion → 638600000000; a range's lower bound. */
  readonly value: number;
  /** A range's upper bound ("200,000 to 600,000 yuan"). */
  readonly valueMax?: number;
  readonly unit: FigureUnit;
  /** What it counts or measures, in the text's words ("major projects", "per capita GDP"). */
  readonly measure: string;
  readonly qualifier?: FigureQualifier;
  /** The year the figure refers to, when the text says. */
  readonly year?: number;
  /**
   * For an amount restated beside another in a second currency ("548 billion RMB (approx. 75 billion
   * USD)"): the amount it restates. The two state one fact; neither is paired with another amount.
   */
  readonly conversionOf?: { readonly value: number; readonly unit: FigureUnit; readonly raw: string };
  /** The figure as written ("638.6 billion yuan"). */
  readonly raw: string;
  /** The sentence it stands in. */
  readonly text: string;
  readonly passageId: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A dated statement: an event that happened, or a target ("by 2025"). */
export interface TimelineEntry {
  /** ISO: `2012-11-15`, `2021-10` or `2003`, matching `precision`. */
  readonly date: string;
  readonly precision: DatePrecision;
  readonly kind: 'past' | 'target';
  /** The date as written ("On November 15, 2012", "by 2025", "this year"). */
  readonly raw: string;
  /** The sentence it stands in. */
  readonly text: string;
  readonly passageId: string;
  /** Set when copies of the same paragraph disagree on this date: every date they give. */
  readonly conflict?: TimelineConflict;
}

export interface TimelineConflict {
  /** Every date the copies give, the entry's own first. */
  readonly dates: readonly string[];
  /** The passages that give them. */
  readonly passageIds: readonly string[];
}
