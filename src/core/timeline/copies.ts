import type { TimelineEntry } from '../types.ts';
import { findDateMentions } from './dates.ts';

/** A timeline entry as found, with what merging copies and sorting need. */
export interface FoundEntry {
  readonly entry: TimelineEntry;
  /** The canonical passage of the entry's group of copies (its own id when it has none). */
  readonly copyGroup: string;
  /** A stray year written next to the date, which a garbled copy may keep ("2012 On November 15, 2009"). */
  readonly nearbyYear: number | null;
  /** Position in document order, for a stable sort. */
  readonly order: number;
}

/** The entries of copies that date one statement, in document order. */
type Statement = [FoundEntry, ...FoundEntry[]];

/**
 * Makes one entry of each statement that copies of a paragraph repeat. Copies that agree give the
 * canonical copy's entry; copies that disagree give one entry with a conflict listing every date,
 * dated by the copy whose year a stray year in any copy supports, else by the earliest copy. Sentences
 * of two copies state the same thing when they share `sameStatementOverlap` of their words.
 */
export function mergeCopies(found: readonly FoundEntry[], sameStatementOverlap: number): FoundEntry[] {
  const groups = new Map<string, FoundEntry[]>();
  for (const item of found) {
    const group = groups.get(item.copyGroup);
    if (group === undefined) groups.set(item.copyGroup, [item]);
    else group.push(item);
  }
  const merged: FoundEntry[] = [];
  for (const group of groups.values()) {
    const passages = new Set(group.map((item) => item.entry.passageId));
    if (passages.size === 1) merged.push(...group);
    else merged.push(...alignStatements(group, sameStatementOverlap).map(resolveStatement));
  }
  return merged;
}

/**
 * Clusters the entries of a group of copies by the statement they date, one entry per copy each. Two sentences that
 * name different people or places state different things, however many words they share: "Mrs. Edward App will
 * entertain the members of her Book Club on Tuesday" and "Mrs. H. E. Godwin will entertain …", "Mississippi closes its
 * fiscal year on June 30, while all of its cities close their fiscal years on September 30" and Pennsylvania's "All of
 * its cities close their fiscal years on December 31".
 */
function alignStatements(group: readonly FoundEntry[], sameStatementOverlap: number): Statement[] {
  const clusters: Statement[] = [];
  for (const item of group) {
    const words = wordsOf(item.entry.text);
    let best: Statement | undefined;
    let bestScore = 0;
    for (const cluster of clusters) {
      if (cluster.some((member) => member.entry.passageId === item.entry.passageId)) continue;
      // Ties go to the earlier cluster, so two dates of one sentence pair up in order.
      const score = overlap(words, wordsOf(cluster[0].entry.text));
      if (score < sameStatementOverlap || namesDiffer(item.entry.text, cluster[0].entry.text)) continue;
      if (best === undefined || score > bestScore) [best, bestScore] = [cluster, score];
    }
    if (best === undefined) clusters.push([item]);
    else best.push(item);
  }
  return clusters;
}

function resolveStatement(cluster: Statement): FoundEntry {
  const [first] = cluster;
  const dates = [...new Set(cluster.map((item) => item.entry.date))];
  if (dates.length === 1) return first;
  const supported = new Set(cluster.flatMap((item) => (item.nearbyYear === null ? [] : [String(item.nearbyYear)])));
  const chosen = dates.find((date) => supported.has(date.slice(0, 4))) ?? first.entry.date;
  const kept = cluster.find((item) => item.entry.date === chosen) ?? first;
  const passageIds = [...new Set([kept.entry.passageId, ...cluster.map((item) => item.entry.passageId)])];
  const conflict = { dates: [chosen, ...dates.filter((date) => date !== chosen)], passageIds };
  return { ...kept, entry: { ...kept.entry, conflict } };
}

/**
 * Whether either sentence has a name the other lacks: a capitalised word whose letters, in any case, the other does not
 * write ("Godwin", "Pennsylvania"; a sentence's first "All" is the other's "all"). The date phrases are left out: the
 * dates are what copies may disagree on ("On May 3, 2009" / "On May 3, 2010", a month garbled).
 */
function namesDiffer(a: string, b: string): boolean {
  const [wordsOfA, wordsOfB] = [a, b].map((text) => withoutDates(text).match(/\p{L}+/gu) ?? []);
  const hasNameNotIn = (words: readonly string[], other: readonly string[]) => {
    const written = new Set(other.map((word) => word.toLowerCase()));
    return words.some((word) => /^\p{Lu}/u.test(word) && !written.has(word.toLowerCase()));
  };
  return hasNameNotIn(wordsOfA ?? [], wordsOfB ?? []) || hasNameNotIn(wordsOfB ?? [], wordsOfA ?? []);
}

/** A sentence with its date phrases blanked out. */
function withoutDates(sentence: string): string {
  let text = sentence;
  for (const mention of findDateMentions(sentence)) text = text.slice(0, mention.start) + ' '.repeat(mention.end - mention.start) + text.slice(mention.end);
  return text;
}

/** Letter words only: the dates themselves are what may differ between copies. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/** Jaccard overlap of two word sets. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
