import { DEFAULT_ENGINE_OPTIONS, type AbstainOptions, type CommonTermOptions, type RankOptions, type SearchOptions } from '../options.ts';
import { definitionOf, phrasePairs, shareOfPairsHeld } from './phrase.ts';
import { pairsMayHold, pairWordsOf } from './phrase-words.ts';
import { isStopWord, stemWord } from './words.ts';
import { isTopicListAt } from './enumeration.ts';
import { bestSentenceShare, sentenceStartsAt } from './sentence-starts.ts';
import { timeWrittenAs, type ParsedQuery, type QueryTerm } from './query.ts';
import { statesMeasure } from './measure.ts';
import { countedAsked, type CountAsked } from './count-asked.ts';
import type { CountSaidOtherwise } from './counted-in-words.ts';
import { timesInWordAsked } from './times-in-word.ts';
import { measuredTermsOf } from './measure-held.ts';
import { scorePositions, topPositions, type ScoredPosition } from './postings.ts';
import { positionsOfStems, slotOf, StemPositions, stemsById } from './passage-terms.ts';
import type { SearchIndex } from './search-index.ts';
import { CHINESE_SPEAKER } from './chinese-words.ts';
import { hasUnspacedScript } from './segment.ts';
import { bestQuoted, findQuoteReading } from './verbatim.ts';
import { opensAnswering, opensOnPronoun } from './goes-on-from-before.ts';
import { pronounAfterOpening } from './pronoun-after-opening.ts';
import { openingShare, openingTermsOf } from './opening-words.ts';
import { headLineAnswers, titleAbove } from './document-head.ts';
import { asksMeeting, namesMeeting } from './meeting-asked.ts';
import { timeOpposedOf } from './time-opposed.ts';
import type { Figure, Passage, TimelineEntry } from '../types.ts';
import type { Lexicon } from './lexicon.ts';

/** A passage the ranking returns, with what matched. */
export interface RankedPassage {
  readonly passage: Passage;
  readonly score: number;
  /** The query stems found in the passage: the renderers bold the words with these stems. */
  readonly matchedStems: readonly string[];
  /** The passage holds the question word for word (`verbatim.ts`): it is ranked before every passage that does not, and answers it. */
  readonly quoted: boolean;
  /**
   * Query stems the passage lacks and its lead-in holds (`leadInOf`): the short line before it that names what it is
   * about ("Why choose Zhejiang?", "Charitable deductions come in for closer scrutiny by the I.R.S."), or the passage
   * before one that opens by pointing back at it ("In such an instance, …"); for a who-question, the passage before one
   * that opens by naming someone (`namerOf`).
   */
  readonly leadInStems: readonly string[];
}

/**
 * What ranking reads of the engine's options: of abstaining's, the reach a "how many" names its noun in (`countedAsked`),
 * and the counts of times read in a word (`timesInWordAsked`).
 */
export type RankingOptions = {
  readonly search: SearchOptions;
  readonly rank: RankOptions;
  readonly answer: { readonly abstain: Pick<AbstainOptions, 'countedNounMaxWords' | 'timesInWord'> };
};

/**
 * How much a Chinese character bigram of the question counts in retrieval, against 1 for a word: it
 * finds what segmentation or a mistyped character missed, without outweighing the words.
 */
const BIGRAM_WEIGHT = 0.3;

/** Evidence about passages that intent scoring reads, by passage id. */
export interface PassageEvidence {
  readonly hasFigure: (passageId: string) => boolean;
  readonly hasDate: (passageId: string) => boolean;
  /**
   * The index terms of each sentence of the passage that writes a date (its timeline entries'), for a date intent to
   * read what each dates.
   */
  readonly datedSentenceTerms?: (passageId: string) => readonly (readonly string[])[];
  /** The passage's timeline entries, in `datedSentenceTerms`' order: whether each tells a plan or a past act, and where. */
  readonly datedEntries?: (passageId: string) => readonly Pick<TimelineEntry, 'kind' | 'date' | 'raw' | 'text'>[];
  /** The index terms of each sentence of the passage a figure was taken from, for abstaining to read what each counts. */
  readonly figureSentenceTerms?: (passageId: string) => readonly (readonly string[])[];
  /** The sentence of each figure of the passage, in `figureSentenceTerms`' order: what a "how many" reads each counts. */
  readonly figureSentences?: (passageId: string) => readonly string[];
  /** The passage's figures, in `figureSentenceTerms`' order: what each measures (`figure-measure.ts`). */
  readonly figures?: (passageId: string) => readonly Pick<Figure, 'unit' | 'raw' | 'measure'>[];
  /**
   * The year the passage's document was written (its `published` date's), if it has one: a passage that names no year
   * the question names is of that year, as a report of December 1960 tells 1960's sales without writing "1960".
   */
  readonly yearWritten?: (passageId: string) => string | undefined;
}

/**
 * Ranks passages for a parsed query: BM25 (MiniSearch) proposes candidates, then coverage, proximity
 * and the question's intent reorder them (`RankWeights`). Copies of a passage already ranked are left out.
 * The passages that hold the question word for word, stop words included (a quote: `verbatim.ts`), are
 * candidates whatever BM25 thinks of them and come first: "to be or not to be" has no content word to
 * retrieve by, and "of the state of" one that thousands of passages hold.
 */
