import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { tokenize } from './words.ts';

/**
 * The kinds whose every member English names by a word of its own that WordNet files under the kind: a colour asked
 * ("what color are his eyes") is answered by "blue", "rusty red", "blue and white tile", never by the word "colour"
 * alone. Not a shape ("roughly spherical": an adjective), an age or a size (a number), a quality (an adjective): those
 * are said in words WordNet files elsewhere.
 */
const KINDS_NAMED_BY_WORDS: readonly string[] = ['color'];

/** What a "what colour" question asks: the kind, and the question's own words, which name no answer ("the blue mosque"). */
export interface ValueAsked {
  readonly kind: string;
  readonly questionWords: ReadonlySet<string>;
  readonly senses: number;
}

/**
 * "What colors do pansies come in", "which colour is the lawn bee": the kind a "what / which" opens on (its noun, or its
 * singular), when it is one of `KINDS_NAMED_BY_WORDS` or a word of its commonest sense (`sameThingWords`:
 * "colour"); null for any other question, and with `senses` 0.
 */
export function valueAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number): ValueAsked | null {
  const [opening, noun] = query.words;
  if (senses === 0 || (opening !== 'what' && opening !== 'which') || noun === undefined) return null;
  // The kind's own words ("colour", "coloring") and their plurals, read once: a look in WordNet for the noun of every
  // "what" question costs CPU on questions that ask no kind.
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  const kind = KINDS_NAMED_BY_WORDS.find((candidate) => [noun, singular].some((form) => form === candidate || lexicon.sameThingWords(candidate, 1).includes(form)));
  return kind === undefined ? null : { kind, questionWords: new Set(query.words), senses };
}

/**
 * Whether the passage names a member of the kind asked by a word the question does not write: "blots of color of a
 * more or less indefinite size" names the colour asked of the blots, not what it is. A member is a word one of whose
 * `senses` commonest noun senses WordNet files under the kind ("white" is a person before it is a colour).
 */
export function namesValueAsked(asked: ValueAsked, text: string, lexicon: Lexicon): boolean {
  const seen = new Set<string>();
  for (const { word } of tokenize(text)) {
    if (seen.has(word) || asked.questionWords.has(word)) continue;
    seen.add(word);
    // The kind's own word in another spelling ("colour", "colors") is under the kind and the kind under it: no member.
    if (lexicon.isKindOf(word, asked.kind, asked.senses) && !lexicon.isKindOf(asked.kind, word)) return true;
  }
  return false;
}
