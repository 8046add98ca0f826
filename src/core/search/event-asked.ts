import type { Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { settingAfterEventAt } from './setting-after-event.ts';
import { factTopicOf, sentencesOf, statesFactNearTopic } from './fact-near-topic.ts';
import { opensOnOneNamedBefore } from './goes-on-from-before.ts';
import { baseOfIrregular, isIrregularVerbForm } from './irregular.ts';
import { tokensOf } from './tokens-of.ts';
import { endsOnObject } from './object-ending.ts';
import { stemsOf } from './terms-met.ts';
import { DETERMINERS, isStopWord, stemWord, type Token } from './words.ts';

/** The event a "when" asks the date of, or a "where" the place of. */
export interface EventAsked {
  /** The stems that say it. */
  readonly stems: ReadonlySet<string>;
  /**
   * What says it, for a participle used mostly as an adjective: the participle as written or a noun of its verb
   * ("born", "birth"), not the verb's other forms, which the stemmer takes it for ("bear witness" tells no birth); null
   * otherwise.
   */
  readonly written: RegExp | null;
  /**
   * Asked in a passive, how far after "was", "were" a participle is read when a dated sentence says X underwent
   * something (`AbstainOptions.passiveParticipleReach`); 0 for any other question.
   */
  readonly participleReach: number;
  /**
   * Asked of X's own act ("when did heidenstam die"), the stems naming X, the words between the auxiliary and the verb
   * (none for a pronoun, "when did he give up spraying"): a noun of the act with "of" and someone else after it tells
   * another's ("By the death of his father in 1888"), and so does a sentence saying the act that neither names X nor
   * follows one that does ("At that time Jennings had a young law associate named Arthur S. Phillips. A few years ago,
   * not too long before his death, Phillips revealed ..." tells no death of Lizzie Borden's).
   */
  readonly own?: ReadonlySet<string>;
}

/**
 * Whether a passage dates the event asked: a dated sentence says it (`statesFactNearTopic`, with `datedTerms` the
 * terms of the sentences the timeline took a date from and `statesDate` reading one elsewhere); or, asked in a
 * passive, a dated sentence says X underwent something ("The system tended to break down during the war, but was
 * reactivated; it had reached the pre-war level of efficiency by 1951" for "when was the registration system
 * overhauled"), as a text tells such an event in its own words as often as in the question's. `topic` holds the stems
 * naming X.
 */
export function statesEventAsked(
  passage: { readonly text: string },
  datedTerms: readonly (readonly string[])[],
  event: EventAsked,
  topic: ReadonlySet<string>,
  statesDate: (sentence: string) => boolean,
  fragmentMaxWords: number,
): boolean {
  if (event.written !== null) return sentencesOf(passage).some((sentence) => event.written?.test(sentence.text) === true && statesDate(sentence.text));
  if (statesFactNearTopic(passage, event.stems, statesDate, fragmentMaxWords, { factSentenceTerms: datedTerms })) return event.own === undefined || saysOwnAct(passage, event.stems, topic, event.own, statesDate);
  if (event.participleReach === 0) return false;
  // The auxiliary first: the cheapest test, which most sentences fail.
  return sentencesOf(passage).some((sentence) => AUXILIARY.test(sentence.text) && statesDate(sentence.text) && saysUndergone(sentence, topic, event.participleReach));
}

/**
 * Whether a passage says the event a "where" asks the place of (`eventAskedOf`): one of its sentences says it, by the
 * words a "when" reads it by. A passage that names Harold Arlen and no growing up, or Teresa Durlach and no birth, does
 * not say where he grew up or she was born.
 */
export function saysEventAsked(passage: { readonly text: string }, event: EventAsked): boolean {
  if (event.written !== null) return event.written.test(passage.text);
  return sentencesOf(passage).some((sentence) => saysEventIn(sentence, event));
}

/** Whether one sentence says the event asked, by the words `saysEventAsked` reads it by. */
export function saysEventIn(sentence: { readonly text: string; readonly stems: readonly string[] }, event: EventAsked): boolean {
  return event.written === null ? sentence.stems.some((stem) => event.stems.has(stem)) : event.written.test(sentence.text);
}

/**
 * Whether a sentence writes X as the subject of a passive: a word naming X, then "was", "were" ... and a participle. X's
 * word is read anywhere before the auxiliary: a subject may stand a clause away ("The system tended to break down
 * during the war, but was reactivated").
 */
function saysUndergone(sentence: { readonly text: string; readonly stems: readonly string[] }, topic: ReadonlySet<string>, participleReach: number): boolean {
  // The sentence's words, as its stems were cut from them (`sentencesOf`): the stems say X, the words the participle.
  const words = tokensOf(sentence.text).map((token) => token.word);
  return words.some((word, at) =>
    PASSIVE_AUXILIARIES.has(word) &&
    words.slice(at + 1, at + 1 + participleReach).some(isParticiple) &&
    sentence.stems.slice(0, at).some((stem) => topic.has(stem)));
}

/**
 * Whether a passage says X's own act, not only another's: some sentence says the act other than as a noun with "of" and
 * words after it that name none of X ("the death of his father"; "the death of Verner von Heidenstam" is his), and
 * names X (`doer`, its stems), or follows a sentence that does, or opens a passage that goes on about one named before
 * it (`opensOnOneNamedBefore`: "The couple was married Aug. 2, 1913", after a passage on Hartsfield's divorce). `topic`
 * holds the stems naming X and the act.
 */
function saysOwnAct(passage: { readonly text: string }, act: ReadonlySet<string>, topic: ReadonlySet<string>, doer: ReadonlySet<string>, statesDate: (text: string) => boolean): boolean {
  const sentences = sentencesOf(passage);
  const namesDoer = sentences.map((sentence, at) => doer.size === 0 || sentence.stems.some((stem) => doer.has(stem)) || (at === 0 && opensOnOneNamedBefore(sentence.text)));
  return sentences.some((sentence, index) => {
    if (namesDoer[index] !== true && namesDoer[index - 1] !== true) return false;
    const tokens = tokensOf(sentence.text);
    return tokens.some((token, at) => {
      if (!act.has(stemWord(token.word)) || timesAnother(sentence.text, tokens, at, statesDate)) return false;
      if (tokens[at + 1]?.word !== 'of') return true;
      // Whose act: the words after "of", past its articles and possessives, up to the next stop word or mark.
      let from = at + 2;
      while (tokens[from] !== undefined && isStopWord(tokens[from]?.word ?? '')) from += 1;
      for (let next = from; tokens[next] !== undefined && !isStopWord(tokens[next]?.word ?? ''); next += 1) {
        const word = tokens[next]?.word ?? '';
        if (topic.has(stemWord(word)) && !act.has(stemWord(word))) return true;
        if (/[,.;:]/u.test(sentence.text.slice(tokens[next]?.end, tokens[next + 1]?.start ?? sentence.text.length))) break;
      }
      return false;
    });
  });
}

/**
 * Whether the act's noun at `at` is the time another act is told by: after "before", "after", "until", "since" and a
 * determiner ("A few years ago, not too long before his death, Phillips revealed ..." dates the revealing, not the
 * death), with no date in its own phrase, up to the next comma, semicolon, colon or dash ("Not long before his death in
 * 1862, he sold the weir" dates the death too).
 */
function timesAnother(text: string, tokens: readonly Token[], at: number, statesDate: (text: string) => boolean): boolean {
  const determiner = DETERMINERS.has(tokens[at - 1]?.word ?? '') ? 1 : 0;
  if (!TIMED_BY.has(tokens[at - 1 - determiner]?.word ?? '')) return false;
  const from = tokens[at]?.end ?? text.length;
  const end = text.slice(from).search(PHRASE_END);
  return !statesDate(text.slice(from, end < 0 ? undefined : from + end));
}

/** The prepositions that tell one act's time by another's: "before his death", "after the sale", "since its opening". */
const TIMED_BY: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'since']);
const PHRASE_END = /[,;:]|--|\s-\s/u;

