import { stemWord } from './words.ts';

/**
 * A clause of time, which tells when by another event rather than by a date ("When showing dogs ceases to be fun, stop",
 * "he was not to open fire until bombs were actually dropped", "as soon as the ice breaks", "after she returned from
 * the yard"): a reader sees when, as "when should you stop showing dogs" is answered by the first. A "before" or an
 * "after" only before a pronoun's clause: "before the committee", "after all" tell no time. The pronoun and the words
 * after it are captured, for `tellsTimeByClause`.
 */
const TIME_CLAUSE = /\b(?:when|until|till|as soon as)\s+(?=\w)(?:(?:I|you|he|she|it|we|they)\s+([\w']+(?:\s+[\w']+){0,3}))?|\b(?:before|after) (?:I|you|he|she|it|we|they)\s+([\w']+(?:\s+[\w']+){0,3})/giu;

/** The words between a clause's subject and its verb: an auxiliary, a modal or a negation ("before you can leave", "after he had left"). */
const AUXILIARY: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'not', "don't", "didn't", "doesn't", 'never', 'first', 'finally']);

/**
 * Whether a sentence tells a time by a clause of time (`TIME_CLAUSE`) that is not the act asked itself: a clause whose
 * subject is a pronoun and whose verb, past its auxiliaries, is one of the question's words (`asked`, their stems) says
 * that act as the time of another, and tells no time of it. "When did the moors leave spain" is not answered by "you
 * can obtain your International Driving Permit before you leave", nor "when was he born" by "when he was born, his
 * father ...". A clause of another verb tells the time asked by it ("especially when he swung from jazz"), and one
 * whose subject is a noun is read as telling a time: its verb stands after a phrase of any length.
 */
export function tellsTimeByClause(sentence: string, asked: ReadonlySet<string>): boolean {
  for (const clause of sentence.matchAll(TIME_CLAUSE)) {
    const after = clause[1] ?? clause[2];
    if (after === undefined) return true;
    const verb = after.split(/\s+/u).find((word) => word.length > 0 && !AUXILIARY.has(word.toLowerCase()));
    if (verb === undefined || !asked.has(stemWord(verb.toLowerCase()))) return true;
  }
  return false;
}
