/**
 * "How many provinces does china have today", "who is the emperor of japan today": a question that fixes its time at
 * the present asks of the present, as one naming a year asks of that year (`canAnswer`). A passage answers it only
 * where it speaks of its own present ("what is now part of the airport", "Fort Douglas (present-day Winnipeg)", "it
 * still stands"): one on the Han dynasty's Nine Provinces tells another time's count, however many of the question's
 * words it holds. The documents' present is their writing's, which is the reader's question of them.
 */
export function asksPresent(typedWords: readonly string[]): boolean {
  return typedWords.some((word) => PRESENT_ASKED.has(word));
}

/** Whether a passage speaks of its own present: a word that places what it says at the time of writing. */
export function speaksOfPresent(text: string): boolean {
  return PRESENT_SAID.test(text);
}

/** The words that fix a question at the present ("now" alone also asks "what now", a next step: not read). */
const PRESENT_ASKED: ReadonlySet<string> = new Set(['today', 'nowadays', 'currently', 'presently']);

/** The words a text places its statement at its own present with. */
const PRESENT_SAID = /\b(?:today|now|nowadays|currently|presently|present|still|these days)\b/iu;
