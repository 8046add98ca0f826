import { thousandsWritten } from './thousands-written.ts';
import { measuresAskedFor, type Measure } from './measure.ts';
import { DEFAULT_ENGINE_OPTIONS, type SearchOptions, type WordPartsOptions } from '../options.ts';
import { chineseDictionary, synonyms, translations } from './chinese-dictionary.ts';
import { CHINESE_INTENT_PATTERNS } from './chinese-words.ts';
import { fullFormsOf } from './short-form.ts';
import { timePhrasesOf } from './time-phrase.ts';
import { verbOfAspect } from './aspect-particle.ts';
import { EVERY_SENSE, type Lexicon } from './lexicon.ts';
import { baseOfIrregular, isIrregularVerbForm } from './irregular.ts';
import { hanBigrams, hasUnspacedScript, segmentRun } from './segment.ts';
import type { SearchIndex } from './search-index.ts';
import { lowerBound, stringAt, stringCount } from './sorted-strings.ts';
import { acronymWords, compoundParts } from './word-parts.ts';
import { otherNameStems } from './second-names.ts';
import { withCollocations } from './collocations.ts';
import { isBoundPrefix, isStopWord, stemWord, tokenize, type Token } from './words.ts';
import { spellingsOf } from './spelling-variant.ts';

/** What kind of answer a question asks for, read from its wording. */
export type QuestionIntent = 'quantity' | 'date' | 'person' | 'reason' | 'general';

/** One term of a parsed query. */
export interface QueryTerm {
  /** The stem searched for. */
  readonly stem: string;
  /** The word as the user typed it (lower-cased). */
  readonly typed: string;
  /** The knowledge base's word the typed one was corrected to, when it was misspelt. */
  readonly correctedTo?: string;
  /** Stems of related words the knowledge base uses (WordNet synonyms and derived forms), weaker matches. */
  readonly related: readonly string[];
  /**
   * Stems among `related` that are the word itself in another part of speech: words derived from it ("european" for
   * "europe", "southward" for "south", "payment" for "pay": `formsOf`) and the related word it is derived from
   * ("invest" for "investor"), and after "without" or "no" the word with "-less" ("winless" for "without a win":
   * `lackingForm`). A passage holding one meets the term as fully as by its own stem.
   */
  readonly forms?: readonly string[];
  /** How much a match of this term counts: 1, less for a number word. */
  readonly weight: number;
  /**
   * True for a word of the question's frame ("tell me about", "what does the article say about"): it is searched, but
   * says nothing of what the question is about, so abstaining does not weigh it (see `QUESTION_FRAMES`).
   */
  readonly frame?: boolean;
  /**
   * True for the word a question asks a kind of by ("kind" in "what kind of plane did fogg fly"): a passage answers with
   * the kind ("a Curtiss Jenny") and need not say "kind", so ranking weighs it `RankWeights.kindWord`.
   */
  readonly kindWord?: boolean;
  /**
   * The acronym this term is one word of, when the question's word was searched as the name it stands for ("nasa" as
   * "National Aeronautics and Space Administration"): abstaining counts that name as the one word typed.
   */
  readonly partOf?: string;
  /**
   * The word as the documents write it across the segmenter's cuts, a Chinese time word's phrase (去年 as "过去一年":
   * `timePhrasesOf`): a passage whose text holds one meets the term as its own word.
   */
  readonly writtenAs?: readonly string[];
}

/**
 * A number written as a word in a question ("what two report cards…", "one for the economy") says how
 * many things are asked about, rarely what they are: it counts as little as a related word
 * (`SearchOptions.relatedWordWeight`).
 */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * A number written in words and in digits is one number: "per 1000 residents" asks about "every thousand people",
 * "twelve clinics" about "12 clinics". Each is the other's related word (a passage's "1,000" is the word "1000").
 * WordNet links "1000" to "thousand", but its related words keep letters only, so "twelve" never reached "12".
 */
const NUMBER_VALUES: ReadonlyMap<string, string> = new Map([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((word, at) => [word, String(at + 1)] as const),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, at) => [word, String((at + 2) * 10)] as const),
  ['dozen', '12'], ['hundred', '100'], ['thousand', '1000'], ['million', '1000000'], ['billion', '1000000000'],
]);
const NUMBER_WORDS_BY_VALUE: ReadonlyMap<string, string> = new Map([...NUMBER_VALUES].filter(([word]) => word !== 'dozen').map(([word, value]) => [value, word]));

