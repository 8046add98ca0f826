import { pluralOf } from '../figures/measures.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isStopWord, stemWord, tokenize, type Token } from './words.ts';
import { sentencesOf } from './fact-near-topic.ts';
import { tokensOf } from './tokens-of.ts';
import { rememberedFor } from '../remembered.ts';

/**
 * "What novels did selma lagerlof write", "what books has X written", "in what language did irenaeus write": a
 * "what / which" (after a preposition or not, "other" or not) whose kind is one word, then the word after it.
 */
const KIND_ASKED = /^(?:(?:in|on|at|from|to|for|with|by|of|during) )?(?:what|which) (other )?(?:(\S+) of )?(\S+) (\S+)/u;

/** The words that open a clause after "what / which" without a noun between ("what did", "which was"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/**
 * The kind a "what / which N V…" asks one of: the question's term for it, its own words, the senses read, and whether a
 * verb of making follows ("what novels did selma lagerlof write").
 */
export interface KindAsked {
  readonly kind: QueryTerm;
  readonly questionWords: ReadonlySet<string>;
  readonly senses: number;
  readonly making: boolean;
  /** Whether N's members are things with names (`Lexicon.hasNamedMembers`: a city, a war, a treaty), not a work made. */
  readonly named: boolean;
  /**
   * Whether N, of no members WordNet names, is an organization by one of its `senses` commonest senses ("company",
   * "hospital", "newspaper": a firm, a medical institution, a publisher): a text tells which one by its name all the same.
   */
  readonly institution: boolean;
  /**
   * For "where did X go to N", X's terms: the one whose schooling is asked, whom a passage telling it must name or take
   * up from the passage before ("Drs. Howry and Holmes at the University of Colorado Medical School" is not Dr. Baum's).
   */
  readonly goer?: readonly QueryTerm[];
  /**
   * "What other books did gavin maxwell write": N besides the one the text is about, which a use of N's word tells only
   * after "other" ("his other books"); "this book", "a book that gives the reader …" are the one reviewed (`namesOneOfKind`).
   */
  readonly other?: boolean;
  /**
   * "What kind of fish live in the redondo deep", "what breed of dog was rob roy": a kind of N asked (the word before
   * "of" one WordNet files under "kind": sort, type, breed, brand, species), which N's word alone does not tell
   * (`kind-of.ts` `tellsKindOf`).
   */
  readonly sortOf?: boolean;
}

/**
 * The kind a "what / which N V…" asks one of ("which university calls …", "what play did the troupe perform"), read from
 * the question's words alone: N one word of the question's terms with a noun sense, the word after it an auxiliary or a
 * verb (so N is the whole kind, not the first word of a compound: "what credit score do"); `making` when a verb of making
 * follows (`Lexicon.makesWork`: "write", "paint", "build", "perform"; a noun that WordNet also lists as such a verb,
 * "author", "japan", is no verb here). Null for any other question, and with `senses` 0.
 */
export function kindAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number, goneToSenses: number, otherAsked = 0, sortOfAsked = false, inPlaceAsked = 0): KindAsked | null {
  if (senses === 0 || query.intent !== 'general') return null;
  const joined = query.words.join(' ');
  const gone = goneToSenses > 0 ? WENT_TO.exec(joined) : null;
  if (gone !== null) return institutionGoneTo(query, lexicon, goneToSenses, gone[2] as string, (gone[1] as string).split(' '));
  const inPlace = inPlaceAsked > 0 ? KIND_IN_PLACE.exec(joined) : null;
  if (inPlace !== null) return kindInPlace(query, lexicon, senses, inPlace[1] as string);
  const match = KIND_ASKED.exec(joined);
  if (match === null) return null;
  const [, other, sort, noun, next] = match as unknown as readonly [string, string | undefined, string | undefined, string, string];
  // "What kind of N", "what breed of N" ask a kind of N; any other "what X of N" ("what part of france") no kind here.
  if (sort !== undefined && (!sortOfAsked || other !== undefined || !lexicon.isKindOf(sort, 'kind', senses))) return null;
  const isVerb = (word: string) => actsAsVerbForm(word, lexicon);
  if (AUXILIARIES.has(noun) || !(AUXILIARIES.has(next) || isVerb(next))) return null;
  const kind = query.terms.find((term) => term.typed === noun && term.frame !== true);
  // A word with a noun sense is a kind of itself in WordNet; one with none ("what happens") names no kind.
  if (kind === undefined || !lexicon.isKindOf(noun, noun)) return null;
  const after = query.words.slice(query.words.indexOf(noun) + 1);
  // A verb of making straight after N has N for its maker ("which book made him stop plowing", "which magazine printed
  // the article"); after an auxiliary, N is what X made ("what novels did selma lagerlof write").
  const making = AUXILIARIES.has(next) && after.some((word) => lexicon.makesWork(word) && isVerb(word));
  const named = !making && lexicon.hasNamedMembers(noun);
  return { kind, questionWords: new Set(query.words), senses, making, named, institution: !making && !named && isInstitution(lexicon, senses, noun), other: other !== undefined && otherAsked > 0, sortOf: sort !== undefined };
}

