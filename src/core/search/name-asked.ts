/**
 * "What is X" asked of documents that write X only as a name ("ROTC", "Skybolt", "Worcestershire sauce"): the passage
 * that answers is one that tells what X is, not one that names X in passing ("fresh out of ROTC", "1 tablespoon
 * Worcestershire sauce"). `kindAsked` reads the same question where the documents write X as a common noun.
 */

import { isStopWord } from './words.ts';
import { AFFIRMING, kindInQuestion, nameInQuestion, someFound, statesWhatItIs, type TermAsked, WHAT_KIND_IS, writtenAsInText } from './phrase.ts';

/**
 * A bracket after the name ("SAMOS (semiautomatic missile observation system)", "Hegang [a famous mining center …]"),
 * or the long name before it with the name in brackets ("Reserve Officers Training Corps (ROTC)"). Case-sensitive, as
 * the two below: a capital tells a name.
 */
const BRACKET_AFTER = /^\s?[([]\s*["“]?[A-Za-z]/;
const LONG_NAME_BEFORE = /[A-Z][\w-]*\s?[([]$/;
const CLOSING_BRACKET = /^[)\]]/;

/**
 * A kind right before the name: a determiner and up to three lower-case words, none a stop word ("the reconnaissance
 * satellite SAMOS", "the drug Krebiozen"; not "the spirit of Garryowen", which says nothing of what Garryowen is).
 */
const KIND_BEFORE = /(?:^|[^\w-])(?:the|a|an)\s+((?:[a-z][a-z-]*\s+){1,3})$/;
const namesKind = (words: string | undefined): boolean => words !== undefined && !words.trim().split(/\s+/).some(isStopWord);

/**
 * A series the name is an item of, which names it as one of a kind ("the major application achievements …: Zhejiang Fair
 * Online, Zhejiang Food Delivery Online, seven question lists, and …", "our strategic forces (Polaris, …, and airborne
 * Skybolt)"): the item opens after a comma, a colon, a bracket or an "and" (up to two words before the name) and closes
 * on a comma, an "and" or a bracket, in a clause that holds a comma and, after it, an "and" or an "or".
 */
const ITEM_OPENS = /(?:[,:([]\s*|\s(?:and|or)\s+)(?:[a-z][a-z-]*\s+){0,2}$/;
const ITEM_CLOSES = /^(?:,|\s+(?:and|or)\s|[)\]])/;
const SERIES = /,[^.;]*\s(?:and|or)\s/;
const CLAUSE_BEFORE = /[^.;]*$/;
const CLAUSE_AFTER = /^[^.;]*/;
const inSeries = (before: string, found: string, after: string): boolean =>
  ITEM_OPENS.test(before) && ITEM_CLOSES.test(after) && SERIES.test(`${CLAUSE_BEFORE.exec(before)?.[0] ?? ''}${found}${CLAUSE_AFTER.exec(after)?.[0] ?? ''}`);

/**
 * The next sentence saying what the name ending this one is: "It was a …", "This is an …", or a verbless "Actually an
 * underground cistern, its roof …" opening on an affirming word (a bare "A man came in" may be anyone).
 */
const NEXT_SENTENCE_TELLS = new RegExp(`^["”’]?[.!]["”’]?\\s+(?:(?:it|this)\\s+(?:is|was)\\s+(?:${AFFIRMING}\\s+)?|${AFFIRMING},?\\s+)(?:a|an)\\s`, 'i');

/**
 * A quotation or a gerund after the name's "of", which says what it holds: "the "Fengqiao Experience" of "relying on the
 * masses and resolving conflicts on the spot"", "the Monroe Doctrine of keeping Europe out".
 */
const CONTENT_AFTER = /^["”’]?\s+of\s+(?:["“‘]|[a-z]+ing\s)/;

/**
 * For "what is X", "what is X made of" or "used for" where X is a name: a passage that names X answers only where it
 * tells what X is, in a definition (`statesWhatItIs`: "Garryowen is the battle cry", "the Golden Horn, a brown sweep of
 * water", "known as "Sherwood Forest""), a bracket, a kind before it or a series it is an item of. Taken after
 * `kindAsked` (see `termAskedOf` in `question-asked.ts`), so where no judged passage writes X in lower case: where one writes it capitalised,
 * X is the documents' name. "What is the X" is read so only where the documents write X's head capitalised
 * (`theNameAsked`); elsewhere it points at the documents' own X, as in `kindInQuestion`. Null for any other question:
 * "what does X mean", "how does X work", measured, lose an on-topic question ("E hour". "E" stands for …). `reach` is
 * `placesOf`'s.
 */
export function nameAsked(words: readonly string[], reach: number): TermAsked | null {
  const name = kindInQuestion(words, [WHAT_KIND_IS]);
  return name === undefined ? theNameAsked(words, reach) : namedAsked(name, (found) => /^\p{Lu}/u.test(found), reach);
}

/** "what is the X": X's words up to its first stop word, the last of them its head ("temple" of "temple of artemis"). */
const WHAT_IS_THE = /^what(?: is|s) the (.+)$/;
const HEAD_OF_NAME = /^[\w'’-]+(?:\s+[\w'’-]+)*?(?=\s+(?:of|for|on|in|at|to)\s|$)/;

/**
 * "what is the X" where the documents write X as a name, its head capitalised ("the Temple of Artemis", "the magnetic
 * North Pole"): the question asks what that named thing is, as "what is skybolt" does, not an attribute of the
 * documents' own X ("what is the capital of France", "the sunken palace": a lower-case head).
 */
function theNameAsked(words: readonly string[], reach: number): TermAsked | null {
  const name = nameInQuestion(words, [WHAT_IS_THE]);
  const headWords = name === undefined ? undefined : HEAD_OF_NAME.exec(name)?.[0].split(' ').length;
  if (name === undefined || headWords === undefined) return null;
  return namedAsked(name, (found) => /^\p{Lu}/u.test(found.split(/\s+/)[headWords - 1] ?? ''), reach);
}

/** What a passage that names X, as `capitalised` takes it written, must say: what X is, in one of `nameAsked`'s forms. */
function namedAsked(name: string, capitalised: (found: string) => boolean, reach: number): TermAsked {
  const { written, places } = placesOf(name, reach);
  const definition = statesWhatItIs(name);
  const toldAround = (place: NamePlace) => toldInBrackets(place) || NEXT_SENTENCE_TELLS.test(place.after) || CONTENT_AFTER.test(place.after) || namesKind(KIND_BEFORE.exec(place.before)?.[1]) || inSeries(place.before, place.found, place.after);
  return {
    named: (text) => someFound(text, written, capitalised),
    defined: { test: (text) => definition.test(text) || places(text).some(toldAround) },
  };
}

/** A place a text names X: X as written there, and `placesOf`'s reach either side. */
export interface NamePlace {
  readonly found: string;
  readonly before: string;
  readonly after: string;
}

/**
 * Every place a text names `name`, whole words in any case (the expression is global, made once a question, as
 * `personAsked`'s), with `reach` characters either side (`AbstainOptions.termContextReach`), and the expression
 * itself, for a `named` that only scans.
 */
export function placesOf(name: string, reach: number): { readonly written: RegExp; readonly places: (text: string) => NamePlace[] } {
  const written = new RegExp(`(?<![\\w-])${writtenAsInText(name)}(?!\\w)`, 'gi');
  const places = (text: string) =>
    [...text.matchAll(written)].map((found) => ({
      found: found[0],
      before: text.slice(Math.max(0, found.index - reach), found.index),
      after: text.slice(found.index + found[0].length, found.index + found[0].length + reach),
    }));
  return { written, places };
}

/** A bracket after the name, or the long name before it with the name in brackets: what X is, or what it stands for. */
export const toldInBrackets = ({ before, after }: NamePlace): boolean => BRACKET_AFTER.test(after) || (LONG_NAME_BEFORE.test(before) && CLOSING_BRACKET.test(after));
