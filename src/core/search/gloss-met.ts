import type { AbstainOptions } from '../options.ts';
import { rememberedBy } from '../remembered.ts';
import { sentencesOf } from './fact-near-topic.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
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
  judge: GlossJudge = NO_JUDGE,
): QueryTerm[] {
  const rare = senses <= 0 ? [] : unmet.filter((term) => lexicon.usage(term.typed) < maxUses);
  if (rare.length === 0) return [];
  // Only the one gap: the passage meets every other word of the question.
  if (judge.glossOneGap > 0 && unmet.length > 1) return [];
  // A sentence's words' definitions are read once a sentence, as one set of forms: a passage judged for another question
  // costs a look-up a sentence, not one a word. The word that holds it is found only where a form asked is there.
  const wanted = rare.map((term) => formsOf(term.typed.toLowerCase(), lexicon));
  const definitions = readingsOf(lexicon, senses);
  const met = new Set<number>();
  // The other way: the question word's own definition's words, said by the passage ("cheaper": low in price).
  const defining = judge.glossForward > 0 ? rare.map((term) => new Set([...definitions.word(term.typed.toLowerCase())].filter((form) => form.length > 2 && !isStopWord(form) && !asked.has(stemWord(form))))) : [];
  const saysDefinition = (at: number, word: string): boolean => {
    const term = rare[at]!.typed.toLowerCase();
    const forms = formsOf(word, lexicon);
    if (isStopWord(word) || lexicon.isName(word) || asked.has(stemWord(word)) || !forms.some((form) => defining[at]!.has(form))) return false;
    if (judge.glossPassageMaxUses > 0 && lexicon.usage(word) >= judge.glossPassageMaxUses) return false;
    if (judge.glossNotKind > 0 && lexicon.isKindOf(term, word)) return false;
    return judge.glossSamePart <= 0 || lexicon.glossWords(term, senses, lexicon.partsOfSpeech(word)).some((written) => formsOf(written, lexicon).some((form) => forms.includes(form)));
  };
  for (const { text, stems } of sentencesOf(passage)) {
    if (!stems.some((stem) => beside.has(stem))) continue;
    if (judge.glossEveryBeside > 0 && [...beside].some((stem) => !stems.includes(stem))) continue;
    const sentence = definitions.sentence(text);
    const words = text.toLowerCase().match(WORD) ?? [];
    wanted.forEach((forms, at) => {
      if (met.has(at)) return;
      const form = forms.find((one) => sentence.has(one));
      if (form !== undefined && words.some((word) => definitions.word(word).has(form) && !asked.has(stemWord(word)))) met.add(at);
      else if (judge.glossForward > 0 && words.some((word) => saysDefinition(at, word))) met.add(at);
    });
  }
  return rare.filter((_, at) => met.has(at));
}

/** The context a definition's pair is judged by (`AbstainOptions`, each 0 off). */
export type GlossJudge = Pick<AbstainOptions, 'glossForward' | 'glossPassageMaxUses' | 'glossEveryBeside' | 'glossOneGap' | 'glossNotKind' | 'glossSamePart'>;

const NO_JUDGE: GlossJudge = { glossForward: 0, glossPassageMaxUses: 0, glossEveryBeside: 0, glossOneGap: 0, glossNotKind: 0, glossSamePart: 0 };

/** A word of three letters or more, as a definition is looked up by. */
const WORD = /[a-z]{3,}/g;

const NOTHING: ReadonlySet<string> = new Set();

/** How many words' and sentences' definitions are kept (each a few dozen forms): a memory ceiling, not a tuning. */
const MEMORY_LIMIT = 20_000;

interface Definitions {
  /** The dictionary forms of the words defining a word; none for a stop word or a name. */
  readonly word: (word: string) => ReadonlySet<string>;
  /** Those of every word of a sentence, as one set. */
  readonly sentence: (text: string) => ReadonlySet<string>;
}

const bySenses = new WeakMap<Lexicon, Map<number, Definitions>>();

/** The readings of definitions with one lexicon and count of senses, each kept once made. */
function readingsOf(lexicon: Lexicon, senses: number): Definitions {
  let kept = bySenses.get(lexicon);
  if (kept === undefined) bySenses.set(lexicon, (kept = new Map()));
  let readings = kept.get(senses);
  if (readings === undefined) {
    const word = rememberedBy(MEMORY_LIMIT, (one) => (isStopWord(one) || lexicon.isName(one) ? NOTHING : new Set(lexicon.glossWords(one, senses).flatMap((written) => formsOf(written, lexicon)))));
    const sentence = rememberedBy(MEMORY_LIMIT, (text) => new Set((text.toLowerCase().match(WORD) ?? []).flatMap((one) => [...word(one)])));
    kept.set(senses, (readings = { word, sentence }));
  }
  return readings;
}

/** A word and its dictionary forms, an irregular form's base among them ("drove" → "drive", "spent" → "spend"). */
function formsOf(word: string, lexicon: Lexicon): string[] {
  const base = baseOfIrregular(word);
  return [...new Set([word, base, ...lexicon.baseForms(word), ...lexicon.baseForms(base)])];
}