export function rankPassages(
  index: SearchIndex,
  query: ParsedQuery,
  evidence: PassageEvidence,
  limit: number,
  lexicon: Lexicon,
  options: RankingOptions = DEFAULT_ENGINE_OPTIONS,
): RankedPassage[] {
  const { weights, candidates: candidateCount, proximityWindow, minQuoteWords, leadInWords, headLineWords, topicList, opening } = options.rank;
  const quoted = bestQuoted(
    index.passageWords,
    findQuoteReading(index.passageWords, index.wordOccurrences, index.vocabulary.words, index.speller, query.words, query.typedWords, minQuoteWords),
    candidateCount,
    options.search.bm25,
  );
  if (query.terms.length === 0 && quoted.length === 0) return [];
  const searched = retrievalWeights(query.terms, query.bigrams, index, options.search);
  const retrieved = withQuoted(index, topPositions(index.postings, searched, candidateCount, options.search.bm25), quoted, searched, options.search);
  // A retrieved title brings the head line under it only for a question a head line answers (`headLineAnswers`).
  const meetingAsked = asksMeeting(query.typedWords, options.rank.meetingAsked);
  const candidates = withFollowers(index, retrieved, searched, leadInWords, options.search, query.intent === 'person', query.intent === 'date' || query.intent === 'person' || meetingAsked ? headLineWords : 0);
  const topScore = Math.max(0, ...candidates.map((candidate) => candidate.score)) || 1;
  const quoteScores = new Map(quoted.map((entry) => [entry.position, entry.score]));
  // Each candidate's BM25 by position, once a question: a passage read with its lead-in is retrieved by it too.
  const retrievedScores = weights.leadInRetrieval > 0 ? new Map(candidates.map((candidate) => [candidate.position, candidate.score])) : null;
  const topQuoteScore = quoted[0]?.score ?? 1;
  const idf = (stem: string) => Math.log(1 + index.passages.items.length / (1 + (index.documentFrequency.get(stem) ?? 0)));
  // Once a question, not once a candidate: a document frequency is a search of the term dictionary.
  // The word a question asks a kind of by ("what kind of plane") is not what a passage answering it says.
  const termWeights = query.terms.map((term) => (term.kindWord === true ? weights.kindWord : 1) * term.weight * idf(term.stem));
  const totalIdf = termWeights.reduce((sum, weight) => sum + weight, 0) || 1;
  const wanted = stemsById(index.postings.terms, query.terms.flatMap((term) => [term.stem, ...term.related]));
  const pairs = phrasePairs(query.words, isStopWord);
  const pairWords = pairWordsOf(index.vocabulary.words, pairs);
  const definition = definitionOf(query.words, query.words.some(isStopWord));
  // What a "how many" counts, read once a question as abstaining reads it: a passage must count it to meet the intent.
  const countAsked = query.intent === 'quantity' ? countedAsked(query, lexicon, options.answer.abstain.countedNounMaxWords) : null;
  // And a count of times said in a word ("she slipped once or twice"), where it asks one: the figures read none.
  const timesAsked = query.intent === 'quantity' ? timesInWordAsked(query, options.answer.abstain.timesInWord) : null;
  // Which terms are Chinese words that may stand across the segmenter's cuts (`matchOf`): a question's, not a candidate's, to ask.
  const unspaced = query.terms.map((term) => term.stem.length >= 2 && hasUnspacedScript(term.stem));
  // Which terms are years: a question's to ask once, not each candidate's.
  const years = query.terms.map((term) => isYear(term.stem));
  const namesYear = years.includes(true);
  // Where the wanted stems stand in a passage a candidate continues (`continuesWith`): one a question, written by each passage read.
  const continuedPlaces = namesYear ? new StemPositions(wanted) : null;
  // What a measure is asked of, once a question (`measuredTermsOf`): the measure counts where the passage names it.
  const measured = measuredTermsOf(query);
  // A term met by its own stem, or by one related stem alone, is met the same way in every candidate: one match a question, read only.
  const termMatches = query.terms.map((term): TermMatches => ({
    own: { weight: 1, stems: [term.stem], slots: [slotOf(wanted, term.stem)] },
    byRelated: new Array<TermMatch | null>(term.related.length).fill(null),
    ownSlot: slotOf(wanted, term.stem),
    relatedSlots: Int32Array.from(term.related, (stem) => slotOf(wanted, stem)),
  }));
  // The words a passage opening on them is about, once a question (`openingTermsOf`): none when the reading is off.
  const openingTerms = weights.opening > 0 ? openingTermsOf(query.terms.map((term) => term.stem), termWeights, query.terms.map((term) => index.documentFrequency.get(term.stem) ?? 0), index.passages.items.length, opening.maxShare) : [];
  // A candidate without a lead-in meets no term by one: one list of nulls a question, read only.
  const noMatches: readonly (TermMatch | null)[] = query.terms.map(() => null);
  // The documents' own words for each term they lack (`sameThingOf`), once a question: met more fully than other related words.
  const sameThings = query.terms.map((term) => sameThingOf(term, index, lexicon, options.search));
  // `sentenceCoverageOf`'s lists, one a question, overwritten by each candidate.
  const sentenceTerms: SentenceTerms = { weights: new Array<number>(query.terms.length), stands: new Array<readonly number[]>(query.terms.length), joined: query.terms.map(() => []) };
  // A candidate's match lists, likewise: none is kept past its candidate (`stemsOf` copies what the result keeps).
  const termList = () => new Array<TermMatch | null>(query.terms.length);
  const [ownList, leadInList, storyList, eitherList] = [termList(), termList(), termList(), termList()];
  // Where the wanted stems stand in a candidate, its lead-in and its story's lead: one each a question, written by each candidate.
  const [ownPlaces, leadInPlaces, storyPlaces] = [new StemPositions(wanted), new StemPositions(wanted), new StemPositions(wanted)];

  // A passage placing the question's time from now otherwise (今年 for 去年 asked), once a question (`timeOpposedOf`).
  // An English question searched through Chinese translations places its time by its words ("last year").
  const englishTime = () => (hasUnspacedScript(query.words.join('')) ? null : { words: query.words, writtenAs: (word: string) => timeWrittenAs(word, index, lexicon, options.search) });
  const timeOpposed = unspaced.includes(true) ? timeOpposedOf(query.terms, weights.opposedTime, englishTime()) : null;
  const scored = candidates.map((candidate) => {
    const position = candidate.position;
    const passage = index.passages.items[position] as Passage;
    const positions = positionsOfStems(index.passageWords, index.wordTerms, position, ownPlaces);
    // Each query term is met by its own stem, or more weakly by a related word's.
    const matches = matchesOf(query.terms, termMatches, unspaced, positions, passage.text, sameThings, options.search, null, ownList);
    const matchedStems = stemsOf(matches);
    // A term the passage lacks and its lead-in holds is met, more weakly: the lead-in says what the passage is about.
    // For a who-question, a passage that opens by naming someone is read with the one before it, which told what they did.
    // A passage that opens on a personal pronoun is read with the one before it, which names whom it goes on about.
    // A line of the document's head (its date line, its author) is read with the title: it says when and by whom that was written.
    const title = matches.includes(null) ? titleOf(index, position, headLineWords) : null;
    const named = matches.includes(null) ? (title ?? leadInOf(index, position, leadInWords) ?? (query.intent === 'person' ? namerOf(index, position) : null) ?? takerUpOf(index, position)) : null;
    // A passage that opens answering the one before ("But …", "Despite the warning, …") is read with it too, in the
    // ranking only: its words and the passage before's are two sayings, and abstaining asks one to meet the question.
    // So is one whose subject is a pronoun after an opening phrase ("A moment later, …, she picked up the gun").
    const leadIn = named ?? (matches.includes(null) ? (answeredOf(index, position) ?? pronounTakerOf(index, position, options.rank.pronounAfterOpeningWords)) : null);
    const leadInPositions = leadIn === null ? null : positionsOfStems(index.passageWords, index.wordTerms, leadIn, leadInPlaces);
    const leadInMatches = leadInPositions === null ? noMatches : matchesOf(query.terms, termMatches, null, leadInPositions, '', sameThings, options.search, matches, leadInList);
    // A term still unmet that the lead of the passage's story names is met more weakly again, in the ranking only.
    const story = matches.includes(null) ? storyLeadOf(index, position) : null;
    const storyMatches = story === null || story === leadIn ? noMatches : matchesOf(query.terms, termMatches, null, positionsOfStems(index.passageWords, index.wordTerms, story, storyPlaces), '', sameThings, options.search, metEither(matches, leadInMatches, eitherList), storyList);
    // A head line that says what is asked of its title's document (when, by whom) is found by the title's words and holds
    // them as its own: the line and the title are one heading.
    const ownsTitle = title !== null && leadInMatches.some((match) => match !== null) && headLineAnswers(query.intent, evidence.hasDate(passage.id), meetingAsked && namesMeeting(passage.text));
    const coverage = (coverageOf(termWeights, matches, leadInMatches, ownsTitle ? 1 : weights.leadIn) + coverageOf(termWeights, noMatches, storyMatches, weights.storyLead)) / totalIdf;
    const quoteScore = quoteScores.get(position);
    // A passage read with its lead-in is found by the lead-in's words as much as by its own, more weakly.
    const leadInScore = leadIn === null ? undefined : retrievedScores?.get(leadIn);
    const retrieval = leadInScore === undefined ? candidate.score : Math.max(candidate.score, (ownsTitle ? 1 : weights.leadInRetrieval) * leadInScore);
    // A quote weighs as a term of its own: among passages holding it, one holding it more often, or shorter, first.
    // "GDP in 2021" asks about 2021: a passage that never names the year speaks of another time, unless its document
    // was written that year. A passage that starts mid-sentence (cut where a long paragraph was split) has its year
    // in the passage it continues.
    const yearMissing = continuedPlaces !== null && missesYear(index, position, query.terms, matches, years, evidence.yearWritten?.(passage.id), continuedPlaces);
    // A list of topics names what the document tells elsewhere, as a heading does (`isTopicList`).
    const indexLike = passage.role === 'heading' ? weights.heading : isTopicListAt(index, position, topicList) ? weights.topicList : 1;
    // Where each term stands in the passage, read once for the proximity and the best sentence.
    const stands = standsOf(matches, positions, sentenceTerms);
    const score = indexLike * (yearMissing ? weights.missingYear : 1) * (timeOpposed?.(passage) === true ? weights.opposedTime : 1) * (
      weights.bm25 * (retrieval / topScore + (quoteScore ?? 0) / topQuoteScore) +
      weights.coverage * coverage +
      weights.proximity * proximityOf(stands, proximityWindow) +
      weights.sentence * sentenceCoverageOf(index, position, termWeights, matches, totalIdf, sentenceTerms) +
      weights.phrase * shareOfPairsHeld(pairs, passage.text, pairsMayHold(index.passageWords, position, passage.text, pairWords)) +
      weights.intent * intentMatch(query, passage, evidence, matchedStems, options.rank, countAsked, timesAsked, ownsTitle) +
      weights.measure * measureStated(query, passage, evidence, measured, matches) +
      (definition?.test(passage.text) === true ? weights.definition : 0) +
      weights.opening * openingShare(openingTerms, passage, opening.words, totalIdf));
    return { passage, score, matchedStems, quoted: quoteScore !== undefined, leadInStems: named === null ? NO_STEMS : stemsOf(leadInMatches) };
  });
  scored.sort((a, b) => Number(b.quoted) - Number(a.quoted) || b.score - a.score);
  return dropCopies(scored, options.rank.copyMinLengthShare).slice(0, limit);
}

