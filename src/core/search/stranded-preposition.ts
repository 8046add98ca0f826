/**
 * Where a question ends on a preposition, the preposition's place: "what did the coolidges' son die of", "what did the
 * sailors live on", "what did the old man die from". A preposition left at the end has "what" for its object, so the
 * verb before it is the act asked of X, whichever preposition it is: not a setting ("see in russia") nor a purpose
 * ("wear to keep his feet warm") the text may tell in words of its own, but the act itself, which a passage that names
 * X beside another deed ("The late W. R. G. Baker, a pioneer in television design") does not tell. -1 where the question
 * goes on past its last preposition, holds no X between the auxiliary and the verb, or an X with a verb of its own:
 * "what did the author compare the geisha spring dances to" asks the object of "compare", the dances its own object.
 */
export function strandedPrepositionAt(words: readonly string[], actsAsVerb: (word: string) => boolean): number {
  const last = words.length - 1;
  if (last < 4 || !STRANDABLE.has(words[last] ?? '')) return -1;
  return words.slice(2, last - 1).some(actsAsVerb) ? -1 : last;
}

/** The prepositions a question may leave at its end, "what" their object ("die of", "depend on", "vote for", "come from"). */
const STRANDABLE: ReadonlySet<string> = new Set(['of', 'from', 'on', 'in', 'for', 'with', 'at', 'by', 'about', 'to', 'into']);
