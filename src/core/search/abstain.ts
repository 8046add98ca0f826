import type { AbstainOptions, SearchOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isYear, type PassageEvidence, type RankedPassage } from './rank.ts';
import { aspectVerbsOf } from './aspect-verb.ts';
import { baseOfIrregular } from './irregular.ts';
import { statesMeasure, type Measure } from './measure.ts';
import { asksSpanToNow, heldMeasureIsRare, measuresHeld, measureWordOf, statesMeasureHeld } from './measure-held.ts';
import { degreeToldOf } from './degree-told.ts';
import { tenseAskedOf, toldInOtherTense, toldInTenseAsked, type TenseAsked } from './tense-asked.ts';
import { factTopicOf, goesOnAbout, sentencesOf, statesFactNearTopic, statesTimeBeforeTopic } from './fact-near-topic.ts';
import { kindAsked, personAsked, type TermAsked } from './phrase.ts';
import { nameAsked } from './name-asked.ts';
import { groupAsked } from './group-asked.ts';
import { meaningAsked } from './meaning-asked.ts';
import { reputationAsked } from './reputation-asked.ts';
import { stemWord, tokenize } from './words.ts';
import { rememberedBy } from '../remembered.ts';
import type { SearchIndex } from './search-index.ts';
import { hasUnspacedScript } from './segment.ts';
import { wordsNamedBefore } from './named-before.ts';
import { wordsIntroducedBefore } from './introduced-before.ts';
import { doerAfterAuxiliary, opensOnOneNamedBefore } from './goes-on-from-before.ts';
import { namesPersonNearTopic, whoIsAsked, type WhoAsked } from './person-named.ts';
import { creditsByPossessive, doerAskedOf, objectOfUntoldAct } from './doer-asked.ts';
import { namesThingAsked, phraseAskedOf, toldAsRoute, type PhraseAsked } from './thing-asked.ts';
import { complementAskedOf } from './complement-asked.ts';
import { statesAmountInWords, statesBoundedHalf, statesDayOfWeek, statesStartOfSpan, statesTimeOfYear } from './told-in-words.ts';
import { statesCount } from './count-stated.ts';
import { saysBeside } from './said-beside.ts';
import { metByKind, metByName } from './kind-named.ts';
import { metByUsualSense, namedInSomeSense } from './usual-sense.ts';
import { actAskedOf, tellsActAsked, type ActAsked } from './act-asked.ts';
import { eventAskedOf, saysEventAsked, statesEventAsked, waysOf, type EventAsked } from './event-asked.ts';
import { COUNT_OF_PRONOUN, countedAsked, namesAny, saidOfOtherHolder, uncountedNounOf, type CountAsked } from './count-asked.ts';
import { payerAskedOf, pricedAskedOf } from './payer-asked.ts';
import { ageOwnerOf, namesOnlyAsOwner } from './age-owner.ts';
import { countedInWordsAsked, countSaidOtherwiseOf } from './counted-in-words.ts';
import { multipleAskedOf } from './multiple-asked.ts';
import { statesCentury } from './century-told.ts';
import { namesValueAsked, valueAskedOf, type ValueAsked } from './value-asked.ts';
import { numberAskedOf } from './number-asked.ts';
import { givesNameAsked, nameAskedOf, type NameAsked } from './name-told.ts';
import { kindAskedOf, namesKindMade, namesMemberBeside, namesOneBeside, namesNamedMember, namesOneOfKind, type KindAsked } from './making-asked.ts';
import { type FirstTimeAsked, firstTimeAskedOf, tellsFirstTime } from './first-time.ts';
import { deedAskedOf, saysDeedAsked, type DeedAsked } from './deed-asked.ts';
import { ranksByQuality, superlativeAskedOf, type SuperlativeAsked } from './superlative-asked.ts';
import { asksYearOfSpeaking, namesYear, yearsInWords } from './year-in-words.ts';
import { phraseSynonymStems, wordStemsOf, writesPhrase } from './phrase-synonym.ts';
import { asksLifeDates, statesLifeSpan } from './life-span.ts';
import { datedInPassage } from './year-of-paragraph.ts';
import { asksCircumstance, tellsCircumstance } from './circumstance-asked.ts';
import { namesPlaceNearTopic, namesPlaceOfEvent, placeAskedOf, placeOfEventAsked, whereIsAsked, type PlaceAsked } from './place-named.ts';
import { tokensOf } from './tokens-of.ts';
import { tellsTimeByClause } from './time-clause.ts';
import { isStandInNoun } from './stand-in-noun.ts';
import { writerAsFirstPerson, writesInFirstPerson } from './writer-asked.ts';
import type { NumberToken } from '../figures/numbers.ts';
import { numbersOf } from './numbers-of.ts';
import { qualifierBefore } from '../figures/reading.ts';
import { MONTHS_IN_FULL, MONTH_OR_SHORT } from '../month-names.ts';
import { UNIT_PLURAL_SOURCE, UNIT_SOURCE } from '../figures/units.ts';

/**
 * How much of what a question asks about its best passage holds: the share of the question's weight met by
 * any of the first `judgedPassages` passages that can answer it at all (see `canAnswer`), a term met by its own
 * stem fully and by a related word at `relatedWordWeight` (at `missingWordRelatedWeight` when the knowledge base lacks
 * the term itself, everyday or not: the documents' own way of saying it). A term weighs its idf in the knowledge base; a term the
 * knowledge base lacks weighs as its rarest word would, scaled down when the word is everyday English and up when it
 * is a name (see `AbstainOptions`; a word English does not know is one, see `isUnknownWord`). A passage that misses a
 * name the question gives and the knowledge base lacks, or meets fewer than `minWordsMet` of the question's
 * informative words, holds none of it; one meeting `enoughWordsMet` of its specific words holds all of it.
 */