/**
 * The stems candidates are retrieved by, with their weights: every typed stem, however common (top-k
 * retrieval probes a common word's postings rather than walking them, and a passage a user quotes is found
 * by its common words as much as by its rare ones), and the related stems that are rare (`commonRelatedTerm`).
 */
function retrievalWeights(terms: readonly QueryTerm[], bigrams: readonly string[], index: SearchIndex, options: SearchOptions): Map<string, number> {
  const passageCount = index.passages.items.length;
  const isCommon = (stem: string, limit: CommonTermOptions) =>
    (index.documentFrequency.get(stem) ?? 0) > Math.max(limit.share * passageCount, limit.minPassages);
  const weights = searchWeights(terms, options);
  const typed = new Set(terms.map((term) => term.stem));
  for (const stem of [...weights.keys()]) if (!typed.has(stem) && isCommon(stem, options.commonRelatedTerm)) weights.delete(stem);
  for (const bigram of bigrams) if (!weights.has(bigram)) weights.set(bigram, BIGRAM_WEIGHT);
  return weights;
}

/** The retrieved candidates and the quoted passages retrieval missed, these scored as retrieval would have scored them. */
function withQuoted(index: SearchIndex, retrieved: readonly ScoredPosition[], quoted: readonly ScoredPosition[], searched: ReadonlyMap<string, number>, options: SearchOptions): ScoredPosition[] {
  const have = new Set(retrieved.map((candidate) => candidate.position));
  const missed = quoted.map((entry) => entry.position).filter((position) => !have.has(position));
  const scores = scorePositions(index.postings, searched, missed, options.bm25);
  return [...retrieved, ...missed.map((position, at) => ({ position, score: scores[at] ?? 0 }))];
}

