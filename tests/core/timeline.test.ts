import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/core/options.ts';
import { extractTimeline } from '../../src/core/timeline/extract.ts';
import type { DatePrecision, KnowledgeDocument, Passage, TimelineEntry } from '../../src/core/types.ts';
import { loadArticle } from '../fixtures/article.ts';

/** A passage of a made-up document, numbered in the order the test gives them. */
function makePassage(text: string, paragraph: number, options: { document?: string; duplicateOf?: string } = {}): Passage {
  const document = options.document ?? 'doc';
  return {
    id: `${document}#${paragraph}`,
    citation: { document, title: document, line: paragraph, paragraph },
    section: null,
    role: 'paragraph',
    text,
    nearDuplicates: options.duplicateOf === undefined ? [] : [options.duplicateOf],
    duplicateOf: options.duplicateOf ?? null,
  };
}

/** The timeline of one made-up document whose paragraphs are `texts`. */
function timelineOf(texts: readonly string[], published?: string): TimelineEntry[] {
  return extractTimeline(texts.map((text, index) => makePassage(text, index + 1)), published);
}

/** `date precision kind raw` of each entry, the shape most tests compare. */
function summarise(entries: readonly TimelineEntry[]): string[] {
  return entries.map((entry) => `${entry.date} ${entry.precision} ${entry.kind} ${entry.raw}`);
}

interface GoldEntry {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly kind: TimelineEntry['kind'];
  readonly raw: string;
  /** Words of the sentence the statement stands in. */
  readonly snippet: string;
}

/**
 * Every dated statement of the article, read by hand. Left out on purpose: "the Outline of the
 * Vision for 2035" and "Implementation Plan (2021-2025)" (plan titles, not events); the byline
 * "Published in "Liaowang" Issue 11, 2022" (the publication itself, which `published` carries);
 * "in the province in 2022" (the same sentence's "January 5, 2022" dates it); the second "Since
 * then", which follows "Since the beginning of the new century" and so has no year to refer to;
 * "At the beginning of the new century", "in recent years", "at present", "for thousands of years".
 */
const GOLD: readonly GoldEntry[] = [
  { date: '2012-11-15', precision: 'day', kind: 'past', raw: 'On November 15, 2012', snippet: 'when members of the Standing Committee' },
  { date: '2018-12-18', precision: 'day', kind: 'past', raw: 'On December 18, 2018', snippet: 'the celebration of the 40th anniversary' },
  { date: '2021-10', precision: 'month', kind: 'past', raw: 'In October 2021', snippet: '"Seeking Truth" magazine published' },
  { date: '2021-06-10', precision: 'day', kind: 'past', raw: 'On June 10, 2021', snippet: 'Building a Demonstration Zone for Common Prosperity" was released' },
  { date: '2035', precision: 'year', kind: 'target', raw: 'by 2035', snippet: 'to basically achieve common prosperity by 2035' },
  { date: '2020', precision: 'year', kind: 'past', raw: 'in 2020', snippet: "per capita GDP has exceeded 100,000 yuan" },
  { date: '2021', precision: 'year', kind: 'past', raw: 'In 2021', snippet: 'income ratio of urban and rural residents' },
  { date: '2025', precision: 'year', kind: 'target', raw: 'by 2025', snippet: '15-minute public service circle' },
  { date: '2003', precision: 'year', kind: 'past', raw: 'Since 2003', snippet: 'Thousand Village Demonstration, Ten Thousand Village Renovation' },
  { date: '2004', precision: 'year', kind: 'past', raw: 'In 2004', snippet: 'long-term mechanism for private affairs' },
  { date: '2004', precision: 'year', kind: 'past', raw: 'Since then', snippet: 'ten practical things every year' },
  { date: '2021', precision: 'year', kind: 'past', raw: 'In 2021', snippet: 'market transaction volume of 22 billion yuan' },
  // Plans for the year of writing ("In 2022, Zhejiang will…", "This year, the gap … will continue to narrow" in a
  // 2022 article) are targets: they were read as past before docent told the year of writing's plans from its events.
  { date: '2022', precision: 'year', kind: 'target', raw: 'In 2022', snippet: 'high-quality employment and entrepreneurship system' },
  { date: '2022', precision: 'year', kind: 'target', raw: 'This year', snippet: 'the income gap in the province will continue to narrow' },
  { date: '2020', precision: 'year', kind: 'past', raw: 'in 2020', snippet: 'tourism income of 2.25 billion yuan' },
  { date: '2025', precision: 'year', kind: 'target', raw: 'By 2025', snippet: 'olive-shaped social structure' },
  { date: '2021-08-29', precision: 'day', kind: 'past', raw: 'On August 29, 2021', snippet: 'held a press conference' },
  { date: '2021-10-21', precision: 'day', kind: 'past', raw: 'On October 21, 2021', snippet: 'Social Construction Committee' },
  { date: '2021', precision: 'year', kind: 'past', raw: 'in 2021', snippet: 'summarizing the progress of Zhejiang' },
  { date: '2022-01-05', precision: 'day', kind: 'past', raw: 'On the morning of January 5, 2022', snippet: 'centralized start-up activity for major projects' },
  { date: '2025', precision: 'year', kind: 'target', raw: 'by 2025', snippet: 'Ningbo will not only build' },
  { date: '2021', precision: 'year', kind: 'past', raw: 'In 2021', snippet: 'aging-appropriate renovation' },
  { date: '2019', precision: 'year', kind: 'past', raw: 'In 2019', snippet: 'artist residency experiment' },
  { date: '2021', precision: 'year', kind: 'past', raw: 'Since 2021', snippet: 'villagers of Gejia Village have voluntarily ceded' },
  { date: '2022-02-07', precision: 'day', kind: 'past', raw: 'February 7', snippet: 'first day of work in the Year of the Tiger' },
];

function matchesGold(entry: TimelineEntry, gold: GoldEntry): boolean {
  return entry.date === gold.date && entry.precision === gold.precision && entry.kind === gold.kind && entry.text.includes(gold.snippet);
}