/** The auxiliaries of a passive in a text: "was issued", "were stricken", "has been dissolved". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
const AUXILIARY = /\b(?:was|were|is|are|been|be)\b/i;

/**
 * The event a "when did X V" asks the date of, when the question ends on its verb ("when did henry hudson die", "when
 * did coney island open", "when did the korean war start"): the verb is the whole event, so only a dated sentence that
 * says it, by its stem, a form, a related word as ranking meets it ("began" for "start", "occurred" for "happen") or an
 * inflection ("died", which the stemmer leaves as "di"), dates it; a date said of X otherwise is of something else X
 * did, and one said of the act as another's ("the death of his father", `saysOwnAct`) is not X's. The stems of those words, or null for any other question. Not "since when" nor "from what date", which ask when
 * a state began that holds on, dated in other words ("Since 2003, Zhejiang has continued", "effective on February 1,
 * 1913" for "from what date did the new rules apply"); not a question with an object or a complement after its verb,
 * whose event a text tells in its own words ("fell to the Turks" for "capture the city", "weighed anchor" for "leave
 * london"), nor "will" or "should", asked of what is to come or to do. A passive that ends on its participle ("when was
 * the dutch east india company founded", "when is the inquiry planned") asks for that event, said by the participle's
 * verb as above, or for X undergoing something in a dated sentence (`statesEventAsked`: a text tells a passive's event
 * in its own words as often as in the question's, "reviewed and reorganized" for "overhauled"); "when did X become Y"
 * and a light verb's passive, "when was X made into a film", ask for what X became (`becomingOf`). A "where did X V",
 * "where was X V-ed" asks the place of that event, which a passage that does not say the event does not tell
 * (`saysEventAsked`); a phrasal verb's particle may end it ("where did harold arlen grow up"). A participle used mostly
 * as an adjective ("born", "built", "held") is read as written, or by a noun of its verb ("birthplace"): its stem is
 * its verb's, whose other forms say other things ("bear witness").
 */
