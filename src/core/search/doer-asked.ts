import { inflectionsOf } from './event-asked.ts';
import { factTopicOf } from './fact-near-topic.ts';
import { baseOfIrregular, isIrregularVerbForm } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isStopWord, stemWord, tokenize } from './words.ts';
import { isPerformedParticiple, namesCastAs, performsPart } from './cast-as.ts';
import { rememberedBy, rememberedOn } from '../remembered.ts';
import { stemsOf } from './terms-met.ts';
import { doerNounsOf } from './doer-noun.ts';
import { verbOfWhoAt } from './used-to.ts';
import { tokensOf } from './tokens-of.ts';

/** The maker a "who" asks for: the stems that say the act of making, and those of what was made. */
export interface DoerAsked {
  readonly act: ReadonlySet<string>;
  readonly made: ReadonlySet<string>;
  /** The stems of what was made as the question words it, not its related words: a "sea" newly discovered is no ocean. */
  readonly work: ReadonlySet<string>;
  /** Asked of a part performed ("who sang laura"), which a cast list's "Regina Resnik as Laura" credits (`namesCastAs`). */
  readonly performed: boolean;
}

/**
 * The maker of a work or the origin of a thing a "who V X" asks for, when V makes something (`Lexicon.makesWork`:
 * "who wrote war and peace", "who sang june comes around every year", "who built the b-70") or is an origin's
 * verb (`asksOrigin`: "who founded the turkish republic"). A text names such a maker beside the act, after "by" or in a
 * credit line, in a sentence about the work (`saysMade`: "Bumblebees And Their Ways by O. E. Plath"): a passage that names X and someone else, who
 * played in it, reviewed it or decided to build something else, does not say who made X. The act is said by the verb's
 * stem, its forms and related words as ranking meets them, its regular inflections and its agent nouns ("writer",
 * "founder", "choreographer") and their synonyms ("author": `doerNounsOf`). Null for any other question: who led,
 * replaced, conducted or helped is told in a text's own words as often as in the question's ("supervised by Frank E.
 * Hartwell" for "who ran the weather bureau", "The Director, Walter E. Clark" for "who runs the school"), and so is
 * who holds a post.
 */
export function doerAskedOf(query: ParsedQuery, lexicon: Lexicon, asksOrigin: boolean, makingSenses: number, doerNounSenses: number): DoerAsked | null {
  const asked = actOfWho(query, lexicon);
  if (asked === null || !(asksOrigin || lexicon.makesWork(asked.verb, makingSenses))) return null;
  const { act, bases, forms } = asked;
  const madeTerms = query.terms.filter((term) => term !== act && term.frame !== true && !/^\d/u.test(term.stem));
  const made = factTopicOf(madeTerms);
  const work = stemsOf(madeTerms);
  const doerNouns = bases.flatMap((base) => doerNounsOf(base, lexicon, doerNounSenses));
  return made.size === 0 ? null : { act: new Set([...factTopicOf([act]), ...forms.map(stemWord), ...doerNouns.map(stemWord)]), made, work, performed: performsPart(bases) };
}

/**
 * Whether a sentence says the act asked: by a name after "by" ("a ballet by Balthazar de Beaujoyeulx"; not after a
 * performer's participle, "sung by", unless a part performed is asked, nor after a noun other than the work's, "a
 * libretto by Jean Cocteau": `creditsByName`), for a part
 * performed by a cast list's "Name as Part" (`namesCastAs`: "Regina Resnik as Laura"), by a word for
 * persons just before a name, a credit line's ("Article | "Liaowang" News Weekly reporters He Lingling, Yuan Zhenyu"),
 * or by one of the act's words in a clause that names what was made, by the question's own words for it: the act said
 * a comma away is of another thing ("the unknown architect who designed the temple of Neptune at Paestum, next to the
 * Parthenon", "the motor car industry, before the A.L.A.M. was established"), and so is the act said of a related
 * thing ("the newly discovered sea ..., confident he was on his way to the warm waters of the Pacific"). A comma
 * before "or" opens no clause: it names the same thing again ("the building of the Essex, or "Deer Island" bridge").
 */
export function saysMade(sentence: string, { act, work, performed }: DoerAsked, isPersonWord: (word: string) => boolean, actsAsVerb: (word: string) => boolean): boolean {
  if (creditsByName(sentence, performed, work, actsAsVerb) || creditsByPossessive(sentence, work) || (performed && namesCastAs(sentence, work))) return true;
  // The sentence's words as remembered (`tokensOf`): a "who made" question reads the same sentences of the same passages
  // question after question (perf71).
  const tokens = tokensOf(sentence);
  const capitalised = (token: { readonly start: number } | undefined) => token !== undefined && CAPITALISED.test(sentence.charAt(token.start));
  // A credit line's word stands right before the name: "the Italian princess, Catherine De Medicis" credits her with nothing.
  const creditsNext = (token: { readonly end: number }, next: { readonly start: number } | undefined) => capitalised(next) && /^\s+$/u.test(sentence.slice(token.end, next?.start));
  if (tokens.some((token, at) => !capitalised(token) && creditsNext(token, tokens[at + 1]) && isPersonWord(token.word))) return true;
  if (saysMadeInPassive(tokens.map((token) => stemWord(token.word)), act, work)) return true;
  return clauseStemsOf(sentence).some((stems) => stems.some((stem) => act.has(stem)) && stems.some((stem) => work.has(stem)));
}