export function coverageOfBest(
  asked: ParsedQuery,
  ranked: readonly RankedPassage[],
  evidence: PassageEvidence,
  index: SearchIndex,
  lexicon: Lexicon,
  options: AbstainOptions,
  search: SearchOptions,
  leadInWeight: number,
): number {
  // "The writer", "the author" of a text written in the first person is its "I" (`writerAsFirstPerson`).
  const { query, writers } = writerAsFirstPerson(asked);
  const passageCount = index.passages.items.length;
  const isName = (term: QueryTerm) => lexicon.isName(term.typed) || isUnknownWord(term, lexicon, options);
  // The question's frame ("tell me about", "what does the article say about") is no part of what it asks about.
  const terms = query.terms.filter((term) => term.frame !== true);
  const lacked = lackedWordsOf(terms, query.words, index, lexicon, search.everydayWordUses);
  const weightOf = (term: QueryTerm) => {
    const frequency = index.documentFrequency.get(term.stem);
    if (frequency !== undefined) return term.weight * Math.log(1 + passageCount / (1 + frequency));
    const rarest = term.weight * Math.log(1 + passageCount);
    if (isName(term)) return rarest * options.missingNameWeight;
    // A missing word that describes ("filthy", "lagging", "buried") says what the thing asked about is like or does,
    // not what it is: it weighs as an everyday word, and the nouns beside it carry the topic.
    const word = lacked.get(term);
    const everyday = word !== undefined && (word.everyday || word.describes);
    return rarest * options.missingWordWeight * (everyday ? options.everydayWordWeight : 1);
  };
  const weights = terms.map(weightOf);
  const aspects = aspectVerbsOf(query.words, terms, lexicon);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return 0;
  const nameOf = namesOfSeveralWords(query, lexicon, options.maxNameWords);
  const wordCount = (some: readonly QueryTerm[]) => countWords(some, nameOf);
  // The words that say what the question is about: the knowledge base's and rare English it lacks, not a number word
  // ("what two report cards") nor an everyday word it lacks ("what happened in Keqiao" is about Keqiao).
  const informative = terms.filter((term) => term.weight >= 1 && lacked.get(term)?.everyday !== true);
  // Everyday words the documents lack count among the question's words ("the tallest bridge in the world" asks
  // about more than bridges), though they add no topic of their own: number words do not ("what two report cards"), nor
  // the question's everyday verbs and adjectives the documents lack (`isPhrasing`: "what year did ritter die").
  const neededTerms = terms.filter((term) => term.weight >= 1 && !isPhrasing(lacked.get(term)));
  const wordsNeeded = Math.min(options.minWordsMet, wordCount(neededTerms));
  // A noun that stands for anyone or anything ("people", "things", `isStandInNoun`) names no topic of its own: a passage
  // that leaves it unmet is not short of it, where the question has another word ("what things can people collect" is
  // answered by "collecting stamps, coins ..."). One the passage meets counts as any word met does.
  const standIns = neededTerms.some((term) => !isStandInNoun(term.typed)) ? neededTerms.filter((term) => isStandInNoun(term.typed)) : NO_TERMS;
  // Everyday words the documents lack that name a thing ("job", "shape", "car"; not the phrasing "produced"): the
  // documents may say them in their own word ("the task of the artist", "no form in art", "auto radios").
  const saidOtherwise = terms.filter((term) => term.weight >= 1 && lacked.get(term)?.everyday === true && !isPhrasing(lacked.get(term)));
  // The writer's nouns among them, which the passage's "I" meets (`writerAsFirstPerson`).
  const writersUnwritten = writers.length === 0 ? NO_TERMS : saidOtherwise.filter((term) => writers.includes(term));
  const isNoun = (word: string) => !lexicon.describes(word);
  // A noun whose dictionary form is another word is a plural ("states" → "state", "children" → "child"): "they" takes it up, not "it".
  const isPlural = (word: string) => lexicon.baseForms(word.toLowerCase()).length > 0 || baseOfIrregular(word.toLowerCase()) !== word.toLowerCase();
  // Read only for a passage that may say a word in its own (`saysBeside`), which few do: once a question at most.
  let informativeStems: ReadonlySet<string> | undefined;
  let ownStems: ReadonlySet<string> | undefined;
  // A related word that is another of the question's words says that word, not this one ("days" met by "years" in "a leap year").
  const relatedMet = (term: QueryTerm, matched: ReadonlySet<string>) => term.related.filter((stem) => matched.has(stem) && !(ownStems ??= stemsOf(terms)).has(stem));
  // A specific word is one the knowledge base holds in few passages: several of them met say what the question is about.
  // A name the knowledge base lacks ("Ohio", "Singapore", "Jiangsu") is what the question is about.
  const missingNames = terms.filter((term) => !index.documentFrequency.has(term.stem) && isName(term));
  const specific = informative.filter((term) => (index.documentFrequency.get(term.stem) ?? passageCount) <= options.specificWordShare * passageCount);
  const judged = ranked.slice(0, options.judgedPassages);
  const question = questionAskedOf(query, judged, evidence, index, lexicon, options);
  const { measureWord, yearsAsked, kindAsked, phraseAsked } = question;
  // The measure that word asks: the question's own, or the sum a "how much money" holds (`measuresHeld`).
  const wordMeasures = query.measures.length > 0 ? query.measures : measuresHeld(query);
  // Whether each of the words of the phrase asked names a thing is read in WordNet once a question, and only for a word
  // some passage judged leaves unmet.
  const things = new Map<QueryTerm, boolean>();
  const isThingOnce = (term: QueryTerm, asked: PhraseAsked) => things.get(term) ?? things.set(term, namesThingAsked(term, asked, lexicon)).get(term) === true;
  // The doer a "how much" or "when" asks about, whom a passage may leave to the one before it (`doerAfterAuxiliary`).
  const doerWord = question.asksFact ? doerAfterAuxiliary(query.typedWords) : null;
  const factDoer = doerWord === null ? undefined : terms.filter((term) => term.typed === doerWord);
  // "How many soldiers went aboard": "six men … went aboard" counts the soldiers in the writer's word (`countSaidOtherwiseOf`).
  const countOtherwise = countSaidOtherwiseOf(query, lexicon, options.countedNounMaxWords, options.countedWordSenses);
  const countedTerm = countOtherwise === null ? undefined : terms.find((term) => term.typed === countOtherwise.noun);
  // The words some sense of a term names that the documents hold (`namedInSomeSense`), read once a question.
  const namedWords = new Map<QueryTerm, readonly string[]>();
  const namedOnce = (term: QueryTerm) => namedWords.get(term) ?? namedWords.set(term, namedInSomeSense(term.typed, lexicon, (stem) => index.documentFrequency.has(stem))).get(term) ?? [];
  // Whether a term is a name, read in WordNet once a question, not once a passage judged.
  const names = new Map<QueryTerm, boolean>();
  const isNameOnce = (term: QueryTerm) => names.get(term) ?? names.set(term, isName(term)).get(term) === true;
  // "What date is thanksgiving this year": the year of asking, which a passage names by its number (`asksYearOfSpeaking`).
  const yearSpoken = terms.some((term) => term.stem === 'year') && asksYearOfSpeaking(query.typedWords);
  // "How do sommeliers treat the customers": the text's "wine waiters", a synonym of two words, read once a question.
  const phrases = new Map<QueryTerm, readonly (readonly string[])[]>();
  const phrasesOnce = (term: QueryTerm) => phrases.get(term) ?? phrases.set(term, phraseSynonymStems(term.typed, lexicon, options.phraseSynonymSenses)).get(term) ?? [];
  let best = 0;
  for (const result of judged) {
    const matched = new Set(result.matchedStems);
    // "How many brothers does the writer have" is answered by "my three brothers and I": the passage's "I" meets the writer.
    const firstPerson = writers.length > 0 && writesInFirstPerson(result.passage.text);
    if (firstPerson) for (const term of writers) matched.add(term.stem);
    // "Nineteen-sixty has been a baffling year": a year asked written in words is met as its digits are.
    if (yearsAsked.some((year) => !matched.has(year))) for (const year of yearsInWords(result.passage.text)) if (yearsAsked.includes(String(year))) matched.add(String(year));
    if (yearSpoken && !matched.has('year') && namesYear(result.passage.text)) matched.add('year');
    const leadIn = new Set(result.leadInStems);
    const toldByLifeSpan = question.lifeAsked && statesLifeSpan(result.passage.text, question.topic, options.lifeSpanMaxYears);
    if (!toldByLifeSpan && !canAnswer(question, result, matched)) continue;
    // A word the documents never use is met by its related word as well as they can meet it ("cables" by "wires").
    const relatedOf = (term: QueryTerm) => (index.documentFrequency.has(term.stem) ? search.relatedWordWeight : Math.max(search.relatedWordWeight, search.missingWordRelatedWeight));
    // "How much does Hansen weigh" is answered by "close to 200 pounds": the word that asks the measure is met by the measure
    // stated, and "how much money was bet at bowie" by "bet $842,617".
    const statesAsked = measureWord !== undefined && statesMeasure(result.passage.text, wordMeasures);
    // A name the passage lacks and the passage before it holds is whom it goes on about ("he", "the shortstop"): met as a
    // lead-in's word is. Not for a "how many" or a "when": its number or date must stand by what it is said of (`canAnswer`),
    // and one in a passage that does not name him ("how many home runs did Ron Hansen hit") is of what that passage names.
    // But the doer of a "how much did hansen sign for" is, where the passage opens going on about one named before ("The
    // big, 22-year-old shortstop ... signed his contract for an estimated $15,000", `doerAfterAuxiliary`): its fact is his.
    // The passage before's text is read first: a look in WordNet costs more than a look in a paragraph.
    const unmet = (question.asksFact ? (factDoer === undefined || !opensOnOneNamedBefore(result.passage.text) ? [] : factDoer) : terms).filter((term) => creditIn(term, matched, 0) === 0 && creditIn(term, leadIn, 0) === 0);
    const isUnmetName = (word: string) => unmet.some((term) => term.typed === word && isNameOnce(term));
    const namedOnly = unmet.length === 0 ? NO_WORDS : wordsNamedBefore(index, result.passage, unmet.map((term) => term.typed), options.namedBeforeReach, isUnmetName);
    // A noun asked with "the" that the passage before brings in ("comes a book ...") is the one this passage goes on about.
    const introduced = unmet.length === 0 ? NO_WORDS : wordsIntroducedBefore(index, result.passage, unmet.map((term) => term.typed), query.words, options.introducedBeforeReach);
    const namedBefore = introduced.size === 0 ? namedOnly : new Set([...namedOnly, ...introduced]);
    // The noun a "how many" counts is met by its count said in another word for it, read only where the passage lacks the noun.
    const countedOtherwise = countedTerm !== undefined && countOtherwise !== null && creditIn(countedTerm, matched, 0) === 0 && sentencesOf(result.passage).some(({ text }) => countOtherwise.counts(text));
    // A word the passage leaves unmet, said by a synonym of several words it writes, is met as a related word is.
    // The passage's stems are read once, and only for a term WordNet gives such a synonym.
    let passageStems: readonly string[] | undefined;
    const saidByPhrase = (term: QueryTerm) => {
      const phrases = phrasesOnce(term);
      return phrases.length > 0 && writesPhrase((passageStems ??= wordStemsOf(result.passage.text)), phrases) ? relatedOf(term) : 0;
    };
    const ownCredit = (term: QueryTerm) =>
      (statesAsked && term === measureWord) || (countedOtherwise && term === countedTerm) ? 1 : creditIn(term, matched, relatedOf(term)) || (creditIn(term, leadIn, relatedOf(term)) || (namedBefore.has(term.typed) ? 1 : 0)) * leadInWeight || saidByPhrase(term);
    // A verb of aspect is met as the act it carries is ("kept asking" by "requests"): `aspectVerbsOf`.
    const creditOf = aspects.size === 0 ? ownCredit : (term: QueryTerm) => ownCredit(aspects.get(term) ?? term);
    // The stems of the question's informative words the passage meets, beside which a sentence may name another of them
    // in its own way (`metByKind`, `metByName`, `namesMemberBeside`): read only for a passage that falls short, once.
    let metStems: ReadonlySet<string> | undefined;
    const stemsMet = () => (metStems ??= stemsOf(informative.filter((term) => creditOf(term) > 0)));
    // An acronym, or a name of several words, is met when every word of it is ("Space Administration" alone is not NASA).
    const metCount = (terms: readonly QueryTerm[]) => wordCount(terms) - wordCount(terms.filter((term) => creditOf(term) === 0));
    // "Elderly care homes in Ohio" is not answered by a passage on elderly care elsewhere, unless a related word meets the name ("jan" → "January").
    if (missingNames.some((term) => creditOf(term) === 0)) continue;
    // One shared word is no answer to a question of several: "capital" in "the capital of Australia" meets "human capital".
    // A number the documents write in few passages ("what is the 98.2% figure", "what started in 2003") names its fact
    // as a name does: the passage that holds it is the one asked about, whatever word the question puts beside it.
    // An everyday word the documents lack, met by its related word ("what is the job of the artist" by "the task of the
    // artist"), is one of the question's words met, as a word they hold met by its related word is; only where the
    // passage meets every other word the question is about, beside one of them in a sentence, in a noun (`saysBeside`):
    // it is then the question in the documents' words. A question of other things still misses some ("which car company
    // makes the safest cars" by "automobile companies").
    // A stand-in the passage leaves unmet is not needed of it (`standIns`).
    const unmetStandIns = standIns.length === 0 ? NO_TERMS : standIns.filter((term) => creditOf(term) === 0);
    const wordsNeededHere = unmetStandIns.length === 0 ? wordsNeeded : Math.min(wordsNeeded, wordCount(neededTerms.filter((term) => !unmetStandIns.includes(term))));
    const informativeMet = metCount(informative);
    const inOwnWords = informativeMet < wordsNeededHere && informativeMet > 0 && informativeMet === wordCount(informative) ? saidOtherwise.filter((term) => saysBeside(result.passage, relatedMet(term, matched), (informativeStems ??= stemsOf(informative)), isNoun, isPlural)) : [];
    // A writer's noun the documents lack ("writer", everyday) is one of the question's words met by the passage's "I".
    const writerMet = firstPerson ? wordCount(writersUnwritten.filter((term) => !inOwnWords.includes(term))) : 0;
    // "How much money did the us give nkrumah", of documents that never write "money": the sum stated meets it (`statesAsked`),
    // one of the question's words met, though an everyday word they lack adds no topic of its own.
    const measureMet = statesAsked && measureWord !== undefined && neededTerms.includes(measureWord) && !informative.includes(measureWord) ? 1 : 0;
    const ownWordsMet = (inOwnWords.length === 0 ? informativeMet : metCount([...informative, ...inOwnWords])) + writerMet + measureMet;
    // A noun the passage names by a kind of it ("who will take care of the roads" by "Highways go to a new Department of
    // Highways, sewers to ..."; "a famous trumpet player" by "this view of the great trumpeter") is one of the question's
    // words met, at a related word's credit, where a sentence names the kind beside a word the passage meets (`metByKind`).
    // Read only for a passage one word short, which few are, and below for one short of the coverage.
    // So is the kind a "what N" asks, unwritten, where a sentence names one of it at any depth beside a word met (`namesOneBeside`).
    const kindsNamed = () => {
      const unmetWords = informative.filter((term) => creditOf(term) === 0);
      const beside = stemsMet();
      const kinds = metByKind(unmetWords, result.passage, beside, lexicon, search.maxSensesFollowed);
      const oneNamed = kindAsked !== null && unmetWords.includes(kindAsked.kind) && !kinds.includes(kindAsked.kind) && namesOneBeside(kindAsked, result.passage, beside, lexicon);
      const named = oneNamed ? [...kinds, kindAsked.kind] : kinds;
      // And a word the question uses in a rarer sense, named by a passage's word in its usual one ("old" by "former").
      const usual = metByUsualSense(unmetWords.filter((term) => !named.includes(term)), result.passage, beside, (ownStems ??= stemsOf(terms)), lexicon, options.passageWordSenses, namedOnce);
      return usual.length === 0 ? named : [...named, ...usual];
    };
    const kindsRead = ownWordsMet < wordsNeededHere && ownWordsMet > 0;
    // An everyday noun the documents lack, named by a name WordNet files under it ("the country" by "Denmark"), is met so too.
    const namesNamed = (unmetOwn: readonly QueryTerm[]) => (unmetOwn.length === 0 ? NO_TERMS : metByName(unmetOwn, result.passage, stemsMet(), lexicon, options.instanceKindSenses));
    const byKind = kindsRead ? [...kindsNamed(), ...namesNamed(saidOtherwise.filter((term) => creditOf(term) === 0))] : NO_TERMS;
    const wordsMet = ownWordsMet + wordCount(byKind);
    if (wordsMet < wordsNeededHere && !specific.some((term) => isNumber(term) && creditOf(term) === 1)) continue;
    // "How tall is a Great Dane", "what is the range of an Atlas missile": a measure asked in words no intent reads needs a
    // number said of what is asked, as a "how many" does; a passage naming the thing and no number does not say it.
    // Read after the word counts, which most such questions asked of other documents fail first.
    if (question.asksMeasure && !statesNumberAsked(question, result)) continue;
    if (question.valueTopic !== null && !statesFactNearTopic(result.passage, question.valueTopic, statesValue)) continue;
    // "What is the population of St. Louis": a passage naming St. Louis and no population names what is asked about, not
    // what is asked (`namesThingAsked`).
    // "What is the route of the parade": told by "from West Warwick to the Greene Homestead" (`toldAsRoute`).
    if (phraseAsked !== null && phraseAsked.terms.some((term) => creditOf(term) === 0 && isThingOnce(term, phraseAsked) && !toldAsRoute(term, result.passage.text))) continue;
    // "Who invented the tape recorder": a passage that names the tape recorder and no invention does not say who did.
    // Read after the word counts above, which are cheaper than its sentences and let fewer passages through.
    if (question.origin !== null && !statesOrigin(question.origin, question.query, result, matched, leadIn)) continue;
    if (question.placeAsked !== null && !namesPlaceNearTopic(result.passage, question.topic, question.placeAsked, lexicon, options.placePhraseReach)) continue;
    if (question.placeOfEvent !== null && !namesPlaceOfEvent(result.passage, question.placeOfEvent, question.topic, lexicon, options.placePhraseReach)) continue;
    if (question.person !== null && !namesPersonNearTopic(result.passage, question.topic, lexicon, question.person)) continue;
    // "How do you change a flat tire": a passage naming a tire and no changing of one does not tell how (`tellsActAsked`).
    if (question.actAsked !== null && !tellsActAsked(question.actAsked, result.passage)) continue;
    if (question.valueAsked !== null && !namesValueAsked(question.valueAsked, result.passage.text, lexicon)) continue;
    if (question.nameAsked !== null && !givesNameAsked(result.passage.text, question.nameAsked, options.nameBearerReach)) continue;
    // A kind asked and not met is told in words of the passage's own unless it is a work made (rank64's broader form
    // lost on-topic questions: "on what grounds" by "His petition charged …"); a kind the passage writes must be written
    // of one in particular (`namesOneOfKind`). One met by a related word only is said otherwise, and left alone.
    // An institution WordNet names none of ("which company", "which hospital") is named by its name in a sentence saying
    // the question's other words (`namesMemberBeside`).
    if (kindAsked !== null && (creditOf(kindAsked.kind) === 0 ? (kindAsked.making ? !namesKindMade(kindAsked, result.passage.text, lexicon) : kindAsked.named ? !namesNamedMember(kindAsked, result.passage.text, lexicon, options.unknownNameMinLength) : kindAsked.institution && !namesMemberBeside(kindAsked, result.passage, stemsMet(), lexicon, options.unknownNameMinLength)) : matched.has(kindAsked.kind.stem) && !namesOneOfKind(kindAsked, result.passage.text, lexicon, options.unknownNameMinLength))) continue;
    // "Where did dr. baum go to medical school": a passage naming another's school, not Baum nor one taken up before, does not tell his.
    if (kindAsked?.goer?.some((term) => creditOf(term) === 0) === true) continue;
    if (question.deedAsked !== null && !saysDeedAsked(question.deedAsked, result.passage)) continue;
    if (question.superlative !== null && !ranksByQuality(question.superlative, result.passage.text, lexicon)) continue;
    // Three of the knowledge base's specific words name the passage's topic, whatever the question adds in words of its own.
    if (metCount(specific) >= options.enoughWordsMet) return 1;
    const metWith = (kinds: readonly QueryTerm[]) => terms.reduce((sum, term, at) => sum + (weights[at] ?? 0) * (kinds.includes(term) ? relatedOf(term) : creditOf(term)), 0);
    // A passage that meets enough words and falls short of `minCoverage` is read for kinds as well ("did the program
    // please longtime fans or beginners" by "satisfying neither the confirmed fan nor the inquisitive newcomer"). Only
    // then: most passages judged are covered, or were read for kinds above.
    // Nor of its coverage, where the documents write it ("people", "things"): the passage could have said it and need
    // not. One they never write weighs as any word they lack ("how does the census bureau count homeless people", of
    // a census that counts "persons", asks of other people).
    const unsaid = unmetStandIns.length === 0 ? NO_TERMS : unmetStandIns.filter((term) => index.documentFrequency.has(term.stem));
    const totalHere = unsaid.length === 0 ? total : terms.reduce((sum, term, at) => sum + (unsaid.includes(term) ? 0 : (weights[at] ?? 0)), 0);
    const metAsRead = metWith(byKind);
    const met = kindsRead || metAsRead >= options.minCoverage * totalHere ? metAsRead : metWith(kindsNamed());
    best = Math.max(best, met / totalHere);
  }
  return best;
}