/**
 * The candidates and the passage after each that is a lead-in to it (`leadInOf`; for a who-question, `person`, also
 * the passage after each that opens by naming someone, `namerOf`), scored as retrieval would have scored them: "Why
 * choose Zhejiang?" is retrieved by the question's words, and the reasons after it answer.
 */
function withFollowers(index: SearchIndex, candidates: readonly ScoredPosition[], searched: ReadonlyMap<string, number>, leadInWords: number, options: SearchOptions, person: boolean, headLineWords: number): ScoredPosition[] {
  const have = new Set(candidates.map((candidate) => candidate.position));
  const followers = candidates
    .map((candidate) => candidate.position + 1)
    .filter((position) => !have.has(position) && (leadInOf(index, position, leadInWords) === position - 1 || titleOf(index, position, headLineWords) === position - 1 || (person && namerOf(index, position) === position - 1)));
  if (followers.length === 0) return [...candidates];
  const scores = scorePositions(index.postings, searched, followers, options.bm25);
  return [...candidates, ...followers.map((position, at) => ({ position, score: scores[at] ?? 0 }))];
}

/** Each stem searched for with its weight: typed words and their forms (`QueryTerm.forms`) count fully, related words `relatedWordWeight`. */
export function searchWeights(terms: readonly QueryTerm[], options: SearchOptions = DEFAULT_ENGINE_OPTIONS.search): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of terms) weights.set(term.stem, term.weight);
  for (const term of terms) {
    for (const related of term.related) if (!weights.has(related)) weights.set(related, term.forms?.includes(related) === true ? term.weight : options.relatedWordWeight);
  }
  return weights;
}

/**
 * How much a related word's match counts of a match of the term in ranking: `relatedWordWeight`, or
 * `missingWordRelatedWeight` for a term the knowledge base lacks and English uses rarely (`everydayWordUses`), whose
 * related word is the documents' own way of saying it ("attorney" for "lawyer"), not a weaker match beside a better one.
 */
function relatedWeightOf(term: QueryTerm, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): number {
  const lacked = !index.documentFrequency.has(term.stem) && lexicon.usage(term.typed) < options.everydayWordUses;
  return lacked ? Math.max(options.relatedWordWeight, options.missingWordRelatedWeight) : options.relatedWordWeight;
}

/**
 * For ranking, the stems of the term's related words that name the same thing (`Lexicon.sameThingWords`), when it is a
 * word the documents lack that `relatedWeightOf` meets more fully; null for any other term. An adjective pertaining to it
 * is left at `relatedWordWeight`: "lunar" for "moon" meets "the lunar calendar", not the moon.
 */
function sameThingOf(term: QueryTerm, index: SearchIndex, lexicon: Lexicon, options: SearchOptions): ReadonlySet<string> | null {
  if (relatedWeightOf(term, index, lexicon, options) <= options.relatedWordWeight) return null;
  return new Set(lexicon.sameThingWords(term.typed, options.maxSensesFollowed).map(stemWord));
}

/**
 * How a passage meets one query term: by its own stem (weight 1: `known.own`, the term's one match), a related one, or not
 * at all. A Chinese word of two characters or more (`unspaced`) also meets a passage where its characters stand together,
 * whatever the segmenter cut them into there (香樟 in 香|樟树). A match by one related stem alone, the most common,
 * is made at its first candidate and kept in `known.byRelated`: a match and its list a term a candidate were a tenth
 * of the ranking's allocation.
 */
function matchOf(term: QueryTerm, known: TermMatches, unspaced: boolean, present: StemPositions, text: string, sameThing: ReadonlySet<string> | null, options: SearchOptions): TermMatch | null {
  if (present.holds(known.ownSlot)) return known.own;
  if (unspaced && (text.includes(term.stem) || term.writtenAs?.some((phrase) => text.includes(phrase)) === true)) return known.own;
  // A loop, not `find`: a closure a term a candidate.
  let first = -1;
  let alone = true;
  for (let at = 0; at < term.related.length; at += 1) {
    if (!present.holds(known.relatedSlots[at] ?? -1)) continue;
    if (first >= 0) {
      alone = false;
      break;
    }
    first = at;
  }
  if (first < 0) return null;
  if (alone) return (known.byRelated[first] ??= relatedMatch(term, known, [first], sameThing, options));
  return relatedMatch(term, known, relatedPresent(known.relatedSlots, present), sameThing, options);
}

/** A term's match by the related stems a passage holds, by their places in `term.related` (`matchOf`). */
function relatedMatch(term: QueryTerm, known: TermMatches, places: readonly number[], sameThing: ReadonlySet<string> | null, options: SearchOptions): TermMatch {
  const stems = places.map((at) => term.related[at] as string);
  const slots = places.map((at) => known.relatedSlots[at] ?? -1);
  // The word in another part of speech ("European" for "Europe") is the word: it meets the term fully.
  if (term.forms !== undefined && stems.some((stem) => term.forms?.includes(stem) === true)) return { weight: 1, stems, slots };
  // The documents' own word for a word they lack ("attorney" for "lawyer") meets it as abstaining credits it.
  return { weight: sameThing !== null && stems.some((stem) => sameThing.has(stem)) ? options.missingWordRelatedWeight : options.relatedWordWeight, stems, slots };
}

/** The places in a term's `related` of the related stems a passage holds, in order (`slots`: `TermMatches.relatedSlots`). */
function relatedPresent(slots: Int32Array, present: StemPositions): number[] {
  const places: number[] = [];
  for (let at = 0; at < slots.length; at += 1) if (present.holds(slots[at] ?? -1)) places.push(at);
  return places;
}

// The candidate loop's steps are functions of their own, not closures: a closure there made V8 allocate each candidate's
// variables on the heap, and the ranking allocated 190 KB a question (`bench/e2e-tail.ts --profile`: the collector's share).