/**
 * A decade of the twentieth century in words and in digits is one decade: "the fifties", "the 1950s", "the 1950's" (whose
 * "'s" the tokenizer drops: "1950"). The century of "the fifties" is the one English means by it unqualified.
 */
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'] as const;
const DECADE_DIGITS = /^(\d{3}0)s$/u;

/** The decade's other ways of writing it, as stems: "1950s" and "1950" for "fifties", "1950" and "fifties" for "1950s". */
function decadeForms(word: string): string[] {
  const named = DECADE_WORDS.indexOf(word as (typeof DECADE_WORDS)[number]);
  if (named >= 0) return [`19${named + 2}0s`, `19${named + 2}0`];
  const digits = DECADE_DIGITS.exec(word)?.[1];
  if (digits === undefined) return [];
  const word20th = digits.startsWith('19') ? DECADE_WORDS[Number(digits[2]) - 2] : undefined;
  return [digits, ...(word20th === undefined ? [] : [stemWord(word20th)])];
}

/**
 * A Roman numeral of two letters or more, up to 39 ("ii", "xii", "xxiii"): a king's, a pope's, a war's or a chapter's
 * number ("Charles XII", "World War II"), which many texts (the Brown corpus always) write in digits: "Charles 12".
 */
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };

/**
 * The digits of a Roman numeral the knowledge base does not write (`ROMAN`), when it writes them. A related word, not a
 * form met as fully: a document writing "Charles 12" in the passages that name him so may tell of his death as
 * "Charles" alone, and the rare "12" would lift the others over it. Only when the numeral itself is not in the
 * documents: there it may be a name ("Xi").
 */
function romanDigits(word: string, index: SearchIndex): string[] {
  const parts = word.length >= 2 && !index.documentFrequency.has(word) ? ROMAN.exec(word) : null;
  if (parts === null) return [];
  const digits = String(10 * (parts[1] ?? '').length + (ROMAN_VALUES[parts[2] ?? ''] ?? 0));
  return index.documentFrequency.has(digits) ? [digits] : [];
}

/**
 * The same number written the other way, when the knowledge base holds it: "1000" for "thousand", "twelve" for "12", and
 * a decade's other forms ("the 1950's" for "the fifties").
 */
function numberForms(word: string, index: SearchIndex): string[] {
  const other = NUMBER_VALUES.get(word) ?? NUMBER_WORDS_BY_VALUE.get(word);
  const forms = other === undefined ? decadeForms(word) : [stemWord(other)];
  return forms.filter((form) => index.documentFrequency.has(form));
}

export interface ParsedQuery {
  /** Content terms in the order typed, each stem once. */
  readonly terms: readonly QueryTerm[];
  readonly intent: QuestionIntent;
  /** For a quantity or a general question, the measures it asks for ("how far", "how tall", "what is the range of": a length; `measure.ts`); empty for the others. */
  readonly measures: readonly Measure[];
  /** Character bigrams of the question's Chinese text (see `hanBigrams`): a weaker, typo-tolerant match. */
  readonly bigrams: readonly string[];
  /** The question's words in order, stop words kept and misspellings corrected: its phrase, as a passage may hold it. */
  readonly words: readonly string[];
  /** The same words as typed (lower-cased), misspellings kept: a quote reads a misspelt word again in its context (`verbatim.ts`). */
  readonly typedWords: readonly string[];
}

/**
 * Patterns read on the lower-cased question. "how many", "number of", "what share" (or "what is the share of",
 * "what was the total"), "how much" ask for a quantity; "when", "what year", "what time", "since when", "by when" for a date; "who" for a person;
 * "why", "what led" for a cause.
 */
