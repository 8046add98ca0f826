import type { Lexicon } from './lexicon.ts';
import { escapeRegExp, kindInQuestion, writtenAsInText } from './phrase.ts';

/**
 * "What is a leap second": a term of several words that WordNet lists as one names one thing, which its words apart do
 * not ("Stilts … leaped from the bed" names no leap second). So a passage tells what the term is only where it writes
 * the words together (a hyphen, a plural, a possessive between them), or one of the term's own synonyms in its
 * `senses` commonest senses, as a word of its own or its plural ("phonograph" for "record player"; "grand" for "grand
 * piano", not the "grand" of "grandmother"). Null for a question asking no such term
 * (`kindInQuestion`: "what is/are (a|an) X", "how does X work"), or with `senses` 0.
 */
export function termOfWordsAsked(words: readonly string[], lexicon: Lexicon, senses: number): ((text: string) => boolean) | null {
  if (senses <= 0) return null;
  const term = kindInQuestion(words);
  if (term === undefined || !term.includes(' ') || !lexicon.isWord(term.replaceAll(' ', '_'))) return null;
  const synonyms = lexicon.sameThingWords(term.replaceAll(' ', '_'), senses).map((word) => `\\b${escapeRegExp(word)}(?:s|es)?\\b`);
  const written = new RegExp([`(?<![\\w-])${writtenAsInText(term)}`, ...synonyms].join('|'), 'i');
  return (text) => written.test(text);
}