/**
 * How a passage meets each query term (`matchOf`): `present` its stems' positions, `text` its text (for `unspaced` terms,
 * null for none), a related word as `matchOf` weighs it with its term's `sameThings`. With `metAlready`, only the terms it leaves unmet are matched (a lead-in's), the others null.
 * Written into `matches` (one of the terms' length a question, overwritten by each candidate) and returned.
 */
function matchesOf(
  terms: readonly QueryTerm[],
  termMatches: readonly TermMatches[],
  unspaced: readonly boolean[] | null,
  present: StemPositions,
  text: string,
  sameThings: readonly (ReadonlySet<string> | null)[],
  options: SearchOptions,
  metAlready: readonly (TermMatch | null)[] | null,
  matches: (TermMatch | null)[],
): (TermMatch | null)[] {
  for (let i = 0; i < terms.length; i += 1) {
    const met = metAlready !== null && metAlready[i] !== null;
    matches[i] = met ? null : matchOf(terms[i] as QueryTerm, termMatches[i] as TermMatches, unspaced?.[i] ?? false, present, text, sameThings[i] ?? null, options);
  }
  return matches;
}

/** The idf-weighted share of the terms met, in the terms' order: a term met only by the lead-in counts `leadInWeight` of its match. */
function coverageOf(termWeights: readonly number[], matches: readonly (TermMatch | null)[], leadInMatches: readonly (TermMatch | null)[], leadInWeight: number): number {
  let sum = 0;
  for (let i = 0; i < termWeights.length; i += 1) sum += (termWeights[i] as number) * (matches[i]?.weight ?? leadInWeight * (leadInMatches[i]?.weight ?? 0));
  return sum;
}

/**
 * The idf-weighted share of the question the passage's best sentence holds (`bestSentenceShare`), each term counting
 * its match's weight; zero when the weight is off, so the sentences are never cut for nothing.
 */
function sentenceCoverageOf(
  index: SearchIndex,
  position: number,
  termWeights: readonly number[],
  matches: readonly (TermMatch | null)[],
  totalIdf: number,
  { weights, stands }: SentenceTerms,
): number {
  for (let i = 0; i < matches.length; i += 1) weights[i] = (termWeights[i] ?? 0) * (matches[i]?.weight ?? 0);
  return bestSentenceShare(sentenceStartsAt(index, position), weights, stands, totalIdf);
}

/**
 * Each term's weight and positions for `bestSentenceShare` and `proximityOf`, made once a question and overwritten by
 * each candidate; `joined` holds each term's positions when several stems met it (`positionsOfMatch`).
 */
interface SentenceTerms {
  readonly weights: number[];
  readonly stands: (readonly number[])[];
  readonly joined: number[][];
}

/**
 * Where each term's stems stand in the candidate (`positionsOfMatch`), written into `stands` once a candidate and read by
 * both `proximityOf` and `sentenceCoverageOf`: each read them afresh, a new list for each term not met (no slot) or met
 * by several stems, 4% of the answers' allocation on the article (perf73).
 */
function standsOf(matches: readonly (TermMatch | null)[], positions: StemPositions, { stands, joined }: SentenceTerms): readonly (readonly number[])[] {
  for (let i = 0; i < matches.length; i += 1) stands[i] = positionsOfMatch(matches[i] ?? null, positions, joined[i] as number[]);
  return stands;
}

/**
 * Whether a year the question names (`years`) is met neither by the passage, nor by a passage it continues
 * (`continuesWith`, read into `places`), nor by the year its document was written (`yearWritten`).
 */
function missesYear(
  index: SearchIndex,
  position: number,
  terms: readonly QueryTerm[],
  matches: readonly (TermMatch | null)[],
  years: readonly boolean[],
  yearWritten: string | undefined,
  places: StemPositions,
): boolean {
  for (let i = 0; i < terms.length; i += 1) {
    const stem = (terms[i] as QueryTerm).stem;
    if (matches[i] === null && years[i] === true && stem !== yearWritten && !continuesWith(index, position, stem, places)) return true;
  }
  return false;
}

/**
 * The share of neighbouring query terms that stand within `window` words of each other in the passage;
 * each query term stands for the stems that met it (none for a term not met).
 */
function proximityOf(stands: readonly (readonly number[])[], window: number): number {
  if (stands.length < 2) return 0;
  let near = 0;
  for (let index = 0; index + 1 < stands.length; index += 1) if (standNear(stands[index] ?? NO_POSITIONS, stands[index + 1] ?? NO_POSITIONS, window)) near += 1;
  return near / (stands.length - 1);
}

/**
 * Where the stems that met a term stand; a term is mostly met by one stem, whose list is read as it is, not copied.
 * A term not met stands nowhere (the one shared empty list); several stems' lists are written into `joined`, emptied
 * first: read only while its candidate is.
 */
function positionsOfMatch(match: TermMatch | null, positions: StemPositions, joined: number[]): readonly number[] {
  const slots = match?.slots ?? NO_SLOTS;
  if (slots.length === 1) return positions.listAt(slots[0] ?? -1) ?? NO_POSITIONS;
  if (slots.length === 0) return NO_POSITIONS;
  joined.length = 0;
  for (const slot of slots) for (const position of positions.listAt(slot) ?? NO_POSITIONS) joined.push(position);
  return joined;
}

/** Whether a word of `left` stands within `window` words of one of `right`: loops, as nested `some` made a closure per word. */
function standNear(left: readonly number[], right: readonly number[], window: number): boolean {
  for (const a of left) for (const b of right) if (Math.abs(a - b) <= window) return true;
  return false;
}

const NO_POSITIONS: readonly number[] = [];
const NO_STEMS: readonly string[] = [];
const NO_SLOTS: readonly number[] = [];

/**
 * The stems that met the terms, in the terms' order; the one shared empty list when none did (most candidates' lead-ins).
 * A loop, as `flatMap` cost a twentieth of the ranking per candidate.
 */
function stemsOf(matches: readonly (TermMatch | null)[]): readonly string[] {
  let stems: string[] | null = null;
  for (const match of matches) if (match !== null) for (const stem of match.stems) (stems ??= []).push(stem);
  return stems ?? NO_STEMS;
}

