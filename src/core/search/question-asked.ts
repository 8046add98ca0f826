import type { AbstainOptions } from '../options.ts';
import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import { isYear, type PassageEvidence, type RankedPassage } from './rank.ts';
import { baseOfIrregular } from './irregular.ts';
import { measureWordOf } from './measure-held.ts';
import { degreeToldOf } from './degree-told.ts';
import { degreeOfMassAsked } from './degree-of-mass.ts';
import { tenseAskedOf, type TenseAsked } from './tense-asked.ts';
import { factTopicOf } from './fact-near-topic.ts';
import { kindAsked, personAsked, type TermAsked } from './phrase.ts';
import { nameAsked } from './name-asked.ts';
import { groupAsked } from './group-asked.ts';
import { meaningAsked } from './meaning-asked.ts';
import { reputationAsked } from './reputation-asked.ts';
import { stemWord } from './words.ts';
import type { SearchIndex } from './search-index.ts';
import type { Passage } from '../types.ts';
import { passageBefore } from './named-before.ts';
import { whoIsAsked, type WhoAsked } from './person-named.ts';
import { doerAskedOf, objectOfUntoldAct } from './doer-asked.ts';
import { phraseAskedOf, type PhraseAsked } from './thing-asked.ts';
import { complementAskedOf } from './complement-asked.ts';
import { actAskedOf, type ActAsked } from './act-asked.ts';
import { eventAskedOf, waysOf, type EventAsked } from './event-asked.ts';
import { countedAsked, uncountedNounOf, type CountAsked } from './count-asked.ts';
import { orTimesInWord, timesInWordAsked } from './times-in-word.ts';
import { payerAskedOf, pricedAskedOf } from './payer-asked.ts';
import { purposeAskedOf, type PurposeAsked } from './purpose-asked.ts';
import { countedInWordsAsked } from './counted-in-words.ts';
import { multipleAskedOf } from './multiple-asked.ts';
import { valueAskedOf, type ValueAsked } from './value-asked.ts';
import { numberAskedOf } from './number-asked.ts';
import { nameAskedOf, type NameAsked } from './name-told.ts';
import { kindAskedOf, sortAskedOf, type KindAsked } from './making-asked.ts';
import { type FirstTimeAsked, firstTimeAskedOf } from './first-time.ts';
import { deedAskedOf, type DeedAsked } from './deed-asked.ts';
import { superlativeAskedOf, type SuperlativeAsked } from './superlative-asked.ts';
import { choiceAskedOf, type ChoiceAsked } from './choice-asked.ts';
import { attributeAskedOf, type AttributeAsked } from './attribute-of.ts';
import { asksLifeDates } from './life-span.ts';
import { placeAskedOf, placeOfEventAsked, whereIsAsked, type PlaceAsked } from './place-named.ts';
import { originAsked, type OriginAsked } from './origin-asked.ts';
import { presentTopicOf } from './present-asked.ts';
import { lexiconWithNames } from './written-as-name.ts';
import { termOfWordsAsked } from './term-of-words.ts';
import { personCalledAskedOf } from './person-called.ts';
import { asksWhatIsSaid } from './said-about.ts';
import { nameKindAskedOf } from './name-kind-asked.ts';

/**
 * What the checks of a passage read of its question, read once a question before any passage is judged: the question as
 * judged, the kind of fact it asks and what that fact must be said of, and each reading a check takes (null where the
 * question asks none of it). Every passage judged is read against the same one, which none changes.
 */
