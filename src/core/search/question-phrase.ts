import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import { stemWord, isStopWord } from './words.ts';

/** A phrasal verb the question writes, which WordNet lists as one lemma ("hold off", "turn down", "fall apart"). */
export interface QuestionPhrase {
  /** The lemma, as the key its words count as one word by ("turn down"). */
  readonly lemma: string;
  /** The stems of its one-word synonyms and their act nouns ("reject", "rejection", "refuse"). */
  readonly related: ReadonlySet<string>;
  /** The stems of its synonyms of several words, each as its words ("pass up", "go to pieces"). */
  readonly phrases: readonly (readonly string[])[];
}

/**
 * The question's typed words that stand in a verb of `2..maxWords` consecutive words WordNet lists ("looking after",
 * "turned down", "falls apart": the first word in any inflection), each mapped to that phrase and what it means in its
 * `maxSenses` commonest senses: "should i hold off" asks of a delay, which "hold" and "off" read one by one never meet.
 * The phrase starts with a word the question searches (not a stop word: "go on" is "keep" and "happen" to WordNet and is
 * in every text), and no synonym with a stop word is kept (as `phraseSynonymStems`). Not a noun of several words ("armed
 * forces", "square miles"): the index meets those word by word, and both words met say it. Longer phrases first, each
 * word in one.
 */
export function phrasesOfQuestion(typedWords: readonly string[], lexicon: Lexicon, maxWords: number, maxSenses: number, reach: number): Map<string, QuestionPhrase> {
  const found = new Map<string, QuestionPhrase>();
  if (maxSenses <= 0) return found;
  // A verb's particle may stand after its object ("turning my stories down"): up to `reach` words between.
  const runs = function* () {
    for (let length = maxWords; length >= 2; length -= 1) for (let at = 0; at + length <= typedWords.length; at += 1) yield typedWords.slice(at, at + length);
    for (let gap = 1; gap <= reach; gap += 1) for (let at = 0; at + gap + 1 < typedWords.length; at += 1) yield [typedWords[at] ?? '', typedWords[at + gap + 1] ?? ''];
  };
  for (const run of runs()) {
    const [first = '', ...rest] = run;
    if (isStopWord(first) || !/^[a-z]+$/.test(first) || run.some((word) => found.has(word))) continue;
    const lemma = basesOf(first, lexicon).map((base) => [base, ...rest].join('_')).find((written) => lexicon.canBeVerb(written));
    if (lemma === undefined) continue;
    const phrase = meaningOnce(lemma, lexicon, maxSenses);
    if (phrase.related.size === 0 && phrase.phrases.length === 0) continue;
    for (const word of run) found.set(word, phrase);
  }
  return found;
}

/** The word and its dictionary forms ("looking" → "look", "fell" → "fall"). */
const basesOf = (word: string, lexicon: Lexicon): readonly string[] => [...new Set([word, baseOfIrregular(word), ...lexicon.baseForms(word)])];

/** Each lexicon's phrases read, by "senses lemma": a phrase's synonyms and their act nouns are a few dozen lookups, asked again question after question. */
const meanings = new WeakMap<Lexicon, Map<string, QuestionPhrase>>();

function meaningOnce(lemma: string, lexicon: Lexicon, maxSenses: number): QuestionPhrase {
  let known = meanings.get(lexicon);
  if (known === undefined) meanings.set(lexicon, (known = new Map()));
  const key = `${maxSenses} ${lemma}`;
  const read = known.get(key) ?? meaningOf(lemma, lexicon, maxSenses);
  known.set(key, read);
  return read;
}

function meaningOf(lemma: string, lexicon: Lexicon, maxSenses: number): QuestionPhrase {
  const own = lemma.split('_');
  // A synonym that is one of the phrase's own words ("deal" of "good deal") would meet it by that word alone.
  const synonyms = lexicon.relatedWords(lemma, maxSenses).filter((word) => !isStopWord(word) && !own.includes(word));
  // "Turning down" a manuscript is its "rejection": the act noun of each one-word synonym, where WordNet derives one.
  const related = new Set([...synonyms, ...synonyms.flatMap((word) => lexicon.actWords(word, 1))].map(stemWord));
  const phrases = lexicon
    .phraseSynonyms(lemma, maxSenses)
    .filter((words) => !words.some(isStopWord) && words.join(' ') !== own.join(' '))
    .map((words) => words.map(stemWord));
  return { lemma: own.join(' '), related, phrases };
}