/**
 * "Which port in albania did soviet submarines use", "what town in bavaria did adam come from": a "what / which N in P"
 * before an auxiliary, N one word, P up to four.
 */
const KIND_IN_PLACE = new RegExp(String.raw`^(?:what|which) (\S+) in (?:\S+ ){1,4}?(?:${[...AUXILIARIES].join('|')}) `, 'u');

/**
 * "What / which N in P V…" of an N whose members have names (`Lexicon.hasNamedMembers`: a town, a port, a city) asks
 * one N within P, as "which N V…" asks one N: a text tells it by the N's name, and P, the question's own word, is no
 * answer ("I am a Jew from Bavaria" names no town in it; `namesNamedMember` passes over the question's words). Any
 * other N ("which waves in the series") is no kind read here.
 */
function kindInPlace(query: ParsedQuery, lexicon: Lexicon, senses: number, noun: string): KindAsked | null {
  const kind = query.terms.find((term) => term.typed === noun && term.frame !== true);
  if (kind === undefined || AUXILIARIES.has(noun) || !lexicon.hasNamedMembers(noun)) return null;
  return { kind, questionWords: new Set(query.words), senses, making: false, named: true, institution: false };
}

/**
 * "What kind of fish live in the redondo deep": the kind of N asked (`KindAsked.sortOf`), read apart from `kindAskedOf`'s
 * "what N" so that it adds one check (`kind-of.ts` `tellsKindOf`) and moves no other reading of a kind (which reads "Bill's
 * hat" as a kind of work, "hat" a role by its second sense). Null for any other question.
 */
export function sortAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number): KindAsked | null {
  const asked = kindAskedOf(query, lexicon, senses, 0, 0, true);
  return asked?.sortOf === true ? asked : null;
}

/**
 * "Where did copernicus go to university", "where did dr. baum go to medical school": the place gone to, its noun
 * last, one describing word before it or none.
 */
const WENT_TO = /^where (?:did|does|do) (\S+(?: \S+){0,3}) go to (?:\S+ )?(\S+)$/u;

/**
 * "Where did X go to N" of an institution N ("university", "college", "school") asks which N, as "which N did X go to"
 * does: a text tells it by the institution's name ("the University of Cracow"), not by a university of another's, nor
 * by a word that only shares N's stem ("the planetary universe"). Any other N ("go to bed", "go to war") is no kind asked.
 */
function institutionGoneTo(query: ParsedQuery, lexicon: Lexicon, senses: number, noun: string, goerWords: readonly string[]): KindAsked | null {
  // The noun alone is the institution; a describing word before it ("medical school") is no kind of its own.
  const kind = query.terms.find((term) => term.typed === noun && term.frame !== true);
  if (kind === undefined || !isInstitution(lexicon, senses, noun)) return null;
  const goer = query.terms.filter((term) => term.frame !== true && goerWords.some((word) => word.replace(/\.$/u, '') === term.typed));
  return { kind, questionWords: new Set(query.words), senses, making: false, named: false, institution: true, goer };
}