/** How a passage meets one query term (`matchOf`): shared between candidates, so never changed once made. */
interface TermMatch {
  readonly weight: number;
  readonly stems: readonly string[];
  /** The stems' slots (`slotOf`), by which a candidate reads where they stand (`positionsOfMatch`). */
  readonly slots: readonly number[];
}

/**
 * A term's matches made once a question (`matchOf`): by its own stem, and by each related stem met alone, made at its
 * first candidate; and the slots of its stem and related stems (`slotOf`), so a candidate looks none of them up by string.
 */
interface TermMatches {
  readonly own: TermMatch;
  /** By the related stem's place in the term's `related`. */
  readonly byRelated: (TermMatch | null)[];
  readonly ownSlot: number;
  /** By the term's `related`, in its order. */
  readonly relatedSlots: Int32Array;
}

/**
 * Whether the passage at `position` starts mid-sentence and a passage it continues (the one before it, and before that
 * while each starts mid-sentence, in the same document) holds `stem`, one of the question's wanted stems: each passage
 * before is read into `places` (the question's, not one made for the stem at each candidate, most of which start a sentence).
 */
function continuesWith(index: SearchIndex, position: number, stem: string, places: StemPositions): boolean {
  for (let at = position; at > 0; at -= 1) {
    const passage = index.passages.items[at];
    const before = index.passages.items[at - 1];
    if (passage === undefined || before === undefined || !/^\p{Ll}/u.test(passage.text) || documentOf(before) !== documentOf(passage)) return false;
    if (positionsOfStems(index.passageWords, index.wordTerms, at - 1, places).has(stem)) return true;
  }
  return false;
}

/**
 * The position of the passage's lead-in: the passage just before it in the same document, when that one is a line of
 * at most `maxWords` words (a heading, a question, a one-line topic sentence of a news column), or when the passage
 * opens by pointing back at it ("In such an instance, …", "These measures …"); never for a heading. Null when there is none.
 */
function leadInOf(index: SearchIndex, position: number, maxWords: number): number | null {
  return knownAt(knownForSetting(leadIns, index, maxWords), index, position, findLeadIn, maxWords);
}

/**
 * The position of the document's title a head line stands under (`titleAbove`), found at its first look and kept by
 * `maxWords` as lead-ins are: it is the knowledge's, not the question's. Null for every passage when `maxWords` is 0.
 */
function titleOf(index: SearchIndex, position: number, maxWords: number): number | null {
  return maxWords <= 0 ? null : knownAt(knownForSetting(titles, index, maxWords), index, position, titleAboveIn, maxWords);
}

const titleAboveIn = (index: SearchIndex, position: number, maxWords: number): number | null => titleAbove(index.passages.items, index.passageWords.starts, position, maxWords);
/** Each index's `titleOf` by position, by `headLineWords`. */
const titles = new WeakMap<SearchIndex, Map<number, Int32Array>>();

/**
 * The position `known` holds for `position`, found by `find(index, position, setting)` at its first look and kept. The
 * finder and its setting are passed, not a closure over them: a closure made at each look (ranking looks up to four
 * times a candidate) was about 7 KB of an answer's 125 KB of allocation on the article, for a table read that finds
 * the position known.
 */
function knownAt<S>(known: Int32Array, index: SearchIndex, position: number, find: (index: SearchIndex, position: number, setting: S) => number | null, setting: S): number | null {
  let found = known[position] ?? NO_LEAD_IN;
  if (found === UNKNOWN_LEAD_IN) known[position] = found = find(index, position, setting) ?? NO_LEAD_IN;
  return found === NO_LEAD_IN ? null : found;
}

/**
 * Each index's lead-ins by position and `maxWords` (`findLeadIn`), each found at its first look: a passage's lead-in is
 * the knowledge's, and finding it (two document ids cut, a regular expression) was a tenth of a candidate's ranking.
 */
const leadIns = new WeakMap<SearchIndex, Map<number, Int32Array>>();
const UNKNOWN_LEAD_IN = -2;
const NO_LEAD_IN = -1;

function findLeadIn(index: SearchIndex, position: number, maxWords: number): number | null {
  const passage = index.passages.items[position];
  const before = index.passages.items[position - 1];
  if (passage === undefined || before === undefined || passage.role === 'heading' || documentOf(before) !== documentOf(passage)) return null;
  if (POINTS_BACK.test(passage.text)) return position - 1;
  const { starts } = index.passageWords;
  const words = (starts[position] ?? 0) - (starts[position - 1] ?? 0);
  return words <= maxWords ? position - 1 : null;
}

/**
 * A passage that opens by pointing back at what the one before it said: "In such an instance", "Such claims", "These
 * measures", "This aspect". "This year" or "this spring" points at a time, not back.
 */
const POINTS_BACK = /^(?:(?:in|for|of|under|with|by) )?(?:such|these|those|this|that)\b(?! (?:year|month|week|day|time|morning|evening|spring|summer|autumn|fall|winter|century|decade|quarter)\b)/i;

/**
 * For a who-question, the passage before one that opens with a person's name ("Mrs. Grace Butcher, of nearby Chardon,
 * …"): a story tells what someone did ("a slender, bespectacled woman broke the world record") and names her next.
 */
function namerOf(index: SearchIndex, position: number): number | null {
  return knownAt(knownFor(namers, index), index, position, openerAfter, opensWithName);
}

/** Each index's `namerOf` by position, found at its first look as `takersUp` are: it is the knowledge's, not the question's. */
const namers = new WeakMap<SearchIndex, Int32Array>();
/**
 * The passage before one that opens on a personal pronoun ("He has the temperament and the stage presence …", after
 * "… carried on by Anselmo Colzani"): it names whom the pronoun takes up (`opensOnPronoun`). Not a candidate of its own
 * as a lead-in's follower is (`withFollowers`): only read where the passage is ranked anyway.
 */
function takerUpOf(index: SearchIndex, position: number): number | null {
  return knownAt(knownFor(takersUp, index), index, position, openerAfter, opensOnPronoun);
}

