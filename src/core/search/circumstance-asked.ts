/**
 * A "when" that asks a circumstance, not an event's time: in the present, of a degree or a judgement ("when is the
 * president's influence on education greatest", "when does leasing make more sense than renting", "when is a dog most
 * dangerous"). A reader takes a condition or a time clause as its answer ("as he decides which projects he will cut
 * back", "If you are planning to tour Europe for longer than a month"), not a date. "When did …", "when was …" ask an
 * event's time, which a date tells; so does "when do most churches hold the classes", whose "most" counts churches
 * (a degree word right after the verb is a determiner).
 */
const CIRCUMSTANCE_ASKED = /^when (?:is|are|does|do) (?!most|more|less|least)\S.*\b(?:most|more|less|least|best|better|worse|worst|greatest|highest|lowest|sense|worth)\b/u;

/** Whether a question's typed words ask a circumstance (`CIRCUMSTANCE_ASKED`). */
export function asksCircumstance(typedWords: readonly string[]): boolean {
  return CIRCUMSTANCE_ASKED.test(typedWords.join(' '));
}

/**
 * A clause of condition or of time that says in which circumstance: "if", "unless", "whenever" before any clause; "as",
 * "while", "once" only before a pronoun's, since they are as often a preposition or an adverb ("as a rule", "once a year").
 */
const CIRCUMSTANCE_CLAUSE = /\b(?:if|unless|whenever)\s+\w|\b(?:as|while|once)\s+(?:I|you|he|she|it|we|they|one)\s+\w/iu;

/** Whether a sentence tells a circumstance by a clause of condition or of time (`CIRCUMSTANCE_CLAUSE`). */
export function tellsCircumstance(sentence: string): boolean {
  return CIRCUMSTANCE_CLAUSE.test(sentence);
}
