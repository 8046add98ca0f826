import type { AbstainOptions } from '../options.ts';
import { CHINESE_INTENT_PATTERNS } from './chinese-words.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';
import type { RankedPassage } from './rank.ts';
import { chineseDictionary } from './chinese-dictionary.ts';
import { asksPlace, kindAskedOf, nameAskedOf } from './kind-asked.ts';
import { dateAskedOf, personAskedOf, sortAskedOf } from './date-person-asked.ts';
import { fewAskedAsMany } from './few-asked.ts';
import { bestShareWhere, clausesOf, measureAskedOf, sentenceShares, sentencesOf, writtenAwayFromTopic } from './measure-asked.ts';
import { namesUnwrittenName } from './name-unwritten.ts';
import { asksUnwrittenThing } from './thing-unwritten.ts';
import { writesAsKind } from './head-written.ts';
import { saidByAct } from './act-modified.ts';
import { wordNetLexicon } from './lexicon.ts';
import { whichAskedOf } from './which-asked.ts';
import { fixesOnly, unopposedWrites } from './qualifier-asked.ts';
import { joinedPartHolds } from './joined-part.ts';
import { ordinalPartWrites } from './ordinal-part.ts';
import { withTimeOfAsking } from './time-of-asking.ts';
import { countsUnheldThing } from './count-translated.ts';
import { namesUnwrittenPlace } from './place-unwritten.ts';
import { numberUnwrittenBeside } from './number-translated.ts';
import { englishTimeOfAsking } from './time-opposed.ts';
import { whichUnnamedBeside } from './which-translated.ts';
import { numberAskedOf } from './number-asked.ts';
import { hasUnspacedScript } from './segment.ts';

/**
 * Whether the best passages hold too little of a question `coverageOfBest` cannot weigh (see `canJudgeCoverage`): one
 * written in Chinese, or an English one searched through Chinese translations. WordNet's usage counts are English only,
 * so what is read here is plainer: how much of the question's content the first `judgedPassages` passages of the ranking
 * hold at all (those met only by a related word too: a question in other words than the text's is met by its synonyms).
 * A content word is held when a passage holds it, by its own stem or a related word (the dictionary's synonyms: "庄稼"
 * asked, "耕地" written), or, for a Chinese word, as a string of its text, itself or a related word of two characters or
 * more (ICU may cut the passage's words otherwise: 高铁's full form 高速铁路 is indexed 高速|铁路).
 * A Chinese question is weighed by characters (a name cut into single characters, 珠|穆|朗|玛|峰, weighs what it
 * would whole), its question phrases ("什么时候", "哪一天", "多少", `CHINESE_INTENT_PATTERNS`) out; an English one by
 * words, each translated or not. "李白写过哪些有名的诗" asked of a government report meets nothing and is declined; "乱占庄稼地的
 * 行为会被宽大处理吗", said in words the text does not use, meets half of its characters by synonyms and is answered.
 * A Chinese question that holds enough is still a near miss when it writes a year the documents date nothing in
 * (`asksUndatedYear`), a proper name no passage writes (`namesUnwrittenName`, `isWritten` the documents' text) or a thing
 * no passage writes nor stands for (`asksUnwrittenThing`; its own last character standing for it only where a passage of
 * `textsWriting` writes it as that thing, `writesAsKind`, with `headCharacterAsKind`), or
 * asks a number of a measure, a place, a number with no measure or a name that no sentence (for a place or a name, no
 * clause) beside the rest of it writes (`lacksKindAsked`, a number only in a clause no opposed qualifier fixes,
 * `presentYear` the year the documents call 今年, and that writes the ordinal part asked, `ordinalPartWrites`). A sentence
 * holds a word the segmenter cut to one character only joined as the question writes it (`joinedPartHolds`), and holds
 * nothing of the topic when it holds only the words fixing which number is meant (`fixesOnly`); the question's word of
 * time (现在, 去年) is held by every sentence, its time read by `unopposedWrites` (`withTimeOfAsking`).
 */