/**
 * The passage before one that opens answering it (`opensAnswering`): "Despite the warning, there was a unanimous vote to
 * enter a candidate" after "… the audience was warned that entering a candidate for governor would …". Read as
 * `takerUpOf`'s is, in the ranking only.
 */
function answeredOf(index: SearchIndex, position: number): number | null {
  return knownAt(knownFor(answered, index), index, position, openerAfter, opensAnswering);
}

/** Each index's `answeredOf` by position, found at its first look as `takersUp` are. */
const answered = new WeakMap<SearchIndex, Int32Array>();

/**
 * The passage before one whose first sentence has a pronoun for subject after a short opening (`pronounAfterOpening`):
 * it names whom the pronoun takes up. Read as `answeredOf`'s is, in the ranking only. By position and opening length.
 */
function pronounTakerOf(index: SearchIndex, position: number, openingWords: number): number | null {
  return openingWords <= 0 ? null : knownAt(knownForSetting(pronounTakers, index, openingWords), index, position, findPronounTaker, openingWords);
}

/** Each index's `pronounTakerOf` by opening length and position, found at its first look as `leadIns` are. */
const pronounTakers = new WeakMap<SearchIndex, Map<number, Int32Array>>();

/** The passage before, when this one's subject is a pronoun after an opening of at most `openingWords` words a phrase. */
function findPronounTaker(index: SearchIndex, position: number, openingWords: number): number | null {
  return openerAfter(index, position, (text) => pronounAfterOpening(text, openingWords));
}

/** Each index's `takerUpOf` by position, found at its first look as `leadIns` are: it is the knowledge's, not the question's. */
const takersUp = new WeakMap<SearchIndex, Int32Array>();

/** An index's table of positions in `tables`, made at its first look, every position unknown. */
function knownFor(tables: WeakMap<SearchIndex, Int32Array>, index: SearchIndex): Int32Array {
  let known = tables.get(index);
  if (known === undefined) tables.set(index, (known = new Int32Array(index.passages.items.length).fill(UNKNOWN_LEAD_IN)));
  return known;
}

/** `knownFor` of tables kept by a setting too (`leadInOf`'s `maxWords`, `pronounTakerOf`'s `openingWords`). */
function knownForSetting(tables: WeakMap<SearchIndex, Map<number, Int32Array>>, index: SearchIndex, setting: number): Int32Array {
  let bySetting = tables.get(index);
  if (bySetting === undefined) tables.set(index, (bySetting = new Map()));
  let known = bySetting.get(setting);
  if (known === undefined) bySetting.set(setting, (known = new Int32Array(index.passages.items.length).fill(UNKNOWN_LEAD_IN)));
  return known;
}

/** The passage before this one in the same document, neither a heading, when this one `opens` as it should. */
function openerAfter(index: SearchIndex, position: number, opens: (text: string) => boolean): number | null {
  const passage = index.passages.items[position];
  const before = index.passages.items[position - 1];
  if (passage === undefined || before === undefined || passage.role === 'heading' || before.role === 'heading' || documentOf(before) !== documentOf(passage)) return null;
  return opens(passage.text) ? position - 1 : null;
}

/** A name (a title, first name, initials, last name) and a comma: the opening of "Mrs. Grace Butcher, of nearby Chardon, …". */
const OPENS_WITH_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\. )?\p{Lu}\p{Ll}+(?: \p{Lu}\.)* \p{Lu}\p{Ll}+,/u;
const opensWithName = (text: string): boolean => OPENS_WITH_NAME.test(text);

/** A passage's document: its id's part before "#". */
const documentOf = (passage: Passage) => passage.id.slice(0, passage.id.indexOf('#'));

/** A year as a question writes it ("gdp in 2021"). */
const YEAR = /^(?:1[5-9]|2[01])\d\d$/;
export const isYear = (stem: string): boolean => YEAR.test(stem);

/**
 * A passage that names a person as the one who speaks, holds an office, or did the work: "said", "Zong Qinghou, founder
 * of", a byline or credit ("Translation by David Ownby", "Producer: Shi Xiangzhou").
 */
const SPEAKER = /\b(said|says|according to)\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+, (an? )?\p{Ll}|\bby \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+|^\p{Lu}\p{Ll}+: \p{Lu}\p{Ll}+ \p{Lu}/u;

/**
 * A passage that gives a cause or a purpose, what a why-question asks for: "because", "led to", "due to", "so that",
 * "reason" (however it is led in: "the best reason", "one reason"), "as a result of", "prompted".
 */
const CAUSE = /\b(?:because|due to|owing to|thanks to|on account of|as a result|results? (?:of|from)|resulted (?:in|from)|led to|lead to|leads to|caused?|causes|reasons?|why|so that|in order to|prompted|for fear)\b/i;

/**
 * A reading of a passage's text kept with the passage (so with its knowledge), made at the first question that asks it:
 * the speaker's expression tries every capitalised word of the text, some 8 µs a passage of the article, for every
 * candidate of every "who".
 */
function rememberedByPassage(read: (text: string) => boolean): (passage: Passage) => boolean {
  const known = new WeakMap<Passage, boolean>();
  return (passage) => {
    let found = known.get(passage);
    if (found === undefined) known.set(passage, (found = read(passage.text)));
    return found;
  };
}
const namesSpeaker = rememberedByPassage((text) => SPEAKER.test(text) || CHINESE_SPEAKER.test(text));
const givesCause = rememberedByPassage((text) => CAUSE.test(text));

