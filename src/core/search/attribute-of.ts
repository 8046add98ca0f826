import type { ParsedQuery } from './query.ts';
import { factTopicOf, sentencesOf } from './fact-near-topic.ts';
import { phraseAskedOf } from './thing-asked.ts';

/** What "what is the N of X" asks: N's words (the attribute) and X's (its holder), each by stem, form and related word. */
export interface AttributeAsked {
  readonly attribute: ReadonlySet<string>;
  readonly holder: ReadonlySet<string>;
}

/**
 * The attribute and its holder a "what is the N of X" asks ("the surface tension of mercury", "the targets of
 * pakistan's five year plan"), or null for any other question or with `maxWords` 0: N is the phrase `phraseAskedOf`
 * reads, X the question's other words that name a topic.
 */
export function attributeAskedOf(query: ParsedQuery, maxWords: number): AttributeAsked | null {
  if (maxWords === 0) return null;
  const phrase = phraseAskedOf(query, maxWords);
  // "The N" only: "what was judy wearing on stage", "what is a good dessert for a barbecue" ask no attribute of a holder.
  if (phrase === null || query.words[2] !== 'the') return null;
  const holder = query.terms.filter((term) => term.frame !== true && term.weight >= 1 && !phrase.terms.includes(term));
  return holder.length === 0 ? null : { attribute: factTopicOf(phrase.terms), holder: factTopicOf(holder) };
}

/**
 * Whether a passage that writes the attribute asked names its holder: "the surface tension of mercury" is not told by a
 * passage on the surface tension of water that names no mercury anywhere; it tells another holder's. A passage naming
 * the holder in any sentence may say it of it in a pronoun or a clause away ("the recipe for the tempera"), and is left
 * to the other checks, as is one that never writes the attribute (`namesThingAsked`: it may tell it in words of its own).
 */
export function saysAttributeOf(passage: { readonly text: string }, asked: AttributeAsked): boolean {
  const namesAttribute = (stems: readonly string[]) => stems.some((stem) => asked.attribute.has(stem));
  const sentences = sentencesOf(passage);
  return !sentences.some((sentence) => namesAttribute(sentence.stems)) || sentences.some((sentence) => sentence.stems.some((stem) => asked.holder.has(stem)));
}