export function eventAskedOf(query: ParsedQuery, lexicon: Lexicon, participleReach: number, phrasalSenses: number, nounSenses: number, kindSenses: number, objectWordsReach: number, settingCut = false, placeSettingCut = false): EventAsked | null {
  // "Who was mort lindsey married to", "whom did bridget sullivan marry": the one at the other end of X's event, whom a
  // passage that does not say the event does not name; the preposition that ends it names no event (`personOfEvent`).
  const person = personOfEvent(query);
  const asked = person ?? query.typedWords;
  // "When did george shearing move to america": the event ends on its verb, before the setting (`settingAfterEventAt`);
  // so does a "where" ("where do ocelots live in the wild": the place of their living, `placeOfEventAsked`).
  const cut = person === null && ((settingCut && query.intent === 'date') || (placeSettingCut && asked[0] === 'where')) ? settingAfterEventAt(asked, asked.findIndex((word) => PAST_OR_PRESENT_DO.has(word)), lexicon, (some) => isOneNounPhrase(some, lexicon)) : -1;
  const words = cut < 0 ? asked : asked.slice(0, cut);
  // "Where did harold arlen grow up", "where was teresa durlach born": the place of an event, read as a "when" reads it.
  const asksPlace = words[0] === 'where';
  if ((query.intent !== 'date' && !asksPlace && person === null) || OPENS_ON_A_START.has(words[0] ?? '')) return null;
  const last = words.at(-1)?.replace(/\W+$/u, '');
  const termOf = (word: string | undefined) => query.terms.find((term) => term.typed === word && term.frame !== true);
  if (words.some((word) => PAST_OR_PRESENT_DO.has(word))) {
    const become = words.indexOf('become');
    if (become > 0) return person === null ? becomingOf(query, words.slice(become + 1)) : null;
    // A phrasal verb's particle ends the question ("grow up"): the verb before it tells the event, with the phrasal
    // verb's related words, not the verb's own ("turn" for "grow", another sense).
    const particle = last !== undefined && PARTICLES.has(last) ? last : undefined;
    const verb = termOf(particle === undefined ? last : words.at(-2));
    // "When did the library of congress start recording poets reading their work": a word after an article or a
    // possessive is a noun, the object of the verb before it, whose event a text tells in its own words: none asked. So
    // is one after words describing it there ("its four-level engineer ranking", `endsOnObject`).
    const auxiliary = words.findIndex((word) => PAST_OR_PRESENT_DO.has(word));
    if (particle === undefined && endsOnObject(words, auxiliary, lexicon, objectWordsReach)) return null;
    if (verb === undefined || !(lexicon.actsAsVerb(baseOfIrregular(verb.typed)) || (particle === undefined && endsOnVerb(words.slice(auxiliary + 1, -1), verb.typed, lexicon)))) return null;
    const base = baseOfIrregular(verb.typed);
    const said = particle === undefined ? [...factTopicOf([verb])] : [verb.stem, ...(verb.forms ?? []), ...lexicon.relatedWords(`${base}_${particle}`, phrasalSenses).map(stemWord)];
    const stems = new Set([...said, ...inflectionsOf(base).map(stemWord), ...(person === null ? [] : roleStemsOf(inflectionsOf(base), lexicon))]);
    // "When did the braille edition begin": a beginning is said by a coming to be as well ("Three years ago it became
    // possible to finance a Braille edition"; "became effective on February 1, 1913", "became professor in 1806").
    if (stems.has(BEGIN)) for (const stem of BECOME) stems.add(stem);
    // "Hanch went to Detroit in 1909", "Lindbergh's flight to Paris": the setting's own words say the act went there.
    for (const term of cut < 0 ? [] : query.terms.filter((some) => some.frame !== true && asked.slice(cut + 1).includes(some.typed))) for (const stem of [term.stem, ...(term.forms ?? [])]) stems.add(stem);
    if (particle !== undefined) return { stems, written: null, participleReach: 0 };
    // X, the subject: the words between the auxiliary and the verb.
    const subject = words.slice(auxiliary + 1, -1);
    return { stems, written: null, participleReach: 0, own: factTopicOf(query.terms.filter((term) => term.frame !== true && subject.includes(term.typed))) };
  }
  const be = words.findIndex((word) => PAST_OR_PRESENT_BE.has(word));
  if (be < 0) return null;
  // "When was ring of bright water made into a film": a light verb's passive says what X was made, as "become" does.
  const light = words.findIndex((word, at) => at > be && isParticiple(word) && isStopWord(word) && baseOfIrregular(word) !== 'be');
  if (light > 0) return person === null ? becomingOf(query, words.slice(light + 1)) : null;
  const participle = termOf(last);
  if (participle === undefined || !isParticiple(participle.typed)) return null;
  // "Born", used mostly as an adjective, is stemmed as "bear": the word itself or a noun of its verb says the birth
  // (`writtenEvent`). Not a regular "-ed" form ("unified"), whose stem is its own; but a person asked at the other end of
  // one ("who was X married to") is of its verb's event, however English mostly uses the participle.
  if (!lexicon.actsAsVerb(participle.typed) && (person === null || !participle.typed.endsWith('ed'))) return !participle.typed.endsWith('ed') && isIrregularVerbForm(participle.typed) ? writtenEvent(participle.typed, lexicon, nounSenses, kindSenses) : null;
  const bases = isIrregularVerbForm(participle.typed) ? [baseOfIrregular(participle.typed)] : lexicon.baseForms(participle.typed);
  // "Founded" is "found" inflected, and "found" is also "find"'s past, which the stemmer takes it for: not that.
  const forms = bases.flatMap((base) => inflectionsOf(base).filter((form) => [form, base].includes(baseOfIrregular(form))));
  const stems = new Set([...factTopicOf([participle]), ...forms.map(stemWord), ...(person === null ? [] : roleStemsOf(forms, lexicon))]);
  // The search may take "founded" for "find" as well: a sentence saying "find" tells no founding.
  const misread = misreadVerbOf(participle.typed);
  if (misread !== undefined) stems.delete(misread);
  return { stems, written: null, participleReach: asksPlace ? 0 : participleReach };
}