function intentMatch(query: ParsedQuery, passage: Passage, evidence: PassageEvidence, matchedStems: readonly string[], options: RankOptions, countAsked: CountAsked | null, timesAsked: CountSaidOtherwise | null, answersOfTitle: boolean): number {
  switch (query.intent) {
    case 'quantity':
      // "how far" asks a distance: a passage stating one meets it, one whose figures are of another kind meets it less.
      if (query.measures.length > 0 && statesMeasure(passage.text, query.measures)) return 1;
      if (!evidence.hasFigure(passage.id)) return timesAsked?.counts(passage.text) === true ? 1 : 0;
      if (query.measures.length > 0) return options.measureElsewhere;
      return countAsked === null || countsWhatWasAsked(countAsked, evidence.figureSentences?.(passage.id)) ? 1 : options.countElsewhere;
    case 'date':
      // "What time does the ceremony start" asks a time of day, which the timeline dates nothing by.
      if (query.measures.length > 0) return statesMeasure(passage.text, query.measures) ? 1 : 0;
      if (!evidence.hasDate(passage.id)) return 0;
      // A head line's date dates its document, whose title met the question ("这份政府工作报告是哪一天作的").
      return answersOfTitle || evidence.datedSentenceTerms === undefined || datesWhatWasAsked(evidence.datedSentenceTerms(passage.id), matchedStems) ? 1 : options.dateElsewhere;
    case 'person':
      // A head line writing no date names its document's author ("国务院总理", "李克强").
      return answersOfTitle || namesSpeaker(passage) ? 1 : 0;
    case 'reason':
      return givesCause(passage) ? 1 : 0;
    case 'general':
      // A head line naming a meeting names the one its document was given at ("在哪次会议上作的", `asksMeeting`).
      return answersOfTitle ? 1 : 0;
  }
}

/**
 * Whether a passage's figures may count what a "how many" asks (`countedAsked`): "how many soldiers went aboard" is
 * told by "a detachment of six men", not by "100 tons of mustard gas" nor "thirty days"; a number that may count it
 * (no plural after it) may. True when the figures' sentences are not known.
 */
function countsWhatWasAsked(countAsked: CountAsked, figureSentences: readonly string[] | undefined): boolean {
  return figureSentences === undefined || figureSentences.some((sentence) => countAsked.countIn(sentence) !== 'other');
}

/**
 * 1 when the question asks a measure ("how far", "how long": `ParsedQuery.measures`) and a sentence of the passage that a
 * figure was taken from states a value of it beside a word the passage meets of what the measure is asked of (`measured`:
 * `measuredTermsOf`), else 0: a reader asked how far Siebern hit his homer looks for the feet said of Siebern, however
 * the sentence says the hit; asked how tall the dome of St. Sophia is, not for "a small, one-story building" opposite
 * St. Sophia, nor asked how long people will live for "the 15-minute high-speed project" in a passage on the people.
 */
function measureStated(query: ParsedQuery, passage: Passage, evidence: PassageEvidence, measured: readonly number[], matches: readonly (TermMatch | null)[]): number {
  if (measured.length === 0) return 0;
  const stems = measured.flatMap((place) => matches[place]?.stems ?? NO_STEMS);
  if (stems.length === 0) return 0;
  const sentences = evidence.figureSentences?.(passage.id) ?? [passage.text];
  const terms = evidence.figureSentenceTerms?.(passage.id);
  return sentences.some((sentence, at) => (terms === undefined || terms[at]?.some((stem) => stems.includes(stem)) === true) && statesMeasure(sentence, query.measures)) ? 1 : 0;
}

/**
 * Whether a sentence that writes a date also holds a word of the question the passage met: "The automobile
 * maintenance unit, or motor pool, came into existence in 1942" dates the motor pool; "Cars were operated in 1959
 * for an average $.027 per mile", after a sentence on the motor pool, dates something else.
 */
function datesWhatWasAsked(sentenceTerms: readonly (readonly string[])[], matchedStems: readonly string[]): boolean {
  return sentenceTerms.some((terms) => terms.some((stem) => matchedStems.includes(stem)));
}

/**
 * Keeps the best-ranked copy of each group of near-duplicate passages. A passage is left out only when a copy shown
 * above it is at least `minLengthShare` of its length: a short line that a longer passage contains (a book's title
 * line before its review, a proclamation's signature line) is marked a copy of it, and the longer one says more.
 */
function dropCopies<T extends { passage: Passage }>(ranked: readonly T[], minLengthShare: number): T[] {
  // The length of the longest passage shown of which each passage is a copy (each shown passage's own: never again).
  const longestShownCopy = new Map<string, number>();
  const kept: T[] = [];
  for (const entry of ranked) {
    const shown = longestShownCopy.get(entry.passage.id);
    if (shown !== undefined && shown >= minLengthShare * entry.passage.text.length) continue;
    const length = entry.passage.text.length;
    longestShownCopy.set(entry.passage.id, Number.POSITIVE_INFINITY);
    for (const copy of entry.passage.nearDuplicates) longestShownCopy.set(copy, Math.max(longestShownCopy.get(copy) ?? 0, length));
    kept.push(entry);
  }
  return kept;
}

/** Each term's match in the passage, or else in its lead-in, written into `either`: the terms a story's lead may still meet are the others. */
function metEither(matches: readonly (TermMatch | null)[], leadInMatches: readonly (TermMatch | null)[], either: (TermMatch | null)[]): (TermMatch | null)[] {
  for (let i = 0; i < matches.length; i += 1) either[i] = matches[i] ?? leadInMatches[i] ?? null;
  return either;
}

/**
 * The lead of the passage's story: the nearest passage before it in the same document that is a lead ("-- The Orioles
 * tonight …" after a dateline), whatever subheads stand between. A news story names its subject once, in the lead; the
 * paragraphs after it speak of "the club" or "the shortstop". Null for a heading, a lead, or a document without leads.
 */
function storyLeadOf(index: SearchIndex, position: number): number | null {
  let leads = storyLeads.get(index);
  if (leads === undefined) storyLeads.set(index, (leads = findStoryLeads(index.passages.items)));
  const lead = leads[position] ?? NO_LEAD_IN;
  return lead === NO_LEAD_IN ? null : lead;
}

/** Each index's story leads by position (`storyLeadOf`), found in one pass at its first question, not walked back per candidate. */
const storyLeads = new WeakMap<SearchIndex, Int32Array>();

function findStoryLeads(passages: readonly Passage[]): Int32Array {
  const leads = new Int32Array(passages.length).fill(NO_LEAD_IN);
  let lead = NO_LEAD_IN;
  for (let at = 0; at < passages.length; at += 1) {
    const passage = passages[at] as Passage;
    if (at > 0 && documentOf(passages[at - 1] as Passage) !== documentOf(passage)) lead = NO_LEAD_IN;
    if (passage.role === 'lead') lead = at;
    else if (passage.role !== 'heading') leads[at] = lead;
  }
  return leads;
}
