import type { TimelineEntry } from '../types.ts';

/** The time a "when" asks of (`tenseAskedOf`), read once a question. */
export interface TenseAsked {
  /** An act done (`past`) or one to come (`target`, as the timeline calls a plan). */
  readonly kind: TimelineEntry['kind'];
  /** The years the question names, whose dates are never cut (`toldInOtherTense`). */
  readonly years: readonly string[];
  /** Asked of what is to come, a clause of time told in the past (`AbstainOptions.pastClauseReach`); null otherwise. */
  readonly pastClause: RegExp | null;
}

/**
 * What a "when" asks of time, by its auxiliary: an act done ("when was john tower elected", "when did congress pass
 * the act") or one to come ("on what date will the council open", "when is the next election"); null for a present
 * ("when does the fiscal year end"), asked of a habit or a schedule as often as of either. `years` are the years the
 * question names; `pastClauseReach` how far after "when" a clause's past verb is read (0: none).
 */
export function tenseAskedOf(words: readonly string[], years: readonly string[], pastClauseReach: number): TenseAsked | null {
  const auxiliary = words.find((word) => PAST.has(word) || FUTURE.has(word) || PRESENT.has(word));
  if (auxiliary === undefined) return null;
  if (PAST.has(auxiliary)) return { kind: 'past', years, pastClause: null };
  if (!FUTURE.has(auxiliary) && !words.includes('next')) return null;
  return { kind: 'target', years, pastClause: pastClauseReach > 0 ? pastClauseOf(pastClauseReach) : null };
}

/**
 * Whether a timeline entry is told in the other tense than the one asked: one the timeline took as a plan (its `kind`,
 * read from the time of writing and the sentence's tense: "a state rally to be held Sept. 8") dates no act done, and
 * one it took as past none to come. Not a date in a year the question names ("when did zhejiang hold its 2022
 * conference": "In 2022, Zhejiang will take ..." is of the year asked, whatever the writer then planned).
 */
export function toldInOtherTense(entry: Pick<TimelineEntry, 'kind' | 'date'>, asked: TenseAsked): boolean {
  return entry.kind !== asked.kind && !asked.years.includes(entry.date.slice(0, 4));
}

/**
 * `statesDate` read of a sentence without its dates told in the other tense than the one asked (`toldInOtherTense`),
 * nor, asked of what is to come, a clause of time told in the past ("when his Holiness ... first called for an
 * Ecumenical Council"). The sentence's other dates still count ("opened in 1950, it will be enlarged by 1965").
 */
export function toldInTenseAsked(
  statesDate: (sentence: string) => boolean,
  entries: readonly Pick<TimelineEntry, 'kind' | 'date' | 'raw' | 'text'>[],
  asked: TenseAsked,
): (sentence: string) => boolean {
  const other = entries.filter((entry) => toldInOtherTense(entry, asked));
  return (sentence) => {
    let text = sentence;
    for (const entry of other) if (entry.text.includes(sentence) || sentence.includes(entry.text)) text = text.replace(entry.raw, ' ');
    return statesDate(asked.pastClause === null ? text : text.replace(asked.pastClause, ' '));
  };
}

const PAST: ReadonlySet<string> = new Set(['did', 'was', 'were']);
const FUTURE: ReadonlySet<string> = new Set(['will', 'shall']);
const PRESENT: ReadonlySet<string> = new Set(['do', 'does', 'is', 'are']);

/**
 * A clause of time whose verb is past, up to `reach` words after "when", past a subject with its titles: "when his
 * Holiness Pope John 23, first called". Not a participle with no subject ("when asked"), one after a present auxiliary
 * ("when they are finished", "when this level has been reached"), nor a word in "-eed" ("when the need arises").
 */
function pastClauseOf(reach: number): RegExp {
  let clause = pastClauses.get(reach);
  if (clause === undefined) {
    clause = new RegExp(String.raw`\bwhen\s+(?:(?!(?:is|are|am|has|have|will|shall|be)\b)[\w.,']+\s+){1,${reach}}?(?:was|were|had|did|\w+[^\We]ed)\b`, 'giu');
    pastClauses.set(reach, clause);
  }
  return clause;
}
const pastClauses = new Map<number, RegExp>();