export function holdsTooLittle(
  question: string,
  query: ParsedQuery,
  judged: readonly RankedPassage[],
  options: AbstainOptions,
  yearsDated: ReadonlySet<string>,
  isWritten: (word: string) => boolean,
  presentYear: () => number | null,
  textsWriting: (word: string) => readonly string[],
): boolean {
  const chinese = hasUnspacedScript(question);
  const terms = contentTerms(question, query, chinese);
  if (shareHeld(terms, chinese, judged) < (chinese ? options.minChineseShareHeld : options.minTranslatedShareHeld)) return true;
  if (!chinese && countsUnheldThing(query, terms, options.translatedCountHeld === 0 ? 0 : options.countedNounMaxWords, heldBy(judged), judged.map((result) => result.passage.text))) return true;
  const dictionary = chineseDictionary();
  if (!chinese && dictionary !== null && namesUnwrittenPlace(question, options.translatedPlaceWritten, dictionary, wordNetLexicon(), isWritten)) return true;
  if (!chinese) {
    const chineseTexts = judged.map((result) => result.passage.text).filter(hasUnspacedScript);
    if (numberUnwrittenBeside(() => asksNumber(query, options), terms, chineseTexts, options.kindShareOfBest, options.translatedNumberBeside, englishTimeOfAsking(query.words))) return true;
    if (whichUnnamedBeside(query, terms, chineseTexts, options.kindShareOfBest, options.translatedWhichNamed)) return true;
  }
  return (
    chinese &&
    (asksUndatedYear(question, yearsDated) ||
      (dictionary !== null && (namesUnwrittenName(question, dictionary, isWritten) || asksUnwrittenThing(question, dictionary, writtenAsRelated(isWritten, terms), wordNetLexicon().namesThing, lastWrittenAs(options, textsWriting, isWritten)))) ||
      lacksKindAsked(question, terms, judged, options, presentYear))
  );
}

/** Whether an English question asks a number: "how many", "how much", "how large", or "what is the <value noun>" (`numberAskedOf`). */
function asksNumber(query: ParsedQuery, options: AbstainOptions): boolean {
  return query.intent === 'quantity' || numberAskedOf(query, wordNetLexicon(), options.numberNounSenses, options.peopleCountedSenses) !== null;
}

/**
 * `isWritten` with a word of the question written where the documents write a related word of it of two characters or
 * more, as searched (`synonyms`, `fullFormsOf`): "高铁开通了多少公里" asks of the 高速铁路 a passage names, not of a thing
 * the documents never mention (`asksUnwrittenThing`).
 */
function writtenAsRelated(isWritten: (word: string) => boolean, terms: readonly QueryTerm[]): (word: string) => boolean {
  return (word) => isWritten(word) || terms.some((term) => term.typed === word && term.related.some((related) => [...related].length > 1 && isWritten(related)));
}

/** How a thing's own last character is read as written (`asksUnwrittenThing`): as that thing (`writesAsKind`), or, with `headCharacterAsKind` 0, anywhere. */
function lastWrittenAs(options: AbstainOptions, textsWriting: (word: string) => readonly string[], isWritten: (word: string) => boolean): (character: string, head: string) => boolean {
  const dictionary = chineseDictionary();
  if (options.headCharacterAsKind === 0 || dictionary === null) return isWritten;
  const { isKindOf } = wordNetLexicon();
  return (character, head) => writesAsKind(character, head, textsWriting, dictionary, (word, kind) => isKindOf(word, kind));
}

/** A year a Chinese question writes ("2022年"): four digits before 年, no digit before them. */
const YEAR_ASKED = /(?<!\d)(\d{4})年/gu;

/**
 * Whether a Chinese question writes a year the documents date nothing in (`yearsDated`: every year of the timeline,
 * relative dates resolved, so "过去一年" of a report published in 2024 dates 2023, and every "NNNN年" a passage writes):
 * "2025年的赤字率目标是多少", asked of a report that speaks of 2023 and 2024 only, is a near miss that holds every other
 * word of it ("赤字率", "目标").
 */
function asksUndatedYear(question: string, yearsDated: ReadonlySet<string>): boolean {
  for (const [, year = ''] of question.matchAll(YEAR_ASKED)) if (!yearsDated.has(year)) return true;
  return false;
}

/**
 * Whether a Chinese question asks a thing of a kind that no sentence of the best Chinese passages writes beside the rest
 * of the question. A number of the measure asked ("多少辆", "多少亿元", `measureAskedOf`): the sentence writing one must
 * hold `minMeasureShareHeld` of the question's content. A place or a number with no measure (`kindAskedOf`): the
 * sentence writing one must hold `kindShareOfBest` of what the sentence holding the most of the question holds, since
 * the sentence a reader finds the question's topic in is where the answer stands. "2023年新能源汽车产量是多少辆" meets
 * "新能源汽车产销量占全球比重超过60%" (a share, no vehicles); "第四代核电机组建在哪个省" meets its topic in a sentence
 * naming no place; "赤字规模是多少亿元" meets "赤字规模4.06万亿元". A place and a name or an organisation (`nameAskedOf`)
 * are weighed by clauses, not sentences: "国产大型邮轮叫什么名字" meets "国产大飞机C919投入商业运营，国产大型邮轮成功建造",
 * whose one name is the plane's. A question asked of English passages is not read.
 */
