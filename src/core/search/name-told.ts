import type { ParsedQuery } from './query.ts';
import { splitSentences } from '../documents/sentences.ts';
import { DETERMINERS, isStopWord, stemWord, tokenize, type Token } from './words.ts';

/**
 * "What was the name of musmanno's schooner", "what were the names of the authors", "what was the german veteran's
 * name": a name asked of what the question describes, by the copula and "name" or "names" as its subject's head. A
 * title is a work's name: "what are the titles of catherine marshall's books", "what is the title of conant's new book".
 */
const NAME_ASKED = /^what (?:is|was|are|were) (?:(?:the |his |her |its |their )?(?:\S+ )?(?:names?|titles?) of (.+)|(.+) (?:names?|titles?))$/u;

/**
 * The head of what a name is asked of: the last word before what is said of it, a preposition or a relative word
 * (`ENDS_BEARER`) or, with `endsBearer`, another word ("the coolidges son who died" → "son").
 */
export function headOf(described: readonly string[], endsBearer: (word: string) => boolean = () => false): string {
  const end = described.findIndex((word, at) => at > 0 && (ENDS_BEARER.has(word) || endsBearer(word)));
  return described[(end < 0 ? described.length : end) - 1] ?? '';
}

/** The word of `NAME_ASKED` that asks the name. */
const ASKING_WORD = /^(?:names?|titles?)$/u;

/** Words that end the one the name is asked of and open what is said of it: "the son who died", "the professor at …". */
const ENDS_BEARER: ReadonlySet<string> = new Set(['of', 'at', 'in', 'on', 'for', 'from', 'to', 'with', 'by', 'who', 'whom', 'whose', 'which', 'that', 'when', 'where']);

/** A name asked: the question's own words, and the stem of the noun the name is asked of ("president" in "the bank president"). */
export interface NameAsked {
  /** A name the question writes ("the german veteran", "the architect of the capitol") is what it asks about, not the name asked. */
  readonly questionWords: ReadonlySet<string>;
  /** The stem of the head noun of what the name is asked of, or null where the question gives none ("the name of it"). */
  readonly bearer: string | null;
  /** The question's word that asks the name ("name", "titles"): a passage giving the name says it (`givesNameAsked`). */
  readonly asking: string;
}

/** The name asked of what the question describes (`NAME_ASKED`), else null. */
export function nameAskedOf(query: ParsedQuery): NameAsked | null {
  if (query.intent !== 'general') return null;
  const match = NAME_ASKED.exec(query.words.join(' '));
  if (match === null) return null;
  const head = headOf((match[1] ?? match[2] ?? '').split(' '));
  const asking = query.words.find((word) => ASKING_WORD.test(word)) ?? 'name';
  return { questionWords: new Set(query.words), bearer: head === '' || isStopWord(head) ? null : stemWord(head), asking };
}