/**
 * What the checks of a passage read of its question, read once a question before any passage is judged: the question as
 * judged, the kind of fact it asks and what that fact must be said of, and each reading a check takes (null where the
 * question asks none of it). Every passage judged is read against the same one, which none changes.
 */
interface QuestionAsked {
  /** The question as judged: "the writer" of a text written in the first person is its "I" (`writerAsFirstPerson`). */
  readonly query: ParsedQuery;
  readonly lexicon: Lexicon;
  readonly options: AbstainOptions;
  /** Where the figures and the timeline took a number or a date from. */
  readonly evidence: PassageEvidence;
  /** A "how much" or a "when": its number or date must stand by what it is said of. */
  readonly asksFact: boolean;
  /** A measure asked in words no intent reads ("how tall is a Great Dane", "what is the range of an Atlas missile"). */
  readonly asksMeasure: boolean;
  /**
   * What a number, a date, a person or a place asked must be said of (`statesFactNearTopic`): the question's words but its
   * frame and its numbers; empty for any other question.
   */
  readonly topic: ReadonlySet<string>;
  /** "Who was Wilhelm Reich", "what are diatoms", asked of documents that name them: a passage must say who or what (`TermAsked`). */
  readonly termAsked: TermAsked | null;
  /** The years the question names ("how has the economy been doing in 1960"). */
  readonly yearsAsked: readonly string[];
  /** The question's word that asks a measure ("weigh", "money": `measureWordOf`). */
  readonly measureWord: QueryTerm | undefined;
  /** What a "how many" or "how much" reads a number by; null for any other question. */
  readonly number: NumberAsked | null;
  /** "When did Henry Hudson die": the act the dated sentence must say (`eventAskedOf`). */
  readonly event: EventAsked | null;
  /** "When was la gioconda first performed": the dated sentence must tell a first time (`firstTimeAskedOf`). */
  readonly firstTime: FirstTimeAsked | null;
  /** "When was john tower elected", "on what date will the council open": the time asked of (`tenseAskedOf`). */
  readonly tense: TenseAsked | null;
  /**
   * "When did tabit ibn korra live": "Tabit Ibn Korra (836-901)" dates the life asked, which no dated sentence says
   * (`statesLifeSpan`); it stands for `canAnswer`'s date, so not where the question names a year of its own.
   */
  readonly lifeAsked: boolean;
  /** "What is the melting point of gold": what a value asked by its noun is said of (`numberAskedOf`); null for any other question. */
  readonly valueTopic: ReadonlySet<string> | null;
  /** "What is the population of St. Louis", "what law firm is henry l. bowden with": the phrase asked for (`phraseAskedOf`). */
  readonly phraseAsked: PhraseAsked | null;
  /** "Who invented soap", "when was yale college founded": the origin asked (`originAsked`). */
  readonly origin: OriginAsked | null;
  /** "Who invented soap": the person asked for, whom a passage must name about what it asks (`namesPersonNearTopic`). */
  readonly person: WhoAsked | null;
  /** "Where is the university of california press": X named by its head and two of its words (`placeAskedOf`). */
  readonly placeAsked: PlaceAsked | null;
  /** "Where was the 50-megaton bomb tested": the event whose place a sentence saying it must name (`namesPlaceOfEvent`). */
  readonly placeOfEvent: EventAsked | null;
  /** "How does radar work", asked of documents that name radar, is answered by what radar is (`termAsked`) as well. */
  readonly actAsked: ActAsked | null;
  /** "What color are his eyes": a colour named, not the word "colour" (`valueAskedOf`). */
  readonly valueAsked: ValueAsked | null;
  /** "What was the name of the bank president": a name given as his (`nameAskedOf`). */
  readonly nameAsked: NameAsked | null;
  /** "What novels did selma lagerlof write", "which university calls …": the kind asked (`kindAskedOf`). */
  readonly kindAsked: KindAsked | null;
  /** "What did the muscovy company trade": the act said of X, not X named beside other acts (`deedAskedOf`). */
  readonly deedAsked: DeedAsked | null;
  /** "What is the tallest mountain in vermont": the quality ranked by (`superlativeAskedOf`). */
  readonly superlative: SuperlativeAsked | null;
}

