import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { isStopWord, tokenize } from './words.ts';

/**
 * "Most" and "least": in a passage, before an adjective, they rank by it ("the most difficult problem"); in a question
 * they rank an amount as often as a quality ("where are most avocados grown", "what did the most damage"), so are not
 * read as the superlative asked.
 */
const MOST_LEAST: ReadonlySet<string> = new Set(['most', 'least']);
/**
 * "More" and "less" before an adjective compare by it only with "than" after it ("no bridge more famous than"): a
 * comparative alone compares with no one named ("15% or better"), and ranks nothing.
 */
const COMPARATIVE_DEGREES: ReadonlySet<string> = new Set(['more', 'less']);

/** What a superlative asked ranks: the adjective's base and the words of its commonest senses ("tallest" → "tall"). */
export interface SuperlativeAsked {
  readonly bases: ReadonlySet<string>;
}

/**
 * The adjective a word compares, as a superlative or a comparative ("tallest", "taller" → "tall"; "biggest" → "big";
 * "earliest" → "early"; "best", "better" → "good", by WordNet's exception list), or null for any other word ("forest"
 * has no adjective "for"; "interest" none).
 */
export function comparedOf(word: string, lexicon: Lexicon): string | null {
  const irregular = baseOfIrregular(word);
  if (irregular !== word) return /(?:st|er|se)$/u.test(word) ? irregular : null;
  const ending = word.endsWith('est') ? 'est' : word.endsWith('er') ? 'er' : null;
  if (ending === null || word.length <= ending.length + 2) return null;
  const stem = word.slice(0, -ending.length);
  const candidates = [stem, `${stem}e`, stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '', stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  const bases = lexicon.baseForms(word);
  return candidates.find((base) => base !== '' && bases.includes(base)) ?? null;
}

/**
 * "What is the tallest mountain in vermont", "which denomination grew the fastest": a "what / which" question that ranks
 * a thing one can point at or count (`Lexicon.namesThing`) by a quality (a superlative, not "most" / "least") asks for
 * the one first by it, which only a passage that ranks by that quality tells. Not a rank of an idea, an act or a state
 * ("the biggest factor for interest rates", "the gravest weakness"): a passage tells which it is in words of its own
 * ("the question, as always, is the prospect for general business activity"). The thing ranked is the noun the
 * superlative stands before, or, where it closes its phrase ("grew the fastest in …"), the noun the question opens on.
 * Null for any other question, and with `senses` 0.
 */
export function superlativeAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number): SuperlativeAsked | null {
  const opening = query.words[0];
  if (senses === 0 || (opening !== 'what' && opening !== 'which')) return null;
  const words = query.typedWords;
  for (const [at, word] of words.entries()) {
    if (MOST_LEAST.has(word) || !(word.endsWith('est') || word === 'best' || word === 'worst')) continue;
    const base = comparedOf(word, lexicon);
    if (base === null) continue;
    const before = phraseFrom(words, at + 1, () => false);
    const ranked = before.length > 0 ? before : phraseFrom(words, 1, (other) => lexicon.describes(other));
    if (!ranked.some((noun) => lexicon.namesThing(noun))) return null;
    return { bases: new Set([base, ...lexicon.relatedWords(base, senses)]) };
  }
  return null;
}

/** The words from `start` up to a stop word or a word `ends` (a noun phrase's words, read no further). */
function phraseFrom(words: readonly string[], start: number, ends: (word: string) => boolean): readonly string[] {
  const phrase: string[] = [];
  for (const word of words.slice(start)) {
    if (isStopWord(word) || ends(word)) break;
    phrase.push(word);
  }
  return phrase;
}

/**
 * Whether the text ranks by the quality asked: a superlative of it or of a word of its senses ("the tallest", "the most
 * difficult problem" for "the hardest problem"), or a comparison with another ("no bridge is older than"), which "the
 * old covered bridge", "a tall, wiry flier" or "15% or better" does not.
 */
export function ranksByQuality(asked: SuperlativeAsked, text: string, lexicon: Lexicon): boolean {
  const words = tokenize(text).map((token) => token.word);
  return words.some((word, at) => {
    if (MOST_LEAST.has(word)) return asked.bases.has(words[at + 1] ?? '');
    if (COMPARATIVE_DEGREES.has(word)) return asked.bases.has(words[at + 1] ?? '') && words[at + 2] === 'than';
    const superlative = word.endsWith('st');
    if (!(superlative || ((word.endsWith('er') || word.endsWith('se')) && words[at + 1] === 'than'))) return false;
    const base = comparedOf(word, lexicon);
    return base !== null && asked.bases.has(base);
  });
}