/**
 * Whether a "when did X V" whose last word English uses mostly as a noun ends on its verb all the same: the word can be
 * a verb, and X, the words between the auxiliary and it, is one noun phrase (`isOneNounPhrase`: "when did the civil war
 * end", "when does the government's fiscal year end"; not "where does the queen store her honey"). There nothing else
 * can be the verb the auxiliary asks for. A preposition's object ends a question as often ("when did fogg first land on
 * the st. john field", "in what year did lawsuits between carmakers peak", whose peak a text tells as "reached its
 * crest"), and a word before it used mostly as a verb is the verb ("when did congress pass the peace corps act").
 */
function endsOnVerb(subject: readonly string[], last: string, lexicon: Lexicon): boolean {
  return lexicon.canBeVerb(last) && isOneNounPhrase(subject, lexicon);
}

/**
 * Whether words are one noun phrase: a determiner opening it, then words that are neither stop words (a preposition, a
 * conjunction, a pronoun, a second determiner opening an object) nor used mostly as verbs: "the government's fiscal
 * year", "the 50 megaton bomb"; not "john after the coolidges' son", "they sit down to".
 */
export function isOneNounPhrase(words: readonly string[], lexicon: Lexicon): boolean {
  return words.length > 0 && words.every((word, at) => (at === 0 && DETERMINERS.has(word)) || (!isStopWord(word) && !lexicon.actsAsVerb(baseOfIrregular(word))));
}

