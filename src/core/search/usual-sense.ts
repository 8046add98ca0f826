import { sentencesOf } from './fact-near-topic.ts';
import { EVERY_SENSE, type Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { isStopWord, stemWord } from './words.ts';

/**
 * The question's words a passage leaves unmet that a word of the passage names in one of its own `senses` commonest
 * senses, in one sentence with a word of `beside` stems: "what is kept in the old kitchens" by "the former kitchens"
 * ("former" is "old" by its second sense; "old" is "former" only by its fifth), "what kept turning up in car dealers'
 * post" by "... threats in their mail" ("mail" is "post" by its second sense; "post" is "mail" by its eighth). A
 * question may use a word in a sense the question's own related words leave out (they follow its commonest senses,
 * `SearchOptions.maxSensesFollowed`); the passage's word, read as its writer most likely meant it, says which sense that
 * is. Reading the passage's word in every sense instead brings in words its writer never meant ("can" as "bottom").
 * A word of the passage that is another of the question's words (`asked`) says that word, not this one. `namedOf` gives
 * the words some sense of a term names that the documents hold (`namedInSomeSense`, read once a question).
 */
export function metByUsualSense(
  unmet: readonly QueryTerm[],
  passage: { readonly text: string },
  beside: ReadonlySet<string>,
  asked: ReadonlySet<string>,
  lexicon: Lexicon,
  senses: number,
  namedOf: (term: QueryTerm) => readonly string[],
): QueryTerm[] {
  if (senses <= 0 || unmet.length === 0) return [];
  const lower = passage.text.toLowerCase();
  // The passage's sentences are cut once (`sentencesOf`); a sentence's words are read only where it meets a word beside.
  let wordsBeside: (readonly string[])[] | undefined;
  const sentencesBeside = () =>
    (wordsBeside ??= sentencesOf(passage)
      .filter(({ stems }) => stems.some((stem) => beside.has(stem)))
      .map((sentence) => tokensOf(sentence.text).map((token) => token.word)));
  return unmet.filter((term) => {
    // A cheap word test before any sentence is cut or any word of it looked up: the passage writes a word some sense of
    // the question's word names, by its first letters (all but two: "kitchens" is found by "kitche").
    const named = namedOf(term);
    if (!named.some((word) => lower.includes(word.slice(0, Math.max(3, word.length - 2))))) return false;
    const namedSet = new Set(named);
    const forms = new Set([term.typed, ...lexicon.baseForms(term.typed)]);
    return sentencesBeside().some((words) =>
        words.some(
          (word) =>
            !isStopWord(word) &&
            !asked.has(stemWord(word)) &&
            (namedSet.has(word) || lexicon.baseForms(word).some((base) => namedSet.has(base))) &&
            lexicon.relatedWords(word, senses).some((related) => forms.has(related)),
        ),
    );
  });
}

/**
 * The words some sense of a question's word names (`Lexicon.relatedWords` of every sense) that the documents hold
 * (`held`, by stem): read once a question, so that a word naming none of the documents' costs no passage a look.
 */
export function namedInSomeSense(word: string, lexicon: Lexicon, held: (stem: string) => boolean): readonly string[] {
  return lexicon.relatedWords(word, EVERY_SENSE).filter((named) => named.length > 2 && !isStopWord(named) && held(stemWord(named)));
}
