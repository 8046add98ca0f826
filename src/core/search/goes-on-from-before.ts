/**
 * A "how much" or a "when" asked of what someone did, where the story names him once and goes on in "the shortstop" or
 * "the couple": "how much did hansen sign for" is answered by "The big, 22-year-old shortstop ... signed his contract
 * for an estimated $15,000", after a passage on Hansen. The question's doer is the word right after its auxiliary, bare
 * as a name is written ("did hansen", "was hartsfield"; not "is the naktong river", a thing's, nor "are there in the
 * bundestag"); the passage must open going on about someone named before (`opensOnOneNamedBefore`). Null for a question
 * of another form.
 */
export function doerAfterAuxiliary(words: readonly string[]): string | null {
  const at = words.findIndex((word) => AUXILIARIES.has(word));
  const doer = at < 0 ? undefined : words[at + 1];
  return doer === undefined || NOT_A_DOER.has(doer) || !/^\p{L}+$/u.test(doer) ? null : doer;
}

/**
 * Whether a passage opens going on about someone the passage before named: its first words are a personal pronoun
 * ("He signed", "Her husband") or "The" and a common noun phrase ("The couple was married Aug. 2, 1913"), not a name of
 * its own ("The Orioles") nor a sentence opening on anything else ("In 1950, Smith"), which may be about anyone.
 */
export function opensOnOneNamedBefore(text: string): boolean {
  return OPENS_ON_ONE_NAMED.test(text);
}

/**
 * Whether a passage opens on a personal pronoun ("He has the temperament …", "Their wicked deeds"): it goes on about
 * whom the passage before named, and that passage says who it is.
 */
export function opensOnPronoun(text: string): boolean {
  return OPENS_ON_PRONOUN.test(text);
}

/**
 * Whether a passage opens on a word that answers what the passage before said ("But the firm has recognized …",
 * "Despite the warning, there was a unanimous vote to enter a candidate …", "Yet …"): that passage says what it answers.
 */
export function opensAnswering(text: string): boolean {
  return OPENS_ANSWERING.test(text);
}

/** A word that answers the sentence before, opening the text (quotes and brackets before it skipped). */
const OPENS_ANSWERING = /^\W*(?:But|Yet|Despite|Nevertheless|Nonetheless|Instead)\b/u;

/** A personal pronoun opening the text (quotes and brackets before it skipped). */
const PRONOUN_OPENING = '^\\W*(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\\b';
const OPENS_ON_PRONOUN = new RegExp(PRONOUN_OPENING, 'u');
/** A personal pronoun, or "The" before a word in small letters, opening the text (quotes and brackets before it skipped). */
const OPENS_ON_ONE_NAMED = new RegExp(`${PRONOUN_OPENING}|^\\W*[Tt]he\\s+\\p{Ll}`, 'u');

/** The auxiliaries a question puts before its doer ("how much did hansen sign for"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'could']);

/** What stands after an auxiliary and is no one's name: an article, a pronoun, "there". */
const NOT_A_DOER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'there', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'some', 'any', 'all', 'each', 'one']);