/** What a "how many" or "how much" reads a number by (`statesNumberAsked`). */
interface NumberAsked {
  /** "How many sailors": what a sentence's numbers count (`countedAsked`). */
  readonly count: CountAsked | null;
  /** "How many plays did racine write": a noun no reading counts, whose count's sentence must name it (`uncountedNounOf`). */
  readonly uncounted: ReadonlySet<string> | null;
  /**
   * "How many people are needed": "one person" in words counts them, which no figure reads (`countedInWordsAsked`); "how
   * much bigger are the plants": "half again the size" tells it (`multipleAskedOf`).
   */
  readonly toldInWords: ((sentence: string) => boolean) | null;
  /** "How high should the grill be": a degree told by what it is enough for (`degreeToldOf`). */
  readonly degreeTold: ((sentence: string) => boolean) | null;
  /** "How much does the soviet union spend": a sum of the Soviet Union's, not NASA's (`payerAskedOf`). */
  readonly payer: ReadonlySet<string> | null;
  /** "How much did a seat on vernon's tallyho cost": a seat's price, not the tallyho's (`pricedAskedOf`). */
  readonly priced: ReadonlySet<string> | null;
}

/** The verb of an origin asked, and the stems of its ways ("erected" for "built": `waysOf`), which state it too. */
interface OriginAsked {
  readonly verb: QueryTerm;
  readonly ways: ReadonlySet<string>;
}

