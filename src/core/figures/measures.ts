import { NUMBER_SOURCE } from './numbers.ts';

/**
 * What a figure measures, in the text's own words, read from the words around the number with a
 * few rules of English phrase order rather than a parser: "N <noun phrase>" for counts,
 * "<noun phrase> of N", "<subject> has exceeded N", "N% of <noun phrase>".
 */

/** Words that neither start nor continue the noun phrase after a number. */
const NOT_NOUN = new Set(
  (
    'the a an this that these those its it their his her our my your we they he she you i them him us me ' +
    'of to in on at by for with from into onto over under about after before since during until within without ' +
    'between among through across against around per via than as like and or but nor so yet if then when while ' +
    'where whether which who whom whose what is are was were be been being am has have had do does did will ' +
    'would shall should can could may might must not no more most less least very also only just even still ' +
    'already each every all some any both either neither such same other another own times fold percent cent ' +
    'percentage pct there here including respectively given taken made built held set led seen known shown ' +
    'found done put left lost won sent spent paid brought bought sold told kept met'
  ).split(' '),
);
/** A number right at the start of a text. */
const NUMBER_AT = new RegExp(String.raw`^\s*(?:${NUMBER_SOURCE})`, 'iu');
/** Words that end a noun phrase read backwards from a number. */
const NOT_NOUN_BEFORE = new Set([...NOT_NOUN].filter((word) => !['of', 'per', 'and', 'or'].includes(word)));
const PHRASE_EDGE = new Set(['of', 'and', 'or', 'with', 'a', 'an', 'the']);
/** Function words allowed inside "N% of the group with an annual income". */
const INSIDE_OF_PHRASE = new Set(['with', 'a', 'an', 'the', 'and', 'per']);
const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'sheep', 'deer', 'fish', 'feet',
  'teeth', 'mice', 'geese', 'data', 'media', 'criteria', 'folk', 'livestock', 'crew', 'poultry', 'oxen', 'swine',
  'brethren', 'alumni', 'bacteria', 'phenomena', 'nuclei', 'fungi', 'calculi', 'stimuli', 'foci', 'radii', 'loci', 'emboli',
  'thrombi', 'bronchi', 'alveoli', 'villi', 'cacti', 'horsepower', 'aircraft', 'spacecraft', 'offspring',
]);
/** Singular nouns that end in "men" as the plurals of "-man" do. */
const SINGULAR_IN_MEN = new Set(['abdomen', 'specimen', 'regimen', 'acumen', 'stamen', 'albumen', 'bitumen', 'cognomen', 'catechumen', 'dolmen', 'germen', 'hymen', 'lumen', 'semen']);
/** "years'", "workers’": a plural noun in the possessive. */
const PLURAL_POSSESSIVE = /^(\p{L}+s)['’]$/u;
/** "SOEs", "NGOs", "SMEs": an acronym made plural. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
/** Plurals that end the name of a neighbourhood or an estate, where a number before them is a house's. */
const PLACE_PLURALS: ReadonlySet<string> = new Set(['heights', 'gardens', 'acres', 'estates', 'terraces', 'towers', 'springs', 'falls', 'hills', 'woods', 'meadows', 'groves']);
/**
 * "Americans", "Kenyans", "Republicans": people named by a place or party, counted like any noun; and "Vietnamese",
 * "Chinese", whose plural is the adjective itself.
 */
export const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ese)$/u;
/** "British", "Chinese", "Italian", "American", "French": the adjective of a people or a country. */
export const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch)$/u;
const NOT_PARTICIPLES = new Set(['speed', 'breed', 'creed', 'greed', 'steed', 'tweed', 'hundred']);

