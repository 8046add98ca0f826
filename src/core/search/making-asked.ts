import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { tokenize } from './words.ts';

/**
 * "What novels did selma lagerlof write", "what books has X written", "in what language did irenaeus write": a
 * "what / which" (after a preposition or not, "other" or not) whose kind is one word, then the word after it.
 */
const KIND_ASKED = /^(?:(?:in|on|at|from|to|for|with|by|of|during) )?(?:what|which) (?:other )?(\S+) (\S+)/u;

/** The words that open a clause after "what / which" without a noun between ("what did", "which was"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/** The kind a "what N did X make" asks one of: the question's term for it, its own words, the senses read. */
export interface MakingAsked {
  readonly kind: QueryTerm;
  readonly questionWords: ReadonlySet<string>;
  readonly senses: number;
}

/**
 * The kind a "what N did X write / paint / build" asks one of, read from the question's words alone: N one word of the
 * question's terms with a noun sense, the word after it an auxiliary or a verb (so N is the whole kind, not the first
 * word of a compound: "what credit score do"), and a verb of making after it (`Lexicon.makesWork`: "write", "paint",
 * "build", "perform"; a noun that WordNet also lists as such a verb, "author", "japan", is no verb here). Null for
 * any other question, and with `senses` 0.
 */
export function makingAskedOf(query: ParsedQuery, lexicon: Lexicon, senses: number): MakingAsked | null {
  if (senses === 0 || query.intent !== 'general') return null;
  const match = KIND_ASKED.exec(query.words.join(' '));
  if (match === null) return null;
  const [, noun, next] = match as unknown as readonly [string, string, string];
  if (AUXILIARIES.has(noun) || !(AUXILIARIES.has(next) || lexicon.actsAsVerb(next))) return null;
  const kind = query.terms.find((term) => term.typed === noun && term.frame !== true);
  if (kind === undefined) return null;
  const after = query.words.slice(query.words.indexOf(noun) + 1);
  // "Written", "built" are adjectives more than verbs in WordNet's counts; their bases "write", "build" are verbs.
  const isVerb = (word: string) => lexicon.actsAsVerb(word) || [baseOfIrregular(word), ...lexicon.baseForms(word)].some((base) => base !== word && lexicon.actsAsVerb(base));
  // The verb of making before the kind: the lexicon remembers it, and it turns away most questions before `isKindOf`
  // parses WordNet's synsets up the kind's hypernyms, which it does anew each question.
  if (!after.some((word) => lexicon.makesWork(word) && isVerb(word))) return null;
  // A word with a noun sense is a kind of itself in WordNet; one with none ("what happens") names no kind.
  if (!lexicon.isKindOf(noun, noun)) return null;
  return { kind, questionWords: new Set(query.words), senses };
}

/**
 * Whether a passage that does not write the kind asked names one of it, by a word the question does not write one of
 * whose `senses` commonest noun senses WordNet files under the kind ("Greek" a language, "sonnet" a poem). A passage
 * telling that X wrote ("George E. Sweazey writes: ...", "the writings of Irenaeus") and naming neither the kind nor a
 * member of it tells of the making, not which work, or in what, it was.
 */
export function namesKindMade(asked: MakingAsked, text: string, lexicon: Lexicon): boolean {
  const seen = new Set<string>();
  for (const { word } of tokenize(text)) {
    if (seen.has(word) || asked.questionWords.has(word)) continue;
    seen.add(word);
    if (lexicon.isKindOf(word, asked.kind.typed, asked.senses)) return true;
  }
  return false;
}
