import { rememberedFor } from '../remembered.ts';
import { sentencesOf } from './fact-near-topic.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The question's rare words (`Lexicon.usage` under `maxUses`) a passage leaves unmet that a word of the passage is
 * defined by: a word whose dictionary definition (WordNet's gloss of its `senses` commonest senses, `Lexicon.glossWords`)
 * uses the question's word, in one sentence with a word of `beside` stems: "can people be harmed by germ weapons" by
 * "... injured" ("injured": harmed), "who drove the cattle north" by "... the drovers" ("drover": someone who drives a
 * herd), "why is more promised than spent" by "... expenditures" ("expenditure": money paid out; an amount spent). A
 * lexicographer defines a word by plainer ones, so a text says a plain word of the question in the word it defines. The
 * words are compared by dictionary form, not stem ("united" is no "unit", "population" no "populated"). Not a name: its
 * gloss tells facts of one thing ("Istanbul": the largest city in Turkey), not what a word means. Not a word that is
 * another of the question's words (`asked`).
 */
export function metByGloss(
  unmet: readonly QueryTerm[],
  passage: { readonly text: string },
  beside: ReadonlySet<string>,
  asked: ReadonlySet<string>,
  lexicon: Lexicon,
  senses: number,
  maxUses: number,
): QueryTerm[] {
  const rare = senses <= 0 ? [] : unmet.filter((term) => lexicon.usage(term.typed) < maxUses);
  if (rare.length === 0) return [];
  const words = new Set<string>();
  for (const { text, stems } of sentencesOf(passage)) {
    if (!stems.some((stem) => beside.has(stem))) continue;
    for (const { word } of tokensOf(text)) {
      const lower = word.toLowerCase();
      if (lower.length > 2 && !asked.has(stemWord(lower))) words.add(lower);
    }
  }
  const definitions = [...words].map((word) => definedBy(lexicon, `${senses} ${word}`));
  return rare.filter((term) => {
    const forms = formsOf(term.typed.toLowerCase(), lexicon);
    return definitions.some((definition) => forms.some((form) => definition.has(form)));
  });
}

const NOTHING: ReadonlySet<string> = new Set();

/** The dictionary forms of the words defining a word (`"senses word"`), read once a word; none for a stop word or a name. */
const definedBy = rememberedFor(20_000, (lexicon: Lexicon, key: string): ReadonlySet<string> => {
  const [senses, word] = key.split(' ') as [string, string];
  if (isStopWord(word) || lexicon.isName(word)) return NOTHING;
  return new Set(lexicon.glossWords(word, Number(senses)).flatMap((written) => formsOf(written, lexicon)));
});

/** A word and its dictionary forms, an irregular form's base among them ("drove" → "drive", "spent" → "spend"). */
function formsOf(word: string, lexicon: Lexicon): string[] {
  const base = baseOfIrregular(word);
  return [...new Set([word, base, ...lexicon.baseForms(word), ...lexicon.baseForms(base)])];
}
