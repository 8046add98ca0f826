import { stemmer } from 'stemmer';
import { eng as englishStopWords } from 'stopword/src/stopwords_eng.js';
import { CHINESE_STOP_WORDS } from './chinese-words.ts';
import { baseOfIrregular, irregularFormsOf, singularOfMen } from './irregular.ts';
import { PARTED_FORMS, WHOLE_WORDS } from './stem-mends.ts';
import { ordinalWordOf } from './ordinal-digits.ts';
import { hasUnspacedScript, segmentRun } from './segment.ts';

/**
 * Words that carry no topic: the stopword package's English list, plus the question and chat words
 * people type when they ask a bot ("when did", "tell me", "pls"), which that list leaves out.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...englishStopWords,
  ...['when', 'why', 'whom', 'whose', 'does', 'doing', 'will', 'shall', 'may', 'us', 'its', 'it\'s', 'ever', 'yet'],
  ...['tell', 'please', 'pls', 'know', 'explain', 'describe', 'give', 'show', 'find', 'say', 'says', 'mean', 'means'],
  ...['a', 'the', 's', 't', 'also', 'i', 'am', 'im', 'there', 'than', 'so', 'not', 'no', 'just'],
  // Prepositions and conjunctions the package's list leaves out ("during covid"): WordNet lists no such word, so a
  // question's "during" would otherwise weigh as a rare word the documents lack, and a passage's as a topic ("versus"
  // as a name: see `AbstainOptions.unknownNameMinLength`).
  ...['during', 'within', 'without', 'among', 'amongst', 'toward', 'towards', 'upon', 'across', 'throughout', 'via'],
  ...['despite', 'until', 'till', 'unless', 'whether', 'although', 'though', 'whereas', 'onto', 'versus', 'vs'],
  ...['against', 'beside', 'besides', 'amid', 'amidst', 'whilst', 'unto'],
  // Pronouns the package's list leaves out ("she" beside its "he"): "does the motor pool do big repairs itself" is
  // about the motor pool, and WordNet lists neither "itself" nor "anything", so each would weigh as a rare word the
  // documents lack; a passage's "she" would be a topic it shares with every question about a woman.
  ...['she', 'hers', 'ours', 'yours', 'theirs', 'whoever', 'whatever', 'whichever'],
  ...['itself', 'herself', 'myself', 'yourself', 'yourselves', 'ourselves', 'themselves', 'oneself'],
  ...['anything', 'something', 'nothing', 'everything', 'anyone', 'someone', 'everyone', 'anybody', 'somebody', 'everybody', 'nobody'],
  // The light verb the package's list leaves out beside its "make", "take", "come", "get": "how did X go bankrupt"
  // is about X, and with irregular forms mapped ("went" → "go") it would meet every passage that says "went".
  'go',
]);

/** The words that make the word after them a noun and a phrase of one: "the left", "its end", "the half moon". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** A word as the text has it, lower-cased, with where it stands. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// An initialism written with stops ("I.R.S.", "U.S.A."), one word as it is without them ("irs"); else letters and
// digits, with inner apostrophes ("zhejiang's") and decimal or thousands marks ("1,300", "98.2").
const WORD = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[.,'’][\p{N}]+|['’][\p{L}]+)*/gu;
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
/** `WORD` for a text with no letter or digit outside ASCII: its classes hold only ASCII ones there (the curly apostrophe is a literal in both). */
const PLAIN_WORD = /(?<![A-Za-z0-9])(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:[.,'’][0-9]+|['’][A-Za-z]+)*/g;
/** A letter or digit outside ASCII: a text holding one is cut by `WORD` itself. */
const NON_ASCII_WORD_CHARACTER = /(?![A-Za-z0-9])[\p{L}\p{N}]/u;
/** What `lowerWord`'s replacements read: an apostrophe (straight or curly) or a comma. */
const MARKED_WORD = /['’,]/u;

/**
 * Splits text into lower-cased words, dropping possessive endings ("zhejiang's" → "zhejiang"). A run
 * with Chinese (or other unspaced) characters is cut into words by `segmentRun`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A text whose letters and digits are all ASCII (most English text, whatever its quotes and dashes) is cut by
  // `PLAIN_WORD`, WORD with its classes narrowed to what such a text can hold: the same matches, about 2.5 times
  // faster (WORD's Unicode classes and look-behind were the dearest step of a long passage's cutting, perf72). No
  // such text holds an unspaced script's letter.
  const plain = !NON_ASCII_WORD_CHARACTER.test(text);
  for (const match of text.matchAll(plain ? PLAIN_WORD : WORD)) {
    const written = match[0];
    if (!plain && hasUnspacedScript(written)) {
      tokens.push(...segmentRun(written, match.index));
      continue;
    }
    const word = written.includes('.') && INITIALISM.test(written) ? written.replace(/\./g, '').toLowerCase() : lowerWord(written);
    if (word.length > 0) tokens.push({ word, start: match.index, end: match.index + written.length });
  }
  return tokens;
}

/** A written word lower-cased, its possessive dropped, its curly apostrophe straightened and its thousands commas dropped. */
function lowerWord(written: string): string {
  const lower = written.toLowerCase();
  // The three replacements change nothing in a word without an apostrophe or a comma, most words.
  return MARKED_WORD.test(lower) ? lower.replace(/['’]s$/u, '').replace(/’/gu, '\'').replace(/,/g, '') : lower;
}

/**
 * The prefixes English joins to a word by a hyphen ("sub-surface", "co-operates", "post-war", "pre-emption") and that
 * are, so joined, no word of their own: "sub" there is not the submarine a question's "subs" asks about, nor "post" the
 * mail. Those that keep their own word's sense when joined ("self", "counter", "over") are left out: "self-help" is a
 * help of oneself.
 */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['sub', 'co', 'non', 'pre', 'anti', 'semi', 'multi', 'ex', 're', 'inter', 'post', 'mid', 'pro']);

/**
 * True for a token of `text` that is a bound prefix joined by a hyphen to the word after it (`BOUND_PREFIXES`): not
 * indexed, nor searched for. `tokenize` keeps it, so a question's words still spell the text's "pre-emption".
 */
export function isBoundPrefix(text: string, token: Token): boolean {
  return text.charCodeAt(token.end) === HYPHEN && BOUND_PREFIXES.has(token.word) && /\p{L}/u.test(text.charAt(token.end + 1));
}

const HYPHEN = 45;

const stems = new Map<string, string>();
/** Past this many cached stems the cache is cleared: an attacker's stream of unique words cannot grow it. */
const MAX_CACHED_STEMS = 200_000;

/**
 * The Porter stem of a lower-cased word, an irregular form first taken to its base ("grew" → "grow" → "grow", as
 * "growing" → "grow"; "postmen" → "postman", `singularOfMen`), and so a regular form the stemmer would file apart from
 * its base ("died" → "die", not "di"; "added" → "add", not the "ad" of advertising: `PARTED_FORMS`), and a word it would
 * join with an unrelated one kept whole ("news", not "new": `WHOLE_WORDS`); an ordinal in digits as its word ("3rd" as
 * "third": `ordinalWordOf`); other numbers, and words
 * of scripts without inflection to strip (Chinese), are kept as written.
 * Index terms and a question's words both come from here, so both sides meet on the same stem. Memoised: the same words recur.
 */
export function stemWord(word: string): string {
  const cached = stems.get(word);
  if (cached !== undefined) return cached;
  const ordinal = ordinalWordOf(word);
  const stem = ordinal !== null ? stemOfBase(ordinal) : /^\p{N}/u.test(word) || hasUnspacedScript(word) ? word : stemOfBase(singularOfMen(baseOfRegular(baseOfIrregular(word.replace(/'/g, '')))));
  if (stems.size >= MAX_CACHED_STEMS) stems.clear();
  stems.set(word, stem);
  return stem;
}

/** The base of a form the stemmer parts from it (`PARTED_FORMS`: "died" → "die"); any other word as it is. */
function baseOfRegular(word: string): string {
  return PARTED_FORMS.get(word) ?? word;
}

/** The Porter stem of a base, but a word the stemmer would join with words unrelated to it kept whole (`WHOLE_WORDS`: "news" is not "new"). */
function stemOfBase(base: string): string {
  return WHOLE_WORDS.has(base) ? base : stemmer(base);
}

/**
 * True for a word that says nothing about the topic, or an irregular form of one ("made" as "make", "took" as
 * "take"): the list holds some forms and not others, and a form it misses would otherwise be indexed under the stem
 * of the word it leaves out, so a question's "makes" would meet every passage's "made".
 */
export function isStopWord(word: string): boolean {
  return stoppedWords().has(word) || isContraction(word);
}

let stopped: ReadonlySet<string> | undefined;
/**
 * The stop words, Chinese and English, and the irregular forms of the English ones, in one set made at the first
 * look (the irregular lists load then): every word of every question and passage asks, and one look-up in a small set
 * is cheaper than three and one in the 5,600 forms.
 */
function stoppedWords(): ReadonlySet<string> {
  stopped ??= new Set([...STOP_WORDS, ...CHINESE_STOP_WORDS, ...irregularFormsOf(STOP_WORDS)]);
  return stopped;
}

/**
 * An auxiliary with "not" ("couldn't", "didn't", "won't": every English word ending in "n't" is one) or a stop word
 * with its clitic ("they're", "we've", "i'll", "you'd"), as `tokenize` writes them: a stop word and a stop word
 * ("why couldn't the courts merge the evidence" is about courts and evidence). WordNet lists none of them, so a
 * question's "didn't" would otherwise weigh as a rare word the documents lack.
 */
function isContraction(word: string): boolean {
  // Both forms hold an apostrophe, which few words do: every word of every question and passage asks.
  if (!word.includes("'")) return false;
  const clitic = /^(\p{L}+)'(?:re|ve|ll|d|m)$/u.exec(word);
  return /\p{L}n't$/u.test(word) || (clitic !== null && STOP_WORDS.has(clitic[1] ?? ''));
}

/** The index terms of a text: its words without stop words and bound prefixes (`isBoundPrefix`), stemmed. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) if (!isStopWord(token.word) && !isBoundPrefix(text, token)) terms.push(stemWord(token.word));
  return terms;
}

/** The first `length` UTF-16 units of a text, less a trailing half of a surrogate pair: never half an emoji. */
export function sliceWhole(text: string, length: number): string {
  return text.slice(0, Math.max(0, length)).replace(/[\uD800-\uDBFF]$/u, '');
}