/** Reads what the checks of a passage ask of its question (`QuestionAsked`), once a question. */
function questionAskedOf(query: ParsedQuery, judged: readonly RankedPassage[], evidence: PassageEvidence, index: SearchIndex, lexicon: Lexicon, options: AbstainOptions): QuestionAsked {
  // "Who was Wilhelm Reich", where the documents write him as a name: only a passage that says who he was answers, not
  // one that names him in passing nor the next passage, whose lead-in names him (see `personAsked`). So for "what are
  // diatoms", where they write the kind as a common noun (see `kindAsked`), and for "what is rotc", where they write it
  // only as a name (see `nameAsked`), and for "who were the Megarians", a group (see `groupAsked`).
  const termAsked = termAskedOf(query.words, judged);
  const verb = originAsked(query);
  // "When was the monument of the republic built": "erected in 1928" tells it, a way of building (`waysOf`).
  const origin = verb === null ? null : { verb, ways: new Set(waysOf(baseOfIrregular(verb.typed), lexicon, options.verbKindSenses).map(stemWord)) };
  const measureWord = measureWordOf(query);
  const phraseAsked = options.thingAskedMaxWords > 0 ? (phraseAskedOf(query, options.thingAskedMaxWords) ?? complementAskedOf(query, options.thingAskedMaxWords, lexicon)) : null;
  const asksFact = query.intent === 'quantity' || query.intent === 'date';
  const event = eventAskedOf(query, lexicon, options.passiveParticipleReach, options.phrasalVerbSenses, options.participleNounSenses, options.verbKindSenses);
  const asksMeasure = query.intent === 'general' && query.measures.length > 0;
  const valueNoun = numberAskedOf(query, lexicon, options.numberNounSenses);
  // A "who" needs a person named about what it asks (`namesPersonNearTopic`), unless it is "who is X" asked of documents
  // that name X, which `termAsked` reads.
  const whoAsked = query.intent === 'person' && termAsked === null ? whoIsAsked(query, lexicon) : null;
  // What a number or a date asked for must be said of: the question's words but its frame and its numbers. A year is its
  // time, not its topic, and met in `canAnswer`; another number names what is asked only beside the words it is written
  // with ("world war 2"), which name it anyway: a 2 alone ("December 2", "2 cups") is no World War 2. The same for every
  // passage judged; made only for the questions that read it (a fact, a measure, a person or a place asked): its related
  // words cost a look in WordNet each.
  // "Where is the fisher body plant": a place named about the plant (`namesPlaceNearTopic`).
  const whereIs = options.placePhraseReach > 0 && whereIsAsked(query);
  const placeOfEvent = options.placePhraseReach > 0 && event !== null && placeOfEventAsked(query, lexicon) ? event : null;
  const topicTerms = asksFact || asksMeasure || whoAsked !== null || whereIs || placeOfEvent !== null ? query.terms.filter((term) => term.frame !== true && !isNumber(term)) : [];
  const doer = whoAsked === null ? null : doerAskedOf(query, lexicon, verb !== null && verb.typed === query.words[1], options.makingVerbSenses);
  const yearsAsked = query.terms.filter((term) => isYear(term.stem)).map((term) => term.stem);
  return {
    query,
    lexicon,
    options,
    evidence,
    asksFact,
    asksMeasure,
    topic: topicTerms.length > 0 ? factTopicOf(topicTerms) : NO_WORDS,
    termAsked,
    yearsAsked,
    measureWord,
    number: query.intent === 'quantity' ? numberAskedIn(query, measureWord, lexicon, options) : null,
    event,
    firstTime: firstTimeAskedOf(query),
    tense: query.intent === 'date' ? tenseAskedOf(query.typedWords, yearsAsked, options.pastClauseReach) : null,
    lifeAsked: query.intent === 'date' && yearsAsked.length === 0 && options.lifeSpanMaxYears > 0 && asksLifeDates(event),
    valueTopic: valueNoun === null ? null : factTopicOf(query.terms.filter((term) => term.typed === valueNoun)),
    phraseAsked,
    origin,
    person:
      whoAsked === null
        ? null
        : {
            asked: whoAsked,
            doer,
            shown: judged.map((result) => result.passage),
            untoldObject: doer !== null ? null : objectOfUntoldAct(query, lexicon, (stem) => index.documentFrequency.has(stem)),
          },
    placeAsked: whereIs ? placeAskedOf(query, topicTerms, options.placeTopicWords) : null,
    placeOfEvent,
    actAsked: termAsked === null ? actAskedOf(query, lexicon, options.phrasalVerbSenses, options.lightVerbObjectReach) : null,
    valueAsked: valueAskedOf(query, lexicon, options.valueSenses),
    nameAsked: nameAskedOf(query),
    kindAsked: kindAskedOf(query, lexicon, options.makingKindSenses, options.goneToSenses),
    deedAsked: deedAskedOf(query, lexicon, options.phrasalVerbSenses),
    superlative: superlativeAskedOf(query, lexicon, options.superlativeSenses),
  };
}

/** What a "how many" or "how much" reads a number by (`NumberAsked`). */
function numberAskedIn(query: ParsedQuery, measureWord: QueryTerm | undefined, lexicon: Lexicon, options: AbstainOptions): NumberAsked {
  const count = countedAsked(query, lexicon, options.countedNounMaxWords);
  return {
    count,
    uncounted: count === null ? uncountedNounOf(query, lexicon, options.countedNounMaxWords) : null,
    toldInWords: countedInWordsAsked(query, lexicon, options.countedNounMaxWords) ?? multipleAskedOf(query, lexicon),
    degreeTold: degreeToldOf(query, options.degreeResultReach),
    payer: payerAskedOf(query, measureWord),
    priced: pricedAskedOf(query, measureWord),
  };
}

/**
 * The first of the readings of a "who / what is X" that a judged passage names X as it takes X, if any (`TermAsked`).
 * The meaning before the kind: "what does X mean" is told by a gloss after X ("\"a la mode\" doesn't mean … it just
 * means, in the latest style") as well as by a definition, however the documents write X.
 */
function termAskedOf(words: readonly string[], judged: readonly RankedPassage[]): TermAsked | null {
  for (const reading of [personAsked, groupAsked, meaningAsked, kindAsked, nameAsked, reputationAsked]) {
    const asked = reading(words);
    if (asked !== null && judged.some((result) => asked.named(result.passage.text))) return asked;
  }
  return null;
}

