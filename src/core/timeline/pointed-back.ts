/**
 * "Manningham also proceeded M.A. in 1632 and became a fellow of his college in that year": a phrase that only points
 * back to a time ("that year", "the same year", "that day") names no time of its own when the time it points to is
 * written before it in its sentence. It is that date said again, one statement with it, not a second entry.
 */

/** A date read in a sentence: its date, where it stands, and whether its phrase only points back to one told before. */
interface Placed {
  readonly entry: { readonly date: string };
  readonly start: number;
  readonly pointsBack: boolean;
}

/** The sentence's dates less each that points back to a date written before it in the same sentence. */
export function dropPointedBack<T extends Placed>(entries: readonly T[]): T[] {
  return entries.filter((said) => !(said.pointsBack && entries.some((first) => first !== said && first.start < said.start && first.entry.date === said.entry.date)));
}
