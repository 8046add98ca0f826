/**
 * The phrase signal of the ranking: which of a question's adjacent word pairs a passage holds as written.
 * The index keeps content stems only, so "heart of the" and "the war" reach every passage with "heart" or
 * "war"; the words between them, stop words included, tell the passage a user quotes or half-remembers.
 */

import { isStopWord } from './words.ts';

/**
 * A pair of adjacent question words: its two words, and whether a passage's text holds them, whole words, in any
 * case and spacing, "zhejiang economy" in "Zhejiang's economy".
 */
export interface PhrasePair {
  readonly left: string;
  readonly right: string;
  readonly test: (text: string) => boolean;
}

/** The question's adjacent word pairs that hold a content word: two stop words ("of the") stand in every passage. */
export function phrasePairs(words: readonly string[], isStopWord: (word: string) => boolean): PhrasePair[] {
  const pairs = new Map<string, PhrasePair>();
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [left, right] = [words[at] ?? '', words[at + 1] ?? ''];
    const source = `${escapeRegExp(left)}(?:['’]s)?\\s+${escapeRegExp(right)}`; // the question's words lost their "'s"
    if (!(isStopWord(left) && isStopWord(right)) && !pairs.has(source)) pairs.set(source, { left, right, test: pairTest(source) });
  }
  return [...pairs.values()];
}

/**
 * A pair's test: a regular expression made at its first use, so that a pair no candidate's words hold
 * (`phrase-words.ts`) costs none, and then kept for the question. Lower-casing each candidate's text would cost more.
 * Not in unicode mode: its letter classes take milliseconds to compile, on every new question.
 */
function pairTest(source: string): (text: string) => boolean {
  let pattern: RegExp | undefined;
  return (text) => {
    pattern ??= compiled(`(?<![^\\s"“‘'(\\[-])${source}(?![^\\s.,;:!?"”’')\\]-])`);
    return pattern.test(text);
  };
}

/**
 * The share of `pairs` the text holds (0 without pairs): "art of" is not in "heart of". `mayHold`, by pair
 * (`phrase-words.ts`): a 0 proves the text lacks that pair, which is then not looked for.
 */
export function shareOfPairsHeld(pairs: readonly PhrasePair[], text: string, mayHold?: Uint8Array): number {
  if (pairs.length === 0) return 0;
  let held = 0;
  for (let at = 0; at < pairs.length; at += 1) if (mayHold?.[at] !== 0 && pairs[at]?.test(text) === true) held += 1;
  return held / pairs.length;
}

/** "what is X", "who are X" (X of at most `MAX_TERM_WORDS` words): a question asking what a term means or who someone is. */
const DEFINITION_QUESTION = /^(?:what|who)(?: is| are| was| were|s)(?: the| a| an)? (.+)$/;
const MAX_TERM_WORDS = 5;

/**
 * Where a passage says what the question's term is: "X is a …", "X are the …", "X was in actuality a …" (`AFFIRMING`),
 * X's plural as well ("The Ainus were a primitive people" says who the Ainu were), "X is another …" (one more of a kind
 * the text has named: "The misplaced modifier is another species"),
 * "X being our …" (an absolute clause's gloss: "bottle pool being our lingo for those who …"), "X -- a …" (a dash's apposition:
 * "baklava -- a sweet, flaky cake"), "X (…)" (a gloss in brackets, opening on a word and a space: "unagi (rice with
 * eel …)", not a year's "(1959)" nor an acronym's "(HPA)", nor an aside's "(see below)", "(which …)", "(and …)",
 * "(except …)": a clause or a cross-reference, no gloss), "… referred to as X", "known as "X"",
 * "described X as …", or names it with its post or kind after a comma ("He Wenjiong, deputy dean of the Institute …",
 * "X, a trader at …", "Mark V. Keeler, farm equipment vice president of …", "Herbert A. Leggett, banker-editor of …":
 * a post's words may be hyphenated, "ex-mayor of", not a dash, "and others -- all of whom"; "Tom Hepker, a machinist,",
 * "Giovanni Martini, the bugler boy who …"). For "what is X" and "who is X", and for a question that is a bare term of two words
 * or more ("congenital deficiencies"): of the passages that name X, the one that defines it answers. Null for any other
 * question.
 */