/**
 * Whether a sentence says the act in the passive, its agent after "by", of the work named before it: "Thus "America",
 * the most widely sung of the patriotic songs, was written by a New England Baptist clergyman, Samuel Francis Smith".
 * The work is the passive's subject however many commas its appositions take, which the clause reading above cuts;
 * a work named only after it ("written by Smith for the song America") is not what was made.
 */
function saysMadeInPassive(stems: readonly string[], act: ReadonlySet<string>, work: ReadonlySet<string>): boolean {
  return stems.some((stem, at) => stems[at + 1] === 'by' && act.has(stem) && stems.slice(0, at).some((before) => work.has(before)));
}

/**
 * Whether a sentence credits the work asked to someone by a possessive right before the work's words: "Rouben
 * Ter-Arutunian, in his stage settings, often uses the scrim curtain" says who designed the stage settings, as "Ponchielli's
 * music" says who wrote it. A made thing said as someone's is the maker's: "Faulkner's novels", "her recordings".
 * `work` holds the stems of what was made; only a person's possessive ("his", "her", "their", a capitalised name's
 * "'s") reads, not "its".
 */
export function creditsByPossessive(sentence: string, work: ReadonlySet<string>): boolean {
  if (!POSSESSIVE.test(sentence)) return false;
  const tokens = tokensOf(sentence);
  return tokens.some((token, at) => {
    const next = tokens[at + 1];
    if (next === undefined || !work.has(stemWord(next.word)) || !/^\s+$/u.test(sentence.slice(token.end, next.start))) return false;
    if (PERSON_POSSESSIVES.has(token.word)) return true;
    // A name's "'s", not a pronoun's or a verb's contraction ("It's", "That's", "Let's play").
    return CAPITALISED.test(sentence.charAt(token.start)) && /['’]s$/u.test(sentence.slice(token.start, token.end)) && !isStopWord(token.word) && token.word !== 'let';
  });
}

/** A person's possessive, as `creditsByPossessive` reads it: a cheap test of the sentence before its words are cut. */
const POSSESSIVE = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\b|\p{Lu}[\p{L}.-]*['’]s\b/u;
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** What closes a clause: a comma (not an apposition's ", or"), a colon or semicolon, a dash. Not a bracket: "six volumes (published by ...) that present the commission's findings" publishes the findings. */
const CLAUSE_BREAK = /,(?! or\b)|[;:—–]|\s-{1,2}\s|--/u;

/**
 * A sentence's clauses (cut at `CLAUSE_BREAK`), each as its words' stems, remembered by sentence as `tokensOf` is: a "who
 * made" question reads the clauses of the same sentences of the same passages question after question, and cutting them
 * afresh was the dearest step of the slowest answers (perf72). Read only, as shared; the bound is a memory ceiling.
 */
const clauseStemsOf: (sentence: string) => readonly (readonly string[])[] = rememberedBy(5_000, (sentence) =>
  sentence.split(CLAUSE_BREAK).map((clause) => tokenize(clause).map((token) => stemWord(token.word))),
);

/** A word written with a capital: a name, or a sentence's first word. */
const CAPITALISED = /^\p{Lu}/u;

/** A clause that opens on an article: a noun phrase in apposition, which names again what comes before it. */
const APPOSITION = /^\s*(?:a|an|the)\s/iu;

/** "by" before a capitalised word or initials, with the word before it: the maker of what the sentence names before it. */
const BY_NAME = /(?:\b(\p{L}+)\s+)?\bby (?:\p{Lu}\. ?)*\p{Lu}/gu;

/**
 * Whether a "by Name" credits the maker: not after a participle of performing ("'A Toast To The Bride', sung by Clarence
 * Nordstrom", "played by", "danced by"), which credits a performer, unless a part performed is what is asked; not after
 * a noun that is not the work's ("a libretto by Jean Cocteau" for "who directed the staging of the poor sailor"), which
 * credits the maker of that other thing.
 */
function creditsByName(sentence: string, performed: boolean, work: ReadonlySet<string>, actsAsVerb: (word: string) => boolean): boolean {
  // Every match of `BY_NAME` holds "by ": a sentence without it is passed over without the expression's scan, which
  // tries its optional word before "by" at each letter (the dearest line of the slowest answers after the clauses, perf72).
  if (!sentence.includes('by ')) return false;
  for (const { 1: before, index } of sentence.matchAll(BY_NAME)) {
    if (before === undefined) return true;
    const word = before.toLowerCase();
    // "Set to a libretto by Jean Cocteau", "these six songs by Harold Arlen": a noun's maker, of the libretto, the
    // songs, not of the staging asked nor the publisher. A title's word ("Bumblebees And Their Ways by O. E. Plath"), a
    // verb's agent ("begun by Constantine", "carried on by", "set by Helen Shipley"), the work's own word ("the suite by
    // Arlen") or a noun in apposition, the work said again ("The Harbor Widow, a ballad by Victor Seigner"), credits it.
    if (!/^\p{Lu}/u.test(before) && !isStopWord(word) && !actsAsVerb(word) && !work.has(stemWord(word)) && !APPOSITION.test(sentence.slice(0, index).split(CLAUSE_BREAK).at(-1) ?? '')) continue;
    if (performed || !isPerformedParticiple(word)) return true;
  }
  return false;
}

/** The nouns for one who does an act: "found" → "founder", "invent" → "inventor", "write" → "writer". */
const agentNounsOf = (verb: string): string[] => (verb.endsWith('e') ? [`${verb}r`] : [`${verb}er`, `${verb}or`]);

/**
 * "Who sits on the peace corps advisory council", asked of documents that never say the act (`documentHas`: no form
 * of "sit", no word related to it, no "sitter"): the words of what it is done to, each met by its stem, forms or
 * related words, that a sentence naming a person must hold all of ("An Advisory Council of outstanding public figures ... should be
 * formed" names no one who sits on it; "the Miss America Pageant held each September in Atlantic City" no winner).
 * A text that tells no act tells its doer, if at all, beside the thing itself. Null where a passage is read as before:
 * a "who" of no act, a light verb ("gets the most help": a stop word in its base form, which says little alone), a verb
 * of saying (its commonest sense one of speech, `Lexicon.communicates`: "who spoke to the latin american editors" is
 * told by "Adlai Stevenson told the newspaper men of Latin America", a saying reported in any verb of saying), an act
 * the documents say, or no object named.
 */
export function objectOfUntoldAct(query: ParsedQuery, lexicon: Lexicon, documentHas: (stem: string) => boolean): readonly ReadonlySet<string>[] | null {
  const asked = actOfWho(query, lexicon);
  if (asked === null) return null;
  const { act, at, bases, forms } = asked;
  if (bases.some((base) => isStopWord(base) || lexicon.communicates(base))) return null;
  if ([...factTopicOf([act]), ...forms.map(stemWord)].some(documentHas)) return null;
  // The object: the words after the verb and its particle ("sits on"), up to a preposition, a clause or a number.
  const rest = query.words.slice(at + 1);
  const from = rest.findIndex((word) => !ENDS_OBJECT.has(word));
  const end = rest.findIndex((word, at) => at > from && (ENDS_OBJECT.has(word) || /^\d/u.test(word)));
  const object = new Set(from < 0 ? [] : rest.slice(from, end < 0 ? rest.length : end));
  const words = query.terms.filter((term) => term !== act && term.frame !== true && object.has(term.typed)).map((term) => factTopicOf([term]));
  return words.length === 0 ? null : words;
}

/** The act of a "who V ..." (or "who used to V ..."): V's query term, its dictionary forms, and its own inflections and agent nouns. */
interface ActOfWho {
  readonly verb: string;
  /** Where V stands in the question's words: second, or after "used to" (`verbOfWhoAt`). */
  readonly at: number;
  readonly act: QueryTerm;
  readonly bases: readonly string[];
  readonly forms: readonly string[];
}

/**
 * `readActOfWho`, read once a question: `doerAskedOf` and `objectOfUntoldAct` both ask it. Kept for the last parsed query
 * (`rememberedOn`: dropped at the next question), with the lexicon it was read with; another lexicon reads afresh.
 */
const actOfWho = rememberedOn(readActOfWho);

function readActOfWho(query: ParsedQuery, lexicon: Lexicon): ActOfWho | null {
  const at = verbOfWhoAt(query.words, (word) => lexicon.actsAsVerb(word));
  const [who, verb] = [query.words[0], query.words[at]];
  if (who !== 'who' || verb === undefined || isStopWord(verb)) return null;
  const act = query.terms.find((term) => term.frame !== true && (term.typed === verb || term.correctedTo === verb));
  if (act === undefined) return null;
  // A verb asked in its base form ("who write", or "wrote" as the question's words read it) is its own base.
  const inflected = isIrregularVerbForm(verb) ? [baseOfIrregular(verb)] : lexicon.baseForms(verb);
  const bases = inflected.length === 0 && lexicon.actsAsVerb(verb) ? [verb] : inflected;
  // "Founded" is "found" inflected, and "found" is also "find"'s past: only the forms that are the base's own.
  const forms = bases.flatMap((base) => [...inflectionsOf(base).filter((form) => [form, base].includes(baseOfIrregular(form))), ...agentNounsOf(base)]);
  return { verb, at, act, bases, forms };
}

/** Words that end the object of a "who V": a preposition, a particle, a clause's opening word. */
const ENDS_OBJECT: ReadonlySet<string> = new Set(['of', 'at', 'in', 'on', 'for', 'from', 'to', 'into', 'with', 'by', 'out', 'as', 'about', 'who', 'that', 'which', 'when', 'where', 'before', 'after']);
