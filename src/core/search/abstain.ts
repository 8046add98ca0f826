import type { AbstainOptions, SearchOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isYear, type PassageEvidence, type RankedPassage } from './rank.ts';
import { aspectVerbsOf } from './aspect-verb.ts';
import { baseOfIrregular } from './irregular.ts';
import { statesMeasure } from './measure.ts';
import { measuresHeld } from './measure-held.ts';
import { sentencesOf, statesFactNearTopic } from './fact-near-topic.ts';
import type { SearchIndex } from './search-index.ts';
import { hasUnspacedScript } from './segment.ts';
import { wordsNamedBefore } from './named-before.ts';
import { wordsIntroducedBefore } from './introduced-before.ts';
import { wordsInListLead } from './list-lead.ts';
import { timesInWordAsked } from './times-in-word.ts';
import { doerAfterAuxiliary, opensOnOneNamedBefore } from './goes-on-from-before.ts';
import { namesPersonNearTopic } from './person-named.ts';
import { namesThingAsked, toldAsRoute, type PhraseAsked } from './thing-asked.ts';
import { saysAttributeOf } from './attribute-of.ts';
import { saysBeside } from './said-beside.ts';
import { metByNearKind } from './near-kind.ts';
import { metByOwnHead } from './own-head.ts';
import { metByKind, metByName } from './kind-named.ts';
import { metByUsualSense, namedInSomeSense } from './usual-sense.ts';
import { tellsActAsked } from './act-asked.ts';
import { saysEventAsked } from './event-asked.ts';
import { countSaidOtherwiseOf } from './counted-in-words.ts';
import { namesValueOfAsked } from './value-said-of.ts';
import { givesNameAsked } from './name-told.ts';
import { namesKindMade, namesMemberBeside, namesOneBeside, namesNamedMember, namesOneOfKind } from './making-asked.ts';
import { saysDeedAsked } from './deed-asked.ts';
import { ranksByQuality } from './superlative-asked.ts';
import { judgesChoice } from './choice-asked.ts';
import { asksYearOfSpeaking, namesYear, yearsInWords } from './year-in-words.ts';
import { phraseSynonymStems, wordStemsOf, writesPhrase } from './phrase-synonym.ts';
import { derivedSynonymStems } from './derived-synonym.ts';
import { statesLifeSpan } from './life-span.ts';
import { namesPlaceNearTopic, namesPlaceOfEvent } from './place-named.ts';
import { isStandInNoun } from './stand-in-noun.ts';
import { writerAsFirstPerson, writesInFirstPerson } from './writer-asked.ts';
import { creditIn, stemsOf } from './terms-met.ts';
import { otherPartsOf, writesPart } from './other-name.ts';
import { countWords, isPhrasing, isUnknownWord, lackedWordsOf, namesOfSeveralWords } from './question-words.ts';
import { statesOrigin } from './origin-asked.ts';
import { isNumber, questionAskedOf, type QuestionAsked } from './question-asked.ts';
import { statesNumberAsked, statesValue } from './number-told.ts';
import { statesDateAsked } from './date-told.ts';
import { speaksOfPresent } from './present-asked.ts';
import { placeFixedOf } from './place-fixed.ts';
import { tellsKindOf } from './kind-of.ts';

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
  const isName = (term: QueryTerm) => lexicon.isName(term.typed) || isUnknownWord(term, index, lexicon, options);
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
  // "How old do you have to be to rent a car in italy": a passage naming no Italy tells of somewhere else (`placeFixedOf`).
  const placeFixed = placeFixedOf(query, terms, lexicon, isName, (term) => index.documentFrequency.has(term.stem));
  const specific = informative.filter((term) => (index.documentFrequency.get(term.stem) ?? passageCount) <= options.specificWordShare * passageCount);
  const judged = ranked.slice(0, options.judgedPassages);
  const question = questionAskedOf(query, judged, evidence, index, lexicon, options);
  const { measureWord, yearsAsked, kindAsked, phraseAsked, attributeAsked } = question;
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
  const countOtherwise = timesInWordAsked(query, options.timesInWord) ?? countSaidOtherwiseOf(query, lexicon, options.countedNounMaxWords, options.countedWordSenses);
  const countedTerm = countOtherwise === null ? undefined : terms.find((term) => term.typed === countOtherwise.noun);
  // "What was the name of the wreck": its "name" asks what the answer is, as "how much" does, and is said by the name given
  // (`givesNameAsked`: "the wreck of the Trinidad"), not by the word "name".
  const { nameAsked } = question;
  const nameWord = nameAsked === null ? undefined : terms.find((term) => term.typed === nameAsked.asking);
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
  // "Is hesperus still being punished": "the penalty on Hesperus", a synonym of a word derived from it, read once a question;
  // only those the documents hold, so a passage's words are read only where one may be there.
  const derived = new Map<QueryTerm, readonly string[]>();
  const derivedOnce = (term: QueryTerm) => derived.get(term) ?? derived.set(term, derivedSynonymStems(term.typed, lexicon, options.derivedSynonymSenses, options.derivedSynonymOwnSenses).filter((stem) => index.documentFrequency.has(stem) && !(ownStems ??= stemsOf(terms)).has(stem))).get(term) ?? [];
  // "How big was the orchestra backing judy": "Miss Garland" names her, where the documents write "Judy Garland"
  // (`otherPartsOf`); read once a question, and only for a word the documents hold that some passage judged leaves unmet
  // (one they never write has no other part in them). Not a part the question
  // writes too: "ron hansen" is one name of two words, which "Hansen" alone does not meet (`namesOfSeveralWords`).
  const otherParts = new Map<QueryTerm, readonly string[]>();
  const otherPartsOnce = (term: QueryTerm) => otherParts.get(term) ?? otherParts.set(term, otherPartsOf(term.typed, index.passages.items).filter((part) => !query.words.includes(part.toLowerCase()))).get(term) ?? [];
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
    const namedOnly = unmet.length === 0 ? NO_WORDS : wordsNamedBefore(index, result.passage, unmet.map((term) => term.typed), options.namedBeforeReach, isUnmetName, options.unnamedCarry > 0);
    // A noun asked with "the" that the passage before brings in ("comes a book ...") is the one this passage goes on about.
    const introduced = unmet.length === 0 ? NO_WORDS : wordsIntroducedBefore(index, result.passage, unmet.map((term) => term.typed), query.words, options.introducedBeforeReach, options.introducedModifierWords);
    // A list item's word left to the list's lead ("the class" in "The following have been found effective") is its own.
    const inLead = unmet.length === 0 ? NO_WORDS : wordsInListLead(index, result.passage, unmet.map((term) => term.typed), options.listLeadReach);
    const namedBefore = introduced.size + inLead.size === 0 ? namedOnly : new Set([...namedOnly, ...introduced, ...inLead]);
    // The noun a "how many" counts is met by its count said in another word for it, read only where the passage lacks the noun.
    const nameGiven = nameWord !== undefined && nameAsked !== null && creditIn(nameWord, matched, 0) === 0 && givesNameAsked(result.passage.text, nameAsked, options.nameBearerReach);
    const countedOtherwise = countedTerm !== undefined && countOtherwise !== null && creditIn(countedTerm, matched, 0) === 0 && sentencesOf(result.passage).some(({ text }) => countOtherwise.counts(text));
    // A word the passage leaves unmet, said by a synonym of several words it writes, is met as a related word is.
    // The passage's stems are read once, and only for a term WordNet gives such a synonym.
    let passageStems: readonly string[] | undefined;
    const saidByPhrase = (term: QueryTerm) => {
      const phrases = phrasesOnce(term);
      return phrases.length > 0 && writesPhrase((passageStems ??= wordStemsOf(result.passage.text)), phrases) ? relatedOf(term) : 0;
    };
    const saidByDerived = (term: QueryTerm) => (derivedOnce(term).some((stem) => (passageStems ??= wordStemsOf(result.passage.text)).includes(stem)) ? relatedOf(term) : 0);
    const namedByOtherPart = (term: QueryTerm) => (options.otherNamePart > 0 && index.documentFrequency.has(term.stem) && otherPartsOnce(term).some((part) => writesPart(result.passage.text, part)) ? options.otherNamePart : 0);
    const ownCredit = (term: QueryTerm) =>
      (statesAsked && term === measureWord) || (countedOtherwise && term === countedTerm) || (nameGiven && term === nameWord) ? 1 : creditIn(term, matched, relatedOf(term)) || (creditIn(term, leadIn, relatedOf(term)) || (namedBefore.has(term.typed) ? 1 : 0)) * leadInWeight || saidByPhrase(term) || saidByDerived(term) || namedByOtherPart(term);
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
    if (placeFixed !== undefined && creditOf(placeFixed) === 0) continue;
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
    // So is a "name" the documents lack, where the passage gives the name asked (`nameGiven`).
    const nameMet = nameGiven && nameWord !== undefined && neededTerms.includes(nameWord) && !informative.includes(nameWord) ? 1 : 0;
    const ownWordsMet = (inOwnWords.length === 0 ? informativeMet : metCount([...informative, ...inOwnWords])) + writerMet + measureMet + nameMet;
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
      const near = metByNearKind(unmetWords.filter((term) => !named.includes(term) && !usual.includes(term)), result.passage, beside, lexicon, options.nearKindSteps, options.nearKindMaxKinds);
      // And a compound whose own last part, its kind, the passage writes anywhere ("the folksongs" by "Songs").
      const heads = metByOwnHead(unmetWords.filter((term) => !named.includes(term) && !usual.includes(term) && !near.includes(term)), result.passage, index, lexicon, options.ownHeadSteps);
      return usual.length === 0 && near.length === 0 && heads.length === 0 ? named : [...named, ...usual, ...near, ...heads];
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
    if (question.valueTopic !== null && !statesFactNearTopic(result.passage, question.valueTopic, statesValue, options.fragmentMaxWords)) continue;
    // "What is the population of St. Louis": a passage naming St. Louis and no population names what is asked about, not
    // what is asked (`namesThingAsked`).
    // "What is the route of the parade": told by "from West Warwick to the Greene Homestead" (`toldAsRoute`).
    if (phraseAsked !== null && phraseAsked.terms.some((term) => creditOf(term) === 0 && isThingOnce(term, phraseAsked) && !toldAsRoute(term, result.passage.text))) continue;
    // "What is the surface tension of mercury": a passage on water's surface tension names no mercury (`saysAttributeOf`).
    if (attributeAsked !== null && !saysAttributeOf(result.passage, attributeAsked)) continue;
    // "Who invented the tape recorder": a passage that names the tape recorder and no invention does not say who did.
    // Read after the word counts above, which are cheaper than its sentences and let fewer passages through.
    if (question.origin !== null && !statesOrigin(question.origin, question.query, result, matched, leadIn)) continue;
    if (question.placeAsked !== null && !namesPlaceNearTopic(result.passage, question.topic, question.placeAsked, lexicon, options.placePhraseReach, options.fragmentMaxWords)) continue;
    if (question.placeOfEvent !== null && !namesPlaceOfEvent(result.passage, question.placeOfEvent, question.topic, lexicon, options.placePhraseReach)) continue;
    if (question.person !== null && !namesPersonNearTopic(result.passage, question.topic, lexicon, question.person, options.fragmentMaxWords)) continue;
    // "How do you change a flat tire": a passage naming a tire and no changing of one does not tell how (`tellsActAsked`).
    if (question.actAsked !== null && !tellsActAsked(question.actAsked, result.passage, lexicon)) continue;
    if (question.valueAsked !== null && !namesValueOfAsked(question.valueAsked, result.passage.text, terms, lexicon, options.valueOfThingAsked)) continue;
    if (question.nameAsked !== null && !givesNameAsked(result.passage.text, question.nameAsked, options.nameBearerReach)) continue;
    // A kind asked and not met is told in words of the passage's own unless it is a work made (rank64's broader form
    // lost on-topic questions: "on what grounds" by "His petition charged …"); a kind the passage writes must be written
    // of one in particular (`namesOneOfKind`). One met by a related word only is said otherwise, and left alone.
    // An institution WordNet names none of ("which company", "which hospital") is named by its name in a sentence saying
    // the question's other words (`namesMemberBeside`).
    if (kindAsked !== null && (creditOf(kindAsked.kind) === 0 ? (kindAsked.making ? !namesKindMade(kindAsked, result.passage.text, lexicon) : kindAsked.named ? !namesNamedMember(kindAsked, result.passage.text, lexicon, options.unknownNameMinLength) : kindAsked.institution && !namesMemberBeside(kindAsked, result.passage, stemsMet(), lexicon, options.unknownNameMinLength)) : matched.has(kindAsked.kind.stem) && !namesOneOfKind(kindAsked, result.passage.text, lexicon, options.unknownNameMinLength))) continue;
    // "What kind of fish live in the redondo deep": "the fish exploded" writes N, no kind of it (`tellsKindOf`).
    if (question.kindOf !== null && matched.has(question.kindOf.kind.stem) && !tellsKindOf(question.kindOf, result.passage.text, lexicon)) continue;
    // "Where did dr. baum go to medical school": a passage naming another's school, not Baum nor one taken up before, does not tell his.
    if (kindAsked?.goer?.some((term) => creditOf(term) === 0) === true) continue;
    if (question.deedAsked !== null && !saysDeedAsked(question.deedAsked, result.passage, options.fragmentMaxWords)) continue;
    if (question.superlative !== null && !ranksByQuality(question.superlative, result.passage.text, lexicon)) continue;
    if (question.choice !== null && !judgesChoice(question.choice, result.passage)) continue;
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
 * Whether a passage can be the answer whatever else it shares with the question: it holds every year the question
 * names (a passage on 2020's GDP does not answer "GDP in 2021") or speaks of the present a "today" asks
 * (`speaksOfPresent`), and the kind of fact the question asks for, a figure for "how many" and a dated statement, a time told from another, a clause of time, a time of the year ("By the
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
  const { query, termAsked, event } = question;
  if (query.terms.some((term) => isYear(term.stem) && !matched.has(term.stem))) return false;
  if (question.presentAsked !== null && !speaksOfPresent(result.passage, question.presentAsked, question.options.fragmentMaxWords)) return false;
  if (termAsked !== null && !termAsked.defined.test(result.passage.text)) return false;
  if (question.termOfWords !== null && !question.termOfWords(result.passage.text)) return false;
  if (query.intent === 'quantity') return statesNumberAsked(question, result);
  if (query.intent === 'date') return statesDateAsked(question, result);
  // "Where was teresa durlach born": a passage naming her and no birth does not say where.
  return event === null || saysEventAsked(result.passage, event);
}

/** No term met by a kind of it: the one shared empty list, for the passages that meet enough words without one. */
const NO_TERMS: readonly QueryTerm[] = [];

/** No word named before: the one shared empty set, for a passage that meets every name the question gives. */
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Whether the rule above was calibrated for this question: English words searched in English. WordNet's usage counts
 * are English only, and a Chinese word's match depends on segmentation, so a question in Chinese, or one whose words
 * were searched through their Chinese translations, is judged by plainer means (`holdsTooLittle`). An English document that
 * quotes a Chinese name or two (a translated essay's notes) is still judged: its English questions meet English words.
 */
export function canJudgeCoverage(question: string, query: ParsedQuery): boolean {
  return !hasUnspacedScript(question) && !query.terms.some((term) => hasUnspacedScript(term.stem));
}