/**
 * "When did the congo become independent from belgium", "when did west virginia become a state": the becoming is told
 * by what X became ("independence", "a state"), the words of the complement before its first preposition, by their
 * stems and their forms in other parts of speech: not their related words, which say other things ("civil" for
 * "state", as in "the Civil War"). Null when the complement names nothing the question searched.
 */
function becomingOf(query: ParsedQuery, said: readonly string[]): EventAsked | null {
  const complement = PREPOSITIONS.has(said[0] ?? '') ? said.slice(1) : said;
  const end = complement.findIndex((word) => PREPOSITIONS.has(word));
  const head = end > 0 ? complement.slice(0, end) : complement;
  const terms = query.terms.filter((term) => term.frame !== true && head.includes(term.typed));
  return terms.length === 0 ? null : { stems: stemsOf(terms), written: null, participleReach: 0 };
}

/**
 * The event of a participle used mostly as an adjective ("born"), said by the participle as written or by a noun of
 * its verb's `nounSenses` commonest senses at the head of a word ("birth", "birthplace": "the birthplace of 'Fengqiao
 * Experience'" says where it was born), not by the verb's other forms ("bear witness"); or by a way of doing it, a verb
 * WordNet files under its `kindSenses` commonest senses, inflected (`waysOf`: "the Monument of the Republic, erected in
 * 1928" says when it was built).
 */
function writtenEvent(participle: string, lexicon: Lexicon, nounSenses: number, kindSenses: number): EventAsked {
  const base = baseOfIrregular(participle);
  const nouns = lexicon.relatedWords(base, nounSenses).filter((word) => /^\p{L}+$/u.test(word) && !lexicon.describes(word));
  const ways = waysOf(base, lexicon, kindSenses).map((form) => `|${form}\\b`).join('');
  return { stems: new Set(), written: new RegExp(`\\b(?:${participle}\\b${ways}|${nouns.join('|') || participle})`, 'i'), participleReach: 0 };
}

/**
 * The inflected forms of the verbs WordNet files under a verb's `senses` commonest senses, each a way of doing it in its
 * own commonest sense (`Lexicon.kindsOf`): "erected" for "build". A text tells a building or a founding by how it was
 * done as often as by the question's verb. Not the verb with a prefix, which does it again ("rebuild"), nor a form used
 * mostly as a noun ("concert", a way of designing, is mostly music; "distance" is a way of holding).
 */
export function waysOf(verb: string, lexicon: Lexicon, senses: number): string[] {
  if (senses === 0) return [];
  return lexicon.kindsOf(verb, senses, 'verb').filter((kind) => !kind.endsWith(verb)).flatMap(inflectionsOf).filter((form) => lexicon.describes(form));
}