export function definitionOf(words: readonly string[], asksSomething: boolean): TextTest | null {
  const question = words.join(' ');
  const term = DEFINITION_QUESTION.exec(question)?.[1] ?? (asksSomething || words.length < 2 ? undefined : question);
  if (term === undefined || term.split(' ').length > MAX_TERM_WORDS) return null;
  return statesWhatItIs(term);
}

/** A test of a text (`statesWhatItIs`'s). */
export interface TextTest {
  readonly test: (text: string) => boolean;
}

/**
 * Where a passage says what a term is, in the forms `definitionOf` lists. Every form holds the term as a text writes it
 * (`writtenAsInText`), so a text without it (case aside, as the forms read it) is passed over on that alone, found by
 * scanning for its first word: the forms' alternatives and look-behind try every place of the text, for every candidate
 * of every "what is X", and a text that holds the term's words apart ("Zhejiang's land" and "like") holds no form.
 */
export function statesWhatItIs(term: string): TextTest {
  const holdsTerm = compiled(writtenAsInText(term));
  const forms = formsOfWhatItIs(term);
  return { test: (text) => holdsTerm.test(text) && forms.test(text) };
}

function formsOfWhatItIs(term: string): RegExp {
  const written = writtenAsInText(term);
  const quote = `["“‘']?`;
  return compiled(
    `(?<![\\w-])${written}(?:s|es)?${quote}(?:[\\s,]+(?:is|are|was|were)\\s+(?:${AFFIRMING}\\s+)?(?:a|an|the|one|another)\\b|\\s+being\\s+(?:a|an|the|one|our|their|his|her|its)\\s|\\s*(?:--|[—–])\\s*(?:a|an|the)\\s|\\s*\\(\\s*(?!(?:see|and|or|but|as|if|which|who|that|because|although|though|except|including|it|he|she|they|we|i|you|let)\\s)[a-z]+\\s|,\\s+(?:(?:(?:a|an|the)\\s+)?(?:[a-z]+(?:-[a-z]+)*\\s+){0,4}(?:of|at|for)\\s|${NOUN_PHRASE}${APPOSITION_END}|${INDEFINITE_TO}))|\\b(?:called|known as|referred to as|termed|dubbed)\\s+(?:[\\w'’]+\\s+){0,2}${quote}${written}(?![\\w-])|\\bdescrib(?:e|es|ed|ing)\\s+${written}\\s+as\\s`,
  );
}

/**
 * A word or two between "X was" and its article that affirms what follows rather than denying or hedging it: "Greene
 * was in actuality a young ruffian", "Chicago was also a welcome host", "Latin America was once an area" (the only
 * names the Brown corpus A-R writes so, each said what it is). Not "hardly", "not", "never": they deny it.
 */
export const AFFIRMING = '(?:in (?:fact|actuality|reality|truth)|actually|really|also|once|originally)';

/**
 * A noun phrase a reader takes as saying who or what the name before it is: a determiner or a possessive, then up to
 * four words ("the bugler boy", "the one-man Army", "his old sergeant", "Custer's bugler", "another specific signal":
 * one more of a kind the text has named).
 */
const NOUN_PHRASE = `(?:the|a|an|another|his|her|their|its|[a-z]+['’]s)\\s+(?:[a-z-]+\\s+){0,3}[a-z-]+`;
/**
 * Where an apposition ends, within its few words, as a clause after a comma ("Martini, the crowd around him kept
 * cheering") does not: a relative word or a preposition carrying on the description ("the bugler boy who carried …",
 * "the one-man Army on Leyte"), or a closing comma, semicolon or stop.
 */
const APPOSITION_END = `(?:\\s+(?:who|whose|that|of|at|for|on|in|from|with)\\s|[,;.])`;
/**
 * An indefinite noun phrase carried on by a "to" ("another specific signal to convince the recipient", "a personal
 * procurer to King Farouk", "a documentary-type show to be sponsored"): a kind the name is one of. Not after "the" or a
 * possessive, where a clause's subject and its verb come as often ("Vandiver, the group expects to sign").
 */