function lacksKindAsked(question: string, terms: readonly QueryTerm[], judged: readonly RankedPassage[], options: AbstainOptions, presentYear: () => number | null): boolean {
  const texts = judged.map((result) => result.passage.text).filter(hasUnspacedScript);
  const measure = measureAskedOf(fewAskedAsMany(question, options.fewAskedCounted));
  const isPlaceName = chineseDictionary()?.isPlaceName ?? null;
  const kind = measure === null ? kindAskedOf(question, isPlaceName) : null;
  const name = measure === null && kind === null ? nameAskedOf(question, options.nameNotByAct === 0 ? undefined : saidByAct(chineseDictionary())) : null;
  const sort = measure === null && kind === null && name === null ? (sortAskedOf(question) ?? whichAskedOf(question)) : null;
  // The judged passages that are a document's title, read only for a question asking a date (`dateAskedOf`).
  const titles = () => judged.filter((result) => result.passage.citation.paragraph === 1).map((result) => result.passage.text.trim());
  const number = measure !== null ? (sentence: string) => measure.pattern.test(sentence) : kind;
  // A number or a place is read only in a clause no qualifier opposed to the question's fixes (`unopposedWrites`).
  const writes =
    number !== null
      ? unopposedWrites(question, ordinalPartWrites(question, number), texts, presentYear, options.averageAgainstYear)
      : (name ?? sort ?? dateAskedOf(question, titles, texts) ?? personAskedOf(question, isPlaceName, titles, texts));
  if (texts.length === 0 || writes === null) return false;
  const [holds, fixes] = withTimeOfAsking(joinedPartHolds(question, terms), fixesOnly, options.timeOfAskingHeld);
  const shares = sentenceShares(terms, texts, name !== null || sort !== null || asksPlace(question) ? clausesOf : sentencesOf, holds, fixes);
  if (measure === null) return writtenAwayFromTopic(shares, writes, options.kindShareOfBest);
  return shares !== null && bestShareWhere(shares, writes) < options.minMeasureShareHeld;
}

/** Every question phrase of `CHINESE_INTENT_PATTERNS`, each made global once (a question may hold two). */
const QUESTION_PHRASES: readonly RegExp[] = CHINESE_INTENT_PATTERNS.map(([, pattern]) => new RegExp(pattern.source, 'gu'));

/** The share of the question's content `terms` (by characters for a Chinese question, by words for an English one) the passages hold. */
function shareHeld(terms: readonly QueryTerm[], chinese: boolean, judged: readonly RankedPassage[]): number {
  const weightOf = (term: QueryTerm) => (chinese ? [...term.typed].length : 1);
  const total = terms.reduce((sum, term) => sum + weightOf(term), 0);
  if (total === 0) return 1;
  const isHeld = heldBy(judged);
  const held = terms.reduce((sum, term) => sum + (isHeld(term) ? weightOf(term) : 0), 0);
  return held / total;
}

/** Whether one of the passages holds a term: by its stem or a related word, or a Chinese one as a string of its text (ICU's cuts aside). */
function heldBy(judged: readonly RankedPassage[]): (term: QueryTerm) => boolean {
  const stems = new Set(judged.flatMap((result) => [...result.matchedStems, ...result.leadInStems]));
  return (term) =>
    stems.has(term.stem) || term.related.some((stem) => stems.has(stem)) || (hasUnspacedScript(term.stem) && judged.some((result) => [term.stem, ...term.related.filter((stem) => [...stem].length > 1)].some((word) => result.passage.text.includes(word))));
}

/**
 * The question's content terms: not frame words, and for a Chinese question only those whose text is left once every
 * question phrase is out (the intent read is the first phrase that matches, and a second, "日期是哪一天", would count as
 * content).
 */
function contentTerms(question: string, query: ParsedQuery, chinese: boolean): QueryTerm[] {
  const content = chinese ? QUESTION_PHRASES.reduce((text, phrase) => text.replace(phrase, ' '), question) : question;
  return query.terms.filter((term) => term.frame !== true && (!chinese || content.toLowerCase().includes(term.typed)));
}
