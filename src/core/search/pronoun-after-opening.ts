/**
 * Whether a passage's first sentence has a personal pronoun for its subject after an opening phrase or two set off by
 * commas ("A moment later, moving awkwardly because of the swimming fins, she picked up the gun"; "Each year from 1941
 * on, its medical staff had conducted …"; "Outside of combat, he couldn't have …"): English puts the time, manner or
 * circumstance first and the one it goes on about after it, so the passage before names whom the pronoun takes up, as
 * it does for a passage opening on the pronoun (`opensOnPronoun`). Each phrase is at most `maxWords` words and names no
 * one (no capitalised word after its first: "After Smith left, he …" names its own subject); 0 reads none.
 */
export function pronounAfterOpening(text: string, maxWords: number): boolean {
  if (maxWords <= 0) return false;
  const opening = OPENING.exec(text);
  if (opening === null) return false;
  const phrases = (opening[1] ?? '').split(',').map((phrase) => phrase.trim().split(/\s+/u));
  return phrases.every((words) => words.length <= maxWords && words.slice(1).every((word) => !CAPITALISED.test(word)));
}

/** One or two comma-set phrases (no sentence end, colon or quote inside) and a personal pronoun after them. */
const OPENING = /^\W*([^.;:!?"“”,]+,(?:[^.;:!?"“”,]+,)?)\s+(?:he|she|they|his|her|their|its)\b/u;
const CAPITALISED = /^\W*\p{Lu}/u;