const INDEFINITE_TO = `(?:a|an|another)\\s+(?:[a-z-]+\\s+){0,3}[a-z-]+\\s+to\\s`;

/** "who is X", "who was X" with no article before X: "who is the mayor" asks who holds a post, which a name answers. */
const WHO_IS_QUESTION = /^who(?: is| are| was| were|s) (?!(?:the|a|an) )(.+)$/;

/** What a question on what X is asks of a passage that names X (see `personAsked`, `kindAsked`). */
export interface TermAsked {
  /** Whether the text names X as the question takes it: as a name for "who is X", as a common noun for "what are Xs". */
  readonly named: (text: string) => boolean;
  /** Where the text says who or what X is (`definitionOf`, and for a name `nameAsked`'s forms). */
  readonly defined: { readonly test: (text: string) => boolean };
}

/**
 * For "who is X" or "who was X" where X is a name: a passage that names X answers it only where it says who X is
 * ("Tom Hepker, a machinist"), not where it only mentions X ("the FDA named Dr. Wilhelm Reich"). Null for any other
 * question, or a name of more than `MAX_TERM_WORDS` words.
 */
export function personAsked(words: readonly string[]): TermAsked | null {
  const name = WHO_IS_QUESTION.exec(words.join(' '))?.[1];
  const asked = name === undefined ? null : askedOfName(name, words);
  return asked === null || name === undefined ? asked : orBySurname(asked, name);
}

/**
 * A person named in full is then called by the last name alone: "There at the river's edge waited one Henry Greene ...
 * Greene was in actuality a young ruffian from Kent" says who Henry Greene was. So a passage that names X in full and
 * says what X's last word is (`statesWhatItIs`) says who X is too; the same for a name of one word is `asked` itself.
 */
function orBySurname(asked: TermAsked, name: string): TermAsked {
  const words = name.split(' ');
  const surname = words.at(-1);
  if (words.length < 2 || surname === undefined) return asked;
  const bySurname = statesWhatItIs(surname);
  const inFull = compiled(`(?<![\\w-])${writtenAsInText(name)}(?![\\w-])`);
  return { named: asked.named, defined: { test: (text) => asked.defined.test(text) || (bySurname.test(text) && inFull.test(text)) } };
}

/**
 * What "who is X" asks of a passage where X is `name`: that the text writes X capitalised, each word, and says who X is
 * (`definitionOf`). Null for a name of more than `MAX_TERM_WORDS` words.
 */