/**
 * How a term is met by a set of stems (a passage's matched words, or its lead-in's): fully by its own stem or by a form
 * of the word in another part of speech ("european" for "europe", as ranking counts it), weakly by a related word.
 */
function creditIn(term: QueryTerm, stems: ReadonlySet<string>, relatedWordWeight: number): number {
  if (stems.has(term.stem) || term.forms?.some((stem) => stems.has(stem))) return 1;
  return term.related.some((stem) => stems.has(stem)) ? relatedWordWeight : 0;
}

/**
 * Whether a question's word is no English word in any form WordNet knows ("jiangsu", "shenzhen", "bitcoin"), nor a
 * misspelling the speller took to a word of the documents: a name, of a place, a firm or a thing too new for WordNet.
 * Shorter words are left out (`AbstainOptions.unknownNameMinLength`): unknown ones are mostly chat spellings and
 * abbreviations ("wat", "thx", "apps"). A misspelling of an everyday word the documents lack ("chaging") counts as a
 * name too: no passage answers it either way, and knowing English words one edit away costs milliseconds a word.
 */
function isUnknownWord(term: QueryTerm, lexicon: Lexicon, options: AbstainOptions): boolean {
  if (term.correctedTo !== undefined || term.typed.length < options.unknownNameMinLength || !/^\p{L}+$/u.test(term.typed)) return false;
  return !lexicon.isWord(term.typed) && !lexicon.isWord(baseOfIrregular(term.typed));
}

/**
 * How many of the question's words the terms are: an acronym searched as its name counts once ("when was nasa
 * founded" names one thing, not the four words of "National Aeronautics and Space Administration"), and so does a
 * name of several words (`namesOfSeveralWords`: "rhode island").
 */
function countWords(terms: readonly QueryTerm[], nameOf: ReadonlyMap<string, string>): number {
  return new Set(terms.map((term) => term.partOf ?? nameOf.get(term.typed) ?? term.stem)).size;
}

/**
 * The question's words that stand in a name of several words WordNet lists as one ("rhode island", "west virginia",
 * "lake champlain"; at most `AbstainOptions.maxNameWords`), each mapped to that name: "the speed limit on rhode island
 * highways" names one place, and a passage that meets only that place meets one word of the question, not two. Longer
 * names first, each word in one.
 */
function namesOfSeveralWords(query: ParsedQuery, lexicon: Lexicon, maxWords: number): Map<string, string> {
  const names = new Map<string, string>();
  const words = query.typedWords;
  // A name starts and ends with a word of the question's terms ("isle of man"): runs from a stop word are not looked up.
  const searched = new Set(query.terms.map((term) => term.typed));
  for (let length = maxWords; length >= 2; length -= 1) {
    for (let at = 0; at + length <= words.length; at += 1) {
      const run = words.slice(at, at + length);
      if (!searched.has(run[0] ?? '') || !searched.has(run.at(-1) ?? '') || run.some((word) => names.has(word)) || !lexicon.isName(run.join('_'))) continue;
      for (const word of run) names.set(word, run.join(' '));
    }
  }
  return names;
}

/** What abstaining reads of a question's word the knowledge base lacks (see `lackedWordsOf`). */
interface LackedWord {
  /** English uses it often (`SearchOptions.everydayWordUses`): it adds no topic of its own. */
  readonly everyday: boolean;
  /**
   * English uses it mostly as a verb, adjective or adverb (`Lexicon.describes`), or the question uses it as a phrasal
   * verb's (`isPhrasalVerb`): it says what a thing does or is like.
   */
  readonly describes: boolean;
}

/**
 * The question's words the knowledge base lacks, each read once in WordNet's counts (each reading is a few binary
 * searches of its sense index): the words it holds are judged by their frequency in it instead.
 */
function lackedWordsOf(terms: readonly QueryTerm[], words: readonly string[], index: SearchIndex, lexicon: Lexicon, everydayWordUses: number): Map<QueryTerm, LackedWord> {
  const lacked = new Map<QueryTerm, LackedWord>();
  for (const term of terms) {
    if (index.documentFrequency.has(term.stem)) continue;
    const everyday = lexicon.usage(term.typed) >= everydayWordUses;
    // Read only for a rare noun the documents lack, which alone weighs the more for it: an everyday word weighs little anyway.
    const describes = lexicon.describes(term.typed) || (!everyday && isPhrasalVerb(term.typed, words, lexicon));
    lacked.set(term, { everyday, describes });
  }
  return lacked;
}

/**
 * Whether the question writes the word as the verb of a phrasal verb WordNet lists, with the word after it: "should
 * workers chip in", "how could an animal trip up a thief", "try to cheer up his wife". A noun in English's use of it
 * ("chip", "trip", "cheer") is then what the question does, not the thing it asks about: "chip in" is the documents'
 * "share the cost" in other words, as "wine" of "a red wine stain" is no word of theirs.
 */
