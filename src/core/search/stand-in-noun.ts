/**
 * Nouns that stand for anyone or anything, as a pronoun does: "what things can people collect", "what happened to very
 * powerful people when they died". They name no topic of their own, and a passage answers in its own nouns ("collecting
 * stamps, coins ..."; "individuals possessing ... great personal power were transmuted at death"), so abstaining does
 * not count them among the words a passage must meet where the question has another word (`coverageOfBest`).
 * As the question writes them, lower-case: "personal" or "thingamajig" is no stand-in.
 */
const STAND_IN_NOUNS: ReadonlySet<string> = new Set(['thing', 'things', 'people', 'person', 'persons']);

/** Whether a question's word stands for anyone or anything (`STAND_IN_NOUNS`). */
export function isStandInNoun(typed: string): boolean {
  return STAND_IN_NOUNS.has(typed);
}