/**
 * Whether a passage that does not write the kind asked names one of it, by a word the question does not write one of
 * whose `senses` commonest noun senses WordNet files under the kind ("Greek" a language, "sonnet" a poem). A passage
 * telling that X wrote ("George E. Sweazey writes: ...", "the writings of Irenaeus") and naming neither the kind nor a
 * member of it tells of the making, not which work, or in what, it was.
 */
export function namesKindMade(asked: KindAsked, text: string, lexicon: Lexicon): boolean {
  const seen = new Set<string>();
  for (const { word } of tokenize(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    if (isOneOfKind(asked, word, lexicon)) return true;
  }
  return false;
}

/**
 * Whether a sentence of the passage names one of the kind asked (`namesKindMade`'s reading, by kinds only, in a word used
 * mostly as a noun and of three letters or more: "In" is indium and "p.m." promethium, metals, "the earth" no planet
 * named, which a name would be) beside a word of `beside` stems (the question's words the passage meets): "Give each new member a
 * certificate of membership" names the document a new member gets, "percussion hand grenades ... loaded with balls or
 * shrapnel shot" weapons Pels asked about. So does a name inside a sentence that WordNet files as one of the kind
 * (`namesInstanceOf`): "They were west of the Sabine" names the river a "which river were they west of" asks, "the
 * vision of a Lord Tennyson" the poet. The one named is what a "what N" asks for, so the passage meets N. The
 * sentences and their stems are cut once a passage (`sentencesOf`).
 */
export function namesOneBeside(asked: KindAsked, passage: { readonly text: string }, beside: ReadonlySet<string>, lexicon: Lexicon): boolean {
  return sentencesOf(passage).some(
    ({ text, stems }) =>
      stems.some((stem) => beside.has(stem)) &&
      (tokensOf(text).some(({ word }) => word.length > 2 && !isStopWord(word) && !lexicon.describes(word) && isOneOfKind(asked, word, lexicon, false)) || namesInstanceOf(asked, text, lexicon)),
  );
}

/**
 * Whether a sentence names, by a capitalised word inside it (`NAME_IN_SENTENCE`) that WordNet knows as a name, one
 * WordNet files as an instance of the kind asked ("the Sabine", a river). Only a name: a lower-case word is read as a
 * kind only, since "the earth" names no planet and "the sun" no star, where "Mars" and "the Sabine" name one. Not a
 * name used mostly to describe: "the main Japanese island" names no language.
 */
function namesInstanceOf(asked: KindAsked, text: string, lexicon: Lexicon): boolean {
  for (const [written] of text.matchAll(NAME_IN_SENTENCE)) {
    const word = written.toLowerCase();
    if (lexicon.isName(word) && !lexicon.describes(word) && isOneOfKind(asked, word, lexicon)) return true;
  }
  return false;
}

/**
 * A word the question does not write one of whose `senses` commonest noun senses WordNet files under the kind asked.
 * Each reading walks WordNet's hypernyms, and a passage's words come back question after question: remembered by the
 * lexicon, kind, senses and word, as `number-asked.ts`' value readings are (the bound is no tuning).
 */
function isOneOfKind(asked: KindAsked, word: string, lexicon: Lexicon, instances = true): boolean {
  return !asked.questionWords.has(word) && kindRead(lexicon, `${asked.kind.typed} ${asked.senses} ${instances ? 1 : 0} ${word}`);
}
const kindRead = rememberedFor(20_000, (lexicon: Lexicon, key: string): boolean => {
  const [kind = '', senses = '0', instances = '1', word = ''] = key.split(' ');
  // The kind's own word in another spelling or another word for it ("states" for "country") is the kind, no one of it.
  return lexicon.isKindOf(word, kind, Number(senses), 1, instances === '1') && !lexicon.isKindOf(kind, word);
});

/** A capitalised word in a sentence, not its first: what opens a sentence or a quotation is capitalised whatever it is. */
const NAME_IN_SENTENCE = /(?<=[\p{L}\p{N},;] +)\p{Lu}\p{Ll}+/gu;

/**
 * Whether a passage that does not write a kind with named members ("which city was sprayed", "in which war") names one
 * it may be: a name WordNet files under the kind (`namesKindMade`), a capitalised word inside a sentence that WordNet
 * does not know, `minLength` letters or more ("connected Newbury (now Newburyport) with Salisbury Point"), or, for a
 * kind of person, a name WordNet knows as a person's ("to which Origen was forced": WordNet files each person under one
 * calling, a writer under theologian). A passage naming none ("an enemy would probably use this weapon", "techniques
 * for recognizing and locating underground nuclear tests") tells of the kind's business, not which one.
 */
export function namesNamedMember(asked: KindAsked, text: string, lexicon: Lexicon, minLength: number): boolean {
  const ofPersons = lexicon.namesPerson(asked.kind.typed, false);
  for (const [written] of text.matchAll(NAME_IN_SENTENCE)) {
    const word = written.toLowerCase();
    if (asked.questionWords.has(word)) continue;
    if (lexicon.isWord(word) ? ofPersons && lexicon.isName(word) && lexicon.namesPerson(word, false) : word.length >= minLength) return true;
  }
  return namesKindMade(asked, text, lexicon);
}

/**
 * Whether a sentence of the passage that meets a word of `beside` stems (the question's words the passage meets) names a
 * member of the institution asked, as `namesNamedMember` reads it: "which company makes the wine glass heel pumps" is not
 * told by "Wine glass heels are to be found in both high and semi-heights", nor "which hospital treated john sherrill" by
 * "John Sherrill was stricken ... We prayed for John, during surgery" beside "Rose Weiss, who handles all the
 * prayer-requests": a name in another sentence is another act's. Read on the passage's sentences as cut once a passage
 * (`sentencesOf`).
 */
export function namesMemberBeside(asked: KindAsked, passage: { readonly text: string }, beside: ReadonlySet<string>, lexicon: Lexicon, minLength: number): boolean {
  return sentencesOf(passage).some(({ text, stems }) => stems.some((stem) => beside.has(stem)) && (namesNamedMember(asked, text, lexicon, minLength) || namesInstitution(text, asked.senses, lexicon)));
}

/**
 * Whether a sentence names an institution as institutions are named, of common words: a capitalised noun of an
 * organization (by one of its `senses` commonest senses) after another capitalised word, "the China Construction Bank",
 * "the Rockefeller Institute", "Mount Alto Hospital".
 */
function namesInstitution(sentence: string, senses: number, lexicon: Lexicon): boolean {
  const tokens = tokensOf(sentence);
  const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(sentence.charAt(token.start));
  return tokens.some((token, at) => {
    const before = tokens[at - 1];
    return capitalised(token) && capitalised(before) && /^\s+$/u.test(sentence.slice(before?.end ?? 0, token.start)) && isInstitution(lexicon, senses, token.word);
  });
}

/**
 * Whether a word is an organization by one of its `senses` commonest senses: a hypernym walk, asked again of each
 * question's kind and each capitalised word of a passage's sentences question after question, so remembered by the
 * lexicon, senses and word as `kindRead` is (the bound is no tuning).
 */
const isInstitution = (lexicon: Lexicon, senses: number, word: string): boolean => institutionRead(lexicon, `${senses} ${word}`);
const institutionRead = rememberedFor(20_000, (lexicon: Lexicon, key: string): boolean => {
  const space = key.indexOf(' ');
  return lexicon.isKindOf(key.slice(space + 1), 'organization', Number(key.slice(0, space)));
});

/**
 * A word used as a verb, or a form of one: "written", "built", "grew", "won", "sang" are adjectives or nouns more than
 * verbs in WordNet's counts, or not listed; their bases are verbs.
 */
function actsAsVerbForm(word: string, lexicon: Lexicon): boolean {
  return lexicon.actsAsVerb(word) || [baseOfIrregular(word), ...lexicon.baseForms(word)].some((base) => base !== word && lexicon.actsAsVerb(base));
}

/**
 * The words before a noun that say it is any one, not one in particular: "at one university", "another denomination",
 * and "your", each reader's own ("Will your union accept seniority concessions …" names no union that represented anyone).
 */
const ANY_ONE: ReadonlySet<string> = new Set(['one', 'another', 'some', 'any', 'each', 'every', 'your']);

/**
 * The prepositions before which a singular noun with no determiner is the institution or the means, not one of it:
 * "away at school", "in hospital", "went by car", "came home from church".
 */
const BARE_AFTER: ReadonlySet<string> = new Set(['at', 'in', 'to', 'from', 'into', 'after', 'before', 'by', 'on']);

/**
 * Whether a passage that writes the kind asked writes it of one thing in particular, or names one of it
 * (`namesKindMade`). A use of the kind's own word (itself or its plural; not a word derived from its stem,
 * "denominational") is of none in particular after "one", "another", "some", "any", "each", "every", "your" ("One denomination
 * had a membership of …"), in "from N to N" ("will vary from country to country"), hyphened into another word ("a
 * one-act-play competition"), or its singular bare after a preposition ("John was away at school"); every other use may be of the one asked ("the chapel choir of
 * the Woodberry Forest School", "Judge Hough", "a fine big actor"), however it is then told.
 */
export function namesOneOfKind(asked: KindAsked, text: string, lexicon: Lexicon, minLength: number): boolean {
  const kindForms = new Set([asked.kind.typed, ...lexicon.baseForms(asked.kind.typed)]);
  const isKindWord = (word: string) => kindForms.has(word) || lexicon.baseForms(word).some((base) => kindForms.has(base));
  const tokens = tokenize(text);
  // Only white space between two words: one phrase, no comma nor stop between.
  const joined = (at: number) => /^\s+$/u.test(text.slice((tokens[at] as Token).end, (tokens[at + 1] as Token).start));
  // A hyphen joins it to the word before or after: a part of another word ("a one-act-play competition", "home-bred").
  const hyphened = (at: number) => (at > 0 && text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start) === '-') || (at + 1 < tokens.length && text.slice((tokens[at] as Token).end, (tokens[at + 1] as Token).start) === '-');
  const ofAnyOne = (at: number) => {
    const before = tokens[at - 1]?.word;
    // "A 12-to-one engine": a word hyphened into a number is none of "one", "some", "any".
    if (before !== undefined && ANY_ONE.has(before) && joined(at - 1) && !hyphened(at - 1)) return true;
    const word = (tokens[at] as Token).word;
    const fromTo = (before === 'from' && tokens[at + 1]?.word === 'to' && tokens[at + 2]?.word === word) || (before === 'to' && tokens[at - 2]?.word === word && tokens[at - 3]?.word === 'from');
    // "John was away at school": the kind's singular, lower-cased, right after a preposition, is none in particular.
    const bare = before !== undefined && BARE_AFTER.has(before) && joined(at - 1) && word === asked.kind.typed && /^\p{Ll}/u.test(text.slice((tokens[at] as Token).start));
    // "The union contract recently signed": a singular kind's word in lower case (a name's, "Johnson", is none) before a
    // noun, one phrase, names the other noun's kind.
    const next = tokens[at + 1];
    const adjunct = word === asked.kind.typed && /^\p{Ll}/u.test(text.slice((tokens[at] as Token).start)) && next !== undefined && joined(at) && !isStopWord(next.word) && !actsAsVerbForm(next.word, lexicon) && !lexicon.describes(next.word) && lexicon.isKindOf(next.word, next.word);
    return fromTo || bare || hyphened(at) || adjunct;
  };
  // "Which university calls …" asks of one: "at some colleges and universities" tells of many, none of them the one,
  // which a passage naming them so must name as `namesNamedMember` reads ("Inventors joined lawyers …": William A. Redding).
  const many = pluralOf(asked.kind.typed);
  let ofMany = false;
  for (let at = 0; at < tokens.length; at += 1) {
    const { word } = tokens[at] as Token;
    if (stemWord(word) !== asked.kind.stem || !isKindWord(word) || ofAnyOne(at) || (asked.other === true && tokens[at - 1]?.word !== 'other')) continue;
    if (word !== many) return true;
    ofMany = true;
  }
  return ofMany ? namesNamedMember(asked, text, lexicon, minLength) : namesKindMade(asked, text, lexicon);
}