/**
 * The words of a "who did X V", "whom did X V" or "who was X V-ed", with a preposition that ends it left off ("who was
 * the omelet named after", "who was mort lindsey married to"): the question ends on X's event, and the person asked is
 * at its other end, so the event is all it asks of X, as in "when did X V" (a passage naming X and no marrying names no
 * one X married). Null for any other question, and for a "who V X", whose maker `doerAskedOf` reads.
 */
function personOfEvent(query: ParsedQuery): readonly string[] | null {
  const words = query.typedWords;
  if (query.intent !== 'person' || (words[0] !== 'who' && words[0] !== 'whom') || !(PAST_OR_PRESENT_DO.has(words[1] ?? '') || PAST_OR_PRESENT_BE.has(words[1] ?? ''))) return null;
  return PERSON_PREPOSITIONS.has(words.at(-1) ?? '') ? words.slice(0, -1) : words;
}

/**
 * The stems of the nouns naming the person at the other end of an act, as WordNet names them by a compound of its
 * participle (`Lexicon.personsByParticiple`: "married person", a spouse; "married woman", a wife): a text tells whom
 * someone married by the spouse's noun far more often than by the verb ("to take a wife, Elizabeth Meehan").
 */
function roleStemsOf(forms: readonly string[], lexicon: Lexicon): string[] {
  return forms.flatMap((form) => lexicon.personsByParticiple(form)).map(stemWord);
}

/** The prepositions that end a "who was X V-ed": the one married to, named after or for, written by, met with. */
const PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'after', 'for', 'by', 'with', 'from']);

/** A past participle: a regular "-ed" form, or an irregular verb's form ("built", "sold", "taken"). */
const isParticiple = (word: string): boolean => word.endsWith('ed') || isIrregularVerbForm(word);

/** A question opening on these asks since when a state has held ("since when", "from what date"). */
const OPENS_ON_A_START: ReadonlySet<string> = new Set(['since', 'from']);

/** The auxiliary of "when did X V", "when does X V": an event of X's, told by its verb alone. */
export const PAST_OR_PRESENT_DO: ReadonlySet<string> = new Set(['did', 'does', 'do']);

/** The stem of "begin", which the related words of a verb of beginning hold ("start", "commence"), and those of "become" ("became" by its base). */
const BEGIN = stemWord('begin');
const BECOME: readonly string[] = [...new Set([...inflectionsOf('become'), 'became'].map(stemWord))];

/** The particles that end a phrasal verb: "where did he grow up". */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'down', 'off', 'away', 'back']);

/** The auxiliary of a passive, "when was X founded", "when is X planned": an event told by its participle. */
export const PAST_OR_PRESENT_BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);

/** The prepositions that close what X became: "independent from belgium", "professor of physics". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'into', 'at', 'for', 'to', 'by', 'on', 'with']);

/**
 * A verb's regular inflections ("die" → "dies", "died", "dying"; "stop" → "stopped"), whose stems the stemmer does not
 * always bring back to the verb's ("died" is "di"); an irregular form ("began") is stemmed as its base already.
 */
export function inflectionsOf(verb: string): string[] {
  const withoutE = verb.replace(/e$/u, '');
  const doubled = /[^aeiou][aeiou][b-df-hj-np-tv-z]$/u.test(verb) ? verb + verb.at(-1) : withoutE;
  return [verb, `${verb}s`, `${withoutE}ed`, `${doubled}ed`, `${withoutE}ing`, `${doubled}ing`, verb.replace(/ie$/u, 'ying'), verb.replace(/y$/u, 'ied')];
}

/**
 * The stem of the irregular verb a regular past's stem spells, which the search may take it for: "founded" is "found"
 * inflected, not "find"'s past ("the time will soon come when women will find it necessary" tells no founding of their
 * university); "wounded" is no "wind", "grounded" no "grind". Undefined for any other word.
 */
function misreadVerbOf(word: string): string | undefined {
  if (!word.endsWith('ed')) return undefined;
  // The stemmer's stem of a stem may differ ("increas" → "increa"): only a stem that is an irregular form is misread.
  const own = stemWord(word);
  const base = baseOfIrregular(own);
  return base === own ? undefined : stemWord(base);
}