const INTENT_PATTERNS: readonly (readonly [QuestionIntent, RegExp])[] = [
  ['date', /\b(when|what (year|date|month|day|time(?! zones?\b| of\b))|which (year|date|month|day)|since when|by when|how long ago)\b/],
  ['quantity', /\b(how (many|much|big|large|high|long|far|old)|number of|what(?:'s|’s| is| was| are| were| will be)?(?: the)? (share|proportion|percentage|percent|fraction|ratio|amount|rate|total|size)|how many)\b/],
  ['person', /\b(who|whom|whose)\b/],
  ['reason', /\b(why|what (?:made|led|caused|drove|prompted))\b/],
];

/**
 * The English patterns, then the Chinese ones (`CHINESE_INTENT_PATTERNS`), for a question holding a letter of a script
 * written without spaces: each Chinese phrase is Han characters, so on any other question none can match, and trying
 * them was three expressions run for nothing a question (perf71).
 */
const INTENT_PATTERNS_WITH_CHINESE: readonly (readonly [QuestionIntent, RegExp])[] = [...INTENT_PATTERNS, ...CHINESE_INTENT_PATTERNS];

/**
 * Ways of putting a question that any question about any document may use, whatever its topic: asking to be told,
 * pointing at the text itself, asking for a thing's role ("what part does X play" asks the same) or idea, its targets
 * or goals ("what were the targets for 2025": a plan may say "strive to reach"), for what happens, or how often (a
 * census "every ten years" need not say "often"), for a kind of person one is ("what sort of man was X" asks what X was
 * like: "as X certainly was, a citizen of the world") or what is remarkable about a thing (its "significance" asked by
 * an adjective: "a trill almost unprecedented"). Their words ("tell", "article", "role", "happen", "man", "remarkable")
 * are not what the question is about: a question "what does the article say about the moon" is about the moon.
 */
const QUESTION_FRAMES =
  /\b(?:(?:can|could|would) you |please )?(?:tell me(?: more)?(?: about)?|(?:i )?(?:want|would like|'d like) to (?:know|learn)(?: more)?(?: about)?|(?:what|how) (?:does|did|do) (?:the|this|that|it|they) (?:(?:article|text|document|essay|report|author|piece|paper|writer) )?(?:say|said|tell|mention|write|describe)(?: about)?|according to (?:the|this) (?:article|text|document|essay|report|author)|what(?:'s| is| was| are| were|s)? the (?:role|idea|point|purpose|meaning|significance|story) (?:of|behind)|what(?:'s| is| was| are| were|s)? the (?:targets?|goals?|aims?) (?:for|of)|what (?:role|part) (?:does|did|do|will)|how often|what (?:will |would |is going to |did |has |have |had )?happen(?:s|ed)?|(?:kind|sort|type)s? of (?:man|men|woman|women|person|persons|people)|what(?:'s| is| was| are| were)? (?:so )?(?:remarkable|special|unusual|notable|noteworthy|unique|striking) about)\b/g;

/**
 * Who asks, when the question says so before a colon: "Alice asks, privately: …", "my manager wants to know: …". The
 * asker is no part of what is asked about: a name the documents lack there must not make the question one they
 * cannot answer.
 */
const ASKER_FRAME = /^[^:?!.]{0,60}\b(?:asks?|asked|asking|wonders?|wondered|wants? to know|would like to know)\b[^:?!.]{0,30}:/;

/** The noun a question opens by asking for: "what color are …", "which size …", "what is the weight of …". */
const NOUN_ASKED = /^(?:what|which)(?:(?:'s| is| was| are| were) the)? (\p{L}+)/u;

/** The noun a question asks a kind of by: "what kind of plane", "which three kinds of people", "what sort of man". */
const KIND_WORD = /^(?:what|which)(?: \p{L}+)? ((?:kind|sort|type)s?) of\b/u;

/** Where the word a question asks a kind of by stands ("kind" in "what kind of plane"), on the lower-cased question. */
function kindWordSpan(question: string): readonly [number, number] | null {
  const match = KIND_WORD.exec(question.toLowerCase());
  if (match?.[1] === undefined) return null;
  const start = match[0].length - ' of'.length - match[1].length;
  return [start, start + match[1].length];
}

/**
 * Where the question's frames stand (start and end of each), on the lower-cased question. An attribute the question
 * asks for ("what color are his eyes", `Lexicon.namesAttribute`) is one: a passage answers with its value ("his light
 * blue eyes") and need not name it, as "how often" is answered by "every ten years".
 */
export function frameSpans(question: string, lexicon: Pick<Lexicon, 'namesAttribute'>): (readonly [number, number])[] {
  const lower = question.toLowerCase();
  const asker = ASKER_FRAME.exec(lower);
  const spans: (readonly [number, number])[] = [];
  // The one expression stepped through, not `matchAll`, which copies it at every question: about 2.6 µs of its 12 a
  // question, timed cold between answers (perf69).
  QUESTION_FRAMES.lastIndex = 0;
  for (let match = QUESTION_FRAMES.exec(lower); match !== null; match = QUESTION_FRAMES.exec(lower)) spans.push([match.index, match.index + match[0].length]);
  const noun = NOUN_ASKED.exec(lower);
  if (noun?.[1] !== undefined && lexicon.namesAttribute(noun[1])) spans.push([noun[0].length - noun[1].length, noun[0].length]);
  return asker === null ? spans : [[0, asker[0].length] as const, ...spans];
}

/**
 * The intent and where its phrase stands: the phrase's words ("what year", "what share", "number of")
 * ask for the kind of answer, not about a topic, so they are not searched for ("year" would otherwise
 * find the Year of the Tiger). With it the question's own words, lower-cased: all of them, or those before a measure's
 * phrase that joins a clause ("what will decide how long …"), where a measure asked is read.
 */
function readIntent(question: string): { intent: QuestionIntent; start: number; end: number; own: string } {
  const lower = question.toLowerCase();
  // The first phrase is the question's own: in "how much memory when more than twenty players join",
  // "when" joins a clause and asks for no date.
  let first: { intent: QuestionIntent; start: number; end: number } = { intent: 'general', start: 0, end: 0 };
  let clauseAt = lower.length;
  for (const [intent, pattern] of hasUnspacedScript(lower) ? INTENT_PATTERNS_WITH_CHINESE : INTENT_PATTERNS) {
    const match = pattern.exec(lower);
    if (match === null) continue;
    if (joinsClause(match[0], lower.slice(0, match.index))) {
      // A measure's phrase joined to the clause ("how long") marks where the question's own words end (`own`).
      if (match[0].startsWith('how ')) clauseAt = Math.min(clauseAt, match.index);
      continue;
    }
    if (first.intent === 'general' || match.index < first.start) {
      first = { intent, start: match.index, end: match.index + match[0].length };
    }
  }
  // Each field named, not `...first`: a spread copies through V8's slow path at every question (a few µs, its cost measured).
  return { intent: first.intent, start: first.start, end: first.end, own: clauseAt === lower.length ? lower : lower.slice(0, clauseAt) };
}

/**
 * A bare "when" or "who", or a "how much" or "how long", after the question's own question word joins a clause and
 * asks nothing: "what did Kennedy say when he signed the bill" asks what he said, "what does the plan say about folks
 * who earn the least" asks about the plan, "what is a simple way to measure how much the heart expands" asks a way,
 * not an amount. So after an auxiliary opening the question, which asks yes or no ("will anyone buy homemade sweets
 * when everyone is dieting"), but not one put to "you" ("can you tell me when the museum opens", "do you know who
 * wrote it" ask the when and the who). "since when" or "by when" still asks for a date, but after "what", "which" or
 * "who", whose preposition it then ends ("what does the officer steer by when the future is unclear").
 */
function joinsClause(phrase: string, before: string): boolean {
  if (/^(?:by|since) when$/.test(phrase)) return /\b(?:what|which|who|whom)\b/.test(before);
  return /^(?:when|who|whom|whose|how (?:many|much|big|large|high|long|far|old))$/.test(phrase) && (/\b(what|which|why|how|where|who)\b/.test(before) || YES_NO_OPENING.test(before));
}

/** An auxiliary opening a question, which then asks yes or no; not one put to "you" (`joinsClause`). */
const YES_NO_OPENING = /^(?:will|would|can|could|should|shall|may|might|must|is|are|was|were|do|does|did|has|have|had)\b(?! you\b)/;

/**
 * Turns a question into search terms: words without stop words, misspellings corrected to words the
 * knowledge base has (only words that are not English words themselves), stemmed, each stem once,
 * each with the related words of the knowledge base as weaker alternatives.
 */
export function parseQuery(
  question: string,
  index: SearchIndex,
  lexicon: Lexicon,
  options: SearchOptions = DEFAULT_ENGINE_OPTIONS.search,
): ParsedQuery {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const intent = readIntent(question);
  const words: string[] = [];
  const frames = frameSpans(question, lexicon);
  const kindSpan = kindWordSpan(question);
  const typedWords: string[] = [];
  // Cut once: the bigrams read the same words.
  const tokens = tokenize(question);
  for (const token of tokens) {
    const { word, start } = token;
    words.push(word);
    typedWords.push(word);
    // "anti-sub" asks about subs; its "anti" is no word the documents could hold (`isBoundPrefix`).
    if (isStopWord(word) || isBoundPrefix(question, token) || (start >= intent.start && start < intent.end)) continue;
    const reading = readingOf(word, index, lexicon, options);
    if (reading.spelled !== null) words.splice(words.length - 1, 1, ...reading.spelled);
    const frame = frames.some(([from, to]) => start >= from && start < to);
    const kindWord = kindSpan !== null && start >= kindSpan[0] && start < kindSpan[1];
    const lacking = lackingForm(word, typedWords, index);
    for (const term of reading.terms) {
      if (seen.has(term.stem)) continue;
      seen.add(term.stem);
      const read = lacking === null || term.typed !== word ? term : { ...term, related: [...term.related, lacking], forms: [...(term.forms ?? []), lacking] };
      terms.push(frame || kindWord ? { ...read, ...(frame ? { frame } : {}), ...(kindWord ? { kindWord } : {}) } : read);
    }
  }
  // "How tall is a Great Dane" asks a measure as "how long" does, though its phrase is no intent's: a passage answers it
  // only by stating one (`canAnswer`). A "who" asks no measure whatever its words, nor a "when" but "what time", which asks
  // a time of day ("in what year did the plane weigh most" asks a year).
  // A measure's phrase in a clause the question's own word opens asks none ("what will decide how long the west stays").
  const asked = intent.intent === 'quantity' || intent.intent === 'general' || intent.intent === 'date' ? measuresAskedFor(intent.own) : [];
  const measures = intent.intent === 'date' ? asked.filter((measure) => measure === 'clock') : asked;
  return { terms: withCollocations(withSecondNames(terms, index, options.wordParts), typedWords, index, lexicon, options), intent: intent.intent, measures, bigrams: questionBigrams(tokens, intent), words, typedWords };
}

/** Each term of a name the document gives a second name to, met by that name as by the word itself (`second-names.ts`). */
function withSecondNames(terms: readonly QueryTerm[], index: SearchIndex, options: WordPartsOptions): QueryTerm[] {
  const added = otherNameStems(index, new Set(terms.map((term) => term.stem)), options);
  if (added.size === 0) return [...terms];
  return terms.map((term) => {
    const stems = added.get(term.stem)?.filter((stem) => stem !== term.stem && !term.related.includes(stem));
    return stems === undefined || stems.length === 0 ? term : { ...term, related: [...term.related, ...stems], forms: [...(term.forms ?? []), ...stems] };
  });
}

/**
 * "Without a win" is "winless", "no job" is "jobless": the stem of the word with "-less" when the question puts
 * "without" or "no" before it (an article between) and the knowledge base writes that word; null otherwise.
 */
function lackingForm(word: string, typedWords: readonly string[], index: SearchIndex): string | null {
  const before = typedWords.slice(-3, -1).filter((typed) => !ARTICLES.has(typed)).at(-1);
  if (before !== 'without' && before !== 'no') return null;
  const stem = stemWord(`${word}less`);
  return index.documentFrequency.has(stem) ? stem : null;
}

const ARTICLES = new Set(['a', 'an', 'any', 'the']);

/**
 * How a question's content word is searched: the words it reads as in the question's phrase when not as typed (its
 * spelling correction, a compound's two words, an acronym's name), and its terms (none for a misspelt stop word).
 */
interface WordReading {
  readonly spelled: readonly string[] | null;
  readonly terms: readonly QueryTerm[];
}

/**
 * Each knowledge's readings of the words its questions used, by its index, lexicon and search options: a word reads
 * the same in every question (spelling, translation, WordNet's related words are the knowledge's, not the question's),
 * and looking them up again was most of `parseQuery`. A reload brings a new index, so a new map. A term is shared
 * between questions, so never changed (`frame` is added on a copy).
 */
const readings = new WeakMap<SearchIndex, WeakMap<Lexicon, WeakMap<SearchOptions, Map<string, WordReading>>>>();
/** Past this many words a knowledge's readings are cleared: a stream of made-up words cannot grow them without end. */
const MAX_READINGS = 50_000;

function readingOf(word: string, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): WordReading {
  let byLexicon = readings.get(index);
  if (byLexicon === undefined) readings.set(index, (byLexicon = new WeakMap()));
  let byOptions = byLexicon.get(lexicon);
  if (byOptions === undefined) byLexicon.set(lexicon, (byOptions = new WeakMap()));
  let byWord = byOptions.get(options);
  if (byWord === undefined) byOptions.set(options, (byWord = new Map()));
  let reading = byWord.get(word);
  if (reading === undefined) {
    reading = readWord(word, index, lexicon, options);
    if (byWord.size >= MAX_READINGS) byWord.clear();
    byWord.set(word, reading);
  }
  return reading;
}

/**
 * A content word as searched: a compound or acronym of the knowledge base's words as those words (`partsOf`),
 * misspellings corrected to words the knowledge base has (only words that are not English words themselves, nor
 * their irregular forms),
 * stemmed, with the related words of the knowledge base as weaker alternatives.
 */
function readWord(word: string, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): WordReading {
  // Chinese text in the knowledge base sorts last among its words (code-point order).
  const dictionary = hasUnspacedScript(index.sortedWords.at(-1) ?? '') ? chineseDictionary() : null;
  const frequency = (known: string) => index.documentFrequency.get(known) ?? 0;
  // A dictionary word the segmenter cut into smaller words here (国内生产总值 as 国内|生产|总值) is in the knowledge base
  // as those words: it counts as often as the rarest of them, and they are searched for it (`matchOf` meets it whole).
  const partsOfWord = (chinese: string) => segmentRun(chinese, 0).map((part) => part.word);
  const translationFrequency = (chinese: string) => frequency(chinese) || Math.min(...partsOfWord(chinese).map(frequency));
  // Chinese words are neither spell-corrected nor looked up in WordNet: the bigrams and the dictionary stand in.
  const unspaced = hasUnspacedScript(word);
  // "200k" is 200,000: read as the number the documents write, as a correction is (`thousandsWritten`).
  const thousands = options.thousandsByK > 0 ? thousandsWritten(word) : null;
  if (thousands !== null) return { spelled: [thousands], terms: readingOf(thousands, index, lexicon, options).terms.map((term) => ({ ...term, typed: word, correctedTo: Number(thousands).toLocaleString('en-US') })) };
  // Read before any correction: words the documents hold, written together, are surer than a look-alike of one.
  const parts = unspaced || index.speller.knows(word) ? null : partsOf(word, index, lexicon, options);
  if (parts !== null) return partsReading(word, parts.words, parts.oneName, index, lexicon, options);
  const spelled = spellingOf(word, index, lexicon);
  // An English word the knowledge base lacks, when it holds Chinese: its translation, shown as a correction.
  const translated = dictionary === null || unspaced || spelled !== null || index.documentFrequency.has(stemWord(word)) ? [] : (spellingsOf(word, lexicon, options.spellingVariantEdits).map((spelling) => translations(dictionary, spelling, translationFrequency)).find((found) => found.length > 0) ?? []);
  const correctedTo = spelled ?? translated[0] ?? null;
  // A misspelt stop word ("waht", "thbt") is a stop word: searched for, it would be a word the knowledge base lacks.
  if (spelled !== null && isStopWord(spelled)) return { spelled: [spelled], terms: [] };
  const known = unspaced ? word : translated[0] ?? inIndexForm(correctedTo ?? word, index, lexicon);
  const stem = stemWord(known);
  // WordNet's entries are dictionary forms: "grew" has none, "grow" has "growth". A form that is a word of its own
  // ("found", "left", "drawn") keeps its own entry: its irregular base is only one of its readings.
  const lemma = unspaced || lexicon.isWord(known) ? known : baseOfIrregular(known);
  const cutTranslations = translated.filter((chinese) => frequency(chinese) === 0).flatMap(partsOfWord);
  const relatedWords = unspaced ? (dictionary === null ? [] : [...synonyms(dictionary, word, frequency), ...(frequency(word) > 0 ? [] : [...fullFormsOf(word, dictionary, index.passages.items.map((passage) => passage.text), options.shortFormFullForms), ...verbOfAspect(word, dictionary, frequency, options.aspectParticleRead)])]) : translated.length > 0 ? [...translated, ...cutTranslations] : relatedStems(known, lemma, index, lexicon, options, known === word ? baseOfIrregular(word) : known);
  const derived = unspaced ? [] : [...new Set([...formsOf(lemma, stem, index, lexicon, options.maxFormsPerWord), ...actStems(lemma, stem, index, lexicon, options)])];
  // And the word it is derived from: "invest" for "investor", "settle" for "settler".
  const forms = [...derived, ...relatedWords.filter((relatedStem) => relatedStem.length >= MIN_FORM_BASE && known.length >= relatedStem.length + MIN_FORM_ENDING && known.startsWith(relatedStem))];
  const related = [...new Set([...forms, ...relatedWords, ...numberForms(word, index), ...romanDigits(word, index)])].filter((relatedStem) => relatedStem !== stem);
  const weight = NUMBER_WORDS.has(word) ? options.relatedWordWeight : 1;
  const writtenAs = unspaced && dictionary !== null ? timePhrasesOf(word, dictionary, index.passages.items.map((passage) => passage.text), options.timePhrases) : [];
  const term = { stem, typed: word, ...(correctedTo === null ? {} : { correctedTo }), related, ...(forms.length > 0 ? { forms } : {}), weight, ...(writtenAs.length > 0 ? { writtenAs } : {}) };
  return { spelled: spelled === null ? null : [spelled], terms: [term] };
}

/**
 * How the documents write a Chinese time word ("去年" as "过去一年", `timePhrasesOf`): its reading's, read once a
 * knowledge base (`readingOf`), so an English question's "last year" is not looked for across every passage again.
 */
export function timeWrittenAs(word: string, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): readonly string[] {
  return readingOf(word, index, lexicon, options).terms[0]?.writtenAs ?? [];
}

/**
 * The word the knowledge base holds that a misspelt word was meant as, else null: only a word neither the knowledge
 * base nor English has is misspelt, and Chinese is never (the bigrams and the dictionary stand in). The query searches
 * it and a declined question's "did you mean" offers it, so both read a word alike. An irregular form of an English
 * word ("sank", "carried", "flew": WordNet lists only its base) is no misspelling: it may be corrected to its own base
 * ("wrote" → "write"), never to a look-alike the documents hold ("San", "married", "few").
 */
export function spellingOf(word: string, index: SearchIndex, lexicon: Lexicon): string | null {
  const corrected = hasUnspacedScript(word) || index.speller.knows(word) || lexicon.isWord(word) ? null : index.speller.correct(word);
  if (corrected === null) return null;
  const base = baseOfIrregular(word);
  return base !== word && corrected !== base && lexicon.isWord(base) ? null : corrected;
}

/**
 * The knowledge base's words a word it lacks is written for: a compound's two ("childcare"), an acronym's name ("ndrc"),
 * with whether they name one thing (an acronym does; a compound's words each say something of their own).
 */
function partsOf(word: string, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): { words: readonly string[]; oneName: boolean } | null {
  const compound = compoundParts(word, index, lexicon, options.wordParts, () => relatedStems(word, baseOfIrregular(word), index, lexicon, options).length > 0);
  if (compound !== null) return { words: compound, oneName: false };
  const acronym = acronymWords(word, index, options.wordParts);
  return acronym === null ? null : { words: acronym, oneName: true };
}

/**
 * A word read as its parts: each part as if typed, the first one carrying the word as typed and its parts as the
 * correction, so the answer says what was searched for ("child care" for "childcare").
 */
function partsReading(word: string, parts: readonly string[], oneName: boolean, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): WordReading {
  const terms = parts.filter((part) => !isStopWord(part)).flatMap((part) => readingOf(part, index, lexicon, options).terms);
  const [first, ...rest] = terms.map((term) => (oneName ? { ...term, partOf: word } : term));
  return { spelled: parts, terms: first === undefined ? [] : [{ ...first, typed: word, correctedTo: parts.join(' ') }, ...rest] };
}

/**
 * The bigrams of the question's Chinese content words (`tokens`, the question cut into words): runs of adjacent words that are neither stop
 * words nor the intent phrase ("醉多跑一地改革要完善什么机制" → 醉多跑一地 | 改革 | 完善 | 机制), so that
 * a bigram never spans a question word.
 */
function questionBigrams(tokens: readonly Token[], intent: { start: number; end: number }): string[] {
  const runs: string[] = [];
  let runEnd = -1;
  for (const { word, start, end } of tokens) {
    const content = hasUnspacedScript(word) && !isStopWord(word) && !(start >= intent.start && start < intent.end);
    if (!content) continue;
    if (start === runEnd && runs.length > 0) runs[runs.length - 1] += word;
    else runs.push(word);
    runEnd = end;
  }
  return [...new Set(runs.flatMap(hanBigrams))];
}

/** The word, or its dictionary form when only that is in the index ("cheaper" → "cheap"). */
function inIndexForm(word: string, index: SearchIndex, lexicon: Lexicon): string {
  if (index.documentFrequency.has(stemWord(word))) return word;
  return lexicon.baseForms(word).find((base) => index.documentFrequency.has(stemWord(base))) ?? word;
}

/** The shortest word whose forms are looked for: a shorter one starts too many unrelated words. */
const MIN_FORM_BASE = 3;
/** The shortest ending that makes a form of a word: "-er", "-an", "-ward", "-ment". */
const MIN_FORM_ENDING = 2;

/**
 * The stems of the knowledge base's words that are `word` in another part of speech: words that start with it and
 * that WordNet relates back to it ("southward" → "south", "settlement" → "settle", "payment" → "pay", "European" →
 * "Europe"). From the derived word, because WordNet's pointers from the base often miss them: "south" reaches only
 * "Dixie" and "Confederacy" in its first senses. A word that merely starts the same ("corner", "namely") is no form.
 * At most `limit` words past the word's own stem are checked, in code-point order: a short word starts many.
 */
function formsOf(word: string, stem: string, index: SearchIndex, lexicon: Lexicon, limit: number): string[] {
  if (word.length < MIN_FORM_BASE || limit <= 0) return [];
  const { words } = index.vocabulary;
  const forms = new Set<string>();
  let read = 0;
  for (let at = lowerBound(words, word); at < stringCount(words) && read < limit; at += 1) {
    const candidate = stringAt(words, at) ?? '';
    if (!candidate.startsWith(word)) break;
    const candidateStem = stemWord(candidate);
    if (candidateStem === stem || forms.has(candidateStem) || isStopWord(candidate)) continue;
    read += 1;
    // Its dictionary form: "drovers" is "drover". The word's own inflections ("lower", "lowest") compare or rank it, and
    // a one-letter ending ("joint", "planet") makes no word of the same sense.
    const lemma = lexicon.baseForms(candidate)[0] ?? candidate;
    if (lemma.length < word.length + MIN_FORM_ENDING || !lemma.startsWith(word)) continue;
    if (lexicon.relatedWords(lemma, EVERY_SENSE).includes(word)) forms.add(candidateStem);
  }
  return [...forms];
}

/**
 * The stems of the knowledge base's words that say the word's act in the other part of speech (`Lexicon.actWords`:
 * "decision" for "decide", "invade" for "invasion"). A reader takes "when did they decide" as asking for "the
 * decision", which shares no first letters with it for `formsOf` to find. Only a stem the knowledge base writes for the
 * act word alone (`stemIsWord`): "depart" for "departure" would meet "department".
 */
function actStems(word: string, stem: string, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): string[] {
  if (options.actWordSenses <= 0) return [];
  const stems: string[] = [];
  for (const act of lexicon.actWords(word, options.actWordSenses)) {
    const actStem = stemWord(act);
    if (actStem !== stem && !stems.includes(actStem) && index.documentFrequency.has(actStem) && stemIsWord(act, actStem, index, lexicon, options.maxFormsPerWord)) stems.push(actStem);
  }
  return stems;
}

/**
 * False when a word the knowledge base files under `wordStem`, of the first `limit` that start with what the word and
 * its stem share, is neither `word` nor an inflection of it: the stemmer files other words under a derived word's
 * stem ("opposite" under "opposition"'s, "community" under "commune"'s, "decisive" under "decision"'s), and a passage
 * met by the stem would be met by those. A stem that is no beginning of the word ("wind" for "wound") is the stemmer's
 * reading of another word.
 */
function stemIsWord(word: string, wordStem: string, index: SearchIndex, lexicon: Lexicon, limit: number): boolean {
  let shared = 0;
  while (shared < word.length && word[shared] === wordStem[shared]) shared += 1;
  if (shared < MIN_FORM_BASE) return false;
  const prefix = word.slice(0, shared);
  const { words } = index.vocabulary;
  let read = 0;
  for (let at = lowerBound(words, prefix); at < stringCount(words) && read < limit; at += 1) {
    const candidate = stringAt(words, at) ?? '';
    if (!candidate.startsWith(prefix)) break;
    if (stemWord(candidate) !== wordStem) continue;
    read += 1;
    if (candidate !== word && !lexicon.baseForms(candidate).includes(word)) return false;
  }
  return true;
}

/**
 * The related words of the word and of its dictionary form (`lemma`, the same word but for an irregular form), in the
 * knowledge base; and, for an irregular form as typed that WordNet lists as a word of its own, of its `base`
 * (`irregularBaseRelated`).
 */
function relatedStems(word: string, lemma: string, index: SearchIndex, lexicon: Lexicon, options: SearchOptions, base = word): string[] {
  const stems = new Set<string>();
  const lookedUp = lemma === word ? [...lexicon.relatedWords(word, options.maxSensesFollowed), ...irregularBaseRelated(word, base, lexicon, options)] : [word, lemma].flatMap((form) => lexicon.relatedWords(form, options.maxSensesFollowed));
  for (const related of lookedUp) {
    if (stems.size >= options.maxRelatedPerWord) break;
    if (isStopWord(related)) continue;
    const relatedStem = stemWord(related);
    if (index.documentFrequency.has(relatedStem)) stems.add(relatedStem);
  }
  return [...stems];
}

/**
 * The synonyms of an irregular verb form's base ("maintain" for "kept", "expend" for "spent") where WordNet lists the
 * form as a word of its own ("kept", an adjective; "won", the coin), whose entry holds none of its verb's: the base's
 * `irregularBaseSenses` commonest verb senses, each synonym only where that sense is one of its own
 * `irregularBaseOwnSenses` (`Lexicon.verbSynonyms`). The verb's senses alone: "keep"'s noun (a living, "support") and the
 * nouns derived from the verb ("song", "singer" of "sang") name a thing or a doer, which a passage names without telling
 * the act asked.
 */
function irregularBaseRelated(word: string, base: string, lexicon: Lexicon, options: SearchOptions): readonly string[] {
  return base === word || !isIrregularVerbForm(word) ? [] : lexicon.verbSynonyms(base, options.irregularBaseSenses, options.irregularBaseOwnSenses);
}