export interface QuestionAsked {
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
  /** "What is a leap second": whether a passage writes the term of several words asked (`termOfWordsAsked`); null for any other question. */
  readonly termOfWords: ((text: string) => boolean) | null;
  /** The years the question names ("how has the economy been doing in 1960"). */
  readonly yearsAsked: readonly string[];
  /** "How many provinces does china have today": what a passage must speak of at the present (`presentTopicOf`). */
  readonly presentAsked: ReadonlySet<string> | null;
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
  /** "What kind of fish live in …": the kind of N asked (`sortAskedOf`). */
  readonly kindOf: KindAsked | null;
  /** "What did the muscovy company trade": the act said of X, not X named beside other acts (`deedAskedOf`). */
  readonly deedAsked: DeedAsked | null;
  /** "What is the tallest mountain in vermont": the quality ranked by (`superlativeAskedOf`). */
  readonly superlative: SuperlativeAsked | null;
  /** "What is a good stock to invest in": the kind of thing a choice is asked of (`choiceAskedOf`). */
  readonly choice: ChoiceAsked | null;
  /** "What is the surface tension of mercury": the attribute asked and its holder (`attributeAskedOf`). */
  readonly attributeAsked: AttributeAsked | null;
  /** The passage before a passage in its document, whose last sentence may date the passage's first (`datedInPassage`). */
  readonly passageBefore: (passage: Passage) => Passage | undefined;
  /** The passage after, where a sentence the passage's end cuts goes on (`saysPurposeNear`). */
  readonly passageAfter: (passage: Passage) => Passage | undefined;
}

/** What a "how many" or "how much" reads a number by (`statesNumberAsked`). */
export interface NumberAsked {
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
  /** "How much did kennedy propose to spend on foreign aid": what the sum is spent on (`purposeAskedOf`). */
  readonly purpose: PurposeAsked | null;
}

/** Reads what the checks of a passage ask of its question (`QuestionAsked`), once a question. */
export function questionAskedOf(query: ParsedQuery, judged: readonly RankedPassage[], evidence: PassageEvidence, index: SearchIndex, lexicon: Lexicon, options: AbstainOptions): QuestionAsked {
  // "Who was Wilhelm Reich", where the documents write him as a name: only a passage that says who he was answers, not
  // one that names him in passing nor the next passage, whose lead-in names him (see `personAsked`). So for "what are
  // diatoms", where they write the kind as a common noun (see `kindAsked`), and for "what is rotc", where they write it
  // only as a name (see `nameAsked`), and for "who were the Megarians", a group (see `groupAsked`).
  const termAsked = termAskedOf(query.words, judged, options.termContextReach);
  const verb = originAsked(query);
  // "When was the monument of the republic built": "erected in 1928" tells it, a way of building (`waysOf`).
  const origin = verb === null ? null : { verb, ways: new Set(waysOf(baseOfIrregular(verb.typed), lexicon, options.verbKindSenses).map(stemWord)) };
  const measureWord = measureWordOf(query);
  const phraseAsked = options.thingAskedMaxWords > 0 ? (phraseAskedOf(query, options.thingAskedMaxWords) ?? complementAskedOf(query, options.thingAskedMaxWords, lexicon)) : null;
  const asksFact = query.intent === 'quantity' || query.intent === 'date';
  const event = eventAskedOf(query, lexiconWithNames(lexicon, query.typedWords, () => judged.map((result) => result.passage.text), options.nameCapitalShare), options.passiveParticipleReach, options.phrasalVerbSenses, options.participleNounSenses, options.verbKindSenses, options.objectWordsReach, options.settingAfterEvent > 0, options.settingAfterPlaceEvent > 0);
  const asksMeasure = query.intent === 'general' && query.measures.length > 0 && !(options.saidAboutAsked > 0 && asksWhatIsSaid(query.typedWords, lexicon));
  const valueNoun = numberAskedOf(query, lexicon, options.numberNounSenses, options.peopleCountedSenses);
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
  const placeOfEvent = options.placePhraseReach > 0 && event !== null && placeOfEventAsked(query, lexicon, options.settingAfterPlaceEvent > 0) ? event : null;
  const topicTerms = asksFact || asksMeasure || whoAsked !== null || whereIs || placeOfEvent !== null ? query.terms.filter((term) => term.frame !== true && !isNumber(term)) : [];
  const doer = whoAsked === null ? null : doerAskedOf(query, lexicon, verb !== null && verb.typed === query.words[1], options.makingVerbSenses, options.doerNounSenses);
  const yearsAsked = query.terms.filter((term) => isYear(term.stem)).map((term) => term.stem);
  return {
    query,
    lexicon,
    options,
    evidence,
    asksFact,
    asksMeasure,
    topic: topicTerms.length > 0 ? factTopicOf(topicTerms) : NO_TOPIC,
    termAsked,
    termOfWords: termOfWordsAsked(query.words, lexicon, options.termOfWordsSenses),
    yearsAsked,
    presentAsked: presentTopicOf(query),
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
    actAsked: termAsked === null ? actAskedOf(query, lexicon, options.phrasalVerbSenses, options.lightVerbObjectReach, options.howToWaySentences, options.orderOpeningWords) : null,
    valueAsked: valueAskedOf(query, lexicon, options.valueSenses),
    nameAsked: nameAskedOf(query) ?? personCalledAskedOf(query, lexicon, options.personCalledAsked) ?? nameKindAskedOf(query, lexicon, options.nameKindSenses),
    kindAsked: kindAskedOf(query, lexicon, options.makingKindSenses, options.goneToSenses, options.otherKindAsked, false, options.kindInPlaceAsked),
    kindOf: options.kindOfAsked > 0 ? sortAskedOf(query, lexicon, options.makingKindSenses) : null,
    deedAsked: deedAskedOf(query, lexicon, options.phrasalVerbSenses),
    superlative: superlativeAskedOf(query, lexicon, options.superlativeSenses),
    choice: choiceAskedOf(query, options.choiceJudgedSentences),
    attributeAsked: attributeAskedOf(query, options.attributeHolderWords),
    passageBefore: (passage) => passageBefore(index, passage, 1),
    passageAfter: (passage) => passageBefore(index, passage, -1),
  };
}