/** A word of a noun phrase; an initialism with its stops ("U.S.", "U.N.") is one. */
const WORD = /\s*(\([^()]{1,30}\)|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*)/uy;
const TAIL_TOKENS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|\S/gu;
/** "in Zhejiang" after a subject names a place, not what is measured. */
const TRAILING_PLACE = /\s+(?:in|at|for|of)(?:\s+\p{Lu}[\p{L}'’-]*)+\s*$/u;
/** Verbs that link a subject to its figure: "GDP has exceeded", "expenditures account for", "will be". */
const LINK =
  /(?:\b(?:has|have|had|will|would|shall|can|could|may|might|must|also|still|already|now|further)\s+)*\b(?:account(?:s|ed)?\s+for|reach(?:es|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|total(?:s|ed|led)?|amount(?:s|ed)?\s+to|st(?:ood|ands?)\s+at|hits?|r(?:ose|isen?|ises?)(?:\s+(?:by|to))?|(?:increase|decrease|decline|drop|fall|grow|climb|jump|double|triple|quadruple|halve)(?:s|d|ed|ped)?(?:\s+(?:by|to))?|(?:fell|grew|dropped)(?:\s+(?:by|to))?|is|are|was|were|be|been)\s*$/i;
const AUXILIARY_TAIL = /(?:\b(?:has|have|had|will|would|shall|can|could|may|might|must|is|are|was|were|be|been)\s+)+$/i;
const LAST_TWO_WORDS = /(?:(?<![\p{L}\p{N}'’.-])(\p{Ll}+)\s+)?(?<![\p{L}\p{N}'’.-])(\p{Ll}+)\s*$/u;
const OF_TAIL = /\bof\s*$/i;
const SHARE_OF = /\b(?:proportion|share|number|percentage|rate|ratio|amount|value|volume|level|total)\s+of\s+\p{L}[\p{L}-]*/giu;
const NUMBER_OF = /\bnumber\s+of\s+(\p{L}[\p{L}-]*)/giu;
/** "Every thousand people have infant care facilities": what a per-thousand figure counts. */
const PER_THOUSAND_CONTEXT =
  /\b(?:every|each|per)\s+(?:thousand|1,000)\s+\p{L}+(?:\s+(?:have|has|had|own|owns|with))?\s+([^.,;:"“”]{1,60})/giu;

export interface NounPhrase {
  /** Offset just past the phrase in the string it was read from. */
  readonly end: number;
  readonly words: readonly string[];
  /** The plural noun that ends a count's phrase ("projects" in "major projects"), if any. */
  readonly head: string | null;
}

/** The noun phrase at the start of `after` ("major projects", "types of groups"), or null. */
export function readNounPhrase(after: string): NounPhrase | null {
  const words: string[] = [];
  let end = 0;
  let head: string | null = null;
  for (let token = readWord(after, end); token !== null; token = readWord(after, end)) {
    const lower = token.word.toLowerCase();
    const isParenthesis = token.word.startsWith('(');
    if (words.length === 0 && !isParenthesis && /^\p{Lu}/u.test(token.word)) return readCapitalisedPhrase(after, token);
    if (words.length === 0 && (isParenthesis || NOT_NOUN.has(lower))) return null;
    // "139 military and civilian students", "18 medical, dental and veterinary societies": modifiers joined before the noun.
    // A modifier is never a plural, not even in a compound ("2 years-men and women" is a dash lost, not a modifier).
    // A number after "and" opens a measure of its own ("one year and nine months"), no modifier.
    if ((lower === 'and' || lower === 'or') && words.length > 0 && words.length < 4 && head === null && !words.some(hasPluralPart) && !NUMBER_AT.test(after.slice(token.end))) {
      const rest = readNounPhrase(after.slice(token.end));
      if (rest?.head != null) return { end: token.end + rest.end, words: [...words, token.word, ...rest.words], head: rest.head };
    }
    // "friable raised areas": a participle right before a plural noun modifies it, where one after a noun ends the phrase.
    if (!isParenthesis && words.length > 0 && (NOT_NOUN.has(lower) || (isParticiple(lower) && !modifiesPlural(after, token.end)))) {
      // "300 head of cattle": a singular noun that counts the plural after "of".
      if (lower === 'of' && words.length === 1 && head === null) return readCountedOf(after, end, words);
      break;
    }
    words.push(token.word);
    end = token.end;
    // "thirty years' service": a plural in the possessive is the head, what it measures comes after.
    const plural = PLURAL_POSSESSIVE.exec(lower)?.[1];
    if (!isParenthesis && plural !== undefined && isPluralNoun(plural)) return { end, words: [...words.slice(0, -1), plural], head: plural };
    if (!isParenthesis && isPluralNoun(lower)) {
      head = lower;
      end = extendPastHead(after, end, words);
      break;
    }
    // "seventy-two young of a 19-foot female", "four young were born": the young of animals, a plural where no noun
    // follows ("three young men" counts the men).
    if (words.length === 1 && lower === 'young' && !startsWithNoun(after, end)) {
      head = lower;
      break;
    }
    if (words.length >= 6) break;
  }
  return words.length === 0 ? null : { end, words, head };
}

/** True when a word that may be a noun, not a function word, follows `end` in the same clause. */
function startsWithNoun(text: string, end: number): boolean {
  const next = readWord(text, end);
  return next !== null && !NOT_NOUN.has(next.word.toLowerCase());
}

/** "head of cattle": the word before "of" and the noun phrase after it, whose plural head is what is counted. */
function readCountedOf(after: string, end: number, words: readonly string[]): NounPhrase | null {
  const link = readWord(after, end);
  const counted = link === null ? null : readNounPhrase(after.slice(link.end));
  if (link === null || counted?.head == null || !/^\p{Ll}/u.test(counted.words[0] ?? '')) return { end, words, head: null };
  return { end: link.end + counted.end, words: [...words, 'of', ...counted.words], head: counted.head };
}

/**
 * "28,000 SOEs" (a plural acronym), "9 million Americans" (a demonym), "100,000 Chinese merchants" (a
 * proper adjective before a plural noun).
 */
function readCapitalisedPhrase(after: string, first: { word: string; end: number }): NounPhrase | null {
  if (ACRONYM_PLURAL.test(first.word)) return { end: first.end, words: [first.word], head: first.word.toLowerCase() };
  // "157 Red River people", "12 Supreme Court justices": a name of up to three words before a plural noun.
  const words = [first.word];
  let end = first.end;
  let next = readWord(after, first.end);
  while (next !== null && words.length < 3 && /^\p{Lu}\p{Ll}/u.test(next.word)) {
    words.push(next.word);
    end = next.end;
    next = readWord(after, next.end);
  }
  // "9 million Americans", "60,000 Communist North Vietnamese were fighting": a people named last, unless a plural noun
  // follows that its word modifies ("100,000 Chinese merchants").
  const last = words.at(-1) ?? '';
  // "To hang 50 Governors might be preferable", "46 Juniors entered", "its 149 National Forests", "the 12 Federal Reserve
  // Banks": a plural noun capitalised as a title, a body's members or a name's last word is, with no name going on
  // after it, is counted as any noun.
  // A plural noun after it is the one counted ("four Los Angeles freeways"); a place's plural closes an address ("to 387
  // Heather Heights").
  const pluralFollows = next !== null && /^\p{Ll}/u.test(next.word) && isPluralNoun(next.word.toLowerCase());
  if (isPluralNoun(last.toLowerCase()) && !PLACE_PLURALS.has(last.toLowerCase()) && (next === null || (/^\p{Ll}/u.test(next.word) && !pluralFollows)) && !words.some((word) => NOT_NOUN.has(word.toLowerCase()))) return { end, words, head: last.toLowerCase() };
  // ("or 2 The Republicans must": a list's number before a sentence, no count.)
  if (DEMONYM_PLURAL.test(last) && !pluralFollows && !words.some((word) => NOT_NOUN.has(word.toLowerCase()))) return { end, words, head: last.toLowerCase() };
  // "800 U.S. marketing leaders", "Two British civil servants": an initialism or a people's adjective may be followed by
  // a word or two that modify the plural noun too (a capitalised word may be a list item's first, "4 Community visiting
  // nurse services", so only these).
  const initialism = /^(?:\p{Lu}\.){2,}$/u.test(first.word) || (words.length === 1 && PEOPLE_ADJECTIVE.test(first.word));
  for (let modifiers = 0; initialism && next !== null && modifiers < 2 && /^\p{Ll}/u.test(next.word) && !isPluralNoun(next.word.toLowerCase()) && !NOT_NOUN.has(next.word.toLowerCase()); modifiers++) {
    words.push(next.word);
    next = readWord(after, next.end);
  }
  if (next === null || !/^\p{Ll}/u.test(next.word) || !isPluralNoun(next.word.toLowerCase())) return null;
  words.push(next.word);
  return { end: extendPastHead(after, next.end, words), words, head: next.word.toLowerCase() };
}

/**
 * "three Havana automobile service stations", "two Illinois pardon and parole board members": a name of up to three
 * words, then the modifiers and plural noun of a noun phrase. The caller says the number is no list item's (see
 * `readCapitalisedPhrase`).
 */
export function readNameBeforeModifiers(after: string): NounPhrase | null {
  const names: string[] = [];
  let end = 0;
  for (let token = readWord(after, end); token !== null && names.length < 3 && /^\p{Lu}\p{Ll}/u.test(token.word) && !NOT_NOUN.has(token.word.toLowerCase()); token = readWord(after, end)) {
    names.push(token.word);
    end = token.end;
  }
  const rest = names.length === 0 ? null : readNounPhrase(after.slice(end));
  if (rest?.head == null || !/^\p{Ll}/u.test(rest.words[0] ?? '')) return null;
  return { end: end + rest.end, words: [...names, ...rest.words], head: rest.head };
}

/** Joins what follows a plural head: "types of groups", "farmhouses and homestays". */
function extendPastHead(after: string, end: number, words: string[]): number {
  const link = readWord(after, end);
  const next = link === null ? null : readWord(after, link.end);
  if (link === null || next === null || NOT_NOUN.has(next.word.toLowerCase()) || !/^\p{Ll}/u.test(next.word)) return end;
  if (link.word === 'and' || link.word === 'or') {
    if (!isPluralNoun(next.word)) return end;
    words.push(link.word, next.word);
    return next.end;
  }
  if (link.word !== 'of') return end;
  const ofPhrase = readNounPhrase(after.slice(link.end));
  if (ofPhrase === null) return end;
  words.push('of', ...ofPhrase.words);
  return link.end + ofPhrase.end;
}

function readWord(text: string, from: number): { word: string; end: number } | null {
  WORD.lastIndex = from;
  const match = WORD.exec(text);
  return match === null ? null : { word: match[1] ?? '', end: WORD.lastIndex };
}

/** A plural noun, written in lower case: "provinces", "people", "SOEs" aside. */
export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  // "Six radiomen", "the four congressmen": a compound of "man" takes its plural.
  if (/^\p{Ll}{3,}men$/u.test(lower) && !SINGULAR_IN_MEN.has(lower)) return true;
  return lower.length > 3 && /s$/.test(lower) && !/(?:ss|us|is|'s|’s)$/.test(lower) && !NOT_NOUN.has(lower);
}

/** The plural of a singular noun in lower case: "member" → "members", "story" → "stories", "man" → "men", "inch" → "inches". */
export function pluralOf(singular: string): string {
  if (singular === 'foot') return 'feet';
  if (/man$/.test(singular)) return `${singular.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`;
}

function hasPluralPart(word: string): boolean {
  return word.toLowerCase().split('-').some(isPluralNoun);
}

/**
 * True when the word after `end` is a plural noun in lower case, which the word before it then modifies, or a noun
 * modifying one ("three distinguished associated graduate schools").
 */
function modifiesPlural(text: string, end: number): boolean {
  const next = readWord(text, end);
  if (next === null || !/^\p{Ll}/u.test(next.word)) return false;
  if (isPluralNoun(next.word)) return true;
  if (NOT_NOUN.has(next.word) || isParticiple(next.word)) return false;
  const after = readWord(text, next.end);
  return after !== null && /^\p{Ll}/u.test(after.word) && isPluralNoun(after.word);
}

function isParticiple(lower: string): boolean {
  return /^[a-z]{3,}ed$/.test(lower) && !NOT_PARTICIPLES.has(lower);
}

/**
 * The noun phrase that ends `before` ("a success rate" → "success rate"), up to `maxWords`
 * words; null when none, or when it runs into another number (then it is not this figure's).
 */
export function walkBackPhrase(before: string, maxWords = 7): string | null {
  const trimmed = before.replace(TRAILING_PLACE, '');
  const tail = trimmed.slice(-160);
  const tokens = Array.from(tail.matchAll(TAIL_TOKENS), (match) => match[0]);
  const words: string[] = [];
  let index = tokens.length - 1;
  for (; index >= 0 && words.length < maxWords; index -= 1) {
    const token = tokens[index] ?? '';
    if (/\p{N}/u.test(token)) return null;
    const lower = token.toLowerCase();
    if (!/^\p{L}/u.test(token) || NOT_NOUN_BEFORE.has(lower) || /['’]s$/.test(lower) || isParticiple(lower)) break;
    words.unshift(token);
  }
  trimEdges(words);
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  // A phrase that opens its sentence or quotation is capitalised for that reason only.
  const opensSentence = (index < 0 && tail.length === trimmed.length) || /^["“(]$/.test(tokens[index] ?? '');
  return opensSentence && /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase[0]?.toLowerCase() + phrase.slice(1) : phrase;
}

/** Drops function words at either end: "of the group with" → "group". */
function trimEdges(words: string[]): void {
  while (words.length > 0 && PHRASE_EDGE.has((words[0] ?? '').toLowerCase())) words.shift();
  while (words.length > 0 && PHRASE_EDGE.has((words.at(-1) ?? '').toLowerCase())) words.pop();
}

/**
 * What an amount, share or ratio measures, from the words before it: "total investment of N",
 * "per capita GDP has exceeded N", "the proportion of households ... N". Null when they say nothing.
 */
export function measureBefore(before: string, qualifierIsVerb: boolean): string | null {
  const tail = before.slice(-120);
  if (OF_TAIL.test(tail)) {
    const owner = walkBackPhrase(tail.replace(OF_TAIL, ''), 5);
    if (owner !== null) return owner;
  }
  const link = LINK.exec(tail) ?? (qualifierIsVerb ? AUXILIARY_TAIL.exec(tail) : null);
  if (link !== null || qualifierIsVerb) {
    const subject = walkBackPhrase(tail.slice(0, link?.index ?? tail.length), 8);
    if (subject !== null) return subject;
  }
  return lastMatch(SHARE_OF, before)?.[0] ?? null;
}

/** The words just before a figure when nothing names its measure: "has successively helped" → "successively helped". */
export function wordsBefore(before: string): string | null {
  const match = LAST_TWO_WORDS.exec(before.slice(-40));
  const last = match?.[2];
  if (last === undefined || NOT_NOUN.has(last)) return null;
  const previous = match?.[1];
  return previous === undefined || NOT_NOUN.has(previous) ? last : `${previous} ${last}`;
}

/** A participle right before a count: "mediated more than 1,300 civil disputes" → "mediated". */
export function participleBefore(before: string): string | null {
  const word = /\b(\p{Ll}+)\s*$/u.exec(before.slice(-40).replace(AUXILIARY_TAIL, ''))?.[1];
  return word !== undefined && isParticiple(word) ? word : null;
}

/** What a share is a share of: "80% of disputes have been resolved" → "disputes". */
export function measureOfAfter(after: string): string | null {
  const of = /^\s+of\s+/i.exec(after);
  if (of === null) return null;
  const words: string[] = [];
  for (let token = readWord(after, of[0].length); token !== null && words.length < 7; token = readWord(after, token.end)) {
    const lower = token.word.toLowerCase();
    if (!token.word.startsWith('(') && NOT_NOUN.has(lower) && !INSIDE_OF_PHRASE.has(lower)) break;
    words.push(token.word);
  }
  trimEdges(words);
  return words.length === 0 ? null : words.join(' ');
}

/** What "every thousand people" have, when a bare number after it is a rate per thousand. */
export function perThousandContext(before: string): string | null {
  const measure = lastMatch(PER_THOUSAND_CONTEXT, before)?.[1]?.trim();
  return measure === undefined || measure.length === 0 ? null : measure.split(/\s+/).slice(0, 6).join(' ');
}

/** What "the number of tourists ... exceeded N" counts. */
export function numberOfContext(before: string): string | null {
  const noun = lastMatch(NUMBER_OF, before)?.[1];
  return noun === undefined || NOT_NOUN.has(noun.toLowerCase()) ? null : noun;
}

function lastMatch(regex: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) last = match;
  return last;
}