describe(extractTimeline, () => {
  describe('on the article', () => {
    let article: { document: KnowledgeDocument; passages: Passage[] };
    let timeline: TimelineEntry[];
    beforeAll(async () => {
      article = await loadArticle();
      timeline = extractTimeline(article.passages, article.document.meta.published);
    });

    it('finds at least 95% of the hand-read dated statements', () => {
      const found = GOLD.filter((gold) => timeline.some((entry) => matchesGold(entry, gold)));
      expect(found.length / GOLD.length).toBeGreaterThanOrEqual(0.95);
    });

    it('extracts at least 95% correct entries', () => {
      const correct = timeline.filter((entry) => GOLD.some((gold) => matchesGold(entry, gold)));
      expect(correct.length / timeline.length).toBeGreaterThanOrEqual(0.95);
    });

    it('gives the date as written in raw', () => {
      for (const gold of GOLD) {
        const entry = timeline.find((candidate) => matchesGold(candidate, gold));
        expect(entry?.raw, gold.snippet).toBe(gold.raw);
      }
    });

    it('gives one entry with a conflict when the repeated paragraph garbles its date', () => {
      const garbled = article.passages.find((passage) => passage.text.includes('2012 On November 15, 2009'));
      const opening = garbled?.duplicateOf;
      expect(opening).toBeDefined();
      const november15 = timeline.filter((entry) => entry.date.endsWith('-11-15'));
      expect(november15).toHaveLength(1);
      expect(november15[0]).toMatchObject({
        date: '2012-11-15',
        raw: 'On November 15, 2012',
        passageId: opening,
        conflict: { dates: ['2012-11-15', '2009-11-15'], passageIds: [opening, garbled?.id] },
      });
    });

    it('marks no conflict where copies agree', () => {
      expect(timeline.filter((entry) => entry.conflict !== undefined)).toHaveLength(1);
    });

    it('reads no year into the plan titles, the byline or counts', () => {
      const raws = timeline.map((entry) => entry.raw);
      expect(raws).not.toContain('for 2035');
      expect(timeline.some((entry) => /2021-2025|Issue 11/.test(entry.raw))).toBe(false);
      expect(timeline.some((entry) => entry.text.includes('Liaowang" Issue 11'))).toBe(false);
    });

    it('sorts chronologically, coarser precision first within a date, then in document order', () => {
      const dates = timeline.map((entry) => entry.date);
      expect(dates).toEqual([...dates].sort());
      const order = (entry: TimelineEntry): number => article.passages.findIndex((passage) => passage.id === entry.passageId);
      const in2021 = timeline.filter((entry) => entry.date === '2021').map(order);
      expect(in2021).toEqual([...in2021].sort((a, b) => a - b));
    });

  });

  describe('date forms', () => {
    it('reads full dates with or without a preposition or a part of the day', () => {
      expect(
        summarise(timelineOf(['On June 10, 2021, it was released. It began December 18, 2018.', 'On the morning of January 5, 2022, work started.'])),
      ).toEqual(['2018-12-18 day past December 18, 2018', '2021-06-10 day past On June 10, 2021', '2022-01-05 day past On the morning of January 5, 2022']);
    });

    it('reads a budget year written "fiscal 1986" or "FY 2020", whatever word follows it', () => {
      expect(summarise(timelineOf(['The fiscal 1986 budget cut spending.', 'The FY 2020 plan was approved.']))).toEqual([
        '1986 year past The fiscal 1986',
        '2020 year past The FY 2020',
      ]);
    });

    it('dates an Old Style double year in its second, New Style year, and a later "2019/20" at its start', () => {
      expect(summarise(timelineOf(['He dined there in 1596/7. Sturley wrote on January 24, 1597/8. The hedges fell on January 21, 1600/1.'], '1961'))).toEqual([
        '1597 year past in 1596/7',
        '1598-01-24 day past on January 24, 1597/8',
        '1601-01-21 day past on January 21, 1600/1',
      ]);
      expect(summarise(timelineOf(['The budget for 2019/20 was passed.'], '2021'))).toEqual(['2019 year past for 2019/20']);
    });

    it('reads a year before a verb in -ing that takes an object, and a life\'s year with "born about"', () => {
      expect(summarise(timelineOf(['They wrote to Greville in 1593 asking his consent. Edward Greville, born about 1565, inherited Milcote.'], '1961'))).toEqual([
        '1565 year past born about 1565',
        '1593 year past in 1593',
      ]);
      // A count before a noun in -ing is no year.
      expect(timelineOf(['The king sent in 1500 fighting men.'], '1961')).toEqual([]);
    });

    it('dates a span of years in brackets after a name at its start: "Thomas Bushell (1594-1674)"', () => {
      expect(summarise(timelineOf(['A third Thomas Bushell (1594-1674), "much loved" by Bacon, called himself a prodigal. Benjamin Lundy (1789 - 1839) was a pioneer.'], '1961'))).toEqual([
        '1594 year past (1594-1674)',
        '1789 year past (1789 - 1839)',
      ]);
      // Not after a lower-case word: "the figures (1931-1935)" cite a table's years, which no name dates.
      expect(timelineOf(['Table 2 gives the figures (1931-1935) for each state.'], '1961')).toEqual([]);
    });

    it('reads day-first dates, ordinals, abbreviations and ISO dates', () => {
      expect(
        summarise(timelineOf(['It was signed on 5 May 1955. It ended the 8th of May, 1945. It was Sept. 3, 2019. See 2020-03-15 for more.'])),
      ).toEqual(['1945-05-08 day past the 8th of May, 1945', '1955-05-05 day past on 5 May 1955', '2019-09-03 day past Sept. 3, 2019', '2020-03-15 day past 2020-03-15']);
    });

    it('reads a month and year as month precision', () => {
      expect(summarise(timelineOf(['In October 2021, the magazine published it. Sales fell in early May of 2020.']))).toEqual([
        '2020-05 month past in early May of 2020',
        '2021-10 month past In October 2021',
      ]);
    });

    it('reads a bare year after a preposition or opening a sentence before a comma', () => {
      expect(
        summarise(timelineOf(['Since 2003, it grew. It closed in 2004. Until 1999 it was small. 1969, the year of the landing, was hot. Prices rose in mid-2020. It ended by the end of 2001, after the war had gone on.'])),
      ).toEqual([
        '1969 year past 1969',
        '1999 year past Until 1999',
        '2001 year past by the end of 2001',
        '2003 year past Since 2003',
        '2004 year past in 2004',
        '2020 year past in mid-2020',
      ]);
    });

    it('reads a year after "the year", a fiscal year or a part of the year', () => {
      expect(summarise(timelineOf(['In fiscal year 2020, revenues fell. Earnings rose in the first quarter of 2021. It was in the year 1850 that it sailed.']))).toEqual([
        '1850 year past in the year 1850',
        '2020 year past In fiscal year 2020',
        '2021 year past in the first quarter of 2021',
      ]);
    });

    it('reads tokenised text with a space before the comma', () => {
      expect(summarise(timelineOf(['It met on Jan. 1 , 1962 in Atlanta.']))).toEqual(['1962-01-01 day past on Jan. 1 , 1962']);
    });

    it('dates a range at its start', () => {
      expect(summarise(timelineOf(['From 2019 to 2021 the bridge was closed. Between 1990 and 1995, it rained.']))).toEqual([
        '1990 year past Between 1990 and 1995',
        '2019 year past From 2019 to 2021',
      ]);
    });

    it('reads no date from counts, money, ordinals, ratios, decades or titles', () => {
      const texts = [
        'There were 2,000 people and 1500 cases in 2000 cases, at $2019 each, a ratio of 1.94:1 in 2 sub-provincial cities.',
        'The 18th committee marked the 40th anniversary. Sales increased by 2000. Published in Issue 11, 2022.',
        'In the 1990s, the Outline of the Vision for 2035 and the Plan (2021-2025) appeared. The Mayor may 5 times say so; the Long March.',
        'In recent years, at present and for thousands of years, at the beginning of the new century, it grew.',
      ];
      expect(timelineOf(texts, '2022')).toEqual([]);
    });

    it('reads a day before its month without a year only after a preposition', () => {
      expect(summarise(timelineOf(['The 4th of July is a holiday. They met on the 5th of May.'], '2022'))).toEqual(['2022-05-05 day past on the 5th of May']);
    });

    it('reads no impossible day', () => {
      expect(timelineOf(['It happened on February 30, 2021.'])).toEqual([]);
    });
  });

  describe('kinds', () => {
    it('marks "by" deadlines as targets', () => {
      expect(
        summarise(timelineOf(['It is expected that by 2025, it will be built. We aim to achieve it by 2035. By December 2030 all is done.'], '2022')),
      ).toEqual(['2025 year target by 2025', '2030-12 month target By December 2030', '2035 year target by 2035']);
    });

    it('marks "by" in a past tense or before the time of writing as past', () => {
      expect(summarise(timelineOf(['By 1990, the city had grown.', 'By 2010, reforms spread.'], '2022'))).toEqual([
        '1990 year past By 1990',
        '2010 year past By 2010',
      ]);
      expect(summarise(timelineOf(['By 1990, the city had grown.']))).toEqual(['1990 year past By 1990']);
    });

    it('marks "by" as a target where the sentence plans, even with a past tense in it', () => {
      expect(summarise(timelineOf(['By 2035, incomes that were low will double.']))).toEqual(['2035 year target By 2035']);
    });

    it('marks the year of writing as a target where the sentence asks or urges, and as past where it reports', () => {
      expect(
        summarise(timelineOf(['Together, we can pass, this year, a tax bill.', 'I ask the Congress to act this year.', 'This year, we have cut taxes.'], '1985')),
      ).toEqual(['1985 year target this year', '1985 year target this year', '1985 year past This year']);
    });

    it('dates a yearless day the sentence plans for in the year of writing, not in the year the story was last in', () => {
      expect(summarise(timelineOf(['In 1982 the crime rate dropped. In the budget that I will submit on February 1st, I will cut the deficit.'], '1984'))).toEqual([
        '1982 year past In 1982',
        '1984-02-01 day target on February 1st',
      ]);
      expect(summarise(timelineOf(['In 2010, rates fell. Congress needs to stop the rates from doubling in July.'], '2012-01-24'))).toEqual([
        '2010 year past In 2010',
        '2012-07 month target in July',
      ]);
    });

    it('reckons a deadline reported with "would" from the day it was set, not forward from the day of writing', () => {
      // A Sunday paper of May 21, 1961 (Brown A34): the answer was promised the week before, for the day before writing.
      const text = ['Premier Khrushchev on May 4 made new inquiries. Mr. Kennedy told Moscow he would give his answer by May 20 after consultation with the Allies.'];
      expect(summarise(timelineOf(text, '1961-05-21'))).toEqual(['1961-05-04 day past on May 4', '1961-05-20 day past by May 20']);
      // Not reported, "would" still plans from the time of writing: the tax would take effect next January.
      expect(summarise(timelineOf(['In 1959 the rate rose. The new tax would take effect on January 1.'], '1961-05-21')).slice(1)).toEqual(['1962-01-01 day target on January 1']);
    });

    it('reckons a "would" reported after an assurance or a promise "that" from the story, not forward from the time of writing', () => {
      // A book of 1961 telling 1958 (Brown G36): the assurance was given on January 18, 1958, for four days later.
      const story = ['On January 18, 1958, Gross held a press conference. This was held despite Stavropoulos\' assurance to Berle, who was leaving the same day, that nothing would be done until his return on January 22.'];
      expect(summarise(timelineOf(story, '1961'))).toEqual(['1958-01-18 day past On January 18, 1958', '1958-01-22 day past on January 22']);
      // With no noun of giving one's word before it, "would" still plans: the tax would take effect next January.
      expect(summarise(timelineOf(['In 1958 the rate rose. The board thinks that the new tax would take effect on January 22.'], '1961-05-21')).slice(1)).toEqual(['1962-01-22 day target on January 22']);
    });

    it('keeps "will" with a year already reached as that year\'s statement, and a later year as a target', () => {
      expect(summarise(timelineOf(['In 2021, the village will achieve 22 billion yuan.', 'In 2030, the line will open.'], '2022'))).toEqual([
        '2021 year past In 2021',
        '2030 year target In 2030',
      ]);
    });
  });

  describe('context', () => {
    it('gives a yearless date the year of the last dated statement', () => {
      expect(summarise(timelineOf(['In 1941, war came.', 'On December 8, Congress declared war.'], '2020'))).toEqual([
        '1941 year past In 1941',
        '1941-12-08 day past On December 8',
      ]);
    });

    it('moves a yearless month earlier in the calendar than the last dated one into the next year when a winter came between', () => {
      const story = ['Snow fell on October 15, 1825, and stayed through a winter so cold that the river froze.', 'In April came a thaw that lasted until mid-June. On June 24 the families left.'];
      expect(summarise(timelineOf(story, '1961'))).toEqual([
        '1825-10-15 day past on October 15, 1825',
        '1826-04 month past In April',
        '1826-06 month past until mid-June',
        '1826-06-24 day past On June 24',
      ]);
      // No winter between them: the earlier month may look back within the same year.
      expect(summarise(timelineOf(['Snow fell on October 15, 1825.', 'In April the first settlers had come.'], '1961'))).toEqual([
        '1825-04 month past In April',
        '1825-10-15 day past on October 15, 1825',
      ]);
    });

    it('reads "September the 11th" as a day, and plans only a day the sentence plans before naming it', () => {
      expect(
        summarise(timelineOf(['On September the 11th, 2001, planes struck. The events of September the 11th will shape us. The evil done on September the 11th was great.'], '2002-01-29')),
      ).toEqual(['2001-09-11 day past On September the 11th, 2001', '2001-09-11 day past September the 11th', '2001-09-11 day past on September the 11th']);
    });

    it('gives a yearless date long after the last year named the latest such date up to the time of writing', () => {
      const speech = 'We rescued the fund in 1983. It is sound. Trade grew. Jobs came back. Schools improved. I have a letter. It is dated December 18th.';
      expect(summarise(timelineOf([speech], '1990-01-31'))).toEqual(['1983 year past in 1983', '1989-12-18 day past December 18th']);
      expect(summarise(timelineOf(['We rescued the fund in 1983. On December 18th it paid out.'], '1990-01-31'))).toEqual(['1983 year past in 1983', '1983-12-18 day past On December 18th']);
    });

    it('dates a yearless day after the month of writing told in the present or the imperative, far from any year, the next such day', () => {
      // An April magazine's coming events are this May's; a day told in the past ("was on May 27") is last year's.
      const guide = 'The whaling museum opened in 1958. It is quiet. Its lanes are narrow. Its houses are gray. Its harbor is deep.';
      const events = ' Try these events: the auto race in Charlotte on May 27. Michigan offers the fun-filled Tulip Festival, May 12-14.';
      expect(summarise(timelineOf([guide + events], '1961-04'))).toEqual(['1958 year past in 1958', '1961-05-12 day target May 12', '1961-05-27 day target on May 27']);
      expect(summarise(timelineOf([`${guide} The auto race in Charlotte was on May 27.`], '1961-04'))).toEqual(['1958 year past in 1958', '1960-05-27 day past on May 27']);
      // A day after "of" names a thing, and one in brackets cites it: both gone by, though told in the present.
      expect(summarise(timelineOf([`${guide} Your editorial of May 27 makes the point.`], '1961-04'))).toEqual(['1958 year past in 1958', '1960-05-27 day past May 27']);
      expect(summarise(timelineOf([`${guide} Mr. Hough (May 27) sounds like a shopkeeper.`], '1961-04'))).toEqual(['1958 year past in 1958', '1960-05-27 day past May 27']);
    });

    it('carries the story\'s year to yearless dates any distance on in a history, whose years are all long before its writing', () => {
      const life = 'Quiney rode to London on September 27, 1598. He stayed for weeks. He wrote letters. He bought cloth. He fell sick. His letter of October 26 named two men. He was expected to reach home on November 1.';
      expect(summarise(timelineOf([life], '1961'))).toEqual(['1598-09-27 day past on September 27, 1598', '1598-10-26 day past October 26', '1598-11-01 day past on November 1']);
      // A text that names a year within living memory of its writing keeps the year of writing for a far yearless date.
      // A 1961 life of a man of the 1920s is a history too: its latest year, 1927, is more than a generation back.
      expect(summarise(timelineOf([life.replace('1598', '1927')], '1961'))).toEqual(['1927-09-27 day past on September 27, 1927', '1927-10-26 day past October 26', '1927-11-01 day past on November 1']);
      const news = life.replace('1598', '1938').replace(/ He was expected.*/, '');
      expect(summarise(timelineOf([news], '1961'))).toEqual(['1938-09-27 day past on September 27, 1938', '1961-10-26 day past October 26']);
      // A history's yearless day before any year it reads as a date is no day of the year of writing (G58's "Abstracts of
      // early 1778" is no date phrase; "the Abstracts of 1778" would be one, a name its year ends); a house number is no
      // year that makes a text a history.
      expect(timelineOf(['On May 6th, Morgan got orders. His pay, in the Abstracts of early 1778, was late.'], '1961').map((entry) => entry.raw)).toEqual([]);
      expect(summarise(timelineOf(['The shop at 1213 Walnut St. opened on May 6.'], '1961'))).toEqual(['1961-05-06 day past on May 6']);
    });

    it('dates from the time of writing the yearless days a history\'s narrator tells in the present or the future, its past narrative from the story', () => {
      const voyage =
        'Hudson sailed from London on April 17, 1610. She reached Iceland. The men grumbled. Juet complained. Hudson sailed on. The trial was held September 10. ' +
        'His ship is long gone. Scholars still argue. Few read his log. Fewer sail his route. On September 16, the society will mark the voyage. ' +
        'For the rest of the year, the log is kept in a vault.';
      expect(summarise(timelineOf([voyage], '1961'))).toEqual([
        '1610-04-17 day past on April 17, 1610',
        '1610-09-10 day past September 10',
        '1961 year past For the rest of the year',
        '1961-09-16 day target On September 16',
      ]);
      // What a man of the story said is told in his tense, not the narrator's: the day he said it is the story's.
      const oath = 'Hudson sailed from London on April 17, 1610. She reached Iceland. The men grumbled. Juet complained. Hudson sailed on. On June 5, Juet swore: “I will sail no farther”.';
      expect(summarise(timelineOf([oath], '1961'))).toContain('1610-06-05 day past On June 5');
      // Before the history names a year, a day its narrator tells in the present is his own too.
      expect(summarise(timelineOf(['On May 4 the society meets to honour Hudson. He sailed from London on April 17, 1610.'], '1961'))).toEqual([
        '1610-04-17 day past on April 17, 1610',
        '1961-05-04 day past On May 4',
      ]);
    });

    it('dates yearless days a sentence tells before a full date in the year leading up to it', () => {
      const story = ['The council met on September 27, 1598.', 'The queen agreed on December 17, a warrant was signed on January 27, and the Exchequer paid on February 27, 1598/9.'];
      expect(summarise(timelineOf(story, '1961'))).toEqual([
        '1598-09-27 day past on September 27, 1598',
        '1598-12-17 day past on December 17',
        '1599-01-27 day past on January 27',
        '1599-02-27 day past on February 27, 1598/9',
      ]);
    });

    it('keeps a look back in the past perfect from moving the story\'s year', () => {
      const story = ['The council met on September 27, 1598.', 'This refers to what had happened after the Earl died in 1590.', 'Quiney wrote on October 29.'];
      expect(summarise(timelineOf(story, '1961'))).toEqual(['1590 year past in 1590', '1598-09-27 day past on September 27, 1598', '1598-10-29 day past on October 29']);
      // A past perfect in an earlier clause is that clause's own: "…, but when Katie wrote on April 11, 1900" moves the story.
      const letters = ['Her letters came in 1896.', 'His hopes had been stirred, but when Katie wrote on April 11, 1900, he despaired.', 'In June he wrote again.'];
      expect(summarise(timelineOf(letters, '1961'))).toEqual(['1896 year past in 1896', '1900-04-11 day past on April 11, 1900', '1900-06 month past In June']);
      // The first year a story names is its year, past perfect or not.
      expect(summarise(timelineOf(['The Earl had died in 1590.', 'On October 29 the town petitioned.'], '1961'))).toEqual(['1590 year past in 1590', '1590-10-29 day past On October 29']);
    });

    it('dates a yearless month compared with an earlier time in the year of writing, not in the year the story was in', () => {
      const report = ['Last year we sold four.', 'In August sales were 13% above a year earlier. He sold 21 in September; in September of 1960, he sold seven.'];
      expect(summarise(timelineOf(report, '1961-10'))).toEqual([
        '1960 year past Last year',
        '1960-09 month past in September of 1960',
        '1961-08 month past In August',
        '1961-09 month past in September',
      ]);
      expect(summarise(timelineOf(['Sales ran ahead of the like months of 1959 through July.'], '1960-12'))).toEqual(['1959 year past of 1959', '1960-07 month past through July']);
      // No comparison: the story's year still dates the month.
      expect(summarise(timelineOf(['In 1811, the grant was made.', 'By October a group was settling.'], '1961'))).toEqual(['1811 year past In 1811', '1811-10 month past By October']);
    });

    it('counts a change\'s "a year ago" back from the year its sentence writes, and keeps "last year\'s" beside "Last month"', () => {
      expect(summarise(timelineOf(['Housing starts for the fourth quarter of 1982 were up 45 percent from a year ago.'], '1983-01-25'))).toEqual([
        '1981 year past a year ago',
        '1982 year past for the fourth quarter of 1982',
      ]);
      expect(summarise(timelineOf(['Last month, Congress undid some of last year\'s cuts.'], '2014-01-28'))).toEqual(['2013 year past last year', '2013-12 month past Last month']);
      expect(summarise(timelineOf(['Work began in 1791.', 'On November 26 of that year the bridge opened.'], '1961'))).toEqual(['1791 year past in 1791', '1791-11-26 day past On November 26 of that year']);
    });

    it('keeps the year a comparison measures against from dating the sentences after it', () => {
      const report = ['Easter was on April 2 this year, two weeks earlier than in 1960.', 'Buying surged in March.'];
      expect(summarise(timelineOf(report, '1961-10'))).toEqual(['1960 year past in 1960', '1961-03 month past in March', '1961-04-02 day past on April 2 this year']);
    });

    it('dates a yearless day a later sentence tells in the present or the future at the time of writing, not the past year before it', () => {
      // A text that names a recent year (1960) is no history, whose narrator's time `isNarratorsNow` reads.
      const review = ['His widow gave the paintings in 1960.', 'One of the strongest is a vista of the harbor in 1915.', 'The current exhibition, which remains on view through Oct. 29, has tapped 14 collections.'];
      expect(summarise(timelineOf(review, '1961-10-17'))).toEqual(['1915 year past in 1915', '1960 year past in 1960', '1961-10-29 day target through Oct. 29']);
      const parade = ['In 1960 the election was close.', 'The last inaugural parade of a Democrat was in 1945.', 'Thousands of seats are being erected for the big inaugural parade on Jan. 20.'];
      expect(summarise(timelineOf(parade, '1961-01-01'))).toEqual(['1945 year past in 1945', '1960 year past In 1960', '1961-01-20 day target on Jan. 20']);
      // Told in the simple past, in its own clause or the one whose verb tells it, the day stays in the story's year.
      expect(summarise(timelineOf(['In 1960 our sales rose.', 'Early in August we broke ground for a plant, which will house our machinery.'], '1961'))).toEqual(['1960 year past In 1960', '1960-08 month past in August']);
      expect(summarise(timelineOf(['The Congo became independent in 1960.', 'On July 11 the head of Katanga, Moise Tshombe, announced his secession.'], '1961-10-26'))).toEqual(['1960 year past in 1960', '1960-07-11 day past On July 11']);
    });

    it('keeps the year a change is counted from ("1.5 per cent off from February 1960") from dating the week after it', () => {
      const page = ['Sales were still 1.5 per cent off from February 1960.', 'Stores reported a large increase for the week ending March 4.'];
      expect(summarise(timelineOf(page, '1961-11-21'))).toEqual(['1960-02 month past from February 1960', '1961-03-04 day past March 4']);
      expect(summarise(timelineOf(['Starts were down 20 percent from 1959.', 'Building surged in March.'], '1961-11-21'))).toEqual(['1959 year past from 1959', '1961-03 month past in March']);
      // A span "from … to …" is a period the story is in, not a base.
      expect(summarise(timelineOf(['Prices moved up from 1958 to 1959.', 'They fell in March.'], '1961-11-21'))).toEqual(['1958 year past from 1958 to 1959', '1958-03 month past in March']);
    });

    it('gives a yearless date the time of writing after a "since" statement or before any date', () => {
      expect(summarise(timelineOf(['February 7 is the first day of work.', 'Since 2021, it grew.', 'On the 9th of March, they met.'], '2022'))).toEqual([
        '2021 year past Since 2021',
        '2022-02-07 day past February 7',
        '2022-03-09 day past On the 9th of March',
      ]);
    });

    it('reads "this year", "last year" and "next year" from the time of writing, else from the context', () => {
      expect(summarise(timelineOf(['In 2004, it began.', 'This year, it grew. Last year, it shrank.'], '2022'))).toEqual([
        '2004 year past In 2004',
        '2021 year past Last year',
        '2022 year past This year',
      ]);
      expect(summarise(timelineOf(['In 2004, it began.', 'This year, it grew.']))).toEqual(['2004 year past In 2004', '2004 year past This year']);
    });

    it('resolves "since then", "that year" and "the following year" to the last year mentioned', () => {
      expect(summarise(timelineOf(['In 2004, the rule came.', 'Since then, it was kept. That year it rained. The following year was dry.'], '2022'))).toEqual([
        '2004 year past In 2004',
        '2004 year past Since then',
        '2004 year past That year',
        '2005 year past The following year',
      ]);
    });

    it('gives no entry to "since then" with no year to refer back to', () => {
      expect(timelineOf(['Since then, it was kept.'], '2022')).toEqual([]);
      expect(summarise(timelineOf(['In 2020, it rose.', 'Since the beginning of the new century, it grew.', 'Since then, it was kept.'], '2022'))).toEqual([
        '2020 year past In 2020',
      ]);
    });

    it('gives no entry to "that year" where its own sentence wrote the year before it, and one where another sentence did', () => {
      const text = ['He proceeded M.A. in 1632 and became a fellow of his college in that year.', 'In 1951 she left. In the spring of that year she met him.'];
      expect(summarise(timelineOf(text, '1961'))).toEqual([
        '1632 year past in 1632',
        '1951 year past In 1951',
        '1951 year past In the spring of that year',
      ]);
    });

    it('does not carry a year from one document into the next', () => {
      const passages = [makePassage('In 2004, it began.', 1, { document: 'a' }), makePassage('Since then, it grew. On May 3, they met.', 1, { document: 'b' })];
      expect(summarise(extractTimeline(passages))).toEqual(['2004 year past In 2004']);
    });

    it('gives a sentence one entry for a date it repeats at a coarser precision', () => {
      expect(summarise(timelineOf(['On January 5, 2022, projects for 2022 began to expand investment in 2022.']))).toEqual([
        '2022-01-05 day past On January 5, 2022',
      ]);
    });

    it('keeps a year that dates a clause of its own before "and" or ";" opens another with a finer date of that year', () => {
      expect(summarise(timelineOf(['In 1819 grasshoppers destroyed the crop and in December 1819, twenty men left.', 'In 1960 sales rose; in December 1960 they fell.'], '1961'))).toEqual([
        '1819 year past In 1819',
        '1819-12 month past in December 1819',
        '1960 year past In 1960',
        '1960-12 month past in December 1960',
      ]);
      expect(summarise(timelineOf(['In 1960, in December, they fell.'], '1961'))).toEqual(['1960-12 month past in December']);
    });
  });

  describe('relative and written-around dates', () => {
    it('counts "N years ago" and "two decades ago" back from the time of writing', () => {
      expect(summarise(timelineOf(['Five years ago the mill closed; two decades ago it had 300 hands, and a year ago it was sold.'], '2019-03-01'))).toEqual([
        '1999 year past two decades ago',
        '2014 year past Five years ago',
        '2018 year past a year ago',
      ]);
    });

    it('counts "N years from now" and "a decade hence" on from the time of writing, and not a count no number gives', () => {
      expect(summarise(timelineOf(['The session may have insured a financial crisis two years from now, and a drought a decade hence.'], '1961-03-06'))).toEqual([
        '1963 year target two years from now',
        '1971 year target a decade hence',
      ]);
      expect(summarise(timelineOf(['The sky will look as it did then millions of years hence.'], '1961-03-06'))).toEqual([]);
    });

    it('dates a death "has been dead N years" back from the time of writing, and not one a past perfect counts from the story', () => {
      expect(
        summarise(timelineOf(['Karl Marx is buried in London, but he has been dead seventy-eight years. Her aunt\'s been dead for a decade.'], '1961-11-11')),
      ).toEqual(['1883 year past dead seventy-eight years', '1951 year past dead for a decade']);
      expect(summarise(timelineOf(['They could not return before 1655, when Shakespeare had been dead for thirty-nine years.'], '1961')).map((line) => line.split(' ')[0])).toEqual(['1655']);
    });

    it('reads a month of this, last or next year, "this July" and "last month" from the time of writing', () => {
      expect(
        summarise(timelineOf(['In May of this year the dam opened. In March last year it flooded. The fee rises this July. Last month, rain fell.'], '2019-10-20')),
      ).toEqual(['2018-03 month past In March last year', '2019-05 month past In May of this year', '2019-07 month past this July', '2019-09 month past Last month']);
      expect(timelineOf(['Last month, rain fell.'], '2019')).toEqual([]);
    });

    it('reads a news story\'s days from its day of writing: yesterday, last night, tomorrow, and weekdays by their tense', () => {
      // 1961-03-17 was a Friday.
      const story = [
        'The Orioles beat the Yankees 5 to 3 yesterday at Miami.',
        'Last night the Colts signed a tackle from Georgia.',
        'On Saturday the Orioles play the Reds at Tampa, and they meet the Cardinals tomorrow.',
        'The Bullets lost to the Hawks on Wednesday, 102 to 98.',
        'The club will decide next Tuesday. It had decided last Friday.',
        'Its president said Monday the club would move. It was the last night of the season.',
      ];
      expect(summarise(timelineOf(story, '1961-03-17'))).toEqual([
        '1961-03-10 day past last Friday',
        '1961-03-13 day past Monday',
        '1961-03-15 day past on Wednesday',
        '1961-03-16 day past yesterday',
        '1961-03-16 day past Last night',
        '1961-03-18 day target On Saturday',
        '1961-03-18 day target tomorrow',
        '1961-03-21 day target next Tuesday',
      ]);
      // Without a day of writing there is no day to count from.
      expect(timelineOf(story, '1961-03')).toEqual([]);
    });

    it('counts a weekly\'s weekdays from the week after its "last <weekday of its date>", not from its cover date', () => {
      // A magazine dated Monday, April 17, 1961, on a tournament that ended "last Monday" (Brown A38): its Thursday to
      // Sunday are the tournament's, April 6 to 9, not April 13 to 16.
      const story = [
        'The Masters golf tournament proved last Monday what it can do to the strongest men.',
        'Until late last Saturday afternoon Palmer had played seven consecutive rounds without ever being out of first place.',
        'On Thursday, the first day of the Masters, the contest between Palmer and Player developed instantly.',
        'The washed-out final round on Sunday has become a footnote.',
      ];
      expect(summarise(timelineOf(story, '1961-04-17'))).toEqual([
        '1961-04-06 day past On Thursday',
        '1961-04-08 day past last Saturday afternoon',
        '1961-04-09 day past on Sunday',
        '1961-04-10 day past last Monday',
      ]);
    });

    it('takes no weekday that names a thing, a habit or a date written out, and no "yesterday\'s" or era\'s "tomorrow"', () => {
      const text = [
        'Easter Sunday fell late. She taught Sunday school every Saturday, and on Mondays she rested.',
        "Yesterday's news is old. The world of tomorrow waits. Who invests today will own the economy tomorrow. He will leave on Saturday, March 18, 1961.",
      ];
      expect(summarise(timelineOf(text, '1961-03-17'))).toEqual(['1961-03-18 day target March 18, 1961']);
    });

    it('counts a bare weekday by the tense of its own clause, and a day appointed for something on', () => {
      // 1961-04-19 was a Wednesday.
      const story = [
        'The mayor said the city will pay, and added that the council had hired a nurse Monday for the family.',
        'The clerk said 6 p.m. Friday had been set as the deadline for the petitions.',
        'Officials reported that Tuesday was scheduled for the vote.',
      ];
      expect(summarise(timelineOf(story, '1961-04-19'))).toEqual([
        '1961-04-17 day past Monday',
        '1961-04-21 day target Friday',
        '1961-04-25 day target Tuesday',
      ]);
    });

    it('counts on a weekday written after the appointment it is the day of: "was set for 10 a.m. Tuesday", "scheduled to begin here Sunday"', () => {
      // 1961-11-04 was a Saturday.
      const story = ['A hearing was set for 10 a.m. Tuesday.', 'The letter comes on the eve of a gathering of theater owners scheduled to begin here Sunday.'];
      expect(summarise(timelineOf(story, '1961-11-04'))).toEqual(['1961-11-05 day target Sunday', '1961-11-07 day target Tuesday']);
    });

    it('reads a weekday before a clock time ("will be Monday 1 p.m."), and counts one a sentence in the present sets ("The vote is Tuesday") on', () => {
      // 1961-08-26 was a Saturday.
      const story = ['The funeral will be Monday 1 p.m. at the abbey.', 'The vote is Tuesday 10:30 a.m. in the hall.'];
      expect(summarise(timelineOf(story, '1961-08-26'))).toEqual(['1961-08-28 day target Monday', '1961-08-29 day target Tuesday']);
    });

    it('counts a weekday after a participle of a future ("will be made Sunday") on, and one after a past ("was buried Monday") back', () => {
      // 1961-11-29 was a Wednesday.
      const story = ['The division said repairs will be made Sunday at the corner.', 'Services are to be held Friday. He was buried Monday.'];
      expect(summarise(timelineOf(story, '1961-11-29'))).toEqual(['1961-11-27 day past Monday', '1961-12-01 day target Friday', '1961-12-03 day target Sunday']);
    });

    it('reads a weekday a sentence plans for that is the weekday of writing as that very day, but "next Saturday" and a list of days as a week on', () => {
      // 1961-06-17 was a Saturday.
      const story = [
        'The county fair will close Saturday evening with a dance.',
        'The board will meet again next Saturday.',
        'The team will work Tuesday, Wednesday and Saturday.',
      ];
      expect(summarise(timelineOf(story, '1961-06-17'))).toEqual([
        '1961-06-17 day target Saturday evening',
        '1961-06-20 day target Tuesday',
        '1961-06-21 day target Wednesday',
        '1961-06-24 day target next Saturday',
        '1961-06-24 day target Saturday',
      ]);
    });

    it('reads a weekday before a regular past verb ("an election Thursday voted") as a day, but not a weekday naming a thing', () => {
      // 1961-06-17 was a Saturday.
      const story = ['The employes in an election Thursday voted to leave the union.', 'The Sunday school needed more teachers.'];
      expect(summarise(timelineOf(story, '1961-06-17'))).toEqual(['1961-06-15 day past Thursday']);
    });

    it('reads a weekday before an irregular past ("early Sunday went") or a clause\'s "as" after a part of the day as a day, but not a weekday that is a thing', () => {
      // 1961-04-18 was a Tuesday.
      const story = [
        'Thomas early Sunday went to the home of his uncle.',
        'Nischwitz continued his pinpoint pitching Monday night as the Bears made it two straight.',
        'They kept Sunday as a day of rest.',
        'The Sunday paper went to press.',
      ];
      expect(summarise(timelineOf(story, '1961-04-18'))).toEqual(['1961-04-16 day past Sunday', '1961-04-17 day past Monday night']);
    });

    it('counts a weekday back by the verb of its own clause, ended by a dash typed as two hyphens, and by no plan that is a noun', () => {
      // 1961-10-26 was a Thursday.
      const story = [
        'The Texans were back home Monday with their third victory -- a 19-12 triumph over the Broncos -- but their visit will be a short one.',
        'On Tuesday, the concern was declared bankrupt after its directors indicated they could not draw up a plan for reorganization.',
        'The board will adopt the plan Friday.',
      ];
      expect(summarise(timelineOf(story, '1961-10-26'))).toEqual(['1961-10-23 day past Monday', '1961-10-24 day past On Tuesday', '1961-10-27 day target Friday']);
    });

    it('reads a weekday and its part of the day before an event noun as that day, and no weekday a habit adverb tells of', () => {
      // 1961-10-24 was a Tuesday.
      const page = [
        'Board members examined blueprints for two schools at a Monday night workshop session.',
        'Training sessions of two hours each are generally held on Sunday night or during the week.',
        'It was often re-enacted at the Wednesday night prayer meeting.',
        'The council met Thursday night.',
      ];
      expect(summarise(timelineOf(page, '1961-10-24'))).toEqual(['1961-10-19 day past Thursday night', '1961-10-23 day past Monday night']);
    });

    it('reads "the" weekday and its part of the day before any noun as that day, where "a" may be any week\'s', () => {
      // A paper of Tuesday, May 2, 1961 (Brown A15): "the" picks the coming Wednesday night's start.
      const page = ['Manager Hemus moved Gibson to the Wednesday night starting assignment.', 'Sadecki would rather have a Friday night starting assignment.'];
      expect(summarise(timelineOf(page, '1961-05-02'))).toEqual(['1961-05-03 day target Wednesday night']);
    });

    it('puts a planned yearless date earlier in the calendar than the day of writing in the next year, but not in a document dated by its month', () => {
      expect(summarise(timelineOf(['He will take over his new post Jan. 1.'], '1961-11-29'))).toEqual(['1962-01-01 day target Jan. 1']);
      expect(summarise(timelineOf(['The observance will run for a week, beginning on May 28.'], '1961-07'))).toEqual(['1961-05-28 day target on May 28']);
    });

    it('takes a time counted back from the time of writing as past, whatever else its sentence plans', () => {
      const story = ['The wife was arrested in Phoenix last week and will be returned to Portland.', 'Prices rose last month, and they will rise again.'];
      expect(summarise(timelineOf(story, '1961-08-26'))).toEqual(['1961-07 month past last month', '1961-08 month past last week']);
    });

    it('dates a week from the day of writing at the month most of its calendar week falls in, a Sunday\'s last week the one it ends, "next week" ahead, and a story\'s "The next week" not at all', () => {
      // Sunday, March 26, 1961: next week is Monday, March 27 to Sunday, April 2.
      expect(summarise(timelineOf(['Mr. and Mrs. Brown will return next week from Bermuda.', 'The next week, forty soldiers were sent.'], '1961-03-26'))).toEqual([
        '1961-03 month target next week',
      ]);
      // Thursday, October 26: next week is Monday, October 30 to Sunday, November 5.
      expect(summarise(timelineOf(['Fallout might arrive here next week.'], '1961-10-26'))).toEqual(['1961-11 month target next week']);
      // Sunday, April 9: last week and the past week are the week that Sunday ends, April 3 to 9, not that of March 27.
      expect(summarise(timelineOf(['And last week at the Masters Palmer and Player did.', 'The stock was sold to the public during the past week.'], '1961-04-09'))).toEqual([
        '1961-04 month past last week',
        '1961-04 month past the past week',
      ]);
      // Monday, May 1: next week is May's, and ahead though no verb plans it; last week is April's.
      expect(summarise(timelineOf(['Skylark, debuting next week at Drury Lane, is a sellout.', 'He was arrested last week.'], '1961-05-01'))).toEqual([
        '1961-04 month past last week',
        '1961-05 month target next week',
      ]);
    });

    it('reads a weekday after a place or a team a preposition or "the" opens, but not after a holiday\'s first word', () => {
      const story = ['The boys were helping children across the street at Kercheval Monday afternoon.', 'The Orioles defeated the Reds Saturday at Tampa.', 'They married on Easter Sunday, and met again on Good Friday.'];
      expect(summarise(timelineOf(story, '1961-04-19'))).toEqual(['1961-04-15 day past Saturday', '1961-04-17 day past Monday afternoon']);
    });

    it('reads a weekday after a name "of" opens, a place or a firm\'s seat, as a time', () => {
      const story = ['He took a midnight train out of Cleveland Saturday, without a word to anybody.', 'Union Oil Co. of California Tuesday offered $120 million in debentures.', 'It was printed in a supplement of The Providence Sunday Journal.'];
      expect(summarise(timelineOf(story, '1961-04-19'))).toEqual(['1961-04-15 day past Saturday', '1961-04-18 day past Tuesday']);
    });

    it('reads a weekday after a name of four capitalised words a preposition or "the" opens as a time', () => {
      // 1961-10-25 was a Wednesday.
      const page = ['He will speak to Willamette University Young Republicans Thursday night in Salem.', 'He took Harvey to task for comments he had made to the North Portland Rotary Club Tuesday.'];
      expect(summarise(timelineOf(page, '1961-10-25'))).toEqual(['1961-10-24 day past Tuesday', '1961-10-26 day target Thursday night']);
    });

    it('dates a "today" opening a clause told in the simple past ("But today he wanted"), not one of the present', () => {
      const story = ['But today he wanted to make a public statement.', 'Today the court ruled for the city.', 'But today he wants a statement. Today we are stronger.'];
      expect(summarise(timelineOf(story, '1961-04-19'))).toEqual(['1961-04-19 day past today', '1961-04-19 day past Today']);
    });

    it('dates a "today" or "tonight" its clause plans for as a target of the day of writing, not an era\'s "today"', () => {
      const story = [
        'Arnold Palmer will be among those honored at the national awards dinner tonight.',
        'About 1500 delegates are expected to register today for the biennial session.',
        'Today the private detective will also investigate insurance claims.',
        'A major aim will be to remove whatever in the Church today stands in the way of unity.',
      ];
      expect(summarise(timelineOf(story, '1961-10-16'))).toEqual(['1961-10-16 day target tonight', '1961-10-16 day target today']);
    });

    it('dates no year of a saying equating two years\' things ("this year\'s movies are next year\'s television shows"), but both years of a comparison', () => {
      const story = ["After all, this year's movies are next year's television shows.", "This year's wheat crop is bigger than last year's."];
      expect(summarise(timelineOf(story, '1961-11-12'))).toEqual(['1960 year past last year', '1961 year past This year']);
    });

    it('dates a "today" or "tonight" after a present of an appointed opening or closing ("which adjourns today"), not a present of state', () => {
      const story = [
        'The General Assembly, which adjourns today, has performed in an atmosphere of crisis.',
        'The art show opens tonight at the armory.',
        'The old bridge stands today as a monument to its builders.',
        'The mansion remains open today as a museum.',
      ];
      expect(summarise(timelineOf(story, '1961-03-06'))).toEqual(['1961-03-06 day past today', '1961-03-06 day past tonight']);
    });

    it('dates "today", "tonight" and "late this afternoon" at the day of writing where a clause in the past tells what happened then', () => {
      const story = [
        'The Orioles tonight retained the distinction of being the only winless team.',
        'Hansen flew here late this afternoon from Baltimore.',
        'Two errors donated four runs and a victory to the White Sox today.',
      ];
      expect(summarise(timelineOf(story, '1961-03-17'))).toEqual([
        '1961-03-17 day past tonight',
        '1961-03-17 day past late this afternoon',
        '1961-03-17 day past today',
      ]);
    });

    it('takes no "today" or "tonight" of the speaker\'s now: opening a clause, in a present or a perfect, before a verb of the present', () => {
      const speech = [
        'Today, after four years of growth, profits have rarely been higher. And today, America is closer to independence.',
        'But what I offer tonight is a set of proposals. So tonight I\'ve asked the Vice President to lead a reform.',
        'Millions of homes today display pieces patterned after his designs.',
      ];
      expect(timelineOf(speech, '2014-01-28')).toEqual([]);
    });

    it('dates an event a day\'s possessive names ("tomorrow\'s 8 P.M. contest", "Sunday\'s game"), not any other thing it owns', () => {
      const story = ["Brown will oppose the champions in tomorrow's 8 P.M. contest and in Sunday's game.", "Tomorrow's leaders read today's papers."];
      expect(summarise(timelineOf(story, '1961-03-17'))).toEqual(['1961-03-18 day target tomorrow', '1961-03-19 day target Sunday']);
    });

    it('dates a round a weekday\'s possessive or an owner\'s weekday names ("Sunday\'s fourth round", "his Saturday round"), not "a Sunday game"', () => {
      const story = ["Sunday's fourth round had been washed out by a rainstorm.", 'Palmer finished his Saturday round with a 73.', 'He plays a Sunday game every week.'];
      expect(summarise(timelineOf(story, '1961-03-17'))).toEqual(['1961-03-11 day past Saturday', '1961-03-12 day past Sunday']);
    });

    it('counts days and weeks back from the day of writing: "one week ago", "ten days ago"', () => {
      expect(summarise(timelineOf(['Barber joined the club one week ago. The rate ten days ago was 2%.'], '1961-03-17'))).toEqual([
        '1961-03-07 day past ten days ago',
        '1961-03-10 day past one week ago',
      ]);
    });

    it('dates a weekday after "last" whatever word follows ("proved last Monday what"), not "the last Monday of each month"', () => {
      // Two documents (Brown A38 and A17): one with a "last Monday" dated a Monday is read as a weekly's (see the weekly's test).
      expect(summarise(timelineOf(['The Masters golf tournament proved last Monday what it can do to the strongest men.'], '1961-04-17'))).toEqual(['1961-04-10 day past last Monday']);
      const story = ['The wedding last Sunday of Miss Glison was at the First Christian Church.', 'The fair closes the last Monday of each month.'];
      expect(summarise(timelineOf(story, '1961-04-17'))).toEqual(['1961-04-16 day past last Sunday']);
    });

    it('counts years back written with a teen in words: "sixteen years ago", "thirteen years ago"', () => {
      const story = ['We led the world in this race sixteen years ago when we dropped the first bombs.', 'The organization was created thirteen years ago.'];
      expect(summarise(timelineOf(story, '1961-03-15'))).toEqual(['1945 year past sixteen years ago', '1948 year past thirteen years ago']);
    });

    it('counts centuries and "one hundred" years back ("A century ago", "three centuries ago", "One hundred years ago"), not half a century', () => {
      const story = [
        'One hundred years ago there existed in England the Association.',
        'A century ago, Newman saw that liberalism would make its mark.',
        'The achievements which dispelled our fears took place three centuries ago.',
        'So many scientists a half a century ago were agnostics.',
      ];
      expect(summarise(timelineOf(story, '1961-06-03'))).toEqual(['1661 year past three centuries ago', '1861 year past One hundred years ago', '1861 year past A century ago']);
    });

    it('reads "10 years ago this month" and "a year ago today" as one date, that month or day so many years back', () => {
      const story = ['He was rushed up to the Polo Grounds 10 years ago this month.', 'A year ago today, the Democrats were in Los Angeles.'];
      expect(summarise(timelineOf(story, '1961-05-02'))).toEqual(['1951-05 month past 10 years ago this month', '1960-05-02 day past A year ago today']);
      expect(summarise(timelineOf(story.slice(0, 1), '1961'))).toEqual(['1951 year past 10 years ago this month']);
    });

    it('counts months back from the month of writing: "a month ago", "17 months ago", not "a few months ago"', () => {
      const story = ['The tour reached Pensacola a month ago.', 'The junta has ruled since the overthrow of the premier 17 months ago.', 'He moved here a few months ago.'];
      expect(summarise(timelineOf(story, '1961-04-17'))).toEqual(['1959-11 month past 17 months ago', '1961-03 month past a month ago']);
    });

    it('dates "the second half of the year" in the year its sentence has just named, even one ahead, but not a year it measures against', () => {
      const text = ['Sales were flat this year.', 'Rates will decline into the spring of 1961 and turn up during the second half of the year.', 'Output ran higher than in 1958 during the first half of the year.'];
      expect(summarise(timelineOf(text, '1960-12'))).toEqual([
        '1958 year past in 1958',
        '1960 year past this year',
        '1960 year past during the first half of the year',
        '1961 year target the spring of 1961',
        '1961 year target during the second half of the year',
      ]);
    });

    it('dates "in the last year" or "the past year" at the year most of those twelve months fall in: the year of writing in its second half', () => {
      const text = ['The company made five loans to Stein in the last year.'];
      expect(summarise(timelineOf(text, '1961-10-26'))).toEqual(['1961 year past the last year']);
      expect(summarise(timelineOf(text, '1961-02-10'))).toEqual(['1960 year past the last year']);
      expect(summarise(timelineOf(['During the past year, great progress has been made.'], '1961-09-01'))).toEqual(['1961 year past the past year']);
    });

    it('reads a season written with a capital as its year, as one written without: "in the Spring of 1959"', () => {
      const text = ['The room was built in the Spring of 1959.', 'The pond froze in the winter of 1960.'];
      expect(summarise(timelineOf(text, '1961'))).toEqual(['1959 year past in the Spring of 1959', '1960 year past in the winter of 1960']);
    });

    it('dates "last winter" said after February in the year of writing, the winter just ended; said in February, the one before', () => {
      expect(summarise(timelineOf(['Sales slowed last winter.'], '1961-10-04'))).toEqual(['1961 year past last winter']);
      expect(summarise(timelineOf(['Sales slowed last winter.'], '1961-02-10'))).toEqual(['1960 year past last winter']);
    });

    it('dates "last spring" or "last summer" said after it ended in the year of writing; "last fall" said in August, the fall before', () => {
      const text = ['Mrs. Kennedy told about plans for concerts last spring.'];
      expect(summarise(timelineOf(text, '1961-08-23'))).toEqual(['1961 year past last spring']);
      expect(summarise(timelineOf(text, '1961-04-10'))).toEqual(['1960 year past last spring']);
      expect(summarise(timelineOf(['His term expired last summer.'], '1961-10-04'))).toEqual(['1961 year past last summer']);
      expect(summarise(timelineOf(['The work began with the school year last fall.'], '1961-08-26'))).toEqual(['1960 year past last fall']);
    });

    it('places "next summer" in the year of writing when that summer is still to come, "next spring" written in December in the year after', () => {
      expect(summarise(timelineOf(['An addition to the family can be expected late next summer.'], '1961-03-17'))).toEqual(['1961 year target next summer']);
      expect(summarise(timelineOf(['Rates will rise again next spring.'], '1960-12'))).toEqual(['1961 year target next spring']);
    });

    it('counts a season written with a capital ("until next Spring", "last Fall") as one in lower case', () => {
      expect(summarise(timelineOf(['The line will keep the Queen Mary in service until next Spring at least.'], '1961-10-27'))).toEqual(['1962 year target next Spring']);
      expect(summarise(timelineOf(['The work began last Fall.'], '1961-08-26'))).toEqual(['1960 year past last Fall']);
    });

    it('reads a year that names which one of a series after a name or a possessive: "the 1960 Oriole high", "the League\'s 1961 expansion"', () => {
      const text = ['Hansen slugged the 1960 Oriole high of 22 homers.', "Courtney is all for the American League's 1961 expansion to the West Coast."];
      expect(summarise(timelineOf(text, '1961-03-17')).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual(['1960 year past', '1961 year past']);
    });

    it('reads a bare year before a plain preposition ("in 1844 between", "since 1891 except") and a naming year after a describing word ("the tight 1960 presidential election")', () => {
      const text = [
        'Manchester did not lag far behind the first commercial system which was set up in 1844 between Baltimore and Washington.',
        'She had been since 1891 except for one year, Associate Principal or Dean.',
        'He had to declare the election of the man who defeated him in the tight 1960 presidential election.',
        'The hatchery shipped 1500 between the two ponds.',
      ];
      expect(summarise(timelineOf(text, '1961')).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual(['1844 year past', '1891 year past', '1960 year past']);
    });

    it('dates a list of days after their month at its first day ("July 26, 27, 28 and 30", "Oct. 7, 8"), but no list a year ends nor a smaller number', () => {
      const text = [
        'The Ring cycles are July 26, 27, 28 and 30, and Aug. 21, 22, 23 and 25.',
        'New Mexico has its biggest at Ruidoso Oct. 7, 8, while the mule is honored at Benson (Sept. 22, 23).',
        'The show ran June 4, 5, 1959 in Boston.',
        'On May 9, 3 rangers were hurt.',
      ];
      expect(summarise(timelineOf(text, '1961')).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
        '1961-07-26 day past',
        '1961-08-21 day past',
        '1961-09-22 day past',
        '1961-10-07 day past',
      ]);
    });

    it('dates both days of "November 14 and 18", two occasions, but "April 8 and 9" at its first, one event over two days', () => {
      const text = ['The two guest concerts are scheduled for November 14 and 18, in Rome and in Bonn.', 'The exhibit and sale will be held at the club on April 8 and 9.'];
      expect(summarise(timelineOf(text, '1961-03-12')).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['1961-04-08 day', '1961-11-14 day', '1961-11-18 day']);
    });

    it('dates a heading\'s yearless day (a dateline) in the time of writing, not in the year the story before it was in', () => {
      const passages = [
        makePassage('Both were under the meet mark of 1.10.8 set in 1950 by Mal Whitfield.', 1),
        { ...makePassage('San Francisco, March 17', 2), role: 'heading' as const },
      ];
      expect(summarise(extractTimeline(passages, '1961-03-17'))).toEqual(['1950 year past in 1950', '1961-03-17 day past March 17']);
    });

    it('carries no story year across a dateline heading ("Washington" before a dash), but within the story after it', () => {
      const passages = [
        makePassage('From June, 1942, until December, 1945, Pfaff served in the Army Air Corps.', 1),
        { ...makePassage('Washington', 2), role: 'heading' as const },
        { ...makePassage('Seats are being erected for the big inaugural parade on Jan. 20.', 3), role: 'lead' as const },
        makePassage('In 1956 the yard began the ship.', 4),
        makePassage('It was first tried out on March 3.', 5),
      ];
      expect(summarise(extractTimeline(passages, '1961-01-01')).filter((line) => !line.includes(' 194'))).toEqual([
        '1956 year past In 1956',
        '1956-03-03 day past on March 3',
        '1961-01-20 day target on Jan. 20',
      ]);
    });

    it('carries no story year into a new section of a page dated to the month, but does with a year of writing alone', () => {
      // A Sunday paper's week in review (Brown A34): the letter's "March 9" is this year's, not the Paris summit's.
      const inSection = (text: string, paragraph: number, section: string): Passage => ({ ...makePassage(text, paragraph), section });
      const passages = [
        { ...makePassage('Road to Vienna', 1), role: 'heading' as const },
        inSection('In 1959 the two leaders held an informal session in the U. S.', 2, 'Road to Vienna'),
        inSection('Another summit session at Paris a year ago ended at its first meeting.', 3, 'Road to Vienna'),
        { ...makePassage('Attitude flexible', 4), role: 'heading' as const },
        inSection('The letter was delivered to the Premier on March 9.', 5, 'Attitude flexible'),
      ];
      const letter = (published: string) => summarise(extractTimeline(passages, published)).filter((line) => line.endsWith('March 9'));
      expect(letter('1961-05-21')).toEqual(['1961-03-09 day past on March 9']);
      // An annual report dated by its year alone: "Early in August we broke ground" is the year it reports on.
      expect(letter('1961')).toEqual(['1960-03-09 day past on March 9']);
    });

    it('dates a dateline story\'s "today" and "tonight" on the dateline\'s day, not the paper\'s, until the next dateline', () => {
      // A morning paper of Friday, February 10, 1961: its London story was told on the 9th.
      const passages = [
        { ...makePassage('London, Feb. 9', 1), role: 'heading' as const },
        { ...makePassage('-- Secrets of the Dreadnought were stolen, secret service agents testified today.', 2), role: 'lead' as const },
        makePassage('The magistrate tonight refused to return the money.', 3),
        makePassage('A bus driver was robbed last night by a group of youths.', 4),
        { ...makePassage('Havana, Feb. 10', 5), role: 'heading' as const },
        { ...makePassage('-- Two men were executed today.', 6), role: 'lead' as const },
      ];
      expect(summarise(extractTimeline(passages, '1961-02-10')).filter((line) => !line.includes(' Feb.'))).toEqual([
        '1961-02-09 day past today',
        '1961-02-09 day past tonight',
        '1961-02-09 day past last night',
        '1961-02-10 day past today',
      ]);
    });

    it('ends a dateline\'s story at a paragraph that tells the paper\'s "yesterday": its "tonight" after that is the paper\'s', () => {
      // A morning paper of Tuesday, January 24, 1961: its Philadelphia story was told on the 23rd, then a New York item
      // with no dateline of its own follows it (Brown A14).
      const passages = [
        { ...makePassage('Philadelphia, Jan. 23', 1), role: 'heading' as const },
        { ...makePassage('-- Nick Skorich was elevated today to head coach.', 2), role: 'lead' as const },
        makePassage('Skorich began his new job auspiciously today.', 3),
        makePassage('The awards list was completed yesterday for the writers\' annual dinner.', 4),
        makePassage('Arnold Palmer will be honored at the golf writers\' dinner tonight.', 5),
      ];
      expect(summarise(extractTimeline(passages, '1961-01-24')).filter((line) => !line.includes(' Jan.'))).toEqual([
        '1961-01-23 day past today',
        '1961-01-23 day past today',
        '1961-01-23 day past yesterday',
        '1961-01-24 day target tonight',
      ]);
    });

    it('keeps a dateline\'s story open through its first paragraph, whatever "yesterday" that tells', () => {
      // A morning paper of Thursday, April 20, 1961: its St. Johns story was told on the 19th, its lead looking back a day.
      const passages = [
        { ...makePassage('St. Johns, Mich., April 19', 1), role: 'heading' as const },
        { ...makePassage('-- A jury found Richard Pohl guilty of manslaughter yesterday.', 2), role: 'lead' as const },
        makePassage('He was sentenced today to ten years.', 3),
      ];
      expect(summarise(extractTimeline(passages, '1961-04-20')).filter((line) => line.includes('today'))).toEqual(['1961-04-19 day past today']);
    });

    it('counts a dateline story\'s "tomorrow" from the dateline\'s day, a day still ahead of it ("Washington, June 18 -- Congress starts another week tomorrow")', () => {
      // A morning paper of Monday, June 19, 1961: its Washington story was told on Sunday the 18th.
      const passages = [
        { ...makePassage('Washington, June 18', 1), role: 'heading' as const },
        { ...makePassage('-- Congress starts another week tomorrow with sharply contrasting forecasts for the two chambers.', 2), role: 'lead' as const },
      ];
      expect(summarise(extractTimeline(passages, '1961-06-19')).filter((line) => line.includes('tomorrow'))).toEqual(['1961-06-19 day target tomorrow']);
    });

    it('dates a writing a day\'s possessive names ("today\'s letter", "In Today\'s "Voice"") on that day, a dateline\'s in its story, and not what is of a day in general ("today\'s living")', () => {
      // A letters page of Saturday, August 12, 1961: each letter under its own dateline, the day it was written.
      const passages = [
        { ...makePassage('Chicago, Aug. 7', 1), role: 'heading' as const },
        { ...makePassage('-- I concur most heartily with today\'s letter on the futility of writing to Sen. Dirksen.', 2), role: 'lead' as const },
        { ...makePassage('Chicago, Aug. 9', 3), role: 'heading' as const },
        { ...makePassage('-- In reply to a letter in Today\'s "Voice" urging the sale of meat after 6 p.m., I wish to state the other side.', 4), role: 'lead' as const },
        makePassage('Very little in today\'s living provides the strength we need.', 5),
      ];
      expect(summarise(extractTimeline(passages, '1961-08-12')).filter((line) => !line.includes(' Aug.'))).toEqual(['1961-08-07 day past today', '1961-08-09 day past Today']);
    });

    it('counts a dateline story\'s "last week" from the dateline\'s day, not the paper\'s ("Chicago, Aug. 4 -- … last week" in a paper of August 12)', () => {
      // A letter written on Friday, August 4, 1961, printed on Saturday the 12th: its last week is July 24-30.
      const passages = [
        { ...makePassage('Chicago, Aug. 4', 1), role: 'heading' as const },
        { ...makePassage('-- Upon a visit to a local junior college last week, I was shocked to see the young ladies wearing short shorts.', 2), role: 'lead' as const },
      ];
      expect(summarise(extractTimeline(passages, '1961-08-12')).filter((line) => line.includes('last week'))).toEqual(['1961-07 month past last week']);
    });

    it('reads a dateline whose state is written in spaced initials ("United Nations, N. Y., June 18") and dates its "today" on that day', () => {
      const passages = [
        { ...makePassage('United Nations, N. Y., June 18', 1), role: 'heading' as const },
        { ...makePassage('-- This was disclosed today by a responsible source.', 2), role: 'lead' as const },
      ];
      expect(summarise(extractTimeline(passages, '1961-06-19')).filter((line) => line.includes('today'))).toEqual(['1961-06-18 day past today']);
    });

    it('reads a markdown dateline heading, which is no passage but the section of those under it ("World › London, Feb. 9")', () => {
      // A morning paper of Friday, February 10, 1961, written in markdown: "## London, Feb. 9" names the section.
      const passages = [
        { ...makePassage('-- Secrets of the Dreadnought were stolen, secret service agents testified today.', 1), section: 'World › London, Feb. 9' },
        { ...makePassage('Two men were executed today.', 2), section: 'World › Havana, Feb. 10' },
      ];
      expect(summarise(extractTimeline(passages, '1961-02-10'))).toEqual(['1961-02-09 day past today', '1961-02-10 day past today']);
    });

    it('reads a dateline with the wire service\'s initials, "(special)" or a country written out ("Bonn, Oct. 24 (UPI)", "Annapolis, Oct. 25 (special)", "Ankara, Turkey, Oct. 23 (AP)")', () => {
      // A morning paper of Thursday, October 26, 1961.
      const passages = [
        { ...makePassage('Bonn, Oct. 24 (UPI)', 1), role: 'heading' as const },
        { ...makePassage('-- Greece and West Germany have ratified an agreement, it was announced today.', 2), role: 'lead' as const },
        { ...makePassage('Ankara, Turkey, Oct. 23 (AP)', 3), role: 'heading' as const },
        { ...makePassage('-- Turkish political leaders bowed today to military pressure.', 4), role: 'lead' as const },
        { ...makePassage('Annapolis, Oct. 25 (special)', 5), role: 'heading' as const },
        { ...makePassage('-- The Governor today appointed a Secretary of State.', 6), role: 'lead' as const },
      ];
      expect(summarise(extractTimeline(passages, '1961-10-26')).filter((line) => line.includes('today'))).toEqual(['1961-10-23 day past today', '1961-10-24 day past today', '1961-10-25 day past today']);
    });

    it('opens a dateline\'s story where the dateline is run into a paragraph, at its start or after the story before ("Ogden, Utah, May 1 -- (AP) -- …")', () => {
      // A morning paper of Tuesday, May 2, 1961: its wire stories were told on May 1, their datelines not headings.
      const passages = [
        makePassage('From June, 1942, until December, 1945, Pfaff served in the Army Air Corps.', 1),
        // A name alone before a dash is an aside, no dateline: the story and its year go on.
        makePassage('Sir -- He came home on Jan. 20 to his parents.', 2),
        // A dateline of no day, in a paragraph of no date, opens a story too: the next paragraph's "June 9" is this year's.
        makePassage('NEW YORK (AP) -- Stock prices rose in heavy trading.', 3),
        makePassage('The exchange closed early on June 9.', 4),
        makePassage('DALLAS, May 1 (AP) -- Kenny Lane won a decision here today. The title bout is set for June 3.', 5),
        makePassage('Ed Donnelly will miss his starting turn. Ogden, Utah, May 1 -- (AP) -- Jackie Jensen said today he was through.', 6),
      ];
      expect(summarise(extractTimeline(passages, '1961-05-02')).filter((line) => /today|June \d|Jan\. 20/.test(line))).toEqual([
        '1945-01-20 day past on Jan. 20',
        '1960-06-09 day past on June 9',
        '1961-05-01 day past today',
        '1961-05-01 day past today',
        '1961-06-03 day target for June 3',
      ]);
    });

    it('dates a "today" between a relative pronoun and its past verb ("who today increased"), not a "today" that opens a clause', () => {
      const text = ['The defending lawyers, who today increased from three to four, asked for time.', 'Today, our lawyers have won.'];
      expect(summarise(timelineOf(text, '1961-02-10'))).toEqual(['1961-02-10 day past today']);
    });

    it('reads a weekday before the date it names ("Saturday afternoon, Jan. 7") as that date alone, and "the first week of March" as a month', () => {
      const text = ['He was arrested outside the Old Vic theater Saturday afternoon, Jan. 7.', 'The trial will be held, probably the first week of March, in the Old Bailey.'];
      expect(summarise(timelineOf(text, '1961-02-10'))).toEqual(['1961-01-07 day past Jan. 7', '1961-03 month target the first week of March']);
    });

    it('reads "the first ten months of 1961" as its year, and a clipped "for first three months of 1961" or "in first quarter of 1960" after a preposition', () => {
      const text = ['Sales for the first ten months of 1961 amounted to $3 billion.', 'Sales of cars for first three months of 1961 were about 1,212,000.', 'Output in first quarter of 1960 was low.'];
      expect(summarise(timelineOf(text, '1961-12-01'))).toEqual([
        '1960 year past in first quarter of 1960',
        '1961 year past for the first ten months of 1961',
        '1961 year past for first three months of 1961',
      ]);
    });

    it('dates a "yesterday" beside a "today" that is a day told in the past ("found today they had"), not beside an era\'s "today"', () => {
      // 1961-04-19 was a Wednesday.
      const text = [
        'A family of six children, whose mother died yesterday after a fire, found today they had the help of hundreds of neighbors.',
        'Whoever builds today will own tomorrow.',
      ];
      expect(summarise(timelineOf(text, '1961-04-19'))).toEqual(['1961-04-18 day past yesterday', '1961-04-19 day past today']);
    });

    it('reads a year a question asks about as the subject of "does", "has", "is" or "was" ("What does 1961 offer"), not a count after "does"', () => {
      const text = ['What does 1961 offer in political and governmental developments in Mississippi?', 'How was 1960 for the trade?', 'He does 2000 sit-ups.'];
      expect(summarise(timelineOf(text, '1961-01-01'))).toEqual(['1960 year past 1960', '1961 year past 1961']);
    });

    it('keeps the story\'s year for a yearless date after a year a quotation closed in its sentence names, not after one a quotation goes on with', () => {
      const aside = ['By 1924 O\'Banion ruled the North Side.', 'Pasley continued: "The feasts marked the way to the collapse of the county governments in 1928-29".', 'On Election Day -- November 4 -- he marshalled his men.'];
      expect(summarise(timelineOf(aside, '1961')).filter((line) => line.endsWith('November 4'))).toEqual(['1924-11-04 day past November 4']);
      const goesOn = ['By 1924 the trial was over.', 'The attorney said: "In 1951 she was a prostitute in New York County. In the spring of that year she met a tycoon."'];
      expect(summarise(timelineOf(goesOn, '1961')).filter((line) => line.endsWith('of that year'))).toEqual(['1951 year past In the spring of that year']);
      const noStoryYear = ['He said: "I came to the mill in 1920." On May 5 he bought it.'];
      expect(summarise(timelineOf(noStoryYear, '1961')).filter((line) => line.endsWith('On May 5'))).toEqual(['1920-05-05 day past On May 5']);
    });

    it('counts a history\'s "the past year" told in the past perfect from the story\'s year, a news story\'s from the time of writing', () => {
      const history = ['Until 1924 his wards had voted Democratic.', 'But as November 1924 drew close the party was troubled.', 'In the past year there had been too many examples of his self-confidence.'];
      expect(summarise(timelineOf(history, '1961')).filter((line) => line.endsWith('the past year'))).toEqual(['1924 year past the past year']);
      const news = ['The plant opened in 1958.', 'In the past year there had been too many accidents, the inspector said.'];
      expect(summarise(timelineOf(news, '1961-10-26')).filter((line) => line.endsWith('the past year'))).toEqual(['1961 year past the past year']);
    });

    it('reads a year a noun of years is said to be ("His best years were 1954 when"), not a count a time\'s total is', () => {
      const text = ['His best years were 1954 when he hit 41 homers.', 'Sales this year were 1500 units.', 'The total for ten years was 1960.'];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1954 year past 1954', '1961 year past this year']);
    });

    it('dates a yearless month told in the past, later in the year than the time of writing, in the year before; a recurring word of another clause does not drop it', () => {
      const text = ['Patronage would normally begin to flow if the state had held its solidarity in the November election.', 'The board will meet in March.', 'April 15 is usually the final date, because the tax year ends on December 31.'];
      expect(summarise(timelineOf(text, '1961-01-01'))).toEqual(['1960-11 month past the November', '1961-03 month target in March']);
    });

    it('keeps a yearless month ahead of the time of writing in its year when only another clause, the attribution or a present passive is told in the past', () => {
      const text = [
        'The measure must pass to be printed on the April 4 ballot, the senator said.',
        'The members, whose terms will end after the November election, received gifts.',
        'Two leaders are reported trying to persuade him to run in the Sept. 7 primary.',
        'Interest was growing in a rally to be held Oct. 8 at which the governor will speak.',
        // An "-ing" form is no past ("beginning").
        'The citizens have planned a week of events, beginning on May 28th, to mark the centennial.',
      ];
      expect(summarise(timelineOf(text, '1961-02-17'))).toEqual([
        '1961-04-04 day target April 4',
        '1961-05-28 day target on May 28th',
        '1961-09-07 day target Sept. 7',
        '1961-10-08 day target Oct. 8',
        '1961-11 month target the November',
      ]);
      // A present passive other than of saying tells of a past date.
      expect(summarise(timelineOf(['The letter is dated December 18th.'], '1962-01-31'))).toEqual(['1961-12-18 day past December 18th']);
      // A bracket closes the clause it opens: the participle after it tells nothing of the date.
      expect(summarise(timelineOf(['He meets a young President (his birthday is June 29) with a demonstrated gift for politics.'], '1961-02-17'))).toEqual(['1961-06-29 day target June 29']);
      // Its verb after the comma: "At dawn on August 12, they crossed the river" is last year's.
      expect(summarise(timelineOf(['At dawn on August 12, they crossed the river.'], '1961-02-17'))).toEqual(['1960-08-12 day past on August 12']);
    });

    it('reads the part of this year or of the year the text is on, and a season counted from the time of writing', () => {
      expect(
        summarise(timelineOf(['In 2004, the plan began, and by the end of the year it had stalled.', 'The bridge will open by the end of this year. Last spring it rained.'], '2019-10-20')),
      ).toEqual(['2004 year past In 2004', '2004 year past by the end of the year', '2019 year target by the end of this year', '2019 year past Last spring']);
      expect(summarise(timelineOf(['Last month, rain fell.'], '2019-10-20'))).toEqual(['2019-09 month past Last month']);
    });

    it('marks a plan for the year of writing as a target', () => {
      expect(summarise(timelineOf(['This year we will open two clinics. This year the clinic opened.'], '2019-10-20'))).toEqual([
        '2019 year target This year',
        '2019 year past This year',
      ]);
      expect(summarise(timelineOf(['Output for this year is officially forecast at 129%.', 'This year brought sharp forecasts.'], '2019-10-20'))).toEqual([
        '2019 year target this year',
        '2019 year past This year',
      ]);
    });

    it('reads "as early as", "the 1971 census", a year in brackets after a name and a period joined by a dash', () => {
      expect(
        summarise(timelineOf(['Mills ran as early as 1840, says the 1971 census.', 'The Pact of Lund (1812) held. During the famine years of 1846-1849 many left.'], '2019')),
      ).toEqual(['1812 year past (1812)', '1840 year past as early as 1840', '1846 year past of 1846', '1971 year past the 1971']);
    });

    it('reads "reduced by 1841 to 4 per cent" as a date, a change to a percentage being of no 1,841 things', () => {
      expect(summarise(timelineOf(['The duty was reduced by 1841 to 4 per cent. Membership increased by 2000 to 9,000.'], '1961'))).toEqual(['1841 year past by 1841']);
    });

    it('counts "two years later" on from the year its paragraph named last, unless a year written right after restates it', () => {
      expect(
        summarise(timelineOf(['Bridges was christened in 1607, but Thomas was living at Packwood two years later. A decade later he sold it.', 'The war ended in 1865. Two years later, in 1868, they returned.'], '1961')),
      ).toEqual(['1607 year past in 1607', '1609 year past two years later', '1619 year past A decade later', '1865 year past in 1865', '1868 year past in 1868']);
      // From a year another paragraph named, told from now, or given as more or less, it is no date.
      expect(
        summarise(timelineOf(['The hotel was built in 1928.', 'The church was completed twenty years later. Now it is nine years later. More than five years later it closed.'], '1961')),
      ).toEqual(['1928 year past in 1928']);
    });

    it('counts a paragraph that opens on "five years later" on from the year of the paragraph just before, unless that one counted years on after it', () => {
      expect(
        summarise(timelineOf(['Mr. Simpkins was graduated from the University of Maryland in 1947.', 'Five years later, he was awarded its degree in law.', 'In 1958 the commissioner refused a physician. The dispute went on for two months.', 'A year later in Albany a hospital barred a surgeon.'], '1961')),
      ).toEqual(['1947 year past in 1947', '1952 year past Five years later', '1958 year past In 1958', '1959 year past A year later']);
      // After "for four years" or "one season" the count would start elsewhere; a paragraph between leaves it too.
      expect(
        summarise(timelineOf(['He began coaching in 1949. He remained there for four years, then one season at Troy.', 'Four years later he resigned.', 'The bridge was begun in 1928.', 'The road runs north along the lake.', 'Twenty years later it was done.'], '1961')),
      ).toEqual(['1928 year past in 1928', '1949 year past in 1949']);
    });

    it('reads "the next year or so" and "the past year or so" as vague, no year counted from another', () => {
      expect(summarise(timelineOf(['In 1950 it began. The next year it grew. Over the next year or so sales may grow, as in the past year or so.'], '1960'))).toEqual([
        '1950 year past In 1950',
        '1951 year past The next year',
      ]);
    });

    it('reads no year in a house number, whichever pattern would take it for one ("the 2100 block")', () => {
      expect(summarise(timelineOf(['A store in the 2100 block Aiken Street was robbed in 1960.'], '1961'))).toEqual(['1960 year past in 1960']);
    });

    it('reads a year given as near after a preposition ("in about 1850", "until around 1900") and "toward the end of 1958", but no count', () => {
      expect(
        summarise(timelineOf(['The mill was built in about 1850 and stood until around 1900.', 'Toward the end of 1958 prices rose. In about 1500 cases it failed.'], '1961')),
      ).toEqual(['1850 year past in about 1850', '1900 year past until around 1900', '1958 year past Toward the end of 1958']);
    });

    it('reads a year given as near with no preposition ("About 1888 … became", "were up about 1895"), but no count ("about 1500 delegates")', () => {
      expect(
        summarise(
          timelineOf(
            ['About 1888 J. E. McNaughton became proprietor of the line. The wires were up about 1895.', 'About 1500 delegates are expected. It was built c. 1850 of brick.'],
            '1961',
          ),
        ),
      ).toEqual(['1850 year past c. 1850', '1888 year past About 1888', '1895 year past about 1895']);
    });

    it('dates a yearless day after "come" from the time of writing, ahead of it, not in the story\'s year nor by the sentence\'s past tense', () => {
      const column = ['I remember his performance in an exhibition game Oct. 14, 1951.', 'Mays, who reaches a decade in the big leagues come May 25, joined six other sluggers.'];
      expect(summarise(timelineOf(column, '1961-05-02'))).toEqual(['1951-10-14 day past Oct. 14, 1951', '1961-05-25 day target May 25']);
      expect(summarise(timelineOf(column, '1961-03-15'))).toEqual(['1951-10-14 day past Oct. 14, 1951', '1961-05-25 day target May 25']);
    });

    it('reads a feast or a season named before its year as a time of that year, with or without a preposition, and not a drop ("a fall of 1500 feet")', () => {
      const life = ['He was matriculated at Easter, 1625, and left at Michaelmas 1630.', 'They married at Christmas, 1900, and moved in the late Spring of 1940.', 'A fall of 1500 feet in the early summer of 1905 killed him; the Review, Winter 1957, told it.'];
      expect(summarise(timelineOf(life, '1961'))).toEqual([
        '1625 year past Easter, 1625',
        '1630 year past Michaelmas 1630',
        '1900 year past Christmas, 1900',
        '1905 year past in the early summer of 1905',
        '1940 year past in the late Spring of 1940',
        '1957 year past Winter 1957',
      ]);
    });

    it('reads a year before an irregular past as a year ("the election of 1859 found …", "in about 1657 built"), but not a count before a noun ("in 1500 lost orders")', () => {
      const history = ['The results of the election of 1859 found Republican candidates winning.', 'Shah Abbas, in about 1657 built, of brick, a bridge.', 'The strike cost the firm in 1500 lost orders.'];
      expect(summarise(timelineOf(history, '1961'))).toEqual(['1657 year past in about 1657', '1859 year past of 1859']);
    });

    it('reads a month named as "the month of" or "this month of" as that month, with or without a preposition', () => {
      const letters = ['On November 7, 1859, the Journal reprinted a letter.', 'During the month of November hardly a day passed without mention of Brown. The month of December was quieter.'];
      expect(summarise(timelineOf(letters, '1961'))).toEqual(['1859-11 month past During the month of November', '1859-11-07 day past On November 7, 1859', '1859-12 month past The month of December']);
      // "this month of April" is April, not the month of writing that "this month" alone would be.
      expect(summarise(timelineOf(['The Press, which is publishing the book this month of April, invited such reaction.'], '1961-03-15'))).toEqual(['1961-04 month target this month of April']);
    });

    it('dates no day in a sentence that names three weekdays or more and neither plans nor tells a past (a schedule or a rule)', () => {
      const essay = ['The laws, designed to reduce prices on Monday, Wednesday and Friday, become a tool to protect the maker on Tuesday, Thursday and Saturday.'];
      expect(summarise(timelineOf(essay, '1961-11-13'))).toEqual([]);
      expect(summarise(timelineOf(['If the due date falls on Saturday, Sunday, or a legal holiday, you may file on the next day which is not a Saturday, Sunday, or legal holiday.'], '1961-11-13'))).toEqual([]);
      // Days told in a tense are days: the coming ones a plan names, the past ones a past names.
      expect(summarise(timelineOf(["We'll work hard Tuesday, Wednesday and Thursday.", 'He worked Monday, Tuesday and Friday.'], '1961-11-13'))).toEqual([
        '1961-11-06 day past Monday',
        '1961-11-07 day past Tuesday',
        '1961-11-10 day past Friday',
        '1961-11-14 day target Tuesday',
        '1961-11-15 day target Wednesday',
        '1961-11-16 day target Thursday',
      ]);
    });

    it('dates a birth a paper announces on a weekday back, and no weekday "except" leaves out of what recurs', () => {
      const column = [
        'Mr. and Mrs. Jerry Chase announce the birth of a daughter, Sheila, on Wednesday in Mercy Hospital.',
        'Mr. and Mrs. Chase will entertain on Wednesday in their home.',
        'Beginning July 4, there will be an orchestra playing nightly except Sunday and Monday for the summer season.',
        'The pool is open daily except on Tuesdays or Thursday.',
      ];
      expect(summarise(timelineOf(column, '1961-04-21'))).toEqual(['1961-04-19 day past on Wednesday', '1961-04-26 day target on Wednesday', '1961-07-04 day target July 4']);
    });

    it('dates a weekday a reported clause follows with "this" or "there" for its subject ("indicated Monday night this would")', () => {
      // 1961-10-25 was a Wednesday.
      const page = ['The trustees indicated Monday night this would be put to a vote.', 'The mayor said Sunday there was no money left.', 'They meet every Tuesday there.'];
      expect(summarise(timelineOf(page, '1961-10-25'))).toEqual(['1961-10-22 day past Sunday', '1961-10-23 day past Monday night']);
    });

    it('counts on a weekday a choice still unmade is for ("hadn\'t decided … for Wednesday\'s game"), and reads a weekday a dash typed "--" follows', () => {
      // 1961-05-02 was a Tuesday.
      const page = [
        "Murtaugh said he hadn't decided between Mizell and Law for Wednesday's game.",
        "Hemus said he decided on Gibson for Sunday's game.",
        "Willie's wonderful walloping Monday -- four home runs -- served merely to emphasize how happy he is.",
      ];
      expect(summarise(timelineOf(page, '1961-05-02'))).toEqual(['1961-04-30 day past Sunday', '1961-05-01 day past Monday', '1961-05-03 day target Wednesday']);
    });

    it('counts a date told from the time of writing inside a quotation from the quoted writing the sentence dates before it', () => {
      const letters = [
        'On May 2, 1920, the captain wrote to his sister: "We sailed from this port ten years ago, and I came ashore last month."',
        'The diary of last November, headed "Winter", says the ferry "stopped running last month".',
        'On May 2, 1920, she finished "Evening", a poem she revised ten years ago.',
        '"We will rest on Tuesday," the coach said, "and will play on Sunday."',
      ];
      expect(summarise(timelineOf(letters, '1961-03-15'))).toEqual([
        '1910 year past ten years ago',
        '1920-04 month past last month',
        '1920-05-02 day past On May 2, 1920',
        '1920-05-02 day past On May 2, 1920',
        '1951 year past ten years ago',
        '1960-10 month past last month',
        '1960-11 month past last November',
        '1961-03-19 day target on Sunday',
        '1961-03-21 day target on Tuesday',
      ]);
    });

    it('dates no day or week counted from a quoted writing nothing dates ("X writes: "… They … issued an appeal this week"), in its sentences and paragraphs', () => {
      const editorial = [
        'A dispatch from Bonn tells the story. Mark Arnold-Foster writes: "People are leaving because they think it is dying. They are leaving so fast that the federation issued an appeal this week. The struggle will be hard". The Senate adjourned this week.',
        'A newspaper printed an article for children, which began:',
        '"When you pile your guy on the bonfire tomorrow night, you will remember the story. Here is a reminder". The article was printed yesterday.',
        '"We will rest on Tuesday," the coach said.',
        'The mayor wrote:',
        '"The plant closed this week.',
        'The council met last night.',
      ];
      expect(summarise(timelineOf(editorial, '1961-11-08'))).toEqual([
        '1961-11 month past this week',
        '1961-11-07 day past yesterday',
        '1961-11-07 day past last night',
        '1961-11-14 day target on Tuesday',
      ]);
    });

    it('reads "will" after an adjective, an article or a possessive as the noun, no plan ("in the spirit of peace and good will")', () => {
      const story = [
        "Torrio had, in the spirit of peace and good will, and in exchange for support in the April election campaign, given O'Banion a share.",
        'The bill will pass in the April session, by the will of the people.',
      ];
      expect(summarise(timelineOf(story, '1961-10-26'))).toEqual(['1961-04 month past the April', '1962-04 month target the April']);
    });

    it('dates no yearless day counted in times over the years since a year ("Since 1949, the club has been below on May 1 just four times")', () => {
      const column = ['Since 1949, the St. Louis club has been below on May 1 just four times.', 'The mayor spoke on May 1 three times.'];
      expect(summarise(timelineOf(column, '1961-05-02'))).toEqual(['1949 year past Since 1949', '1961-05-01 day past on May 1']);
    });

    it('dates a day given with its weekday in a sentence that says something recurs ("staged yearly … Wednesday, Aug. 16")', () => {
      const column = ['The event, staged yearly by Neusteters, will be held in the Opera House Wednesday, Aug. 16.', 'The fashion show is usually held on Aug. 16.'];
      expect(summarise(timelineOf(column, '1961-04-21'))).toEqual(['1961-08-16 day target Aug. 16']);
    });

    it('reads no year before the time of writing in a possessive\'s "last year" ("executed in his last year (1951)")', () => {
      const review = ['The chronology extends to paintings executed in his last year (1951).', 'The painter had his best season last year.'];
      expect(summarise(timelineOf(review, '1961-10-17'))).toEqual(['1951 year past (1951)', '1960 year past last year']);
    });

    it('dates a "tonight" or "today" with its hour, whatever verb follows: an era has no hour', () => {
      const page = ["Tonight at 8 o'clock the Cardinals, who broke even with them in 1960, will get their first shot.", 'Today the private detective will also investigate.'];
      expect(summarise(timelineOf(page, '1961-05-02'))).toEqual(['1960 year past in 1960', '1961-05-02 day target Tonight']);
    });

    it('reads a year before an adverb in -ly as a year when the words after the adverb would make it one ("in 1947 expressly as")', () => {
      const history = ['The state was created in 1947 expressly as a homeland.', 'The city in 1957 finally bowed to the skyscraper.'];
      expect(summarise(timelineOf(history, '1961'))).toEqual(['1947 year past in 1947', '1957 year past in 1957']);
      // A count's noun after the adverb keeps it a count.
      expect(summarise(timelineOf(['Ballots went out in 2000 newly registered districts.', 'Prices rose in 1958 only slowly.'], '1961'))).toEqual(['1958 year past in 1958']);
    });

    it('reads a day written as an ordinal word ("August sixth", "the third of June") as that day, not the month alone', () => {
      const story = ['Miss Packard became ill in March, 1910. She remained in Atlanta through June and July; she died on August sixth.', 'They sailed on the third of June, 1911.'];
      expect(summarise(timelineOf(story, '1961'))).toEqual(['1910-03 month past in March, 1910', '1910-06 month past through June', '1910-08-06 day past on August sixth', '1911-06-03 day past on the third of June, 1911']);
      // Before a noun the word is that noun's modifier, and a date followed by an era's year ("A.D. 32") is not the story's.
      expect(summarise(timelineOf(['In 1910 the school grew. In May first prizes went to the seniors.', 'Water became wine on the third of August, A.D. 32.'], '1961'))).toEqual(['1910 year past In 1910', '1910-05 month past In May']);
    });

    it('reads a deed\'s "this fourth day of May 1960" and "the 13th day of December" as that day, not the month alone', () => {
      const deed = ['Done at Washington in duplicate this fourth day of May 1960.', 'Pope Leo granted the indulgence on the 13th day of December 1898.'];
      expect(summarise(timelineOf(deed, '1961'))).toEqual(['1898-12-13 day past on the 13th day of December 1898', '1960-05-04 day past this fourth day of May 1960']);
      // "the fourth day of the Masters" names no month: no date.
      expect(summarise(timelineOf(['On the fourth day of the Masters it rained.'], '1961'))).toEqual([]);
    });

    it('reads "on the thirteenth" as a later day of the month the story last dated a day in by its name, and no day where a weekday told it', () => {
      // Brown G36: the telegram's day names December 1957; the meetings come later that month.
      const story = ['Bang-Jensen sent a telegram dated December 9, 1957, to Gross.', 'Because on the thirteenth, he met the group of three.', 'After his second meeting on the sixteenth the Dane refused to attend.', 'On the fifth, he had left.'];
      expect(summarise(timelineOf(story, '1961'))).toEqual(['1957-12-09 day past December 9, 1957', '1957-12-13 day past on the thirteenth', '1957-12-16 day past on the sixteenth']);
      // A golf story whose day a weekday told (Monday, April 10): "the 16th" is a hole.
      const golf = ['The Masters proved last Monday what it can do.', 'He bogeyed the 15th, and on the 16th, a putt lipped out on the first tee.'];
      expect(summarise(timelineOf(golf, '1961-04-17'))).toEqual(['1961-04-10 day past last Monday']);
      // The first of a list of ordinals counts floors, not days.
      expect(summarise(timelineOf(['Samples were taken on May 2, 1960.', 'They were taken on the fifth, ninth, and fifteenth floors.'], '1961'))).toEqual(['1960-05-02 day past on May 2, 1960']);
      // A day named more than `dayAloneReach` sentences before is not the story's month any more (Brown G67's aside).
      const far = [['On March 13 he preached a sermon.', ...Array.from({ length: 8 }, (_, index) => `They walked about London for the ${index + 1}st time.`), 'And on the twentieth they took the train.'].join(' ')];
      expect(summarise(timelineOf(far, '1961'))).toEqual(['1961-03-13 day past On March 13']);
      const passages = story.map((text, index) => makePassage(text, index + 1));
      expect(summarise(extractTimeline(passages, '1961', { ...DEFAULT_ENGINE_OPTIONS.timeline, dayAloneReach: 0 }))).toEqual(['1957-12-09 day past December 9, 1957']);
    });

    it('reads a yearless date after a modal perfect ("would have provided", "must have been sent") as past, not planned ahead', () => {
      const story = ['A bond issue which would have provided $3.5 million was defeated by district voters in January.', 'The plant would have a capacity of 500 tons by March.'];
      expect(summarise(timelineOf(story, '1961-10-24'))).toEqual(['1961-01 month past in January', '1962-03 month target by March']);
      expect(summarise(timelineOf(['The dispatch must have been sent after sundown on September 1.'], '1961-03-15'))).toEqual(['1960-09-01 day past on September 1']);
    });

    it('reads a year after "prior to", "as far back as" and "as long ago as", the prepositions of a record', () => {
      expect(
        summarise(timelineOf(['Prior to 1942, each agency kept its own cars. One car was registered as far back as 1917.', 'As long ago as 1851 it was argued.'], '1961')),
      ).toEqual(['1851 year past As long ago as 1851', '1917 year past as far back as 1917', '1942 year past Prior to 1942']);
    });

    it('reads a month with "mid-" or "early" and no preposition, and a month naming one of a series ("the March level")', () => {
      expect(summarise(timelineOf(['Prices rose to mid-September, against the level at mid-July.', 'Sales fell from the March level, above the January low and the April sales.'], '1961-10'))).toEqual([
        '1961-01 month past the January',
        '1961-03 month past the March',
        '1961-07 month past mid-July',
        '1961-09 month past mid-September',
      ]);
    });

    it('reads a month\'s possessive before a noun or its figure as that month, but not a name\'s nor one that ends its phrase', () => {
      const text = ["February's volume was 1 per cent above January's for the first pickup.", "Totaling 3,399, sales jumped 14 per cent over March's 2,963.", "Rollo May's book came out."];
      expect(summarise(timelineOf(text, '1961-11-21'))).toEqual(["1961-02 month past February's", "1961-03 month past March's"]);
    });

    it('reads every year of a list after an edge ("late 1960 and early 1961") and an amount of a year ("$1.1 billion of 1958")', () => {
      expect(summarise(timelineOf(['Sales trailed except in late 1960 and early 1961.', 'Aid will top the record $1.1 billion of 1958 and the 2,000 of 1950.'], '1961-10'))).toEqual([
        '1958 year past of 1958',
        '1960 year past in late 1960',
        '1961 year past early 1961',
      ]);
    });

    it('reads a bare year that is the subject of a verb, or before a preposition, but not a count before a noun', () => {
      const text = ['And yet, despite it all, 1960 has been a good year.', 'Sales in 1960 exceeded $300 million, against $222 million in 1959 despite lower prices.'];
      expect(summarise(timelineOf(text, '1960-12'))).toEqual(['1959 year past in 1959', '1960 year past 1960', '1960 year past in 1960']);
      expect(timelineOf(['Of these, 2000 were sold, and staff in 2000 offices reported 1500 registered voters.'], '1960-12')).toEqual([]);
    });

    it('reads a year subject of a clause a verb of saying or "that" reports ("has said 1960 was a poor year"), not a count it reports', () => {
      expect(summarise(timelineOf(['The industry has said 1960 was a poor year.', 'Dealers believe that 1961 will be better.'], '1961-06-21'))).toEqual([
        '1960 year past 1960',
        '1961 year target 1961',
      ]);
      expect(timelineOf(['The clerk said 2000 were sold.'], '1961-06-21')).toEqual([]);
    });

    it('reads a year subject of a clause a conjunction opens ("although 1960 was a year of recession")', () => {
      expect(summarise(timelineOf(['Although 1960 was a year of mild recession, the state grew.', 'Prices held because 1959 had been a good year.'], '1961-06-21'))).toEqual([
        '1959 year past 1959',
        '1960 year past 1960',
      ]);
    });

    it('reads a bare year before any preposition ("in 1961 over 1960") and before a verb in -ed or -ing that a closed-class word follows, but not a count before a participle and its noun', () => {
      const text = [
        'Retired pay costs are increased by $94 million in 1961 over 1960.',
        'New obligational authority for 1961 recommended in this budget is $4,753 million.',
        'Prices in 1958 above the average were rare.',
      ];
      expect(summarise(timelineOf(text, '1960-01'))).toEqual(['1958 year past in 1958', '1961 year target in 1961', '1961 year target for 1961']);
      expect(timelineOf(['Clerks in 2000 registered offices counted 1500 marching men, and in 1200 remaining cases the rolls were lost.'], '1960-01')).toEqual([]);
    });

    it('reads a year after a preposition before a quantifier that opens its clause, and not a count before a quantity', () => {
      const text = ['Then in 1823 several families left, and by 1844 some of the merchants traded south.', 'They sold in 2000 boxes.'];
      expect(summarise(timelineOf(text, '1961'))).toEqual(['1823 year past in 1823', '1844 year past by 1844']);
    });

    it('dates a relative year that a written year restates at the written year', () => {
      expect(summarise(timelineOf(['In 1801 he went to Paris.', 'In the following year, 1803, he found that acids helped.'], '1961'))).toEqual([
        '1801 year past In 1801',
        '1803 year past In the following year, 1803',
      ]);
    });

    it('reads every year of a list, a year after "the <noun> of", and "For 2021," opening a sentence', () => {
      expect(summarise(timelineOf(['Floods came in 1998 and 2004.', 'After the land reform of 1952, farms grew.', 'For 2021, the town set a budget.'], '2022'))).toEqual([
        '1952 year past of 1952',
        '1998 year past in 1998',
        '2004 year past 2004',
        '2021 year past For 2021',
      ]);
    });

    it('keeps two phrases of one year in a sentence as two entries, and one phrase written twice as one', () => {
      expect(summarise(timelineOf(['After the reform of 1994, rates between 1994 and 1999 fell; in 2001 and again in 2001 they rose.'], '2022'))).toEqual([
        '1994 year past of 1994',
        '1994 year past between 1994 and 1999',
        '2001 year past in 2001',
      ]);
    });

    it('reads a year after a time preposition opening the sentence whatever word follows it, and not a count inside one', () => {
      expect(summarise(timelineOf(['In 1959 prices fell. They found 2000 cases in 2000 cases.'], '1962'))).toEqual(['1959 year past In 1959']);
    });

    it('reads a year after a preposition inside a sentence when a noun and its verb follow it ("…, but in 1917 time was short"), not a count before a noun', () => {
      expect(summarise(timelineOf(['The camp was as big as the Canal, but in 1917 time was in short supply.'], '1961'))).toEqual(['1917 year past in 1917']);
      // A noun with no verb after it is what the number counts: "in 1200 remaining cases", "in 2000 cases the rolls".
      expect(summarise(timelineOf(['They found 300 cases in Ohio, and in 2000 cases the rolls were lost.'], '1961'))).toEqual([]);
    });

    it('reads a year opening a sentence as the subject of its verb, and not a stray year before a preposition', () => {
      expect(summarise(timelineOf(['2021 marks the centenary of the club. 2012 On May 5, 2009, it moved.'], '2023'))).toEqual([
        '2009-05-05 day past On May 5, 2009',
        '2021 year past 2021',
      ]);
    });

    it('reads a year after "for", but not one a title names', () => {
      expect(summarise(timelineOf(['The deficit fell from $2 billion for 1960 to less for 1961.', 'The Vision for 2035 was printed.'], '1962'))).toEqual([
        '1960 year past for 1960',
        '1961 year past for 1961',
      ]);
    });

    it('reads the coming, current, past and preceding year and fiscal years from the time of writing or the year before', () => {
      expect(
        summarise(
          timelineOf(
            ['Sales will grow in the coming year. Costs rose in the past year. The current fiscal year ends soon.', 'In 1950, rents rose; the preceding year they fell.'],
            '1961-11',
          ),
        ),
      ).toEqual([
        '1949 year past the preceding year',
        '1950 year past In 1950',
        // In November the twelve months past are mostly the year of writing's, as the coming twelve are mostly the next's.
        '1961 year past the past year',
        '1961 year past The current fiscal year',
        '1962 year target the coming year',
      ]);
      // Written in January, "the coming year" is the year just begun.
      expect(summarise(timelineOf(['Sales will grow in the coming year.'], '1962-01'))).toEqual(['1962 year target the coming year']);
    });

    it('reads the year a part of a named fiscal year gives, and "this calendar year"', () => {
      expect(summarise(timelineOf(['Strength fell to 270,000 by the end of the fiscal year 1961. The subs sail this calendar year.'], '1960-01'))).toEqual([
        '1960 year past this calendar year',
        '1961 year target by the end of the fiscal year 1961',
      ]);
    });

    it('gives a yearless date that opens a range the year written on its end', () => {
      expect(summarise(timelineOf(['In 1958 he moved. The return for January 1 to June 20, 1961, is due.'], '1962'))).toEqual([
        '1958 year past In 1958',
        '1961-01-01 day past for January 1',
        '1961-06-20 day past June 20, 1961',
      ]);
    });

    it('reads the press\'s "thru" as a span\'s link: "Nov. 21 thru Dec. 4" is one entry, at its start', () => {
      expect(summarise(timelineOf(['The Kirov Ballet is firmly booked into the Shrine Auditorium, Los Angeles, Nov. 21 thru Dec. 4.'], '1961-10-26'))).toEqual([
        '1961-11-21 day target Nov. 21',
      ]);
    });

    it('dates a span of days at its start, its yearless end no entry of its own', () => {
      expect(summarise(timelineOf(['The fair ran May 28th to June 3rd. Events began on May 5 and continued; talks ran from June 1 through June 9.'], '1961-07'))).toEqual([
        '1961-05-05 day past on May 5',
        '1961-05-28 day past May 28th',
        '1961-06-01 day past from June 1',
      ]);
    });

    it('dates a span from one dated day or month to another at its start, its dated end no entry of its own, as a span of years is', () => {
      const text = [
        'From October 1960 to February 1961, the forces took little action.',
        'Prednisone was given from Nov. 22 until Dec. 1, 1958, without improvement. From 1952 to 1955 he taught.',
        'In March 1957 he left, and in May 1957 he returned.',
      ];
      expect(summarise(timelineOf(text, '1961-12'))).toEqual([
        '1952 year past From 1952 to 1955',
        '1957-03 month past In March 1957',
        '1957-05 month past in May 1957',
        '1958-11-22 day past from Nov. 22',
        '1960-10 month past From October 1960',
      ]);
    });

    it('dates a yearless day in brackets by its own words, not the plan of the sentence around it: "(Dec. 16)" cites an issue gone by', () => {
      const text = [
        'I would like to add one more reform to those mentioned by Russell Kirk (Dec. 16).',
        'We would like the board to meet (the vote will be held Jan. 9) before spring.',
      ];
      expect(summarise(timelineOf(text, '1961-12-30'))).toEqual(['1961-12-16 day past Dec. 16', '1962-01-09 day target Jan. 9']);
    });

    it('keeps a written year beside a finer date of that year counted from the time of writing: "in 1960 … last June" date two things', () => {
      const text = ["Palmer, golf's leading money-winner in 1960, and Snead will be saluted as the winning team in the Canada Cup matches last June in Dublin."];
      expect(summarise(timelineOf(text, '1961-01-24'))).toEqual(['1960 year past in 1960', '1960-06 month past last June']);
    });

    it('reads a lower-case month before a day and a year, and never the modal "may" alone', () => {
      expect(summarise(timelineOf(['No. 1 Newbury Port, may 30th, 1791. We may 30 times ask; it may rain in 1792.'], '1961'))).toEqual([
        '1791-05-30 day past may 30th, 1791',
        '1792 year past in 1792',
      ]);
    });

    it('dates a yearless day after a plan made by now ("have organized and planned") in the year of writing', () => {
      const text = ['The raid came in May, 1863.', 'Citizens have organized and planned a series of events, beginning on May 28th.', 'They had planned a raid on June 2.'];
      expect(summarise(timelineOf(text, '1961-05'))).toEqual(['1863-05 month past in May, 1863', '1863-06-02 day past on June 2', '1961-05-28 day target on May 28th']);
    });

    it('dates a yearless day an arrangement is made for ("is set for", "is booked into", "planned by … for", "arrange for") ahead of the day of writing', () => {
      const text = [
        '"A Night in New Orleans" is the gayety planned by members of the Thrift Shop Committee for May 6.',
        'A preview party for the artists is set for April 8.',
        'The Kirov Ballet is firmly booked into the Shrine Auditorium, Los Angeles, Nov. 21.',
        '"Meet the Artist" is the invitation issued by members as they arrange for an exhibit at the club on April 9.',
      ];
      expect(summarise(timelineOf(text, '1961-03-26'))).toEqual([
        '1961-04-08 day target for April 8',
        '1961-04-09 day target on April 9',
        '1961-05-06 day target for May 6',
        '1961-11-21 day target Nov. 21',
      ]);
    });

    it('reads a month of the following, previous or same year as one date counted from the year last named', () => {
      const text = ['On January 28, 1835, Jackson removed Pope.', 'In March of the following year, Woodruff moved. On November 26 of that year it opened; in May of the year before it closed.'];
      expect(summarise(timelineOf(text, '1961'))).toEqual([
        '1835-01-28 day past On January 28, 1835',
        '1835-05 month past in May of the year before',
        '1836-03 month past In March of the following year',
        '1836-11-26 day past On November 26 of that year',
      ]);
    });

    it('dates "the following day" and "the next day" the day after the one its sentence or the one before named, and no other', () => {
      const text = [
        'A preview party for the artists is set for April 8. The event will be open to the public the following day.',
        'Quiney wrote on October 29, 1598, and again perhaps the next day.',
        'The next day Sherman issued his orders. He left in the next day or two.',
      ];
      expect(summarise(timelineOf(text, '1961-03-26'))).toEqual([
        '1598-10-29 day past on October 29, 1598',
        '1598-10-30 day past the next day',
        '1961-04-08 day target for April 8',
        '1961-04-09 day target the following day',
      ]);
    });

    it('reads a day of a month of last or this year', () => {
      expect(summarise(timelineOf(['On October 8th of last year, the fair opened.'], '1961-01'))).toEqual(['1960-10-08 day past On October 8th of last year']);
    });

    it('marks a month of the year of writing after the month of writing as a target, and what the sentence expects', () => {
      expect(summarise(timelineOf(['The plant is scheduled for completion in November of this year. It opened in February.'], '1961-03'))).toEqual([
        '1961-02 month past in February',
        '1961-11 month target in November of this year',
      ]);
      expect(summarise(timelineOf(['We expect to have more this year.'], '1978'))).toEqual(['1978 year target this year']);
    });

    it('dates "last January" and "next March" from the month of writing, and a year either side without one', () => {
      expect(summarise(timelineOf(['The reports first started circulating last January. The vote comes next March.', 'Testing resumed last September 1.'], '1961-04-09'))).toEqual([
        '1960-09-01 day past last September 1',
        '1961-01 month past last January',
        '1962-03 month target next March',
      ]);
      expect(summarise(timelineOf(['I issued last March a comprehensive order.'], '1962'))).toEqual(['1961-03 month past last March']);
    });

    it('dates "the past week" and "this week" at the month of the day they fall in', () => {
      expect(summarise(timelineOf(['The issue was sold to the public during the past week.', 'The association is meeting here this week.'], '1961-04-03'))).toEqual([
        '1961-03 month past the past week',
        '1961-04 month past this week',
      ]);
      expect(timelineOf(['The rain fell for the past week or two.'], '1961-04-03')).toEqual([]);
    });

    it('reads a year the sentence measures against with a verb of comparing as a base, not the year of what follows', () => {
      expect(summarise(timelineOf(['Dealers are optimistic that the quarter will equal or top last year. The March gain helped.'], '1961-04-09'))).toEqual([
        '1960 year past last year',
        '1961-03 month past The March',
      ]);
    });

    it('reads the base period of an index ("242% of the 1910-14 average") as a base, not the year a later yearless month is in', () => {
      expect(summarise(timelineOf(['Sales rose in 1960.', 'Prices reached 242% of the 1910-14 average.', 'Buying picked up in July.'], '1961-10'))).toEqual([
        '1910 year past 1910-14',
        '1960 year past in 1960',
        '1960-07 month past in July',
      ]);
    });

    it('plans a yearless day from the time of writing when the only year before it is a base ("forecast at 129% of the 1947-49 average")', () => {
      const text = ['Sales rose in 1960.', 'Output is forecast at 129% of the 1947-49 average, above the July 1 estimate.'];
      expect(summarise(timelineOf(text, '1961-10')).filter((entry) => entry.includes('July'))).toEqual(['1961-07-01 day target July 1']);
    });

    it('puts a yearless month of a sentence that names the year of writing in that year, whatever year came before', () => {
      expect(summarise(timelineOf(['Cotton Belt started here 14 years ago.', 'Car sales during March showed signs of recovering from the doldrums which have characterized sales this year.'], '1961-04-09'))).toEqual([
        '1947 year past 14 years ago',
        '1961 year past this year',
        '1961-03 month past during March',
      ]);
    });

    it('reads a year\'s possessive and "date back to" as dates, and "the 1960\'s" as a decade', () => {
      expect(summarise(timelineOf(['Investment was the big story in 1960\'s industrial development effort.', 'The firm is a combination of smaller ones that date back to 1834.', 'In the 1960\'s growth was slow.'], '1961'))).toEqual([
        '1834 year past back to 1834',
        '1960 year past 1960\'s',
      ]);
    });

    it('takes no yearless date of a rule of every year ("April 15 is usually the final date"), but a written year there and a yearless day of an event', () => {
      const text = ['The fair opened on June 3.', 'April 15 is usually the final date for filing, as the year ends on December 31.', 'Dues are paid each year on January 1, as in 1959.'];
      expect(summarise(timelineOf(text, '1961-10'))).toEqual(['1959 year past in 1959', '1961-06-03 day past on June 3']);
    });

    it('dates what a possessive owns "of" a year ("Babe Ruth\'s 60 homers of 1927", "Means\'s study of 1932"), not a quantity of it', () => {
      const text = ["Mantle might break Babe Ruth's 60 homers of 1927.", "He relies on Berle and Means's study of 1932.", "Smith's total of 1961 was high."];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1927 year past of 1927', '1932 year past of 1932']);
    });

    it('dates a name a year ends "of" it ("The George-Barden Act of 1946", "the Treaty of 1783"), not a total of it', () => {
      const text = [
        'The George-Barden Act of 1946 raised the authorizations to $29 million.',
        'The change was introduced by the National Defense Education Act of 1958.',
        'They confiscated Tory property in violation of the Treaty of 1783.',
        'The Total of 1961 was high.',
      ];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1783 year past of 1783', '1946 year past of 1946', '1958 year past of 1958']);
    });

    it('dates a noun a year ends "of" after "its" or "their", or with a quoted or abbreviated word before it ("the “hopeless” campaign of 1948", "the U.S. amateur athlete of 1960"), not a total of it', () => {
      const text = [
        'Dartmouth had to wait until its championship team of 1925 for national recognition.',
        'Mr. Truman has only to recall the “hopeless” campaign of 1948 to remember.',
        'He was never more popular than at the time of the Russo-American “honeymoon” of 1959.',
        'He went as the outstanding U.S. amateur athlete of 1960.',
        'Their total of 1961 was high.',
      ];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1925 year past of 1925', '1948 year past of 1948', '1959 year past of 1959', '1960 year past of 1960']);
    });

    it('dates a graduate\'s class set off after his name ("John Ledyard, class of 1773,"), not a class of a count', () => {
      const text = ['This is in honor of John Ledyard, class of 1773, who scooped a canoe out of a tree.', 'He had been a big man at Hanford, Class of 1935.', 'The school has a class of 1500 pupils.'];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1773 year past class of 1773', '1935 year past Class of 1935']);
    });

    it('dates a month with its year in brackets ("at the end of November (1881)") and a fixed feast with its year ("on Christmas Day, 1890") to the month and the day, not a name\'s cited work', () => {
      const text = [
        'Mrs. Hardy records that at the end of November (1881) he makes a note of an intention to resume poetry.',
        'And on Christmas Day, 1890, Hardy wrote to a friend.',
        'The club met on New Year\'s Eve 1899 in the hall.',
      ];
      expect(summarise(timelineOf(text, '1961'))).toEqual([
        '1881-11 month past the end of November (1881)',
        '1890-12-25 day past on Christmas Day, 1890',
        "1899-12-31 day past on New Year's Eve 1899",
      ]);
      expect(timelineOf(['The essay follows Rollo May (1953) on anxiety.'], '1961').map((entry) => entry.date)).not.toContain('1953-05');
    });

    it('dates a year a dash opens an aside with, before a comma ("no dated poem -- 1903, when Hardy was at work"), as a sentence\'s first year; not a count after a dash', () => {
      const text = [
        'In the next thirty years there is only one year with no dated poem -- 1903, when Hardy was at work on The Dynasts.',
        'Not until long after the war -- 1950, in fact -- did they get a hint of the reason.',
        'The crowd -- 1500 strong -- cheered.',
      ];
      expect(summarise(timelineOf(text, '1961'))).toEqual(['1903 year past 1903', '1950 year past 1950']);
    });

    it('dates a day before its month without "on" when a full date is paired after it ("ordained deacon 16 June and priest 22 December 1633"), in the pair\'s year; not a count', () => {
      const text = ['He was ordained deacon 16 June and priest 22 December 1633.', 'The farm sold 16 June lambs and 22 December calves.'];
      expect(summarise(timelineOf(text, '1961'))).toEqual(['1633-06-16 day past 16 June', '1633-12-22 day past 22 December 1633']);
    });

    it('dates the event a year names after "his", "its" or "their" ("his 1922 indictment", "its 1961 session"), not a count before a plural nor a make of car', () => {
      const text = [
        'On the occasion of his 1922 indictment the bond was furnished by an alderman.',
        'The Legislature will wind up its 1961 session.',
        'The ranchers sold their 1500 acres.',
        'He drove his 1958 model automobile.',
      ];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1922 year past his 1922', '1961 year target its 1961']);
    });

    it('dates a year before a name that a verb or a stop ends ("The 1962 General Assembly has", "the 1919 Curzon Line,"), not a count of a countable name', () => {
      const text = [
        'The 1962 General Assembly has important business to consider.',
        'The West proposed the 1919 Curzon Line, which was the border.',
        'The 1954 Amendments completely changed it.',
        'The 1961 Masters will be played in April.',
      ];
      expect(summarise(timelineOf(text, '1961-03-06'))).toEqual(['1919 year past the 1919', '1954 year past The 1954', '1961-04 month target in April', '1962 year target The 1962']);
    });

    it('keeps a year that names a thing beside a finer date of its sentence ("the 1961 hurricane season … in November")', () => {
      const text = ['The 1961 hurricane season and auto strikes are at an end so they cannot be blamed in November.', 'In November 1961 prices rose in 1961.'];
      expect(summarise(timelineOf(text, '1961-11-21'))).toEqual(['1961 year target The 1961', '1961-11 month target in November', '1961-11 month past In November 1961']);
    });

    it('dates a clipped year before its noun in the century nearest the time of writing ("the \'60 election", "The \'52 Cards"), not a make of car', () => {
      const text = ["Kennedy won the '60 election on the religious issue.", "The '52 Cards were 6-7 on May 1.", "He drove the '58 model.", "Rock 'n' roll of the '50s era."];
      expect(summarise(timelineOf(text, '1961-03-06'))).toEqual(['1952 year past The \'52', '1952-05-01 day past on May 1', '1960 year past the \'60']);
      expect(timelineOf(["Kennedy won the '60 election."])).toEqual([]);
    });

    it('dates a year in brackets after a title in quotes ("“Revulsion” (1866)"), as after a name', () => {
      const text = ['Look at two poems of very different qualities: “Revulsion” (1866) and "Neutral Tones" (1867).', 'The Treaty of Aigun (1858) ceded the land.'];
      expect(summarise(timelineOf(text, '1961'))).toEqual(['1858 year past (1858)', '1866 year past (1866)', '1867 year past (1867)']);
    });

    it('dates a year after "a" before the noun it names ("from a 1928 failure", "a 1958 cut of"), not a measure before its thing ("a 1311 acre tract")', () => {
      const text = [
        'The song was retrieved from a 1928 failure, “Treasure Girl”.',
        'First was a 1958 cut of more than 50% on the load.',
        'The company bought a 1311 acre tract for the houses.',
        'The mixture was lit with a 1000 watt tungsten lamp.',
      ];
      expect(summarise(timelineOf(text, '1961-11-27'))).toEqual(['1928 year past a 1928', '1958 year past a 1958']);
    });

    it('counts "last season" and "next season" from the time of writing as "last year" is, and dates a yearless day of that season', () => {
      const text = [
        "The '52 Cards were 6-7 on May 1 but ended with 88 triumphs.",
        'Then last season the Birds tumbled as low as 11-18 on May 19 before recovering.',
        'Next season the orchestra will give twenty-five programs.',
        'Winds are gusty during this season.',
      ];
      expect(summarise(timelineOf(text, '1961-04-25'))).toEqual([
        '1952 year past The \'52',
        '1952-05-01 day past on May 1',
        '1960 year past last season',
        '1960-05-19 day past on May 19',
        '1962 year target Next season',
      ]);
    });

    it('plans a yearless month a future after it plans ("has completed the circuit in November …, this is going to be"), not one a past comes between', () => {
      const text = [
        'In 1960 the firm grew.',
        'After the troup has completed the circuit in November in the name of a forum, this is going to be a political Legislature.',
        'In August we broke ground for a new plant which will house our machinery.',
      ];
      expect(summarise(timelineOf(text, '1961-03-06'))).toEqual(['1960 year past In 1960', '1960-08 month past In August', '1961-11 month target in November']);
      // Another clause's future: the March told of in April is this year's.
      const reported = ['With the March pickup, dealers are optimistic that the April-June quarter will equal or top last year.'];
      expect(summarise(timelineOf(reported, '1961-04-20'))).toContain('1961-03 month target the March');
    });

    it('dates the year a plural naming no countable thing takes ("the 1961 statistics", "his 1921 ventures"), not a count of acres or employees', () => {
      const text = [
        'A newspaper reported the 1961 statistics of the Church.',
        'On one of his 1921 ventures he was caught.',
        'The ranchers sold their 1500 acres.',
        'The mill laid off its 1200 employees.',
      ];
      expect(summarise(timelineOf(text, '1962-05-02'))).toEqual(['1921 year past his 1921', '1961 year past the 1961']);
    });

    it('dates a year written in apposition after "year" or "season" ("in the first year, 1963.", "season, 1959, when")', () => {
      const text = ['Benefits would run 1 billion or more in the first year, 1963.', 'Mantle had one sensational triple-crown season, 1959, when he led the league.', 'Each year, 1,500 come.'];
      expect(summarise(timelineOf(text, '1961-05-02'))).toEqual(['1959 year past 1959', '1963 year target 1963']);
    });

    it('reads no year after a quantity noun, nor a period in brackets', () => {
      expect(timelineOf(['The crowd reached a total of 2000.', 'The Plan (2016-2020) was long.'], '2022')).toEqual([]);
    });

    it('dates a period with a two-digit end ("the 1958-60 expansion") at its start, and no "1960-55" or a day written "1900-05-06"', () => {
      expect(
        summarise(timelineOf(['The unsatisfactory 1958-60 expansion was not due to weak growth forces.', 'Prices of 1960-55 fell.', 'It rained on 1900-05-06.'], '1961-06-21')),
      ).toEqual(['1900-05-06 day past on 1900-05-06', '1958 year past 1958-60']);
    });
  });

  describe('copies', () => {
    it('gives one entry without conflict when copies agree', () => {
      const passages = [makePassage('On May 3, 2009, the plan was adopted by the council.', 1), makePassage('On May 3, 2009, the council adopted the plan.', 2, { duplicateOf: 'doc#1' })];
      const timeline = extractTimeline(passages);
      expect(timeline).toHaveLength(1);
      expect(timeline[0]).toMatchObject({ passageId: 'doc#1', date: '2009-05-03' });
      expect(timeline[0]?.conflict).toBeUndefined();
    });

    it("keeps the canonical copy's date and lists the other when nothing else decides", () => {
      const passages = [makePassage('On May 3, 2009, the plan was adopted by the council.', 1), makePassage('On May 3, 2010, the plan was adopted by the council.', 2, { duplicateOf: 'doc#1' })];
      expect(extractTimeline(passages)).toEqual([
        expect.objectContaining({ date: '2009-05-03', passageId: 'doc#1', conflict: { dates: ['2009-05-03', '2010-05-03'], passageIds: ['doc#1', 'doc#2'] } }),
      ]);
    });

    it('prefers the date a stray year next to it supports, even in the later copy', () => {
      const passages = [makePassage('2015 On March 1, 2014, the plan was adopted by the council.', 1), makePassage('On March 1, 2015, the plan was adopted by the council.', 2, { duplicateOf: 'doc#1' })];
      expect(extractTimeline(passages)).toEqual([
        expect.objectContaining({ date: '2015-03-01', passageId: 'doc#2', conflict: { dates: ['2015-03-01', '2014-03-01'], passageIds: ['doc#2', 'doc#1'] } }),
      ]);
    });

    it('keeps apart the different statements of copies', () => {
      const passages = [
        makePassage('In 2001, the bridge opened to traffic. In 2005, the museum opened its doors to visitors.', 1),
        makePassage('In 2001, the bridge opened to traffic. In 2006, the museum opened its doors to visitors.', 2, { duplicateOf: 'doc#1' }),
      ];
      expect(extractTimeline(passages).map((entry) => [entry.date, entry.conflict?.dates])).toEqual([
        ['2001', undefined],
        ['2005', ['2005', '2006']],
      ]);
    });

    it('keeps apart the statements of paragraphs taken for copies that name different people or places', () => {
      const passages = [
        makePassage('Mrs. Edward App will entertain the members of her Book Club on Tuesday.', 1),
        makePassage('Mrs. H. E. Godwin will entertain the members of her Book Club at her home on Tuesday.', 2, { duplicateOf: 'doc#1' }),
        makePassage('Mississippi closes its fiscal year on June 30, while all of its cities close their fiscal years on September 30.', 3),
        makePassage('Pennsylvania closes its fiscal year on May 31. All of its cities close their fiscal years on December 31.', 4, { duplicateOf: 'doc#3' }),
      ];
      expect(extractTimeline(passages, '1961-03-26').map((entry) => `${entry.date} ${entry.passageId} ${entry.conflict === undefined ? '' : 'conflict'}`)).toEqual([
        '1961-03-28 doc#1 ',
        '1961-03-28 doc#2 ',
        '1961-05-31 doc#4 ',
        '1961-06-30 doc#3 ',
        '1961-09-30 doc#3 ',
        '1961-12-31 doc#4 ',
      ]);
    });
  });

  describe('on any text', () => {
    const fragments = fc.constantFrom(
      'On', 'in', 'since', 'by', 'Since then', 'this year', 'the following year', 'May', 'June 10,', 'Sept.', '5th of', 'the morning of',
      '2021', '1990s', '2,000', '-', '–', '2025', '31', 'February 30,', ',', '.', ' ', '"', 'mid-', 'In recent years', '2012-11-15',
    );
    const dateLike = fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join(' '));
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), dateLike);

    it('never throws, quotes raw from the sentence and formats the date as its precision', () => {
      const formats: Record<DatePrecision, RegExp> = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ };
      fc.assert(
        fc.property(fc.array(anyText, { maxLength: 4 }), fc.option(fc.constantFrom('2022', '1999-05', '2010-01-01'), { nil: undefined }), (texts, published) => {
          for (const entry of timelineOf(texts, published)) {
            expect(entry.text).toContain(entry.raw);
            expect(entry.date).toMatch(formats[entry.precision]);
          }
        }),
      );
    });
  });
});