function isPhrasalVerb(word: string, words: readonly string[], lexicon: Lexicon): boolean {
  const at = words.indexOf(word);
  const after = at < 0 ? undefined : words[at + 1];
  return after !== undefined && lexicon.canBeVerb(`${baseOfIrregular(word)}_${after}`);
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
function originAsked(query: ParsedQuery): QueryTerm | null {
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
function statesOrigin({ verb, ways }: OriginAsked, query: ParsedQuery, result: RankedPassage, matched: ReadonlySet<string>, leadIn: ReadonlySet<string>): boolean {
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

/**
 * Whether a word the knowledge base lacks only says how the question puts what it asks: an everyday word that
 * describes. "What year did Ritter die", "who replaced Casey Stengel", "what happens to steel when it gets hot" ask
 * about Ritter, Stengel and steel; a passage that meets them meets the question's topic, in its own words for dying or
 * replacing. A noun the documents lack ("world" in "the tallest bridge in the world") still names a thing asked about,
 * and a rare verb ("invented", "refinance") an act the documents would have to name.
 */
const isPhrasing = (word: LackedWord | undefined): boolean => word !== undefined && word.everyday && word.describes;

/** The stems a passage meets the terms by: each one's own, and its forms in other parts of speech. */
const stemsOf = (terms: readonly QueryTerm[]): Set<string> => new Set(terms.flatMap((term) => [term.stem, ...(term.forms ?? [])]));

/** No term met by a kind of it: the one shared empty list, for the passages that meet enough words without one. */
const NO_TERMS: readonly QueryTerm[] = [];

/** No word named before: the one shared empty set, for a passage that meets every name the question gives. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** No number read by anything but its figures: a measure asked in words no intent reads (`QuestionAsked.asksMeasure`). */
const NO_NUMBER_ASKED: NumberAsked = { count: null, uncounted: null, toldInWords: null, degreeTold: null, payer: null, priced: null };

/** Whether a question's word is a number written in digits ("2003", "98.2", "45"): a number word ("two") is not. */
const isNumber = (term: QueryTerm): boolean => /^\d/u.test(term.stem);

/** A character of any number: a text without one holds no year (see `canAnswer`'s `statesDate`). */
const NUMBER_CHARACTER = /\p{N}/u;

/**
 * Whether a text writes a year in digits. Cut into words only where it holds a number character (`tokenize` keeps a word
 * of letters or numbers, and `segmentRun`'s NFKC makes digits only of number characters: "２０２１" is one), and
 * remembered by text: every "when" reads the same passages' sentences, question after question.
 */
const statesYear = rememberedBy(50_000, (some: string) => NUMBER_CHARACTER.test(some) && tokenize(some).some((token) => isYear(token.word)));

/**
 * A day of a month, with or without its year ("On February 17", "Dec. 9", "the 3rd of May"): a reader sees when, though
 * the timeline keeps no entry for a day whose year the text leaves to be guessed.
 */
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:${MONTH_OR_SHORT})\.? \d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_IN_FULL})\b`);

/**
 * A time told from now or from another time, with no date ("in a few years", "within two weeks", "three days later",
 * "many years in the future", "some day"), or a day an event is set for ("The U.N. session scheduled for today will
 * meet"): a reader sees when, as "when will we have SAMOS" is answered by "In a few years we will have SAMOS". "Today"
 * alone is no time told ("the world today" is the present, of no event).
 */
const RELATIVE_TIME = /\b(?:in|within) (?:a few|several|a couple of|many|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:days?|weeks?|months?|years?|decades?)\b|\b\w+ (?:days?|weeks?|months?|years?|decades?) (?:ago|later|earlier|in the future|from now)\b|\bsome ?day\b|\b(?:scheduled|slated|planned|set|due) for (?:today|tomorrow|tonight|next (?:week|month|year)|this (?:week|month|year|morning|afternoon|evening))\b/i;

/**
 * A time on the clock ("before nine o'clock", "at 6:30 A.M.", "by noon"): a reader sees when, as "when did morse leave
 * the house" is answered by "Morse left the house before nine o'clock"; read as a "what time" reads it (`statesMeasure`).
 */
const CLOCK: readonly Measure[] = ['clock'];

/** A question asking a year: "what year did mercer join paul whiteman", "in which year was it built". */
const YEAR_ASKED = /\b(?:what|which) year\b/u;

/**
 * Whether a passage can be the answer whatever else it shares with the question: it holds every year the question
 * names (a passage on 2020's GDP does not answer "GDP in 2021"), and the kind of fact the question asks for, a
 * figure for "how many" and a dated statement, a time told from another, a clause of time, a time of the year ("By the
 * middle of the summer", `statesTimeOfYear`), a day of the week ("on Sunday night", `statesDayOfWeek`) or a century ("came
 * to England late (in the sixteenth century)", `statesCentury`) for "when" (a passage naming Xi Jinping as party secretary, with no
 * date, does not say in what year he became one). A passage that names a year is one, whether or not the timeline took
 * the year for an event's date: "the Outline of the Vision for 2035" says what year a plan looks ahead to. So is a number
 * in digits for "how many", whether or not the figures took it for one ("48 aboard"): a reader sees the number asked for;
 * and for "how long", "how far", "how old", the measure asked stated in words ("an hour and a half"), as ranking reads it.
 * For "who was Wilhelm Reich" or "what are diatoms", asked of documents that name them, a passage answers only where it
 * says who he was or what they are. The number or the date must also stand in a sentence naming what the question asks
 * about, or in the next sentence going on about it (`statesFactNearTopic`): a count two sentences away is of another thing.
 * A time may also stand in the sentence before one that names the topic and opens on "Then" (`statesTimeBeforeTopic`).
 */
function canAnswer(question: QuestionAsked, result: RankedPassage, matched: ReadonlySet<string>): boolean {
  const { query, evidence, termAsked, topic, event, firstTime, tense } = question;
  if (query.terms.some((term) => isYear(term.stem) && !matched.has(term.stem))) return false;
  if (termAsked !== null && !termAsked.defined.test(result.passage.text)) return false;
  const text = result.passage.text;
  if (query.intent === 'quantity') return statesNumberAsked(question, result);
  // "What time did the attack come": a time of day, in a sentence naming the topic or the one after it, whatever that one
  // opens on ("The troopers knew an attack was coming ... At 6 o'clock on the morning of August 12, they were in doubt
  // no longer"): rarer than a date, it is held as a measure is (`statesNumberAsked`), and not to the event's own
  // sentence, which may come after it ("Then it came").
  if (query.intent === 'date' && query.measures.length > 0) return statesFactNearTopic(result.passage, topic, (some) => statesMeasure(some, query.measures), { goesOn: () => true });
  if (query.intent === 'date') {
    // The expressions before the tokens: a time told in words is read without cutting the text into words (`statesYear`).
    // "In what year did napoleon invade russia": a year asked is told by a year, in digits or in words, not by a clause
    // of time, a day, a season or a century ("toward the close of the second century B.C., when the Han Emperor Wu Ti
    // ordered"), which tell when without the year.
    // A clause of time whose verb is one of the question's words says the act asked as another's time (`tellsTimeByClause`).
    const asked = stemsOf(query.terms);
    // "When does leasing make more sense than renting": a condition answers it (`asksCircumstance`).
    const circumstance = asksCircumstance(query.typedWords);
    const statesAnyDate = YEAR_ASKED.test(query.typedWords.join(' '))
      ? (some: string) => statesYear(some) || yearsInWords(some).length > 0
      : (some: string) => DAY_OF_MONTH.test(some) || RELATIVE_TIME.test(some) || tellsTimeByClause(some, asked) || (circumstance && tellsCircumstance(some)) || statesTimeOfYear(some) || statesDayOfWeek(some) || statesCentury(some) || statesYear(some) || statesMeasure(some, CLOCK);
    if (!evidence.hasDate(result.passage.id) && !statesAnyDate(text)) return false;
    // "When was john tower elected": a date told in the other tense than the one asked is of another act
    // (`toldInTenseAsked`: "a state rally to be held Sept. 8 ... newly elected Texas Sen. John Tower").
    const entries = tense === null ? [] : evidence.datedEntries?.(result.passage.id) ?? [];
    // "1961 was a year of …. The Congress met …", "In 1958 … . The mill then closed.": a year before dates it (`datedInPassage`).
    const opened = datedInPassage(sentencesOf(result.passage));
    const statesOwnDate = tense === null ? statesAnyDate : toldInTenseAsked(statesAnyDate, entries, tense);
    const statesDate = (some: string) => statesOwnDate(some) || opened.has(some);
    const datedTerms = (evidence.datedSentenceTerms?.(result.passage.id) ?? []).filter((_, at) => tense === null || entries[at] === undefined || !toldInOtherTense(entries[at], tense));
    if (event !== null && !statesEventAsked(result.passage, datedTerms, event, topic, statesDate)) return false;
    if (firstTime !== null && !tellsFirstTime(result.passage, firstTime, statesDate)) return false;
    // "Then you'll want terry cloth towels" after a sentence telling when: read only where no sentence holds the time itself.
    return statesFactNearTopic(result.passage, topic, statesDate, { factSentenceTerms: datedTerms }) || statesTimeBeforeTopic(result.passage, topic, statesDate);
  }
  // "Where was teresa durlach born": a passage naming her and no birth does not say where.
  return event === null || saysEventAsked(result.passage, event);
}

/**
 * Whether a passage states a number, or the measure asked, in a sentence naming what is asked about or the next one
 * going on about it (`statesFactNearTopic`): what a "how many" or a "how tall" needs. A number in words counts when it is
 * hedged ("nearly one-half") or round ("several dozen species", "perhaps weeks": `statesAmountInWords`), and for a count
 * with no measure asked, a bounded half ("more than half are practically unknown", "over half of the population" of the
 * people asked, `statesBoundedHalf`). A price asked needs a sum of money ("$300", "a few dollars", `measure.ts`).
 */
function statesNumberAsked({ query, evidence, topic, number }: QuestionAsked, result: RankedPassage): boolean {
  const { count: countAsked, toldInWords, payer, uncounted, degreeTold, priced } = number ?? NO_NUMBER_ASKED;
  // A price or a temperature asked is answered by a sum of money or a temperature only: "eight years" or "75%" in the
  // pool's or the grill's sentence is none, nor "1,800 miles" in the inner core's (`measuresHeld`), so no other figure's
  // sentence counts. A measure of the kind asked is rarer than a number, so the sentence after the topic's counts too,
  // whatever it opens on ("Even some of the queens will die ... The survivors emerge ... close to 50-degrees").
  const held = measuresHeld(query);
  // The passage's sentence before one of its sentences, which may name the holder a fact's sentence leaves to it.
  const sentenceBefore = (some: string) => () => {
    const passageSentences = sentencesOf(result.passage);
    return passageSentences[passageSentences.findIndex((sentence) => sentence.text.includes(some) || some.includes(sentence.text)) - 1]?.text;
  };
  // A sum said of another payer than the one asked ("spending by the National Aeronautics and Space Administration" for
  // the Soviet Union's) is none, as a count of another holder is none (`saidOfOtherHolder`); so is a price in a sentence
  // that names not the thing priced, nor follows one that does ("The tallyho had cost Vernon $2,300" for a seat's, `pricedAskedOf`).
  const ofOtherPayer = (some: string) => (payer !== null && saidOfOtherHolder(some, payer, topic, sentenceBefore(some))) || (priced !== null && !namesAny(some, priced) && !namesAny(sentenceBefore(some)() ?? '', priced));
  // A degree told by what it is enough for ("high enough above the fire so that ...") answers as a measure does. A time
  // is not rare (`heldMeasureIsRare`): the sentence after the topic's holds it where it goes on about the topic, or
  // compares its degree to the one just named ("... compared to Tolstoy's War And Peace. About one-third as long, ...").
  if (held.length > 0) return statesFactNearTopic(result.passage, topic, (some) => (statesMeasureHeld(some, held) || degreeTold?.(some) === true) && !ofOtherPayer(some), { goesOn: heldMeasureIsRare(query) ? () => true : (some) => goesOnAbout(some) || degreeTold?.(some) === true });
  // `counted`: a count of persons or things is asked, which a year at a stop ("in 1950, the anniversary") is not.
  // A number in words before the noun asked counts it, and a multiple in words tells a comparison asked, where the
  // figures read none (`countedInWordsAsked`, `multipleAskedOf`); a degree said equal to another's tells a "how old"
  // ("is as old as Thomas Alva Edison's first experiment", `degreeToldOf`).
  // "How long has manning's been known for oysters": a span to the time told is told by its start too ("since the Civil War").
  const spanToNow = asksSpanToNow(query);
  const statesNumberOf = (counted: boolean) => (some: string) =>
    statesCount(some, counted) || statesMeasure(some, query.measures) || statesHedgedNumber(some) || statesAmountInWords(some, query.measures) ||
    (query.measures.length === 0 && statesBoundedHalf(some, topic)) || toldInWords?.(some) === true || degreeTold?.(some) === true || (spanToNow && statesStartOfSpan(some));
  const statesNumber = statesNumberOf(false);
  // "How many sailors": a number in the topic's sentence must count persons, or may (`countedAsked`); a figure's sentence
  // that counts only other things ("two balloon units") or holds only a year is no answer. A count of the noun asked in
  // words the figures leave is one too ("(1) Four additional deputies be employed"), so no passage is left unread for
  // want of a figure.
  if (countAsked !== null) {
    const sentences = evidence.figureSentences?.(result.passage.id) ?? [];
    // A count said of another holder than the question's ("a Japanese tsunami killed 27,000 people") is none (`ofOther`),
    // read with the passage's sentence before it, which may name the question's.
    const ofOther = (some: string) => countAsked.ofOther(some, sentenceBefore(some));
    const statesCounted = statesNumberOf(true);
    const statesCountAsked = (some: string) => {
      const count = countAsked.countIn(some);
      return (count === 'noun' || (count === 'maybe' && statesCounted(some)) || toldInWords?.(some) === true) && !ofOther(some);
    };
    // A figure's sentence is read as any other: a number that only may count the noun (no plural read after it) counts
    // it only where it is a number a count is told by, in digits or hedged. The figures take "six separate and
    // deliberate actions by a minimum of three men ... in a bomber", "five more appearances" of a plane, "twelve
    // minutes after five" on the morning of an earthquake: none a count of bombers, planes or the dead.
    const countsAsked = (at: number) => statesCountAsked(sentences[at] ?? '');
    return statesFactNearTopic(result.passage, topic, statesCountAsked, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], factHolds: countsAsked });
  }
  if (!evidence.hasFigure(result.passage.id) && !statesNumber(result.passage.text)) return false;
  // "How many plays did racine write": a noun no reading counts is counted in a sentence naming it (a figure's, or
  // another's by a number that may count: no year, "in 213 B.C." neither), or in the next going on about it:
  // "the Comedie's two principal experiments" names Racine and counts no plays.
  if (uncounted !== null) {
    const statesCounted = statesNumberOf(true);
    return statesFactNearTopic(result.passage, uncounted, statesCounted, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], goesOn: (sentence) => goesOnAbout(sentence) || COUNT_OF_PRONOUN.test(sentence) });
  }
  // "How old is chancellor adenauer": a sentence naming him only as an owner ("Chancellor Adenauer's ... Party ... since
  // 1957") gives the age of what he owns (`namesOnlyAsOwner`), a figure's sentence as well as another.
  const owner = ageOwnerOf(query);
  if (owner === null) return statesFactNearTopic(result.passage, topic, statesNumber, { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [] });
  const ownersOnly = (some: string) => !namesOnlyAsOwner(some, owner);
  const sentences = evidence.figureSentences?.(result.passage.id) ?? [];
  return statesFactNearTopic(result.passage, topic, (some) => statesNumber(some) && ownersOnly(some), { factSentenceTerms: evidence.figureSentenceTerms?.(result.passage.id) ?? [], factHolds: (at) => ownersOnly(sentences[at] ?? '') });
}

/**
 * Whether a sentence states a value, as a number asked by its noun needs (`numberAskedOf`): a number in digits that is no
 * year ("7.6% in September", "$2.09", "$.07"; "the trend of rates in 1961" gives none), or one in words bounded or
 * rounded. Read in every sentence naming the noun, a figure's too: a figure's sentence naming a rate may hold no value
 * of it ("It seems likely that with the three preceding forces at play, the rate of business …").
 */
const statesValue = (sentence: string): boolean => statesCount(sentence, true) || DECIMAL_ALONE.test(sentence) || statesHedgedNumber(sentence);

/** A decimal written from its point, as a price or an average is ("$.07 per mile", "hit .300"), which `statesCount` reads as no number. */
const DECIMAL_ALONE = /(?<![\p{L}\p{N}.,])\$?\.\d/u;

/**
 * Whether a text gives a number in words with a word that bounds or rounds it, as the figures read one ("nearly
 * one-half", "some forty"), or as a range of two ("eight or ten of these", "two to three"): an amount stated, though no
 * figure was taken from it (a number word alone, "one of the", is too common to say so; a range is the writer's guess
 * at a count, as a hedge is).
 */
function statesHedgedNumber(text: string): boolean {
  const numbers = numbersOf(text);
  return numbers.some((number, at) => number.words !== undefined && (qualifierBefore(text.slice(0, number.start)) !== null || isWordRange(text, number, numbers[at + 1])));
}

/**
 * Two numbers in words joined as a range that counts: "eight or ten of these", "two to three" (not "one to one", nor
 * "ten to one", odds). Not one a unit follows ("three or four years", "two or three miles"): a measure, which
 * `statesMeasure` reads where one is asked, and no count of the delegates of a congress.
 */
function isWordRange(text: string, low: NumberToken, high: NumberToken | undefined): boolean {
  return high !== undefined && high.words !== undefined && high.value > low.value && WORD_RANGE_JOIN.test(text.slice(low.end, high.start)) && !UNIT_AFTER.test(text.slice(high.end, high.end + 24));
}

const WORD_RANGE_JOIN = /^\s+(?:or|to)\s+$/;
const UNIT_AFTER = new RegExp(String.raw`^\s+(?:${UNIT_PLURAL_SOURCE}|${UNIT_SOURCE})\b`, 'i');

/**
 * Whether the rule above was calibrated for this question: English words searched in English. WordNet's usage counts
 * are English only, and a Chinese word's match depends on segmentation, so a question in Chinese, or one whose words
 * were searched through their Chinese translations, is judged by plainer means (`holdsTooLittle`). An English document that
 * quotes a Chinese name or two (a translated essay's notes) is still judged: its English questions meet English words.
 */
export function canJudgeCoverage(question: string, query: ParsedQuery): boolean {
  return !hasUnspacedScript(question) && !query.terms.some((term) => hasUnspacedScript(term.stem));
}
