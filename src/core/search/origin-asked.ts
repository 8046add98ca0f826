import type { ParsedQuery, QueryTerm } from './query.ts';
import type { RankedPassage } from './rank.ts';
import { baseOfIrregular } from './irregular.ts';
import { sentencesOf } from './fact-near-topic.ts';
import { stemWord } from './words.ts';
import { creditsByPossessive } from './doer-asked.ts';
import { tokensOf } from './tokens-of.ts';
import { creditIn, stemsOf } from './terms-met.ts';

/** The verb of an origin asked, and the stems of its ways ("erected" for "built": `waysOf`), which state it too. */
export interface OriginAsked {
  readonly verb: QueryTerm;
  readonly ways: ReadonlySet<string>;
}

/**
 * The verbs whose past asks for a thing's origin: who made it first, or when it was first made. Stemmed from the past,
 * as the question writes it: "found" alone is the past of "find". Not "wrote": a writing names its author in a byline
 * with no verb of writing ("Liaowang News Weekly reporters He Lingling, …"). A hand list, not WordNet's synonyms of
 * these verbs' senses: those bring in "make", "find", "plan", "construct", "formulate", "notice", which say nothing of
 * a first time (with the first senses' synonyms as words of origin, 5 of 460 off-topic questions of the read sets were
 * answered that had been declined; with every sense's, 9).
 */
const ORIGIN_VERBS = ['invented', 'founded', 'built', 'discovered', 'designed', 'created', 'established', 'devised', 'originated', 'conceived', 'pioneered'] as const;

/**
 * The nouns of who first did it ("the inventor", "its founder", "the originator"); the verbs' nouns of the act stem as
 * the verbs do ("invention", "establishment"). Not the nouns of a trade, which name what someone does, not what they
 * began ("builders", also a detergent's; "designer", "writer"), nor "foundation", a name's word too.
 */
const ORIGIN_NOUNS = ['inventor', 'founder', 'discovery', 'discoverer', 'creator', 'originator'] as const;

/**
 * The stems of `ORIGIN_VERBS` and of every word that states an origin, made at the first origin question: stemming
 * reads the irregular forms, which a start that answers nothing yet does not load (`irregular.ts`).
 */
let originStems: { readonly verbs: ReadonlySet<string>; readonly stating: ReadonlySet<string> } | undefined;
function originStemsOf(): NonNullable<typeof originStems> {
  originStems ??= { verbs: new Set(ORIGIN_VERBS.map(stemWord)), stating: new Set([...ORIGIN_VERBS, ...ORIGIN_NOUNS].map(stemWord)) };
  return originStems;
}

/**
 * The word of a "who" or "when" question that asks for an origin, in its past: "who invented the tape recorder",
 * "who founded the american kennel club", "when was yale college founded", "who built the philippi bridge". Null for
 * any other question: "when was the building sold" asks about a building, not an origin.
 */
export function originAsked(query: ParsedQuery): QueryTerm | null {
  if (query.intent !== 'person' && query.intent !== 'date') return null;
  const isPast = (word: string) => word.endsWith('ed') || baseOfIrregular(word) !== word;
  return query.terms.find((term) => isPast(term.typed) && originStemsOf().verbs.has(term.stem)) ?? null;
}

/**
 * Whether a passage states an origin, as an origin question asks: it meets the asked verb as ranking does, by its stem
 * or a form of it, in its text or its lead-in, or its text holds another word of origin ("who designed the bridge" is
 * answered by "planned and supervised the building"). Not by a related word of the verb: "formulations" invent nothing,
 * and "the Arthritis and Rheumatism Foundation" founds no cancer society. A word of origin with a "by" after it states the
 * origin of what its sentence names before the "by", and names the maker after it: "an instrument devised by Commander
 * Green of the Coast and Geodetic Survey" says who devised the instrument, not when the survey was founded. `ways`
 * holds the stems of the ways of doing the verb asked, which state it as well (`waysOf`: "erected" for "built"): not
 * its synonyms, which the list above leaves out; a way in its own commonest sense says that very act.
 */
export function statesOrigin({ verb, ways }: OriginAsked, query: ParsedQuery, result: RankedPassage, matched: ReadonlySet<string>, leadIn: ReadonlySet<string>): boolean {
  if (creditIn(verb, matched, 0) > 0 || creditIn(verb, leadIn, 0) > 0) return true;
  const { stating } = originStemsOf();
  const topic = stemsOf(query.terms.filter((term) => term !== verb));
  // The sentences and their stems are cut once a passage (`sentencesOf`); a sentence's words only where one states it.
  return sentencesOf(result.passage).some(({ text, stems }) =>
    stems.some((stem, at) => {
      if (!stating.has(stem) && !ways.has(stem)) return false;
      const maker = tokensOf(text).findIndex((after, from) => from > at && after.word === 'by');
      return maker < 0 || stems.slice(0, maker).some((before) => topic.has(before));
    }) || creditsByPossessive(text, topic),
  );
}