/** A colon or a bracket before a word opens what follows as a sentence opens: "this: \"((1) Spatial qualities are\"". */
const OPENS_CLAUSE = /[:()]/u;
/** What may stand between a noun and a name set beside it: a comma, quotation marks, spaces ("his wife, Olga", "the schooner 'Unsinkable'"). */
const BESIDE = /^[\s,"'“”‘’]*$/u;
/** Words that give the name of the noun before them: "a ship called the Half Moon", "with the flamboyant name Unsinkable". */
const NAMING: ReadonlySet<string> = new Set(['named', 'called', 'name', 'christened', 'dubbed', 'entitled', 'titled']);
/** The words that open the name of a noun's maker or holder after it: "an article by Xi Jinping", "the novel of Heidenstam". */
const BY: ReadonlySet<string> = new Set(['by', 'of']);
/**
 * A name in brackets, of one to three capitalised words and nothing else, set right after a noun: the noun's name, as a
 * writer gives a product's or a body's ("An electric toothbrush (Broxodent)", "the drug (Thalidomide)"). Not a bracket
 * with a number, a stop or a comma in it ("(Fig. 3)", "(D., Fifth)"), nor a letter alone ("(A) the need to budget"): a
 * reference, a party or a list's mark, no name of the noun.
 */
const BRACKETED_NAME = /^\s*\((\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\)/u;
/** The copula that says a name is the noun, or the noun the name: "whose full label is Editions …", "Olga was his wife". */
const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/**
 * Whether the passage gives a name the question does not write (a word written capitalised inside its sentence: not its
 * first word, capitalised whatever it is, nor one after a colon or a bracket, nor "I"), and, where the question says
 * whose name it asks ("the bank president", "heidenstam's wife"), gives it as that one's: set beside the noun ("his wife,
 * Olga", "the schooner Unsinkable", "the Jordan Marsh department store"), in brackets after it ("An electric toothbrush
 * (Broxodent)", `BRACKETED_NAME`), said of it by a naming word at most `reach`
 * words after it ("a ship called the Half Moon"), set off after its maker's name ("an article by Xi Jinping "Solidly
 * Promote Common Prosperity""), or by the copula ("whose full label is Editions De La …", "Idal, a
 * female otter", "Olga was his wife"). "'That's Johnny', sighed the bank president" names another; "a professor who is
 * famous in Japanese circles", "he speaks with his wife" tell of the one asked about, not what he is called.
 */
export function givesNameAsked(text: string, asked: NameAsked, reach: number): boolean {
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text);
    const between = (from: number, to: number) => sentence.text.slice((tokens[from] as Token).end, (tokens[to] as Token).start);
    const isName = (at: number): boolean => {
      const token = tokens[at];
      if (token === undefined || at === 0 || token.word === 'i' || asked.questionWords.has(token.word)) return false;
      return !OPENS_CLAUSE.test(between(at - 1, at)) && /^\p{Lu}/u.test(sentence.text.slice(token.start, token.start + 1));
    };
    // A possessive before the noun names whose it is, not it: "Borden's niece".
    const isPossessive = (at: number) => /['’]s?$/u.test(sentence.text.slice((tokens[at] as Token).start, (tokens[at] as Token).end + 1).replace(/\s$/u, ''));
    // A bracket right after the word at `at` that holds a name alone: "An electric toothbrush (Broxodent)".
    const bracketsName = (at: number) => {
      const held = BRACKETED_NAME.exec(sentence.text.slice((tokens[at] as Token).end))?.[1];
      return held !== undefined && !held.split(/\s+/u).some((word) => asked.questionWords.has(word.toLowerCase()));
    };
    for (let at = 0; at < tokens.length; at += 1) {
      if (asked.bearer === null) {
        if (isName(at)) return true;
        continue;
      }
      if (stemWord((tokens[at] as Token).word) !== asked.bearer) continue;
      if (namesBearerAt(at, tokens, between, isName, isPossessive, asked, reach) || bracketsName(at)) return true;
    }
  }
  return false;
}

/** Whether the noun asked about, at `at`, has a name said of it by one of `givesNameAsked`'s ways. */
function namesBearerAt(
  at: number,
  tokens: readonly Token[],
  between: (from: number, to: number) => string,
  isName: (at: number) => boolean,
  isPossessive: (at: number) => boolean,
  asked: NameAsked,
  reach: number,
): boolean {
  const wordAt = (index: number) => tokens[index]?.word ?? '';
  // After the noun: the name beside it, or after the copula or a naming word (and a determiner).
  if (at + 1 < tokens.length && BESIDE.test(between(at, at + 1)) && isName(at + 1)) return true;
  const namedAfter = (word: number) => {
    const name = DETERMINERS.has(wordAt(word + 1)) ? word + 2 : word + 1;
    return name < tokens.length && BESIDE.test(between(name - 1, name)) && isName(name);
  };
  if (COPULA.has(wordAt(at + 1)) && namedAfter(at + 1)) return true;
  // Or after its maker's or holder's name, set off by a comma or quotation marks: "an article by General Secretary Xi
  // Jinping "Solidly Promote Common Prosperity"", "a poem by Heidenstam, Nameless And Immortal".
  if (BY.has(wordAt(at + 1)) && (isName(at + 2) || asked.questionWords.has(wordAt(at + 2)))) {
    let last = at + 2;
    while (last + 1 < tokens.length && /^\s+$/u.test(between(last, last + 1)) && (isName(last + 1) || asked.questionWords.has(wordAt(last + 1)))) last += 1;
    const set = last + 1 < tokens.length ? between(last, last + 1) : '';
    if (/[,"“”‘’']/u.test(set) && BESIDE.test(set) && isName(last + 1)) return true;
  }
  for (let next = at + 1; next < tokens.length && next <= at + reach; next += 1) if (NAMING.has(wordAt(next)) && namedAfter(next)) return true;
  // Or after "of the", as English names a place or a craft by its kind: "the wreck of the Trinidad", "the city of the Seven Hills".
  if (wordAt(at + 1) === 'of' && wordAt(at + 2) === 'the' && /^\s+$/u.test(between(at + 1, at + 2)) && BESIDE.test(between(at + 2, at + 3)) && isName(at + 3)) return true;
  // Before it: the name, past the question's own words that modify it ("the Jordan Marsh department store"), not a possessive.
  let before = at - 1;
  while (before > 0 && asked.questionWords.has(wordAt(before)) && BESIDE.test(between(before, before + 1))) before -= 1;
  if (before >= 0 && BESIDE.test(between(before, before + 1)) && isName(before) && !isPossessive(before)) return true;
  // Or the name, a comma or the copula, then a determiner opening the noun's phrase: "Idal, a female otter".
  for (let opens = at - 1; opens > 0 && opens >= at - reach; opens -= 1) {
    if (!/^\s+$/u.test(between(opens, opens + 1))) break;
    if (!DETERMINERS.has(wordAt(opens))) continue;
    const link = between(opens - 1, opens);
    if ((link.includes(',') && BESIDE.test(link)) && isName(opens - 1)) return true;
    if (COPULA.has(wordAt(opens - 1)) && opens >= 2 && BESIDE.test(between(opens - 2, opens - 1)) && isName(opens - 2)) return true;
  }
  return false;
}