/** What a "how many" or "how much" reads a number by (`NumberAsked`). */
function numberAskedIn(query: ParsedQuery, measureWord: QueryTerm | undefined, lexicon: Lexicon, options: AbstainOptions): NumberAsked {
  const count = countedAsked(query, lexicon, options.countedNounMaxWords);
  return {
    count,
    uncounted: count === null ? uncountedNounOf(query, lexicon, options.countedNounMaxWords) : null,
    toldInWords: orTimesInWord(timesInWordAsked(query, options.timesInWord), countedInWordsAsked(query, lexicon, options.countedNounMaxWords, options.countHeldIn)) ?? multipleAskedOf(query, lexicon) ?? degreeOfMassAsked(query),
    degreeTold: degreeToldOf(query, options.degreeResultReach),
    payer: payerAskedOf(query, measureWord),
    priced: pricedAskedOf(query, measureWord),
    purpose: purposeAskedOf(query, measureWord, options.purposeOfSum),
  };
}

/**
 * The first of the readings of a "who / what is X" that a judged passage names X as it takes X, if any (`TermAsked`).
 * The meaning before the kind: "what does X mean" is told by a gloss after X ("\"a la mode\" doesn't mean … it just
 * means, in the latest style") as well as by a definition, however the documents write X.
 */
function termAskedOf(words: readonly string[], judged: readonly RankedPassage[], reach: number): TermAsked | null {
  const readings: readonly ((words: readonly string[], reach: number) => TermAsked | null)[] = [personAsked, groupAsked, meaningAsked, kindAsked, nameAsked, reputationAsked];
  for (const reading of readings) {
    const asked = reading(words, reach);
    if (asked !== null && judged.some((result) => asked.named(result.passage.text))) return asked;
  }
  return null;
}

/** Whether a question's word is a number written in digits ("2003", "98.2", "45"): a number word ("two") is not. */
export const isNumber = (term: QueryTerm): boolean => /^\d/u.test(term.stem);

/** No topic: the one shared empty set, for a question that asks no fact, measure, person or place. */
const NO_TOPIC: ReadonlySet<string> = new Set();