export function askedOfName(name: string, words: readonly string[]): TermAsked | null {
  const defined = definitionOf(words, true);
  if (defined === null) return null;
  // Global, for every place the text names X: made once a question, as `definitionOf`'s expression is.
  const written = new RegExp(`(?<![\\w-])${writtenAsInText(name)}(?![\\w-])`, 'gi');
  const capitalised = (found: string) => found.split(/[\s."“”‘’'-]+/u).every((word) => word.length === 0 || /^\p{Lu}/u.test(word));
  return { named: (text) => someFound(text, written, capitalised), defined };
}

/**
 * "what are diatoms", "how does radar work", "what is mustard gas made of", "what does a chiropractor do": a question
 * on a kind of thing in general. Not "what is the X" (`kindAsked` takes no stop word), which points at the documents'
 * own X ("what is the welfare trap"), nor a past ("what was X"), a particular.
 */
export const WHAT_KIND_IS = /^what(?: is| are|s)(?: a| an)? (.+?)(?: made of| made from| used for)?$/;
const KIND_QUESTIONS = [WHAT_KIND_IS, /^what (?:does|do) (?:a |an )?(.+) (?:do|mean)$/, /^how (?:does|do) (?:a |an )?(.+) work$/];

/**
 * The kind a question in one of `forms` asks about, of at most `MAX_TERM_WORDS` words and no stop word ("his job",
 * "the welfare trap": the documents' own): undefined for any other question.
 */
export function kindInQuestion(words: readonly string[], forms: readonly RegExp[] = KIND_QUESTIONS): string | undefined {
  return termInQuestion(words, forms, (kindWords) => !kindWords.some(isStopWord));
}

/**
 * The name a question in one of `forms` asks about, of at most `MAX_TERM_WORDS` words that neither start nor end on a
 * stop word: a name holds one inside ("the Scripps Institution of Oceanography", "the Bank of England"), where a
 * kind does not (`kindInQuestion`); "what does it mean" asks about no name. Undefined for any other question.
 */
export function nameInQuestion(words: readonly string[], forms: readonly RegExp[]): string | undefined {
  return termInQuestion(words, forms, (nameWords) => !isStopWord(nameWords[0] ?? '') && !isStopWord(nameWords.at(-1) ?? ''));
}

/** The term the first of `forms` that matches the question captures, of at most `MAX_TERM_WORDS` words `fits` takes. */
function termInQuestion(words: readonly string[], forms: readonly RegExp[], fits: (termWords: readonly string[]) => boolean): string | undefined {
  const question = words.join(' ');
  // The first form that matches: the others need not run (each reading of `termAskedOf` asks, every question).
  let term: string | undefined;
  for (const form of forms) if ((term = form.exec(question)?.[1]) !== undefined) break;
  const termWords = term?.split(' ') ?? [];
  return term === undefined || termWords.length > MAX_TERM_WORDS || !fits(termWords) ? undefined : term;
}

/**
 * For a question on what a kind of thing is, does, is made of or how it works, asked of documents that name the kind
 * as a common noun: a passage that names it answers only where it says what it is ("radar, a way of …", "diatoms are
 * …", "called diatoms"), not where it names it in passing ("the fish have swallowed bottom-living diatoms"). A kind the
 * documents write only as a name ("the satellite SAMOS", "Hegang") or with a number ("a 15-minute bus ride") is their
 * own thing, not a common noun, and is left to the other rules. Null for any other question, or a kind of more than
 * `MAX_TERM_WORDS` words or with a stop word ("his job").
 */
export function kindAsked(words: readonly string[]): TermAsked | null {
  const kind = kindInQuestion(words);
  if (kind === undefined) return null;
  // A prefix: "radar-controlled" and "seismographs" name the kind too. Global, as `personAsked`'s.
  const written = new RegExp(`(?<![\\w-])${writtenAsInText(kind)}`, 'gi');
  return { named: (text) => someFound(text, written, (found) => /^\p{Ll}/u.test(found)), defined: statesWhatItIs(kind) };
}

/**
 * Whether a place a global expression finds in the text, as written there, passes `test`: read place by place with the
 * expression's own `exec` (no copy of it, as `matchAll` makes, nor a list of every place), so the first that passes ends
 * it; a `named` asks it of every passage judged. The expression's `lastIndex` is left at 0, as found.
 */
export function someFound(text: string, written: RegExp, test: (found: string) => boolean): boolean {
  written.lastIndex = 0;
  for (let found = written.exec(text); found !== null; found = written.exec(text)) {
    if (test(found[0])) {
      written.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/**
 * The case-insensitive expressions of the questions' pairs and terms, by source: the same words come back question
 * after question, and V8 compiles an expression anew for each new object. Neither global nor sticky, so `test` keeps no
 * state in them and one object serves every question. Cleared past `MAX_COMPILED`: made-up words cannot grow it.
 */
const compiledExpressions = new Map<string, RegExp>();
const MAX_COMPILED = 5_000;

function compiled(source: string): RegExp {
  let pattern = compiledExpressions.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source, 'i');
    if (compiledExpressions.size >= MAX_COMPILED) compiledExpressions.clear();
    compiledExpressions.set(source, pattern);
  }
  return pattern;
}

/** A term's words as a text writes them: the question's lost their "'s" and an initial's point ("Mark V. Keeler"). */
export function writtenAsInText(term: string): string {
  return term.split(' ').map(escapeRegExp).join(`(?:['’]s)?[\\s."“”‘’'-]+`);
}

// Most words hold no special character: a test is a sixth of what a global replace costs when it finds nothing.
export function escapeRegExp(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, '\\$&') : text;
}
const SPECIAL = /[.*+?^${}()|[\]\\]/;
const SPECIALS = new RegExp(SPECIAL.source, 'g');
