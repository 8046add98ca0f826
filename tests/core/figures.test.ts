import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/core/figures/extract.ts';
import type { Figure, FigureUnit, Passage } from '../../src/core/types.ts';
import { loadArticle } from '../fixtures/article.ts';

/** A figure of the article as a reader means it, with a snippet of the passage it stands in. */
interface GoldFigure {
  readonly passage: number;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: FigureUnit;
  readonly year?: number;
  readonly snippet: string;
}

/**
 * Every figure of the article, enumerated by hand. Left out on purpose: ordinals and names ("18th",
 * "Eight-Eight Strategy", "Ten Thousand Village", "New Nine Measures", "Xinhua Three", "F7"),
 * dates, the slogan "seven mountains and one water and two fields", "one of the lowest", "three
 * distributions" (a translation of "the third distribution": the third of a sequence, which the engine
 * reads as a count, see below), vague amounts ("tens of billions", "thousands of
 * years", "a series of"), "double-digit", "half of them" (a fraction word, not a number), and the
 * figures of passages that repeat an earlier one ("four major strategic positions" in #46).
 * Years: a figure takes the year its sentence names, else the one its paragraph opened with ("In
 * 2021, ...", "Since 2021, ..."), and "this year" the year of the paragraph before (#83 → 2022).
 */
const GOLD: readonly GoldFigure[] = [
  { passage: 6, value: 4, unit: 'count', snippet: 'four major strategic positions' },
  { passage: 14, value: 1.4e9, unit: 'count', year: 2021, snippet: '1.4 billion people' },
  { passage: 26, value: 2, unit: 'count', snippet: '2 sub-provincial cities' },
  { passage: 26, value: 9, unit: 'count', snippet: '9 prefecture-level cities' },
  { passage: 26, value: 53, unit: 'count', snippet: '53 counties (cities)' },
  // The share the article's question "what share of zhejiang's registered population is rural" asks for.
  { passage: 26, value: 50, unit: 'percent', snippet: 'the rural registered population accounts for half of them' },
  { passage: 29, value: 100_000, unit: 'yuan', year: 2020, snippet: 'per capita GDP has exceeded 100,000 yuan' },
  { passage: 29, value: 20, unit: 'years', year: 2020, snippet: 'for 20 consecutive years' },
  { passage: 29, value: 36, unit: 'years', year: 2020, snippet: 'for 36 consecutive years' },
  { passage: 30, value: 1.94, unit: 'ratio', year: 2021, snippet: 'will be 1.94:1' },
  { passage: 31, value: 26, unit: 'count', snippet: 'the 26 mountainous counties' },
  { passage: 31, value: 9, unit: 'count', snippet: 'urban residents in 9 counties' },
  { passage: 37, value: 4, unit: 'count', snippet: 'the four strategic orientations' },
  { passage: 56, value: 3, unit: 'count', snippet: 'three high-tech innovation highlands' },
  { passage: 58, value: 9, unit: 'count', snippet: 'nine scenarios' },
  { passage: 59, value: 15, unit: 'minutes', year: 2025, snippet: '"15-minute public service circle"' },
  { passage: 59, value: 80, unit: 'years', year: 2025, snippet: 'life expectancy of more than 80 years old' },
  { passage: 65, value: 26, unit: 'count', snippet: 'by leaps and bounds in 26 counties' },
  { passage: 67, value: 4.5e6, unit: 'yuan', snippet: 'helped more than 4.5 million yuan' },
  { passage: 73, value: 10, unit: 'count', year: 2004, snippet: 'the ten key work areas' },
  { passage: 73, value: 5, unit: 'count', year: 2004, snippet: 'five working mechanisms' },
  { passage: 74, value: 10, unit: 'count', snippet: 'ten practical things every year' },
  { passage: 74, value: 10, unit: 'count', snippet: 'the ten practical commitments' },
  { passage: 76, value: 5, unit: 'count', snippet: 'from five aspects' },
  { passage: 78, value: 22e9, unit: 'yuan', year: 2021, snippet: 'market transaction volume of 22 billion yuan' },
  { passage: 78, value: 26, unit: 'count', year: 2021, snippet: '26 welfare guarantees for villagers' },
  { passage: 78, value: 70_000, unit: 'usd', year: 2021, snippet: 'Distributions, benefits and pensions are $70,000' },
  { passage: 82, value: 9, unit: 'count', year: 2022, snippet: '9 types of groups' },
  { passage: 83, value: 100_000, valueMax: 500_000, unit: 'yuan', year: 2022, snippet: '100,000 to 500,000 yuan' },
  { passage: 83, value: 200_000, valueMax: 600_000, unit: 'yuan', year: 2022, snippet: 'the proportion of 200,000 to 600,000 yuan' },
  { passage: 83, value: 3, unit: 'percentage-points', year: 2022, snippet: 'increase by 3 percentage points' },
  { passage: 86, value: 2.25e9, unit: 'yuan', year: 2020, snippet: 'tourism income of 2.25 billion yuan in 2020' },
  { passage: 86, value: 400, unit: 'count', year: 2020, snippet: 'more than 400 farmhouses and homestays' },
  { passage: 92, value: 1300, unit: 'count', snippet: 'more than 1,300 civil disputes' },
  { passage: 92, value: 98.2, unit: 'percent', snippet: 'success rate of 98.2%' },
  { passage: 92, value: 80, unit: 'percent', snippet: '80% of disputes' },
  { passage: 97, value: 45, unit: 'percent', year: 2025, snippet: 'Strive to reach 45%' },
  { passage: 97, value: 200_000, valueMax: 600_000, unit: 'yuan', year: 2025, snippet: 'annual disposable income of 200,000 to 600,000 yuan' },
  { passage: 97, value: 4.5, unit: 'per-thousand', year: 2025, snippet: '"Every thousand people have infant care facilities." Reach 4.5"' },
  { passage: 97, value: 26, unit: 'percent', year: 2025, snippet: 'less than 26% of total health expenditures' },
  { passage: 99, value: 7, unit: 'count', year: 2021, snippet: 'seven question lists' },
  { passage: 102, value: 40, unit: 'count', year: 2021, snippet: 'more than 40 special policies and programs' },
  { passage: 104, value: 358, unit: 'count', year: 2022, snippet: '358 major projects' },
  { passage: 104, value: 638.6e9, unit: 'yuan', year: 2022, snippet: 'total investment of 638.6 billion yuan' },
  { passage: 107, value: 19, unit: 'count', snippet: '19 landmark projects' },
  { passage: 107, value: 15, unit: 'minutes', snippet: 'the 15-minute high-speed project' },
  { passage: 113, value: 2, unit: 'count', snippet: 'two groups should be given' },
  { passage: 118, value: 15, unit: 'count', snippet: 'the 15 small islands' },
  { passage: 118, value: 30, unit: 'count', snippet: '30 nursing staff' },
  { passage: 118, value: 30_000, unit: 'count', snippet: 'more than 30,000 elderly people' },
  { passage: 119, value: 27_000, unit: 'count', year: 2021, snippet: 'more than 27,000 families' },
  { passage: 119, value: 362, unit: 'count', year: 2021, snippet: '362 township (street) home-based care service centers' },
  { passage: 119, value: 148, unit: 'count', year: 2021, snippet: '148 health care complexes' },
  { passage: 129, value: 120_000, unit: 'count', year: 2021, snippet: 'the number of tourists in the whole year has exceeded 120,000' },
  { passage: 129, value: 6e6, unit: 'yuan', year: 2021, snippet: 'Tourism revenue exceeds 6 million yuan' },
];

/** The article's passages, for the ids of gold figures given by paragraph number (ids are content hashes). */
let articlePassages: Passage[] = [];
const idOfParagraph = (paragraph: number): string | undefined => articlePassages[paragraph - 1]?.id;

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

function matchesGold(figure: Figure, gold: GoldFigure): boolean {
  return (
    figure.passageId === idOfParagraph(gold.passage) &&
    sameNumber(figure.value, gold.value) &&
    figure.valueMax === gold.valueMax &&
    figure.unit === gold.unit &&
    figure.year === gold.year
  );
}

/** Pairs each extracted figure with at most one gold figure, in order. */
function scoreAgainstGold(figures: readonly Figure[]): { recall: number; precision: number; missed: GoldFigure[]; wrong: Figure[] } {
  const unmatched = [...GOLD];
  const wrong: Figure[] = [];
  for (const figure of figures) {
    const index = unmatched.findIndex((gold) => matchesGold(figure, gold));
    if (index < 0) wrong.push(figure);
    else unmatched.splice(index, 1);
  }
  return {
    recall: (GOLD.length - unmatched.length) / GOLD.length,
    precision: figures.length === 0 ? 0 : (figures.length - wrong.length) / figures.length,
    missed: unmatched,
    wrong,
  };
}

function passageOf(text: string, id = 'doc#1', extra: Partial<Passage> = {}): Passage {
  const paragraph = Number(id.split('#')[1] ?? 1);
  return {
    id,
    citation: { document: id.split('#')[0] ?? 'doc', title: 'Doc', line: paragraph, paragraph },
    section: null,
    role: 'paragraph',
    text,
    nearDuplicates: [],
    duplicateOf: null,
    ...extra,
  };
}

function figuresIn(...texts: string[]): Figure[] {
  return extractFigures(texts.map((text, index) => passageOf(text, `doc#${index + 1}`)));
}

/** The one figure of a text, for checks of a single rule. */
function onlyFigure(text: string): Figure {
  const figures = figuresIn(text);
  expect(figures, JSON.stringify(figures)).toHaveLength(1);
  return figures[0] as Figure;
}

describe(extractFigures, () => {
  describe('on the article', () => {
    let passages: Passage[] = [];
    let figures: Figure[] = [];
    beforeAll(async () => {
      passages = (await loadArticle()).passages;
      articlePassages = passages;
      figures = extractFigures(passages);
    });

    it('has a gold list whose snippets stand in their passages', () => {
      for (const gold of GOLD) expect(passages[gold.passage - 1]?.text, gold.snippet).toContain(gold.snippet);
    });

    // Today 53 of 55 gold figures found (recall 0.96) and 53 of the 56 read are right (precision 0.95): "for 20
    // consecutive years" and "for 36 consecutive years" are read without the year 2020 their sentence opens with, and
    // "three distributions" is an ordinal in the translation that no rule of English tells from a count (the rule
    // that did fitted this one sentence and was removed). The floors were set with two figures of margin each, which
    // the two years lost have taken: a general reading rule may no longer trade one figure for another here;
    // the named checks below pin the figures that matter.
    it('finds at least 53 of the 55 gold figures (recall 0.96) and at least 94% of what it reads is right', () => {
      const { recall, precision, missed, wrong } = scoreAgainstGold(figures);
      const report = JSON.stringify({ missed, wrong: wrong.map(({ raw, value, unit, year, passageId }) => ({ raw, value, unit, year, passageId })) });
      expect(recall, report).toBeGreaterThanOrEqual(0.96);
      expect(precision, report).toBeGreaterThanOrEqual(0.94);
    });

    it('reads amounts in base units with what they measure', () => {
      const investment = figures.find((figure) => figure.raw === '638.6 billion yuan');
      expect(investment).toMatchObject({ value: 638_600_000_000, unit: 'yuan', measure: 'total investment', year: 2022 });
      expect(figures.find((figure) => figure.value === 100_000 && figure.unit === 'yuan' && figure.valueMax === undefined)).toMatchObject({
        qualifier: 'more-than',
        measure: 'per capita GDP',
        year: 2020,
      });
      expect(figures.find((figure) => figure.raw === '$70,000')).toMatchObject({ value: 70_000, unit: 'usd' });
    });

    it('reads qualifiers, ranges, shares and rates as the text bounds them', () => {
      expect(figures.find((figure) => figure.value === 1300)).toMatchObject({ qualifier: 'more-than', raw: 'more than 1,300 civil disputes', measure: 'civil disputes mediated' });
      expect(figures.find((figure) => figure.value === 98.2)).toMatchObject({ unit: 'percent', measure: 'success rate' });
      expect(figures.find((figure) => figure.value === 26 && figure.unit === 'percent')).toMatchObject({ qualifier: 'less-than', year: 2025 });
      expect(figures.find((figure) => figure.unit === 'per-thousand')).toMatchObject({ value: 4.5, measure: 'infant care facilities', year: 2025 });
      expect(figures.find((figure) => figure.value === 80 && figure.unit === 'years')).toMatchObject({ qualifier: 'more-than', measure: 'average life expectancy' });
      expect(figures.find((figure) => figure.value === 120_000)).toMatchObject({ unit: 'count', qualifier: 'more-than', measure: 'tourists' });
    });

    it('gives a "this year" sentence the year of the passage before it', () => {
      const points = figures.find((figure) => figure.unit === 'percentage-points');
      expect(points).toMatchObject({ value: 3, year: 2022, passageId: idOfParagraph(83) });
    });

    it('does not read ordinals, names, dates or vague amounts as figures', () => {
      const raws = figures.map((figure) => figure.raw.toLowerCase());
      for (const trap of ['18th', '40th', 'eight', 'thousand village', '11', '2021', '2025', 'fourteenth', '20th', 'f7', 'seven mountains', 'tens of', 'one'])
        expect(raws.filter((raw) => raw.includes(trap)), trap).toEqual([]);
      expect(figures.filter((figure) => figure.value >= 1900 && figure.value <= 2100)).toEqual([]);
    });

    it('lists a figure a repeated passage shares with its canonical copy once, from the canonical copy', () => {
      const repeated = new Set(passages.filter((passage) => passage.duplicateOf !== null).map((passage) => passage.id));
      expect(figures.filter((figure) => repeated.has(figure.passageId))).toEqual([]);
      expect(figures.filter((figure) => figure.measure === 'major strategic positions').map((figure) => figure.passageId)).toEqual([idOfParagraph(6)]);
    });

    it('cites the sentence each figure stands in, which holds the figure as written', () => {
      for (const figure of figures) {
        const passage = passages.find((candidate) => candidate.id === figure.passageId);
        expect(passage?.text).toContain(figure.text);
        expect(figure.text).toContain(figure.raw);
      }
    });
  });

  describe('units', () => {
    it('reads currency signs, codes and words with scales', () => {
      expect(onlyFigure('The firm raised $5m.')).toMatchObject({ value: 5e6, unit: 'usd', raw: '$5m' });
      expect(onlyFigure('Sales reached €4.2 billion.')).toMatchObject({ value: 4.2e9, unit: 'eur' });
      expect(onlyFigure('The bridge cost £3.5bn.')).toMatchObject({ value: 3.5e9, unit: 'gbp' });
      expect(onlyFigure('The fund holds RMB 1 million.')).toMatchObject({ value: 1e6, unit: 'yuan' });
      expect(onlyFigure('He paid ¥300 for it.')).toMatchObject({ value: 300, unit: 'yuan' });
      expect(onlyFigure('He earned sixteen dollars a week.')).toMatchObject({ value: 16, unit: 'usd' });
      expect(onlyFigure('The loan was 200 USD.')).toMatchObject({ value: 200, unit: 'usd' });
    });

    it('reads a sum written without a currency after a verb of paying or costing in the currency its document counts in, old spellings too', () => {
      const units = (...texts: string[]) => figuresIn(...texts).map((figure) => `${figure.value} ${figure.unit} «${figure.raw}»`);
      const letter = ['The corporation allowed him two shillings a day.', 'He wrote that "hytt shulde coste hym 500 first", and asked Sir Edward to paie 10 for mee.'];
      expect(units(...letter)).toEqual(['2 count «two shillings»', '500 gbp «500»', '10 gbp «10»']);
      expect(units('The council spent $2 million on roads.', 'The repairs would cost them 400 for the bridge alone.')).toEqual(['2000000 usd «$2 million»', '400 usd «400»']);
      // No currency in the document: no sum; a noun after the number is what it counts; "one of" is a pronoun.
      expect(units('The repairs would cost them 400 for the bridge alone.')).toEqual([]);
      expect(units('It cost $15,000 to pay six policemen, and she lent me one of his letters.').filter((line) => line.includes('usd'))).toEqual(['15000 usd «$15,000»']);
    });

    it('reads the currency of a dollar sign with letters, and skips a dollar it does not know', () => {
      // Once skipped as "another dollar": docent now keeps currencies of any country apart.
      expect(onlyFigure('The ticket cost HK$500.')).toMatchObject({ value: 500, unit: 'hkd', raw: 'HK$500' });
      expect(figuresIn('The ticket cost Z$500.')).toEqual([]);
    });

    it('reads currencies of any country by code, sign or name', () => {
      const units = (text: string) => figuresIn(text).map((figure) => `${figure.value} ${figure.unit}`);
      expect(units('The dam cost ₹4,000 crore; the road 250 million Indian rupees.')).toEqual(['40000000000 inr', '250000000 inr']);
      expect(units('Exports were worth 3 trillion yen and 80 billion Swiss francs.')).toEqual(['3000000000000 jpy', '80000000000 chf']);
      expect(units('Wages rose to R$2,100 and 15,000 rubles; a meal costs 40 baht.')).toEqual(['2100 brl', '15000 rub', '40 thb']);
      expect(units('The budget is CAD 12 million, or A$13 million.')).toEqual(['12000000 cad', '13000000 aud']);
    });

    it('reads percentages and percentage points', () => {
      expect(onlyFigure('Turnout was 64 per cent.')).toMatchObject({ value: 64, unit: 'percent', measure: 'turnout' });
      expect(onlyFigure('Costs fell 3 percent.')).toMatchObject({ value: 3, unit: 'percent', measure: 'costs' });
      expect(onlyFigure('The rate rose by 0.5 percentage points.')).toMatchObject({ value: 0.5, unit: 'percentage-points', measure: 'rate' });
    });

    it('reads a ratio as its value against one', () => {
      expect(onlyFigure('The ratio of men to women was 3:2.')).toMatchObject({ value: 1.5, unit: 'ratio', raw: '3:2' });
      expect(figuresIn('The train left at 10:30 from platform 4.')).toEqual([]);
    });

    it('reads "1 to 23" in a sentence that names a ratio as 23 for each one, as an exchange rate is read, and no range', () => {
      const figures = figuresIn('The ratio of cars to employees has varied from 1 to 22 then to 1 to 23 now, and the odds are 3 to 1.');
      expect(figures.map((figure) => [figure.value, figure.valueMax, figure.unit, figure.raw])).toEqual([
        [22, undefined, 'ratio', '1 to 22'],
        [23, undefined, 'ratio', '1 to 23'],
        [3, undefined, 'ratio', '3 to 1'],
      ]);
      expect(onlyFigure('Classes ranged from 1 to 23 pupils.')).toMatchObject({ value: 1, valueMax: 23, unit: 'count' });
    });

    it('reads a sum in dollars or a percentage written with no digit before the point, and no other point and digits', () => {
      expect(figuresIn('Cars cost an average $.027 per mile, up .5 per cent.').map((figure) => [figure.value, figure.unit, figure.raw])).toEqual([
        [0.027, 'usd', '$.027'],
        [0.5, 'percent', '.5 per cent'],
      ]);
      expect(figuresIn('He carried a .22 rifle and a Colt .45 revolver.')).toEqual([]);
    });

    it('reads rates per thousand', () => {
      expect(onlyFigure('Infant mortality fell to 4.5 per thousand live births.')).toMatchObject({ value: 4.5, unit: 'per-thousand' });
    });

    it('reads durations in minutes and years', () => {
      expect(onlyFigure('It is a 30-minute drive.')).toMatchObject({ value: 30, unit: 'minutes', measure: 'drive' });
      expect(onlyFigure('The ride takes 45 minutes.')).toMatchObject({ value: 45, unit: 'minutes' });
      expect(onlyFigure('He was thirty-five years old.')).toMatchObject({ value: 35, unit: 'years', measure: 'age' });
      expect(onlyFigure('It led for 12 consecutive years.')).toMatchObject({ value: 12, unit: 'years' });
    });

    it('reads "a 16 year old son" with its hyphens left out as an age, as "a 16-year-old son"', () => {
      expect(onlyFigure('Your 16 year old son left school.')).toMatchObject({ value: 16, unit: 'years', raw: '16 year old' });
      expect(onlyFigure('The 3 year-old filly won.')).toMatchObject({ value: 3, unit: 'years' });
    });

    it('reads counts of things in numerals and in words', () => {
      expect(onlyFigure('They built 1,200 new homes.')).toMatchObject({ value: 1200, unit: 'count', measure: 'new homes' });
      expect(onlyFigure('A hundred and fifty sheep grazed.')).toMatchObject({ value: 150, unit: 'count', measure: 'sheep' });
      expect(onlyFigure('She has twenty-one cousins.')).toMatchObject({ value: 21, measure: 'cousins' });
      expect(onlyFigure('The state hired 4.5 million people.')).toMatchObject({ value: 4.5e6, measure: 'people hired' });
      expect(onlyFigure('They saw 9 types of birds.')).toMatchObject({ value: 9, measure: 'types of birds' });
      expect(onlyFigure('The town has two thousand five hundred homes.')).toMatchObject({ value: 2500, measure: 'homes' });
      expect(onlyFigure('It lasted 1 year.')).toMatchObject({ value: 1, unit: 'years' });
    });

    it('reads ranges with the scale of their upper bound', () => {
      expect(onlyFigure('Incomes of 200,000 to 600,000 yuan rose.')).toMatchObject({ value: 200_000, valueMax: 600_000, unit: 'yuan' });
      expect(onlyFigure('The population was 2 to 3 million.')).toMatchObject({ value: 2e6, valueMax: 3e6, unit: 'count' });
      expect(onlyFigure('It was sixty or seventy feet long.')).toMatchObject({ value: 60, valueMax: 70, measure: 'feet' });
    });

    it('gives a range in words the scale written on its upper end only ("five to seven million families"), not a lower end above that end\'s own number', () => {
      const ranges = (text: string) => figuresIn(text).map((figure) => [figure.value, figure.valueMax]);
      expect(ranges('There may be some five to seven million families camping.')).toEqual([[5e6, 7e6]]);
      expect(ranges('They live in ten or eleven thousand villages.')).toEqual([[10_000, 11_000]]);
      expect(ranges('She paid two to three hundred dollars for a painting.')).toEqual([[200, 300]]);
      // "or five thousand" is no small number guessed, as "one or two delegates" is.
      expect(ranges('They hired four or five thousand men.')).toEqual([[4000, 5000]]);
      expect(ranges('He hauled the boat fifty or one hundred miles.')).toEqual([[50, 100]]);
      expect(ranges('Each council may name one or two delegates.')).toEqual([]);
    });
  });

  describe('qualifiers', () => {
    it.each([
      ['more than 30 people came', 'more-than'],
      ['over 3,000 jobs were lost', 'more-than'],
      ['revenue exceeded 6 million yuan', 'more-than'],
      ['less than 26% of spending', 'less-than'],
      ['fewer than 10 boats sailed', 'less-than'],
      ['about 30 people came', 'about'],
      ['nearly 50% of users', 'about'],
      ['at least 15 students passed', 'at-least'],
      ['up to 2,000 visitors came', 'at-most'],
    ])('reads "%s" as %s', (text, qualifier) => {
      expect(onlyFigure(`Last week ${text}.`).qualifier).toBe(qualifier);
    });

    it('keeps a verb that bounds the figure out of how it is written', () => {
      expect(onlyFigure('GDP has exceeded 100,000 yuan.')).toMatchObject({ raw: '100,000 yuan', qualifier: 'more-than', measure: 'GDP' });
    });
  });

  describe('years', () => {
    it('takes the year written right after a figure, else the nearest before it', () => {
      expect(onlyFigure('In 2019, the mountain earned 2.25 billion yuan in 2020.').year).toBe(2020);
      expect(onlyFigure('By 2025, the share will reach 45%.').year).toBe(2025);
    });

    it('carries a paragraph opening year to its later sentences', () => {
      expect(figuresIn('In 2022, work began. A total of 358 projects started.')[0]?.year).toBe(2022);
    });

    it('takes no year from a sentence before that names one only to open a span to now ("since 1908")', () => {
      expect(figuresIn('The garden is open to all. It has been going since 1908. Last count showed eighty-three varieties.')[0]?.year).toBeUndefined();
      expect(figuresIn('The garden is open to all. It was planted in 1908. That spring it held eighty-three varieties.')[0]?.year).toBe(1908);
    });

    it('dates a sentence calling its time "the year" ("It is the year when …") in the year named before it, as "that year"', () => {
      expect(figuresIn('This is Baseball 1961.', 'It is the year when Willie Mays hit four home runs in a game.')[0]?.year).toBe(1961);
      expect(figuresIn('This is Baseball 1961.', 'Willie Mays once hit four home runs in a game.')[0]?.year).toBeUndefined();
    });

    it('resolves "this year" from the passage before and gives no year when nothing names one', () => {
      expect(figuresIn('In 2022, plans were made.', 'This year, incomes will rise by 3 percentage points.')[0]?.year).toBe(2022);
      expect(onlyFigure('The village has 30 boats.').year).toBeUndefined();
    });
  });

  describe('non-figures', () => {
    it.each([
      'The 18th Central Committee met on the 40th anniversary.',
      'The "Eight-Eight Strategy" guided the "eight-eight strategy" work.',
      'The Thousand Village Demonstration and Ten Thousand Village Renovation project began.',
      'The Fourteenth Five-Year Plan (2021-2025) was released in Issue 11, 2022.',
      'On November 15, 2012, and since 2003, by 2025, the plans were set.',
      'February 7 is the first day of the Year of the Tiger at F7 Auto Plaza.',
      'They pursued the second centenary goal with primary, secondary and tertiary plans.',
      'It has "seven mountains and one water and two fields", one of the best.',
      'A series of plans and many projects drew tens of billions over thousands of years.',
      'Hikvision, Dahua and Xinhua Three grew at a double-digit pace.',
      'The Boeing 747 jets served Route 66 and Chapter 3 covers the 1990s and COVID-19.',
      'One in 10 residents voted; 1 in 5 adults smoke.',
    ])('finds none in "%s"', (text) => {
      expect(figuresIn(text)).toEqual([]);
    });

    it('counts a number in words after a label\'s word in lower case when a plural noun follows, not a label\'s number', () => {
      expect(figuresIn('Palmer had started the round four strokes behind Player.').map((figure) => [figure.value, figure.raw])).toEqual([[4, 'four strokes']]);
      expect(figuresIn('He dived down this line ten minutes before the others.').map((figure) => [figure.value, figure.raw])).toEqual([[10, 'ten minutes']]);
      expect(figuresIn('The Phase 4 series is due; in round four he fell.')).toEqual([]);
      // "no" before a count says none, though "No. 5" is a label written short.
      expect(figuresIn('Since no two generators can intersect, no two lines meet.')).toEqual([]);
    });

    it('counts a number of things beside an ordinal of the same thing: "three schools" after "the first school"', () => {
      expect(onlyFigure('The first school opened in 1990, and today three schools serve the town.')).toMatchObject({
        value: 3,
        unit: 'count',
        measure: 'schools',
        raw: 'three schools',
      });
      expect(figuresIn('The second plan failed, so 4 plans were drafted.').map((figure) => figure.raw)).toEqual(['4 plans']);
    });

    it('counts number words in speech, however short, but not in slogans, however long', () => {
      expect(figuresIn('"I have two sons," he said.').map((figure) => figure.value)).toEqual([2]);
      expect(figuresIn('They sang "one country, two systems".')).toEqual([]);
      expect(figuresIn('The region follows "one centre, two wings, three belts, four zones and five corridors" now.')).toEqual([]);
      expect(figuresIn('"Our village now runs three clinics and two schools for all the families here," she said.').map((figure) => figure.raw)).toEqual([
        'three clinics',
        'two schools',
      ]);
    });

    it('counts number words in a quotation that runs on past its first sentence, speech whatever its verbs', () => {
      // Brown G36: an interviewer's question of four sentences, its first with no pronoun nor auxiliary.
      const question = '"For instance, regarding the fact that the Gross Committee issued two interim announcements to the press. You know he was told otherwise. He claimed it was unfair".';
      expect(figuresIn(question).map((figure) => figure.raw)).toEqual(['two interim announcements']);
      // A slogan closed within its sentence is still no count.
      expect(figuresIn('They sang "one country, two systems". You know the tune. It was new.')).toEqual([]);
    });
  });

  describe('the year of a figure', () => {
    it('dates a figure a year\'s possessive owns ("1960\'s 1,257,700 starts") in that year, and none after "the 1950\'s", a decade', () => {
      expect(figuresIn('Building may advance 10 percent in 1961 from 1960\'s 1,257,700 housing starts.', 'In the 1950\'s 300 plants closed.').map((figure) => [figure.value, figure.year])).toEqual([
        [10, 1961],
        [1257700, 1960],
        [300, undefined],
      ]);
    });

    it('dates the figures beside "the 1961 statistics" in 1961, and none beside "the 1500 acres" or "its 1200 employees", counts', () => {
      expect(figuresIn('According to the 1961 statistics, the total of confirmed members is 9,748,000.').map((figure) => [figure.value, figure.year])).toEqual([[9748000, 1961]]);
      expect(figuresIn('A report said that the 1500 acres yielded 30,000 bushels.', 'A report said that its 1200 employees made 30,000 cars.').map((figure) => [figure.value, figure.year])).toEqual([
        [30000, undefined],
        [1200, undefined],
        [30000, undefined],
      ]);
    });

    it('takes no year from a relative clause set off by commas when the sentence writes another outside it', () => {
      expect(figuresIn('In 1931 Mrs. Briggs, who was to retire in 1946 with thirty years\' service, led the offices with $2,490.').map((figure) => [figure.value, figure.year])).toEqual([
        [30, 1946],
        [2490, 1931],
      ]);
      expect(figuresIn('Mr. Hitchcock, who retired in 1938, served 34 years.').map((figure) => [figure.value, figure.year])).toEqual([[34, 1938]]);
    });

    /** Figures of one made-up document written in `published`. */
    function figuresPublished(published: string, ...texts: string[]): Figure[] {
      return extractFigures(texts.map((text, index) => passageOf(text, `memo#${index + 1}`)), undefined, () => published);
    }

    it('takes the year of writing from "this March", and not from "This may"', () => {
      expect(figuresPublished('1961-04-09', 'However, compared with March 1960 new car sales of 4,441, this March was off 23 per cent.').map((figure) => [figure.value, figure.year])).toEqual([
        [4441, 1960],
        [23, 1961],
      ]);
      expect(figuresPublished('1961', 'In 1958 they fed cattle. This may be 25 pounds daily.').map((figure) => [figure.value, figure.year])).toEqual([[25, 1958]]);
    });

    it('dates a yearless month a sentence compares with an earlier time in the time of writing, not in the base year', () => {
      expect(figuresPublished('1961', 'Contracts during October totaled $77,389,000, up 10 per cent compared to October, 1960.').map((figure) => [figure.value, figure.year])).toEqual([
        [77389000, 1961],
        [10, 1961],
      ]);
      // A month still to come in the year of writing is last year's.
      expect(figuresPublished('1961-05-22', 'Sales during October were $5 million, compared with October, 1959.').map((figure) => [figure.value, figure.year])).toEqual([[5e6, 1960]]);
      // The start of a change measured from the earlier time is on the base's side.
      expect(figuresPublished('1961-10', 'Output in July and August rose to 2,418 units from 869 in the like period a year earlier.').map((figure) => [figure.value, figure.year])).toEqual([
        [2418, 1961],
        [869, undefined],
      ]);
    });

    it('takes the year of the months the sentence before compares, not that sentence\'s base year', () => {
      const figures = figuresPublished(
        '1961-05-22',
        'Traffic slumped sharply in January and February, as compared with those same months in 1960. Then March brought an 18 per cent rise.',
      );
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([[18, 1961]]);
    });

    it('takes the year of its own clause, not of another clause of the sentence', () => {
      const figures = figuresIn('In 2009, the town paved 14 roads; beginning in 2012, it rebuilt 30 bridges.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [14, 2009],
        [30, 2012],
      ]);
    });

    it('takes no year from another clause when its own names a month without one', () => {
      const figures = figuresIn('Mr. Martin sold 21 tractors in August; in August of 1960, he sold seven.', 'Sales were 300 units in June; in 1959 they were 200 units.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [21, undefined],
        [7, 1960],
        [300, undefined],
        [200, 1959],
      ]);
    });

    it('takes the year of its own joined clause, and not the year it is measured against', () => {
      const joined = figuresIn('Output was 82 million in 1959, and we look for 188 million units worth $380 million in 1961.');
      expect(joined.map((figure) => [figure.value, figure.year])).toEqual([
        [82e6, 1959],
        [188e6, 1961],
        [380e6, 1961],
      ]);
      expect(figuresIn('Sales in the first half of 1961 might be below 1960 by some 10-15%.').map((figure) => [figure.value, figure.year])).toEqual([[10, 1961]]);
      // Without another year, the one compared against is all the sentence gives.
      expect(figuresIn('In 2020, sales rose 5%, and profits rose 10%.').map((figure) => figure.year)).toEqual([2020, 2020]);
    });

    it('resolves "this year" and "last year" in its clause against the date of writing', () => {
      const figures = figuresPublished('2019-05-02', 'In March of this year, the club signed 40 players; in 2015 it had 12 coaches.', 'Last year the mill sold 600 tonnes of flour.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [40, 2019],
        [12, 2015],
        [600, 2018],
      ]);
    });

    it('takes the year of a date written right after it, not of an earlier date in its sentence', () => {
      const figures = figuresIn('Under the contract signed in May, 1959, wages were increased by 4% in May, 1960, and the fund held $3 million as of Dec. 31, 1960.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [4, 1960],
        [3e6, 1960],
      ]);
    });

    it('takes from the sentence before the year it reports on, not the year it measures against', () => {
      const figures = figuresIn('Sales for the year ended December 31, 1960 showed an improvement over 1959. Net income was $2,557,111.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([[2_557_111, 1960]]);
    });

    it('is framed by the sentence before when its "now" qualifies only a noun, and not the noun so qualified', () => {
      const figures = figuresIn(
        'The mill was sold in 1958. Its profit was $40,000, on 3,000 shares currently outstanding.',
        'The mill was sold in 1958. Its profit is now $40,000.',
      );
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [40_000, 1958],
        [3000, undefined],
        [40_000, undefined],
      ]);
    });

    it('takes the year of the sentence just before, or the year its paragraph opens with, and none from further back', () => {
      const figures = figuresIn(
        'The port was rebuilt in 2010. It had 40 cranes. The city grew. Its mayor hired 300 clerks.',
        'Since 2012, trade has grown. The fleet added 7 ships. The ferry now carries 900 people.',
      );
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [40, 2010],
        [300, undefined],
        [7, 2012],
        [900, undefined],
      ]);
    });

    it('dates a figure by "N years ago" in its own sentence', () => {
      const figures = extractFigures([passageOf('Two years ago the county planted 5,000 trees.', 'memo#1')], undefined, () => '2019-01-10');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([[5000, 2017]]);
    });

    it('dates a duration a present perfect runs up to now by the date of writing, not by a year named before it', () => {
      const figures = figuresPublished('2020-03-01', 'The mill opened in 1950. It has been in operation for almost 70 years, and it employed 40 people in 1990.');
      expect(figures.map((figure) => [figure.value, figure.unit, figure.year])).toEqual([
        [70, 'years', 2020],
        [40, 'count', 1990],
      ]);
    });

    it('takes the time phrase nearest the figure in its clause, relative or written', () => {
      const figures = figuresPublished('1998-01-27', 'Last year, after a record 4-year decline, we set out to move 2 million people off welfare by the year 2000.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [4, 1997],
        [2e6, 2000],
      ]);
    });

    it('reads no year in four digits that count a plural noun, unless a time preposition dates them', () => {
      expect(figuresIn('We sent 3 mailings of 1680 letters each, at 1 inch to 2000 feet.').map((figure) => [figure.value, figure.year])).toEqual([
        [3, undefined],
        [1, undefined],
      ]);
      expect(figuresIn('In 1959 prices fell 3 percent.').map((figure) => [figure.value, figure.year])).toEqual([[3, 1959]]);
    });

    it('leaves a year after "compared to", "against" or "than" to the other side of the comparison', () => {
      const figures = figuresIn('Sales hit a record in 1960. Net income was $2.5 million, compared to $2.3 million in 1959.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [2.5e6, 1960],
        [2.3e6, 1959],
      ]);
    });

    it('gives the figure a change goes to its own year, or none, and not the year the change starts from', () => {
      const figures = figuresIn(
        'Net earnings rose from 62 per cent of interest requirements in calendar 1957 to 86 per cent in the 12 months ended Feb. 28, 1961.',
        'Stocks were below 1959. Shipments increased from $9.2 billion in 1959 to approximately $10.1 billion.',
        'From an initial investment of $1,200 in 1943, it has grown to a present value of $10,000,000.',
        'From Gottingen (1801), he wrote that he hoped to show a battery of four glass tubes.',
      );
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [62, 1957],
        [86, 1961],
        [9.2e9, 1959],
        [10.1e9, undefined],
        [1200, 1943],
        [1e7, undefined],
        [4, 1801],
      ]);
    });

    it('takes no year from "over last year" or "than last year": the base of a comparison', () => {
      const figures = figuresPublished('2023-03-05', 'Spending is set at 3.88 trillion yuan, an increase of 510 billion yuan over last year.', 'Exports were 12 percent higher than last year.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [3.88e12, undefined],
        [5.1e11, undefined],
        [12, undefined],
      ]);
    });

    it('reads "this fiscal year", "the coming year" (the year of writing itself in its first half) and "the preceding year" as the year they point to', () => {
      const figures = figuresPublished('1961-10-05', 'Sales will reach $6 billion in the coming year and $5 billion this fiscal year.', 'In 1955, rents rose 4 percent; the preceding year they fell 2 percent.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([
        [6e9, 1962],
        [5e9, 1961],
        [4, 1955],
        [2, 1954],
      ]);
      expect(figuresPublished('1961-01-05', 'Sales will reach $6 billion in the coming year.').map((figure) => figure.year)).toEqual([1961]);
    });

    it('dates a figure after "yesterday" at the time of writing, not in a year named before it', () => {
      const figures = figuresPublished('1961-02-10', 'Mrs. Dunkel, jailed for the murder in 1935 of her son-in-law, appealed yesterday before two parole board members.');
      expect(figures.map((figure) => [figure.value, figure.year])).toEqual([[2, 1961]]);
    });

    it('gives no year to a count summed from "beginning in 1929" up to now, and keeps a start year for the simple past', () => {
      expect(figuresIn('Over the years, beginning in 1929, Mason has been awarded seventeen major prizes.', 'Since 1950, the town has built 40 bridges.').map((figure) => [figure.value, figure.year])).toEqual([
        [17, undefined],
        [40, undefined],
      ]);
      expect(figuresIn('Beginning in 1929, Mason won seventeen major prizes.').map((figure) => [figure.value, figure.year])).toEqual([[17, 1929]]);
    });

    it('takes no year from "since 1949" after a figure, the start of a span that runs to the time of writing', () => {
      expect(
        figuresIn(
          'The railroad has lost 47.6 percent of its passengers since 1949.',
          'O. N. Moss, 61, canning plant chief since 1946, said nothing.',
          'The Cards ended with 88 triumphs, the club\'s top since 1949.',
        ).map((figure) => [figure.value, figure.year]),
      ).toEqual([
        [47.6, undefined],
        [61, undefined],
        [88, undefined],
      ]);
      // A year written before the figure still dates it.
      expect(figuresIn('In 1960 the plant made 400 cars, the most since 1949.').map((figure) => [figure.value, figure.year])).toEqual([[400, 1960]]);
    });

    it('takes no year from another statement past a semicolon or a colon after the figure', () => {
      expect(
        figuresIn(
          'To Rickards, a veteran of 30 years in the air, it was an old story: His plane had been hijacked in 1930.',
          'The census took a three-year period; the results were still being processed in 1959.',
        ).map((figure) => [figure.value, figure.year]),
      ).toEqual([
        [30, undefined],
        [3, undefined],
      ]);
      // A year in the figure's own statement still dates it, and a clock's colon ends no statement.
      expect(figuresIn('The pilot flew 65 passengers at 1:35 a.m. in 1960.').map((figure) => [figure.value, figure.year])).toEqual([[65, 1960]]);
    });

    it('reads no year in a decade written "1980\'s"', () => {
      expect(figuresIn('In the 1980\'s, it took 9 years to find the gene.').map((figure) => [figure.value, figure.year])).toEqual([[9, undefined]]);
    });

    it('never borrows a year from another paragraph', () => {
      expect(figuresIn('The bridge opened in 1998.', 'It carries 9,000 cars a day.').map((figure) => figure.year)).toEqual([undefined]);
    });

    it('reads a sentence whole where a long paragraph was cut in the middle of it', () => {
      const head = `In 2011, the fund paid ${'a long list of grants to many small firms and '.repeat(10)}then`;
      const figures = extractFigures([passageOf(head, 'doc#1'), passageOf('a further 75 schools in the hills.', 'doc#2')]);
      expect(figures.map((figure) => [figure.passageId, figure.value, figure.year])).toEqual([['doc#2', 75, 2011]]);
      expect(figures[0]?.text.startsWith('In 2011')).toBe(true);
    });
  });

  describe('counts that state no quantity', () => {
    it.each([
      'Over the past 15 years, the valley changed.',
      'The harbour was dredged 30 years ago.',
      'These four towns share one water board.',
      'Each council may name one or two delegates.',
      // The period a superlative is measured against, and how far back a record reaches.
      'Unemployment fell to its lowest rate in over 5 years.',
      'For the first time in 30 years, the mill made a profit.',
      'The treaty is the farthest-reaching one in nearly two decades.',
      'Wages fell to a 40-year low.',
      'We grow more wheat than we have in 15 years.',
      // The period a figure is measured over, bounded by a date or a year.
      'In the 12 months ended in February, 1960, the road earned its interest.',
      'In the first two months of 1961, earnings were up.',
    ])('finds none in "%s"', (text) => {
      expect(figuresIn(text)).toEqual([]);
    });

    it('reads decades and centuries as the years they are', () => {
      expect(figuresIn('The loan runs for two decades.', 'The bridge stood for three centuries.').map((figure) => [figure.value, figure.unit])).toEqual([
        [20, 'years'],
        [300, 'years'],
      ]);
    });

    it('reads a year that opens a clause as a year, not as a member of a list of amounts', () => {
      expect(figuresIn('By 2035, 80 percent of our power will be clean.').map((figure) => [figure.value, figure.unit, figure.year])).toEqual([[80, 'percent', 2035]]);
    });

    it('drops the period a sum is taken over, and keeps a term that is a fact and a count with "the" the document names once', () => {
      expect(figuresIn('The fund will pay out $5 million over the next 4 years.', 'Over more than three decades, wages stalled.').map((figure) => figure.raw)).toEqual(['$5 million']);
      expect(
        figuresIn('Claims are paid within 30 days.', 'It is a five-year program.', 'The 12 judges met.').map((figure) => [figure.value, figure.unit]),
      ).toEqual([
        [30, 'count'],
        [5, 'years'],
        [12, 'count'],
      ]);
    });

    it('drops "the two" that points back to a pair, and keeps a pair counted, a group\'s size and a distance', () => {
      expect(
        figuresIn(
          'Kennedy met Khrushchev; a frank exchange between the two men would help both countries.',
          'Central was rebuffed by the other two railroads.',
          'The states that keep two separate agencies pay the two agencies alike.',
          'The 12 judges met.',
          'A carrier took them the two miles to the strip.',
        ).map((figure) => [figure.value, figure.raw]),
      ).toEqual([
        [2, 'two separate agencies'],
        [12, '12 judges'],
        [2, 'two miles'],
      ]);
      // A pair whose names follow its noun is told there, not pointed back to.
      expect(figuresIn('Now we have the two new states of Hawaii and Alaska.', 'The two boys, Abel and Mark, stayed.').map((figure) => figure.raw)).toEqual(['two new states', 'two boys']);
    });

    it('keeps the figure a dated period is the span of, and a period that is a fact', () => {
      expect(figuresIn('In the 12 months ended March 31, 1961, revenues rose 18 per cent.', 'The lease runs 12 months from March 31.').map((figure) => [figure.value, figure.unit])).toEqual([
        [18, 'percent'],
        [12, 'months'],
      ]);
    });

    it('drops a count that a document keeps writing with "the" as the name of a group', () => {
      const figures = figuresIn(
        'The two islands trade fish.',
        'Ferries link the two islands daily.',
        'Rain fell on the two islands, and 40 boats stayed in port.',
      );
      expect(figures.map((figure) => figure.value)).toEqual([40]);
    });

    it('reads an exchange rate as the amount one unit buys, not as an amount of 1', () => {
      expect(figuresIn('On that day the rate was 1 EUR to 1.08 USD.').map((figure) => [figure.value, figure.unit])).toEqual([[1.08, 'usd']]);
      expect(figuresIn('In those years 1 USD bought 7.14 RMB.').map((figure) => [figure.value, figure.unit])).toEqual([[7.14, 'yuan']]);
    });
  });

  describe('counts of anything', () => {
    /** `value unit` of each figure of a text. */
    function valuesIn(text: string): string[] {
      return figuresIn(text).map((figure) => `${figure.value} ${figure.unit}`);
    }

    it('gives every number of a list the noun or unit of its last member', () => {
      expect(valuesIn('Its ports handled 14, 8 and 5 ships.')).toEqual(['14 count', '8 count', '5 count']);
      expect(valuesIn('The towns spent 3.5 billion euros, 2.1 billion and 4 billion euros.')).toEqual(['3500000000 eur', '2100000000 eur', '4000000000 eur']);
    });

    it('reads an age after "aged", "a schoolboy of" or "lived to be", in words or digits, and not an ordinary "of" count', () => {
      expect(valuesIn('His son Thomas, aged fifteen when he entered Oxford in 1582, left.')).toEqual(['15 years']);
      expect(valuesIn('Richard, a schoolboy of eleven, wrote a letter. She married at age 19.')).toEqual(['11 years', '19 years']);
      expect(valuesIn('It was a matter of eleven, and no more.')).toEqual([]);
      expect(valuesIn('"I shan\'t die tomorrow; I\'ll live to be 105." His aunt lived to be ninety-six.')).toEqual(['105 years', '96 years']);
    });

    it('reads an age after any person "of", whatever word of the clause follows, but not a relative\'s or a partitive "of"', () => {
      expect(valuesIn('The Russian competitor of 16 has years of training. A big boy of fifteen with a fuzzy face came in.')).toEqual(['16 years', '15 years']);
      expect(valuesIn('It takes a man of sixty-five longer to write.')).toEqual(['65 years']);
      expect(valuesIn('She is a mother of four, and busy. He was a member of one of the clubs.')).toEqual([]);
    });

    it('counts a number that opens its clause as the subject of a verb in the plural, and not one before "is" or "one"', () => {
      expect(valuesIn('Two hundred and nineteen were received from the states and 11 came from foreign countries.')).toEqual(['219 count', '11 count']);
      expect(valuesIn('Three were doubles.')).toEqual(['3 count']);
      expect(valuesIn('The sum of x and 2 is prime. One was lost.')).toEqual([]);
    });

    it('reads no count in the last number of a list of labels that "and" closes ("Figures 3 and 4 have", "Boys 32, 23 and 24 had")', () => {
      expect(valuesIn('As one approach, Figures 3 and 4 have been constructed from the mean ages.')).toEqual([]);
      expect(valuesIn('Boys 32, 23, 31, and 24 had the same schedule.')).toEqual([]);
      expect(valuesIn('The Concerts -- nos. 2, 6, 9, 10 and 14 are represented -- are suites.')).toEqual([]);
      expect(valuesIn('Prices rose in 1959 and 12 came back in the spring.')).toEqual(['12 count']);
    });

    it('counts "All five" opening its clause as the subject of a verb ("All five pleaded innocent")', () => {
      expect(valuesIn('All five pleaded innocent.')).toEqual(['5 count']);
      expect(valuesIn('The boys were found and all three were taken home.')).toEqual(['3 count']);
    });

    it('counts a subject that "only" bounds after "and" or "but" in the noun counted before ("and only five were opposed")', () => {
      expect(figuresIn('Forty members voted for the plan, and only six were opposed.').map((figure) => [figure.value, figure.measure])).toEqual([
        [40, 'members'],
        [6, 'members'],
      ]);
      expect(valuesIn('The total is 9,748,000, but only 2,887,671 are registered.')).toEqual(['9748000 count', '2887671 count']);
      expect(valuesIn('The sum of x and only 2 is prime.')).toEqual([]);
    });

    it('counts a subject before an auxiliary verb ("and nineteen did not answer", "All three must agree")', () => {
      expect(valuesIn('Twelve voted for it, and nineteen did not answer.')).toEqual(['12 count', '19 count']);
      expect(valuesIn('All three must compare notes.')).toEqual(['3 count']);
    });

    it('counts a subject before an irregular past of saying or doing ("Of these, 376 said", "Eighty thousand won")', () => {
      expect(valuesIn('Some 500 shippers replied. Of these, 376 said they make no extra charge.')).toEqual(['500 count', '376 count']);
      expect(valuesIn('Over 800,000 were competing. Eighty thousand won top honors.')).toEqual(['800000 count', '80000 count']);
    });

    it('counts a subject after a phrase that opens the sentence up to a comma ("In reply to a question, nineteen said")', () => {
      expect(valuesIn('In reply to a question of whether they tax boats, airplanes and trailers, nineteen said that they did.')).toEqual(['19 count']);
      expect(figuresIn('The council studied many problems. Among the problems of the tax, two are significant.').map((figure) => [figure.value, figure.measure])).toEqual([[2, 'count']]);
      // An age after a name stays an age: the comma after it is no verb.
      expect(valuesIn('In Annapolis, Lee, 14, called the police.')).toEqual(['14 years']);
    });

    it('reads "one" with a bound of quantity before a period as a term ("approximately one month"), not "one day" alone', () => {
      expect(valuesIn('It was approximately one month before the belt was mended.')).toEqual(['1 months']);
      expect(valuesIn('It took nearly one year.')).toEqual(['1 years']);
      expect(valuesIn('One day the belt broke.')).toEqual([]);
    });

    it('reads a percent hyphened through ("a 76-per-cent reduction")', () => {
      expect(valuesIn('The loss fell by half, a 76-per-cent reduction in a year.')).toEqual(['76 percent']);
    });

    it('counts a bare number after "another" whose noun is left out, and not one before its noun', () => {
      expect(figuresIn('Shares went 185,000 to the public, with another 5,000 reserved for employes.').map((figure) => [figure.value, figure.measure])).toEqual([[5000, 'another count']]);
      expect(figuresIn('He waited another 5 minutes, then another 4 in the rain.').map((figure) => [figure.value, figure.unit])).toEqual([[5, 'minutes']]);
    });

    it('counts the people a verb of employing names, and a quantity traded', () => {
      expect(valuesIn('The district office here employs about 65.')).toEqual(['65 count']);
      expect(valuesIn('Compared with new car sales of 4,441 a year ago, sales fell.')).toEqual(['4441 count']);
    });

    it('counts a year-like number that a bound of quantity puts before a plural noun, not one a year could be', () => {
      expect(valuesIn('More than 2000 copies have been sent out.')).toEqual(['2000 count']);
      expect(valuesIn('Coverage includes some 1955 references and is above 1960 levels.')).toEqual([]);
    });

    it('reads both ends of a change whose verb takes an object of four words ("hike the state sales tax from 2 per cent to 3 per cent"), not a range', () => {
      expect(figuresIn('He vetoed a proposal to hike the state sales tax from 2 per cent to 3 per cent.').map((figure) => [figure.value, figure.valueMax, figure.unit])).toEqual([
        [2, undefined, 'percent'],
        [3, undefined, 'percent'],
      ]);
    });

    it('counts the plural object of a change in words ("cutting the districts from six to five to eliminate a seat")', () => {
      expect(figuresIn("The legislature favours cutting the state's congressional districts from six to five to eliminate one seat.").map((figure) => `${figure.value} ${figure.measure}`)).toEqual([
        '6 congressional districts',
        '5 congressional districts',
      ]);
    });

    it('reads a change and the level it led to, an order of magnitude apart, as two figures ("advanced 7.19 to 687.87"), not a range', () => {
      expect(figuresIn('The Dow Jones industrial average advanced 7.19 to 687.87.').map((figure) => [figure.value, figure.valueMax, figure.measure])).toEqual([
        [7.19, undefined, 'Dow Jones industrial average'],
        [687.87, undefined, 'Dow Jones industrial average'],
      ]);
      expect(figuresIn('Prices rose 2 to 3 percent.').map((figure) => [figure.value, figure.valueMax])).toEqual([[2, 3]]);
    });

    it('reads the size of a change with no noun after a verb of change or "gains of" ("gained 2-1/2 each", "Gains of 2-3/4 were posted")', () => {
      expect(valuesIn('Fairchild Camera and Kawecki Chemical gained 2-1/2 each.')).toEqual(['2.5 count']);
      expect(valuesIn('Gains of 2-3/4 were posted for Teleprompter and Republic Foil.')).toEqual(['2.75 count']);
    });

    it('reads a number a person is, bounded or not, as an age ("If your child is under 19 or is a student")', () => {
      expect(valuesIn('If your child is under 19 or is a student you may also claim an exemption for him.')).toEqual(['19 years']);
      expect(valuesIn('The price is under 19 dollars.')).toEqual(['19 usd']);
    });

    it('reads a bare number one person is said to be as an age with no clause of time ("She was forty-nine"), not what a group or a thing is', () => {
      expect(valuesIn('He was perhaps thirty-two, nicely set up, with light brown hair.')).toEqual(['32 years']);
      expect(valuesIn("I mean, she's still living, and she's ninety-six.")).toEqual(['96 years']);
      expect(valuesIn('We were six at table, and it was 40 outside.')).toEqual([]);
    });

    it('reads an age after a relative named by whose it is, as after a name ("her uncle, 76,"; "Ervin Lang, then 28,")', () => {
      expect(valuesIn('She is needed by her widowed mother, 80, her maiden aunt, also 80 and bedridden, and her uncle, 76, who ran a shop.')).toEqual([
        '80 years',
        '80 years',
        '76 years',
      ]);
      expect(valuesIn('The widow of her son-in-law, Ervin Lang, then 28, appealed.')).toEqual(['28 years']);
      expect(valuesIn('They sold their farm, 80, to him.')).toEqual([]);
    });

    it('reads a term whose hyphens were left out before a singular noun ("a three day hearing"), not before a plural ("two day trips")', () => {
      expect(figuresIn('It came at the end of a three day hearing.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['3 days of hearing']);
      expect(valuesIn('In the same five year period they were paid.')).toEqual(['5 years']);
      expect(figuresIn('They made two day trips.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['2 day trips']);
    });

    it('reads "and a half" after number words as a half more ("nine and a half years", "at the age of two and a half")', () => {
      expect(valuesIn('Fuchs, after nine and a half years, was released.')).toEqual(['9.5 years']);
      expect(valuesIn('Females mate at the age of two and a half.')).toEqual(['2.5 years']);
      expect(valuesIn('They sold two and a half million cars.')).toEqual(['2500000 count']);
    });

    it('reads "and a half" hyphened through to a measure as a half more ("the entire two-and-a-half-mile length")', () => {
      expect(figuresIn('The road runs the entire two-and-a-half-mile length of the project.').map((figure) => [figure.value, figure.raw])).toEqual([[2.5, 'two-and-a-half-mile']]);
    });

    it('reads "for one month" as a term, and "one day" alone as no figure', () => {
      expect(valuesIn('He must attend traffic school each Tuesday night for one month.')).toEqual(['1 months']);
      expect(valuesIn('One day he left, and he waited one day more.')).toEqual([]);
    });

    it('counts a plural after a people\'s adjective and its modifiers, at a sentence\'s start too ("Two British civil servants")', () => {
      expect(figuresIn('Two British civil servants were held.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['2 British civil servants']);
      expect(figuresIn('Two American oil companies bid.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['2 American oil companies']);
      expect(figuresIn('Three Gorges Dam opened.')).toEqual([]);
    });

    it('counts a people named by its plural, at a sentence\'s start and in "-ese" ("Two Americans", "60,000 Communist North Vietnamese")', () => {
      const measures = (text: string) => figuresIn(text).map((figure) => `${figure.value} ${figure.measure}`);
      expect(measures('Two Americans and seven Cubans were executed today.')).toEqual(['2 Americans', '7 Cubans']);
      expect(measures('He said that 60,000 Communist North Vietnamese were fighting.')).toEqual(['60000 Communist North Vietnamese']);
      expect(measures('There were 300 Chinese merchants.')).toEqual(['300 Chinese merchants']);
      // A list's number before a sentence that opens with "The" counts nothing.
      expect(measures('One course is open, or 2 The Republicans must hold a primary.')).toEqual([]);
    });

    it('reads a length in feet and inches as one length in feet ("5 feet 3 inches"), not a pair in which each is its own', () => {
      expect(figuresIn('It grew from 19-1/2 inches to 5 feet 3 inches.').map((figure) => [figure.value, figure.raw])).toEqual([
        [19.5, '19-1/2 inches'],
        [5.25, '5 feet 3 inches'],
      ]);
      expect(valuesIn('A pole 6 feet long and 3 inches thick.')).toEqual(['6 count', '3 count']);
    });

    it('gives the members of a list that leave out the first member\'s verb and unit of measure that unit ("37 feet, the reticulate python 33")', () => {
      expect(figuresIn('The anaconda reaches at least 37 feet, the reticulate python 33, the Indian python at least 20, and the boa 18-1/2.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual([
        '37 feet',
        '33 feet',
        '20 feet',
        '18.5 feet',
      ]);
      expect(valuesIn('A male matured in less than two years, his mate in less than three.')).toEqual(['2 years', '3 years']);
      // A count of things is no unit to carry: the eldest is twelve years old, not twelve sons.
      expect(valuesIn('He had 3 sons, the eldest 12.')).toEqual(['3 count']);
    });

    it('reads the end of a change in the unit of its start when a bound stands before the start ("from less than 4 feet to nearly 10")', () => {
      expect(figuresIn('It grew from less than 4 feet to nearly 10.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['4 feet', '10 feet']);
    });

    it('reads a period after a bound\'s "than" as a quantity, not as the period a comparison is measured against', () => {
      expect(valuesIn('It grew from less than 4 feet in about six years.')).toEqual(['4 count', '6 years']);
      expect(valuesIn('We now have more oil than we have had in 15 years.')).toEqual([]);
    });

    it('counts the number of a brood, a litter or a herd ("A brood of twenty-eight born at the zoo")', () => {
      expect(figuresIn('A brood of twenty-eight born at the zoo was measured.').map((figure) => `${figure.value} ${figure.unit}`)).toEqual(['28 count']);
      expect(valuesIn('A litter of 6 followed.')).toEqual(['6 count']);
    });

    it('counts "young" as the plural it is after a number with no noun after it ("four young were born"), the noun after it if there is one', () => {
      expect(figuresIn('Then four young were born in London.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['4 young']);
      expect(figuresIn('Three young men came.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['3 young men']);
    });

    it('reads an age after a bound before "the age" ("at about the age of two") and in a clause of time ("when they are three")', () => {
      expect(valuesIn('Snakes of Michigan mature at about the age of two.')).toEqual(['2 years']);
      expect(valuesIn('Females bear the first young when they are three.')).toEqual(['3 years']);
      expect(valuesIn('She left school when she was 12.')).toEqual(['12 years']);
    });

    it('reads an age in a clause of time that a dash, a closing mark or the next clause\'s subject ends ("When he was eight he began")', () => {
      expect(valuesIn('When he was eight he began violin lessons.')).toEqual(['8 years']);
      expect(valuesIn('Before he was forty Griffith had created the art of the film.')).toEqual(['40 years']);
      expect(valuesIn('His mother waited until he was ten -- beginning with the piano.')).toEqual(['10 years']);
      expect(valuesIn('He said he was "a young man till he was nearly fifty" (Early Life, p. 42).')).toEqual(['50 years']);
      expect(valuesIn('When he was 3 under par he smiled.')).toEqual([]);
    });

    it('reads years and months as one period in months ("one year and nine months"), not two figures', () => {
      expect(figuresIn('The lined snake matured in one year and nine months.').map((figure) => [figure.value, figure.unit, figure.raw])).toEqual([[21, 'months', 'one year and nine months']]);
      expect(valuesIn('He served two years, and six months later he left.')).toEqual(['2 years', '6 months']);
    });

    it('reads two small numbers in words joined by "or" before a unit of measure or time as a range ("three or four days"), not a guess of things nor a time ago', () => {
      const ranges = (text: string) => figuresIn(text).map((figure) => [figure.value, figure.valueMax, figure.measure]);
      expect(ranges('Long weekends let many get away for three or four days several times a year.')).toEqual([[3, 4, 'days']]);
      expect(ranges('Place the speakers seven or eight feet apart.')).toEqual([[7, 8, 'feet']]);
      expect(ranges('No mother need worry if the habit lasts until he is two or three years old.')).toEqual([[2, 3, 'age']]);
      expect(ranges('She also builds one or two waxen cups.')).toEqual([]);
      expect(ranges('Eight or ten years ago he left the farm.')).toEqual([]);
      expect(ranges('Contrary to the thinking of 30 to 40 years ago, habits are harmless.')).toEqual([]);
    });

    it('rescales the upper end of a range as its unit rescales the lower ("two-thirds or three-fourths" in per cent, "two or three decades" in years)', () => {
      const ranges = (text: string) => figuresIn(text).map((figure) => [Math.round(figure.value * 100) / 100, figure.valueMax, figure.unit]);
      expect(ranges('Cereal grains comprise about two-thirds or three-fourths of the diet in parts of Asia.')).toEqual([[66.67, 75, 'percent']]);
      expect(ranges('The town grew for two or three decades.')).toEqual([[20, 30, 'years']]);
    });

    it('reads a time counted back a thousand years or more as an age ("more than 6 thousand years ago"), a shorter one as a date', () => {
      expect(figuresIn('Beer was brewed by the Babylonians more than 6 thousand years ago.').map((figure) => [figure.value, figure.unit, figure.qualifier])).toEqual([[6000, 'years', 'more-than']]);
      expect(figuresIn('One hundred years ago there existed in England the Association.')).toEqual([]);
    });

    it('reads the old hyphened form of a number, units before tens ("till he was five-and-twenty"), but not "five and twenty" with spaces', () => {
      expect(figuresIn('He was a child till he was sixteen, and a youth till he was five-and-twenty.').map((figure) => [figure.value, figure.raw])).toEqual([
        [16, 'sixteen'],
        [25, 'five-and-twenty'],
      ]);
      expect(figuresIn('Four-and-twenty blackbirds were baked in a pie.').map((figure) => figure.value)).toEqual([24]);
      expect(figuresIn('Aged between five and twenty, they played.')).toEqual([]);
    });

    it('reads "at seventy he was a poet" and "his death at ninety-five" as ages, not "at ten he went to bed" or "closed at 45, down two"', () => {
      expect(valuesIn('We may say that at seventy he was a poet.')).toEqual(['70 years']);
      expect(valuesIn('Her tapestries have been shown on two continents and, at 26, she feels at home.')).toEqual(['2 count', '26 years']);
      expect(valuesIn('I saw him often before his death at ninety-five, and he wrote.')).toEqual(['95 years']);
      expect(valuesIn('He was a huge young man of twenty-four, clothed in muscle.')).toEqual(['24 years']);
      expect(valuesIn('At ten he went to bed.')).toEqual([]);
      expect(valuesIn('The index closed at 45, down from Friday.')).toEqual([]);
    });

    it('reads "a hundred-and-fifty miles" as 150, as "a hundred and fifty miles" is', () => {
      expect(figuresIn('They travel in pairs as much as a hundred-and-fifty miles a day.').map((figure) => [figure.value, figure.raw])).toEqual([[150, 'a hundred-and-fifty miles']]);
    });

    it('reads a share restated as a bare number ("four per cent, or 800,000") as the count of that share, not a year so written', () => {
      expect(valuesIn('The Catholic segment was a very small one (four per cent, or 800,000) which did not enjoy favour.')).toEqual(['4 percent', '800000 count']);
      expect(valuesIn('Its share was four per cent, or 1961 by some count.')).toEqual(['4 percent']);
    });

    it('reads both numbers of a clause pair whose second leaves out its verb ("Mr. Kennedy carried 26 and Mr. Nixon 14"), not a label after a name', () => {
      expect(valuesIn('Of the big cities, Mr. Kennedy carried 26 and Mr. Nixon 14.')).toEqual(['26 count', '14 count']);
      expect(valuesIn('New highs for the year totaled nine and new lows 14.')).toEqual(['9 count', '14 count']);
      expect(valuesIn('The funds are named in paragraph 1, Article 2, of the act.')).toEqual([]);
    });

    it('reads a bare number another verb gives at its clause\'s end as a count of the noun the sentence counted before ("Davis received 1,119 votes, and Bush got 402"), not an age after "was"', () => {
      const counted = (text: string) => figuresIn(text).map((figure) => `${figure.value} ${figure.unit} ${figure.measure.split(' ')[0]}`);
      expect(counted("Davis received 1,119 votes in Saturday's election, and Bush got 402.")).toEqual(['1119 count votes', '402 count votes']);
      expect(counted('The Social Democrats, who gained 22 seats, and the Free Democrats, who picked up 23, will insist on that.')).toEqual(['22 count seats', '23 count seats']);
      expect(counted('When the dam was begun, fewer than 600 boats used these waters; today there are 48,500.')).toEqual(['600 count boats', '48500 count boats']);
      expect(counted('Nearly 18 per cent of its 2,200,000 residents are sixty-five or older, and the March family had four girls when Henrietta was eight.')).toEqual(['18 percent share', '2200000 count residents', '4 count girls']);
    });

    it('reads an amount whose currency word is hyphened to it as a modifier ("a fifty-dollar bet"), as "a fifty-cent piece" is', () => {
      expect(valuesIn('He had once lost a fifty-dollar bet on the motors.')).toEqual(['50 usd']);
      expect(valuesIn('Motive? A ten-thousand-dollar bequest.')).toEqual(['10000 usd']);
      expect(valuesIn('He put a fifty-cent piece in the slot.')).toEqual(['0.5 usd']);
    });

    it('reads a guess stretched by "or even" as a range ("four or even five years old")', () => {
      expect(figuresIn('It may not give birth until it is four or even five years old.').map((figure) => [figure.value, figure.valueMax, figure.unit])).toEqual([[4, 5, 'years']]);
    });

    it('gives a number and the other number an aside in brackets sets beside it the unit written after the aside ("12 or 13 (perhaps 14) meters")', () => {
      expect(figuresIn('Its maximum length is 12 or 13 (perhaps 14) meters.').map((figure) => `${figure.value}-${figure.valueMax ?? ''} ${figure.measure}`)).toEqual([
        '12-13 meters',
        '14- meters',
      ]);
      expect(valuesIn('He held office for six (instead of four) years.')).toEqual(['6 years', '4 years']);
      // Digits that restate the words are the same figure.
      expect(valuesIn('It makes a total of twenty-two (22) years of education.')).toEqual(['22 years']);
      expect(valuesIn('The aerator (Figure 2) shows wear.')).toEqual([]);
    });

    it('counts a plural compound of "man" ("Six radiomen told how"), not a singular noun that ends in "men"', () => {
      expect(figuresIn('Six radiomen told how the ring worked.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['6 radiomen']);
      expect(figuresIn('They kept 3 specimen jars.').map((figure) => `${figure.value} ${figure.measure}`)).toEqual(['3 specimen jars']);
    });

    it('reads a sum of cents hyphened to a noun, and the end of a change whose verb is "upped"', () => {
      expect(valuesIn('It yields 5 per cent on the 64-cent anticipated dividend.')).toEqual(['5 percent', '0.64 usd']);
      expect(valuesIn('They bought the five-cent stamp.')).toEqual(['0.05 usd']);
      expect(figuresIn('The participation was upped from $17,000 to $20,000.').map((figure) => [figure.value, figure.valueMax])).toEqual([
        [17000, undefined],
        [20000, undefined],
      ]);
    });

    it('counts a number in lower-case words after a name, where a name\'s own number is in digits', () => {
      expect(valuesIn('The corporation allowed Quiney two shillings a day.')).toEqual(['2 count']);
      expect(valuesIn('The Boeing 747 jets flew.')).toEqual([]);
    });

    it('reads the numbers matched "respectively" to subjects before them', () => {
      expect(valuesIn('By then the north, south and west had 6, 2, and 2 respectively.')).toEqual(['6 count', '2 count', '2 count']);
    });

    it('reads a number with a scale word as a quantity, in the currency its sentence counts in', () => {
      expect(valuesIn('The island is small, only about 40 million.')).toEqual(['40000000 count']);
      expect(valuesIn('Sales were 2 billion euros last year; costs reached 1.5 billion.')).toEqual(['2000000000 eur', '1500000000 eur']);
      expect(valuesIn('It raised 12 million dollars (about 11 million euros), then 5 million.')).toEqual(['12000000 usd', '11000000 eur', '5000000 usd']);
    });

    it('reads a number that "the number of" measures as a count, even after an amount of money', () => {
      expect(valuesIn('Trade exceeded 40 trillion yuan, and the number of firms passed 160 million.')).toEqual(['40000000000000 yuan', '160000000 count']);
    });

    it('counts a part of a group, "N of the <things>", and reads the group\'s own number too', () => {
      expect(figuresIn('Fifty-three of the 150 deputies signed.').map((figure) => [figure.raw, figure.value, figure.measure])).toEqual([
        ['Fifty-three', 53, 'of the 150 deputies'],
        ['150 deputies', 150, 'deputies'],
      ]);
    });

    it('counts what changed at both ends of a change between two bare numbers, each with its own year', () => {
      expect(figuresIn('The population at the fort increased rapidly, from 2,417 in 1831 to 4,369 in 1840.').map((figure) => [figure.value, figure.measure, figure.year])).toEqual([
        [2417, 'population', 1831],
        [4369, 'population', 1840],
      ]);
      // With no subject before the verb there is nothing to count.
      expect(figuresIn('It went from 3 to 5.')).toEqual([]);
    });

    it('counts the subject of "numbered", however small the number', () => {
      expect(figuresIn('By October the little colony numbered 100.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([[100, 'count', 'little colony']]);
    });

    it('counts the subject of "totaled" without the period it is over, a sum of money after it staying a sum', () => {
      expect(figuresIn('New highs for the year totaled nine.', 'Sales totaled $4 million.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
        [9, 'count', 'new highs'],
        [4e6, 'usd', 'sales'],
      ]);
    });

    it('reads a bare number that a body of people or a readership names: "a crew of twenty-one", "a circulation of 90,000"', () => {
      expect(figuresIn('With a circulation of 90,000, the paper hired a crew of twenty-one.').map((figure) => [figure.value, figure.measure])).toEqual([
        [90000, 'circulation of'],
        [21, 'crew of'],
      ]);
    });

    it('counts the members of a group of persons a bare number follows ("a congregation of twelve", "A crowd of 1,400"), not a boy\'s age, a name, nor a grade of glass', () => {
      const read = (text: string) => figuresIn(text).map((figure) => [figure.value, figure.unit, figure.measure]);
      expect(read('At evensong there was a congregation of twelve, and the priest preached.')).toEqual([[12, 'count', 'congregation of']]);
      expect(read('A crowd of 1,400 is expected for the ceremonies.')).toEqual([[1400, 'count', 'crowd of']]);
      // The boy's "of" gives his age (whatever verb follows), no group's count; a name's "of" gives nothing.
      expect(read('A boy of twelve ran off. The Committee of 100 met.')).toEqual([[12, 'years', 'age']]);
      // The glass's thickness, no group of an eighth.
      expect(read('Use a good grade of 1/8-inch glass.')).toEqual([[0.125, 'count', 'inches of glass']]);
    });

    it('counts the members of a group of a bare number with no determiner before it or after "group" itself ("broke into parties of two and three", "the group of three")', () => {
      const read = (text: string) => figuresIn(text).map((figure) => [figure.value, figure.measure]);
      expect(read('That settled it, and we broke into parties of two and three.')).toEqual([
        [2, 'parties of'],
        [3, 'parties of'],
      ]);
      expect(read('On the thirteenth he met the group of three on the top floor.')).toEqual([[3, 'group of']]);
      expect(read('The Brevard group of 85 arrived at the Gallery.')).toEqual([[85, 'group of']]);
      expect(read('It was one in a series of 7 that ran.')).toEqual([]);
    });

    it('reads a bare number that "an average of" or "a total of" names', () => {
      expect(figuresIn('There were 900 firms, an average of more than forty in each town.').map((figure) => [figure.value, figure.unit])).toEqual([
        [900, 'count'],
        [40, 'count'],
      ]);
    });

    it('reads "one to five" as a range from one', () => {
      expect(figuresIn('The penalty is one to five years in prison; one of the men left.').map((figure) => [figure.value, figure.valueMax, figure.unit])).toEqual([[1, 5, 'years']]);
    });

    it('reads a number restated after ", or" in its own unit, not as a member of a list', () => {
      expect(valuesIn('The elderly numbered 280 million, or 19.8 percent of the total.')).toEqual(['280000000 count', '19.8 percent']);
    });

    it('reads "N+" as at least N', () => {
      expect(figuresIn('Average wages were 3,400+ EUR a month.').map((figure) => [figure.value, figure.unit, figure.qualifier])).toEqual([[3400, 'eur', 'at-least']]);
    });

    it('counts a plural acronym, a demonym and a proper adjective before a plural noun', () => {
      expect(figuresIn('There were 1,200 NGOs, 4 million Canadians and more than 300 Danish firms.').map((figure) => [figure.value, figure.measure])).toEqual([
        [1200, 'NGOs'],
        [4e6, 'Canadians'],
        [300, 'Danish firms'],
      ]);
    });

    it('counts a plural noun after a name of several words, and "head of cattle"', () => {
      expect(figuresIn('In 1837, 157 Red River people left with some 300 head of cattle.').map((figure) => [figure.value, figure.measure])).toEqual([
        [157, 'Red River people'],
        [300, 'head of cattle'],
      ]);
    });

    it('counts a plural noun after an initialism and a modifier ("800 U.S. marketing leaders"), not a list item\'s number before a capital', () => {
      expect(figuresIn('He warned 800 U.S. marketing leaders.', 'It pays: 4 Community visiting nurse services.').map((figure) => [figure.value, figure.measure])).toEqual([
        [800, 'U.S. marketing leaders warned'],
      ]);
    });

    it('counts a plural noun after a name and modifiers where the number is no list item\'s ("three Havana automobile service stations")', () => {
      expect(
        figuresIn('Anderson operated three Havana automobile service stations.', 'He appealed before two Illinois pardon and parole board members.', 'It pays: 4 Community visiting nurse services.').map(
          (figure) => [figure.value, figure.raw],
        ),
      ).toEqual([
        [3, 'three Havana automobile service stations'],
        [2, 'two Illinois pardon and parole board members'],
      ]);
    });

    it('counts a part of a group someone owns: "two of his sons", "three of the company\'s plants"', () => {
      expect(
        figuresIn("His wife and two of his sons were inside.", "Ten of my friends came.", "Three of the company's plants closed.").map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [2, 'of his sons'],
        [10, 'of my friends'],
        [3, "of the company's plants"],
      ]);
    });

    it('counts a part of a group named in the plural with a capital', () => {
      expect(figuresIn('All but fifty of the Scots moved south.').map((figure) => [figure.value, figure.measure])).toEqual([[50, 'of the Scots']]);
    });

    it('reads a plural in the possessive as what a number counts or lasts: "thirty years\' service"', () => {
      expect(figuresIn('She retired with thirty years\' service after three weeks\' sailing.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
        [30, 'years', 'years'],
        [3, 'count', 'weeks'],
      ]);
    });

    it('reads no figure in a plural label: "Figs. 1-6"', () => {
      expect(figuresIn('Figs. 1-6 show typical arrangements of track.')).toEqual([]);
    });

    it('counts a part of the group a sentence opens with, before its verb', () => {
      expect(figuresIn('Of the 885 specimens mounted, 254 were prepared for other agencies. Of these, 12 died.').map((figure) => [figure.value, figure.measure])).toEqual([
        [885, 'specimens'],
        [254, 'of 885 specimens mounted'],
        [12, 'of these'],
      ]);
      // Without a verb after it the number is no count of the group.
      expect(figuresIn('Of the towns, 12 Main Street is the oldest address.').map((figure) => figure.value)).toEqual([]);
    });

    it('counts a plural noun after modifiers joined by "and" or "or"', () => {
      expect(figuresIn('There were 139 military and civilian students at 442 medical or scientific meetings.').map((figure) => [figure.value, figure.measure])).toEqual([
        [139, 'military and civilian students'],
        [442, 'medical or scientific meetings'],
      ]);
      // A plural before "and" is no modifier: a dash lost between "years" and "men" joins no noun phrase.
      expect(figuresIn('So let us, in these next 2 years-men and women of both parties, work.')).toEqual([]);
    });

    it('reads a score named by itself after "a" or an owner ("who had a 70", "a tremendous 65 to Palmer\'s 71", "a 213 by Collins"), not a ratio or a vote', () => {
      expect(figuresIn('Nicklaus, who had a 70, led. He finished with a tremendous 65 to Palmer\'s 71.', 'The next best score was a 213 by Bill Collins.', 'It is a 1: 1 correspondence.').map((figure) => [figure.value, figure.measure])).toEqual([
        [70, 'score'],
        [65, 'score'],
        [71, 'score'],
        [213, 'score'],
        [1, 'ratio'],
      ]);
    });

    it('reads a score named by itself after an owner or a modifier with a number ("Palmer\'s 281 for", "his second straight 69.", "a 2-over-par 74"), not a yard line or an age', () => {
      expect(
        figuresIn(
          "Palmer's 281 for the four rounds was a record. He closed with his second straight 69.",
          'He finished for a 2-over-par 74 and a total of 280.',
          'He ran back to his own 44, and the clerk gave his age as 71.',
        ).map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [281, 'score'],
        [4, 'rounds'],
        [69, 'score'],
        [74, 'score'],
        [280, 'total of'],
      ]);
    });


    it('reads a score named by itself where its clause goes on ("her steady 66 won it", "a ragged 75 but", "a 12 in the Western Open"), not a hole number or a count with its noun', () => {
      expect(
        figuresIn(
          "Smith's 3-under-par 66 won the day, though she had carded a ragged 75 but kept her head.",
          'Jones once took a 12 in the Western Open.',
          'A birdie at 9 left him level. His 12 men went home.',
        ).map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [66, 'score'],
        [75, 'score'],
        [12, 'score'],
        [12, 'men'],
      ]);
    });
    it('reads "between the ages of 1 and 12" and "ages eight to fourteen" as one range of years of age, not as two numbers or none', () => {
      expect(
        figuresIn(
          'Toys go to each child in the family between the ages of 3 and 11.',
          'The school is home to 40 pupils, ages eight to fourteen, in six grades.',
        ).map((figure) => [figure.value, figure.valueMax, figure.unit, figure.measure]),
      ).toEqual([
        [3, 11, 'years', 'age'],
        [40, undefined, 'count', 'pupils'],
        [8, 14, 'years', 'age'],
        [6, undefined, 'count', 'grades'],
      ]);
    });
    it('reads the singular word after a number that is not whole as its unit: "0.5 gram", "4.3 mm"', () => {
      expect(figuresIn('Feed not less than 0.5 gram per head, keeping the 10-milligram level.', 'It was observed at 4.3 mm (Coates, 1959).').map((figure) => [figure.value, figure.measure, figure.year])).toEqual([
        [0.5, 'gram', undefined],
        [10, 'milligrams of level', undefined],
        [4.3, 'millimeters', 1959],
      ]);
    });

    it('reads a unit written short with a point as the unit it abbreviates, after a whole number too: "40 mg. daily", "510 gm."', () => {
      expect(
        figuresIn(
          'Prednisone was begun in an initial dose of 40 mg. daily. The spleen weighed 510 gm.',
          'The potassium was 3.8 mEq. per liter, a 14 cm. area was seen and about 40 cc. of fluid drained.',
          'The shed has 1,200 sq. ft. of floor on a 6 in. slab; the boy weighed 108 lb.',
        ).map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [40, 'milligrams'],
        [510, 'grams'],
        [3.8, 'milliequivalents'],
        [14, 'centimeters'],
        [40, 'cubic centimeters'],
        [1200, 'square feet'],
        [6, 'inches'],
        [108, 'pounds'],
      ]);
      // "in." is the preposition where a sentence ends on it; "3 in. The" is no length.
      expect(figuresIn('The gate let 3 in. Then it shut.')).toEqual([]);
      // Four digits before a unit written short are a measure and date nothing: "1600 kc." is no year 1600.
      expect(figuresIn('The band runs from 540 kc. to 1600 kc., as it did in 1938, and the run took 24 hr.').map((figure) => [figure.value, figure.measure, figure.year])).toEqual([
        [540, 'kilocycles', 1938],
        [1600, 'kilocycles', 1938],
        [24, 'hours', 1938],
      ]);
    });

    it('reads a unit written short without a point where it is no English word or a slash makes it a rate ("81 ft in diam", "58 mg/l"), never "in" or "min"', () => {
      expect(
        figuresIn('The lagoon was 81 ft in diam, and 3 to 4 lb of oxygen went in. The effluent averaged 58 mg/l and the load 220 lb/day.').map((figure) => [figure.value, figure.valueMax, figure.measure]),
      ).toEqual([
        [81, undefined, 'feet'],
        [3, 4, 'pounds'],
        [58, undefined, 'milligrams'],
        [220, undefined, 'pounds'],
      ]);
      expect(figuresIn('He woke at 5 in the morning and slept 10 min later.').map((figure) => figure.measure)).not.toContain('inches');
    });

    it('reads a rate an engineer writes as one word ("147,000 gpd", "25 mph", "1000 rpm", "300 psi")', () => {
      expect(
        figuresIn('The pond took 147,000 gpd; the boat made 25 mph, the tubes spun at 1000 rpm and the tank held 300 psi overpressure.').map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [147_000, 'gallons per day'],
        [25, 'miles per hour'],
        [1000, 'revolutions per minute'],
        [300, 'pounds per square inch'],
      ]);
    });

    it('reads a unit written short and hyphened to its number as a measure of the noun after it ("a 6-hr. period", "a 3-hp. aerator", "a 20-mm gun")', () => {
      expect(
        figuresIn('A 3-hp. aerator ran over a 6-hr. period; the 25-ft. sign held 24-in. letters, and a 20-mm gun fired.').map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [3, 'horsepower'],
        [6, 'hours'],
        [25, 'feet'],
        [24, 'inches'],
        [20, 'millimeters'],
      ]);
      expect(figuresIn('Use a 3-in-1 oil on it.')).toEqual([]);
    });

    it('reads degrees written with the sign or as the Brown Corpus writes them ("40°F", "170 °C", "below 40-degrees-F", "a 90-degree turn")', () => {
      expect(figuresIn('It fell below 40°F, was heated to 170 °C, then kept below 40-degrees-F after a 90-degree turn.').map((figure) => [figure.value, figure.measure])).toEqual([
        [40, 'degrees F'],
        [170, 'degrees C'],
        [40, 'degrees F'],
        [90, 'degrees'],
      ]);
    });

    it('counts the subject of a change to a bare number, "doubled to" and "tripled to" among the changes', () => {
      expect(figuresIn('Attendance doubled to 1,200, and membership tripled to 9,000.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
        [1200, 'count', 'attendance'],
        [9000, 'count', 'membership'],
      ]);
    });

    it('counts a part of a group written "N of M <things>", as "N of the M <things>"', () => {
      expect(valuesIn('Seven of eight companies gained; 124 of 1,509 institutions own the books.')).toEqual(['7 count', '8 count', '124 count', '1509 count']);
    });

    it('counts a bare number after a verb the sentence wrote before with a count, in that count\'s noun', () => {
      expect(valuesIn('Mr. Martin sold 21 tractors in August; in August of 1960, he sold seven.')).toEqual(['21 count', '7 count']);
      expect(valuesIn('Hardy was eighty years old then, and wrote it when he was twenty-five.')).toEqual(['80 years', '25 years']);
      expect(valuesIn('Wine is best between two and six years old, and red wines between three and ten.')).not.toContain('10 count');
    });

    it('counts a bare number after another form of a verb that counted a noun, in its sentence or the one before, but not after "first"', () => {
      // "has" and "have", "contains" and "contain": one verb, so the same noun counted again.
      expect(valuesIn('Point f has seven nearest neighbors, h and e have six.')).toEqual(['7 count', '6 count']);
      expect(valuesIn('The daily menu contains 3,000 calories, should contain 2,300.')).toEqual(['3000 count', '2300 count']);
      // A sentence written in parallel to the one before: "Ruth had 35 home runs. … Mantle has 43".
      expect(figuresIn('After 108 games in 1927, Ruth had 35 home runs. After 108 games in 1961, Mickey Mantle has 43.').map((figure) => [figure.value, figure.measure, figure.year])).toContainEqual([43, 'home runs', 1961]);
      // A word of order is no verb: "their first 10 games … their first 13" is left.
      expect(valuesIn('Those Dodgers won their first 10 games. The Giants dropped 11 of their first 13.')).not.toContain('13 count');
    });

    it('counts a bare number before a present participle and its preposition as those doing it, not before a noun in "-ing"', () => {
      expect(valuesIn('That is why there were over 800,000 competing for places on the team.')).toEqual(['800000 count']);
      expect(valuesIn('Then all four gathering on the sofa faced him.')).toEqual(['4 count']);
      expect(valuesIn('The city kept 30 training in the hall.')).toEqual([]);
    });

    it('reads the count a verb gave before past the word that bounds it: "has at least thirteen years … he has three"', () => {
      expect(valuesIn('The boy has at least thirteen years of training behind him. The other is lucky if he has three.')).toEqual(['13 years', '3 years']);
      expect(valuesIn('The mill sold about 400 tons in May. In June it sold 350.')).toEqual(['400 count', '350 count']);
    });

    it('counts a bare number on the other side of a comparison in the noun the count before it counted, with its own year', () => {
      const figures = figuresIn('The state presently owns 389 passenger vehicles in comparison to approximately 200 in 1940.');
      expect(figures.map((figure) => [figure.value, figure.unit, figure.year])).toEqual([
        [389, 'count', undefined],
        [200, 'count', 1940],
      ]);
      expect(valuesIn('Dealers sold 812 tractors, compared with 640 a year earlier.')).toEqual(['812 count', '640 count']);
      expect(valuesIn('Dealers sold 812 tractors, compared with 640 in the spring sale.')).toEqual(['812 count']);
      expect(valuesIn('Nature has 29 terms against 17; the sample has 24 as against 21.')).toEqual(['29 count', '17 count']);
    });

    it('counts "N of them"', () => {
      expect(figuresIn('The city ordered buses, and 12 of them have been delivered.').map((figure) => [figure.value, figure.measure])).toEqual([[12, 'of them']]);
    });

    it('counts a bare number with the period it recurs in ("25,000 a year", "per annum"), in the noun counted before it', () => {
      expect(figuresIn('The annual toll of 40,000 men is excessive; a quota of 25,000 a year would be sufficient.').map((figure) => [figure.value, figure.unit, figure.raw])).toEqual([
        [40000, 'count', '40,000 men'],
        [25000, 'count', '25,000 a year'],
      ]);
      expect(valuesIn('Departures are running at 1,700 a week, and the population has increased 125,000 each year since 1950.')).toEqual(['1700 count', '125000 count']);
      expect(valuesIn('The death rate, formerly 5 per year per 1,000 men, rose.')).not.toContain('5 count');
      expect(valuesIn('It cost $40 then. Now the rent would run close to two hundred a month.')).toEqual(['40 usd', '200 usd']);
    });

    it('counts a number before any irregular past as its verb\'s subject ("five swam the river"), in the group the sentence opened with', () => {
      expect(figuresIn('Of the 40 boys, five swam the river and three found the boat.').map((figure) => [figure.value, figure.measure])).toEqual([
        [40, 'boys'],
        [5, 'of 40 boys'],
        [3, 'boys'],
      ]);
    });

    it('counts a plural noun capitalised as a title or a body\'s members ("50 Governors", "46 Juniors"), not a name after a number', () => {
      expect(valuesIn('To hang 50 Governors might be preferable; the Class had 46 Juniors entered.')).toEqual(['50 count', '46 count']);
      expect(valuesIn('He lives at 12 Elms Road.')).toEqual([]);
    });

    it('counts the plural noun a capitalised name of two or three words ends with ("its 149 National Forests"), not a house on a street of that name', () => {
      expect(figuresIn('The Forest Service cares for campers in its 149 National Forests and more than 250 Scottish Rite Masons met.').map((figure) => [figure.value, figure.measure])).toEqual([
        [149, 'National Forests'],
        [250, 'Scottish Rite Masons'],
      ]);
      expect(figuresIn('The new interchange among the four Los Angeles freeways is large.').map((figure) => figure.measure)).toEqual(['Los Angeles freeways']);
      expect(valuesIn('He took the River Road to 387 Heather Heights.')).toEqual([]);
    });

    it('reads a bare number that a rate or level names', () => {
      expect(figuresIn('The region had a birth rate of 1.3 in the census.').map((figure) => [figure.value, figure.unit])).toEqual([[1.3, 'ratio']]);
    });
  });

  describe('numbers written in other ways', () => {
    /** `value unit` of each figure of a text. */
    function valuesIn(text: string): string[] {
      return figuresIn(text).map((figure) => `${Math.round(figure.value * 1000) / 1000} ${figure.unit}`);
    }

    it('reads a bare value stated of a measure with no unit, a correlation or a factor: "The correlation … was -.50", "The K factor … ranges from 0.24 to 0.28"', () => {
      expect(valuesIn('The correlation (Table 2) between onset age and completion age was -.50, and that between onset age and Span was -.10.')).toEqual(['-0.5 ratio', '-0.1 ratio']);
      expect(figuresIn('The K factor, a term for the rate of heat transmission, ranges from 0.24 to 0.28 for flexible foams and from 0.12 to 0.16 for rigid foams.').map((f) => `${f.value}-${f.valueMax} ${f.unit}`)).toEqual(['0.24-0.28 ratio', '0.12-0.16 ratio']);
      // A subject that is no such measure leaves a small bare number unread, and a point and digits with no sign name a calibre.
      expect(valuesIn('The score was 0.24 at the half. He carried a .22 rifle and the ratio was his.')).toEqual([]);
    });

    it('reads a scale a hyphen joins to the amount: "$26.5-billion", "a 4-million-ton crop"', () => {
      expect(valuesIn('Spending rose from $26.5-billion in 1949 to $44.3-billion in 1959.')).toEqual(['26500000000 usd', '44300000000 usd']);
      expect(valuesIn('A 4-million-ton crop.')).toEqual(['4000000 count']);
    });

    it('reads both sides of a score or a record as counts: "a score of 5 to 3", "a 5-to-2 victory", "a 15-1 record"', () => {
      expect(valuesIn('The Orioles lost by a score of 5 to 3. The Sox took a 5-to-2 victory, and Sheldon posted a 15-1 record.')).toEqual([
        '5 count',
        '3 count',
        '5 count',
        '2 count',
        '15 count',
        '1 count',
      ]);
      // A tie states its count once, a side of nothing is none, and two numbers with no outcome named are no score.
      expect(valuesIn('It was a 3-to-3 deadlock until a 1-0 lead. The 6-3-3 system and pages 5-8.')).toEqual(['3 count', '1 count']);
    });

    it('reads a vote or a score set off after the verb that decided it, or in parentheses beside it: "passed, 114 to 4", "(by 224-170) passed"', () => {
      expect(valuesIn('When the shouting ended, the bill passed, 114 to 4, sending it to the Senate.')).toEqual(['114 count', '4 count']);
      expect(valuesIn('The Senate moved to pass -- 85 to 0 -- the largest defense budget.')).toEqual(['85 count']);
      expect(valuesIn('The Blue and White beat Southeast Missouri State College, 5-1, at Crystal City.')).toEqual(['5 count', '1 count']);
      expect(valuesIn('The House (by 224-170) passed the farm bill. The Senate took an overwhelming (64-13) vote.')).toEqual([
        '224 count',
        '170 count',
        '64 count',
        '13 count',
      ]);
      // Not set off, the numbers after such a verb are what it counts, not a score.
      expect(valuesIn('The board voted 5 to 3 pages, and he lost 10-15 pounds.')).toEqual(['3 count', '10 count']);
    });

    it('reads a race time in seconds, in tenths or fifths, only where the sentence speaks of a race or a time', () => {
      expect(valuesIn('Kerr won the 600-yard run in 1.10.1, under the meet mark of 1.10.8. Garden Fresh won in 1.24 3-5 for the 7 furlongs.')).toEqual([
        '600 count',
        '70.1 count',
        '70.8 count',
        '84.6 count',
        '7 count',
      ]);
      expect(valuesIn('The rule is stated in 1.10.1 of the code.')).toEqual([]);
    });

    it('reads a weight as a "158-pounder" and hours and minutes as one duration: "the 2-hour-and-27-minute contest"', () => {
      expect(figuresIn('Keegan, a 158-pounder, ended the 2-hour-and-27-minute contest.').map((figure) => `${figure.value} ${figure.unit} ${figure.measure}`)).toEqual([
        '158 count pounds (weight)',
        '147 minutes contest',
      ]);
    });

    it('reads "a pair of" a plural as two of them, but not a pair of a thing named in the plural', () => {
      expect(valuesIn('The Flock added a pair of tallies in the third.')).toEqual(['2 count']);
      expect(valuesIn('He found a pair of scissors and a pair of brass knuckles.')).toEqual([]);
    });

    it('reads number words with or without "and" after "hundred"', () => {
      expect(valuesIn('Two hundred forty-one wells were dug, and four million trees planted.')).toEqual(['241 count', '4000000 count']);
    });

    it('reads a proportion in words, "three out of five skilled workers", as the share 60%, not a count of 3, nor the whole as a multiple', () => {
      const shares = (text: string) => figuresIn(text).map((figure) => [figure.value, figure.unit, figure.measure]);
      expect(shares('It estimated that three out of five skilled workers and one out of five technicians were not trained.')).toEqual([
        [60, 'percent', 'skilled workers'],
        [20, 'percent', 'technicians'],
      ]);
      expect(shares("We'll beat you nine out of ten times.")).toEqual([[90, 'percent', 'share']]);
      // The first of a range is no whole: "every three or four" is left unread.
      expect(shares('One out of every three or four marriages ends in divorce.')).toEqual([]);
    });

    it('reads fractions as numerals, with the space lost before a scale word, and in words as shares', () => {
      expect(valuesIn('Rents rose by a 12 1/2 percent margin; 21/2 million people moved.')).toEqual(['12.5 percent', '2500000 count']);
      expect(valuesIn('Farms cover two-thirds of the land.')).toEqual(['66.667 percent']);
      expect(figuresIn('On 11/2 the fair opened.')).toEqual([]);
    });

    it('reads a fraction in words written with a space as a share only of something: "the first three quarters" is a period', () => {
      expect(valuesIn('In the first three quarters, three quarters of the farms and two-thirds majorities voted.')).toEqual(['75 percent', '66.667 percent']);
    });

    it('reads "one-half of" and "3/4 of" as shares, and a part of one percent as that many percent', () => {
      expect(valuesIn('One-half of the farms and about 3/4 of the land were sold; the share fell to .8 of 1 per cent.')).toEqual(['50 percent', '75 percent', '0.8 percent']);
      expect(valuesIn('Bake it one-half hour longer with a one-half inch brush.')).toEqual([]);
      expect(figuresIn('On 11/2 the fair opened, and 4/3 of nothing came.')).toEqual([]);
    });

    it('counts a noun the writer quotes as any other: four “places”, 35 “health” stores', () => {
      expect(figuresIn('Mr. Nagrin has described four “places”, added two "diversions", and sold them in 35 “health” stores.').map((figure) => [figure.value, figure.raw])).toEqual([
        [4, 'four “places”'],
        [2, 'two "diversions"'],
        [35, '35 “health” stores'],
      ]);
    });

    it('reads no count in the end of a year span written with spaces ("the 1860 - 70 poems"), but a smaller number after a year', () => {
      expect(valuesIn('Like half of the 1860 - 70 poems, and the 1912 - 13 poems, it was dated (1955 - 57).')).toEqual(['50 percent']);
      expect(valuesIn('The 1960 - 45 points lower index fell.')).toEqual(['45 count']);
    });

    it('reads "half of the X" and a bounded "half the X" as the share 50%, not a part named ("the second half of"), "half the time" nor half a length', () => {
      expect(figuresIn('Federal aid is limited to half of the total expenditure, and nearly half the children still receive none.').map((figure) => [figure.value, figure.unit, figure.qualifier])).toEqual([
        [50, 'percent', undefined],
        [50, 'percent', 'about'],
      ]);
      expect(valuesIn('The second half of the program and the eastern half of the land were new; they were there half the time, and half of it dripped away.')).toEqual([]);
      expect(valuesIn('Snakes at maturity are already more than half their final length.')).toEqual([]);
    });

    it('reads a part of one unit as that much of it: "five tenths of a second", "a quarter of a century", "a quarter of a million"', () => {
      expect(valuesIn('She won by five tenths of a second after a quarter of a century.')).toEqual(['0.5 count', '25 years']);
      expect(figuresIn('A quarter of a million Germans gave a third of a billion dollars.').map((figure) => [Math.round(figure.value), figure.unit])).toEqual([
        [250000, 'count'],
        [333333333, 'usd'],
      ]);
    });

    it('reads dozens as twelves', () => {
      expect(valuesIn('More than two dozen families came, and a dozen mayors.')).toEqual(['24 count', '12 count']);
    });

    it('reads "half a" million, billion or dozen, and "a half million", as half of it', () => {
      expect(valuesIn('The loss was half a billion dollars; half a million people and half a dozen towns left.')).toEqual([
        '500000000 usd',
        '500000 count',
        '6 count',
      ]);
      expect(valuesIn('It served a half million veterans.')).toEqual(['500000 count']);
    });

    it('reads "half" hyphened to a dozen or a million, with or without "a", as half of it ("A half-dozen other stations")', () => {
      expect(figuresIn('A half-dozen other stations bid for it, and the state added another half-million dollars.').map((figure) => [figure.value, figure.unit, figure.raw])).toEqual([
        [6, 'count', 'A half-dozen other stations'],
        [500000, 'usd', 'half-million dollars'],
      ]);
    });

    it('reads a number with "-odd" written on it as more than that number ("the 30-odd member stations"), and "fifty-odd years ago" as a date', () => {
      expect(figuresIn('The 30-odd member stations hired 200-odd officeholders in a career of seventy-odd years.').map((figure) => [figure.value, figure.unit, figure.qualifier, figure.raw])).toEqual([
        [30, 'count', 'more-than', '30-odd member stations'],
        [200, 'count', 'more-than', '200-odd officeholders'],
        [70, 'years', 'more-than', 'seventy-odd years'],
      ]);
      expect(figuresIn('They were like this fifty-odd years ago.')).toEqual([]);
    });

    it('reads "or so" between a number and its noun as about that many ("a dozen or so schools"), and leaves "minutes or so" as written', () => {
      expect(figuresIn('Only a dozen or so schools send as many as six students.', 'Five or so minutes later he came back, twenty minutes or so before dark.').map((figure) => [figure.value, figure.unit, figure.qualifier, figure.raw])).toEqual([
        [12, 'count', 'about', 'a dozen or so schools'],
        [6, 'count', undefined, 'six students'],
        [5, 'minutes', 'about', 'Five or so minutes'],
        [20, 'minutes', undefined, 'twenty minutes'],
      ]);
      expect(figuresIn('He left ten or so years ago.')).toEqual([]);
    });

    it('reads "or more" / "or fewer" between a number and its noun as a floor / a ceiling ("150 or more pupils"), not "three or more of" (some of them), "years or more" nor a floor of two (what a plural says)', () => {
      expect(figuresIn('Over 66 per cent of the schools with 150 or more pupils have no library.', 'Firms with 10 or fewer employees pay less.', 'He had income of $600 or more during the year.', 'Dealers pay $1.65 or more to unload it.').map((figure) => [figure.value, figure.unit, figure.qualifier, figure.raw])).toEqual([
        [66, 'percent', 'more-than', 'Over 66 per cent'],
        [150, 'count', 'at-least', '150 or more pupils'],
        [10, 'count', 'at-most', '10 or fewer employees'],
        [600, 'usd', 'at-least', '$600 or more'],
        [1.65, 'usd', 'at-least', '$1.65 or more'],
      ]);
      expect(figuresIn('Reports said that three or more of the powers were serious.', 'It holds property of persons missing for seven years or more.', 'The symbol separates two or more numbers.').map((figure) => [figure.value, figure.qualifier, figure.raw])).toEqual([[7, undefined, 'seven years']]);
    });

    it('reads a bare number that a plural amount names ("populations of 300,000"), and "and more" / "or more" ending the clause right after a number as a floor, not after its noun', () => {
      expect(figuresIn('Of 40 cities with populations of 300,000 and more, Mr. Kennedy carried 26.', 'Crews of 12 manned the boats.', 'The tax falls on persons who earn $600 or more.').map((figure) => [figure.value, figure.unit, figure.qualifier, figure.measure])).toEqual([
        [40, 'count', undefined, 'cities'],
        [300000, 'count', 'at-least', 'populations of'],
        // The cities are left out after "carried", said once before (see "another verb gives").
        [26, 'count', undefined, 'cities'],
        [12, 'count', undefined, 'Crews of'],
        [600, 'usd', 'at-least', expect.any(String)],
      ]);
      expect(figuresIn('It holds property of persons missing for seven years or more.', 'They sold 5 and more were ordered.').map((figure) => [figure.value, figure.qualifier])).toEqual([[7, undefined]]);
    });

    it('reads a sentence that goes on inside a quotation as one, its capitalised first word no name: "… till he died. If 500 Japanese were ordered …"', () => {
      expect(figuresIn('Of the Japanese private he says: “He fought and marched till he died. If 500 Japanese were ordered to hold a position, we had to kill them”.', 'He said: “We lost. Twenty men died there”.').map((figure) => [figure.value, figure.raw])).toEqual([
        [500, '500 Japanese'],
        [20, 'Twenty men'],
      ]);
      // After an abbreviation's stop the capitalised word is still a name: "Mr. Nixon 14" numbers nothing.
      expect(figuresIn('He said: “Ask Mr. Nixon 14 times”.').map((figure) => figure.raw)).toEqual(['14 times']);
    });

    it('reads "a half-mile" and "a half hour" as half of that unit, as "half a mile" is', () => {
      expect(figuresIn('The child ran into the path of a car a half-mile north of Calvary.', 'He said he would come in a half hour.').map((figure) => [figure.value, figure.raw])).toEqual([
        [0.5, 'a half-mile'],
        [0.5, 'a half hour'],
      ]);
    });

    it('reads no ratio in a chapter and verse after a name ("In Psalm 27: 1 you read"), nor a count in the minutes of a clock time ("At 7:25 two hotel doormen"), but a ratio where the sentence names one or no name stands before', () => {
      expect(figuresIn('In Psalm 27: 1 you read those beautiful words.', 'Read 1 St. John 5: 1 again.')).toEqual([]);
      expect(figuresIn('At 7:25 two hotel doormen came down the steps.').map((figure) => figure.raw)).toEqual(['two hotel doormen']);
      expect(figuresIn('The ratio Smith found was 3: 1 in the end.', 'A 1: 1 correspondence can be established.').map((figure) => [figure.value, figure.unit])).toEqual([
        [3, 'ratio'],
        [1, 'ratio'],
      ]);
    });

    it('reads a number in a quotation someone is said to speak, even an order with no pronoun in it: "“Follow the river for five miles”, he said"', () => {
      expect(figuresIn('He would not look up. “Follow the river for five miles”, he said hoarsely.', 'The captain ordered: “Go three steps back”.').map((figure) => [figure.value, figure.raw])).toEqual([
        [5, 'five miles'],
        [3, 'three steps'],
      ]);
      expect(figuresIn('The plan is known as “seven mountains and one water” in the province.')).toEqual([]);
    });

    it('counts, in a number after "and" with a preposition where its noun would be, the noun of the count before it ("eight more home runs in August and ten in September")', () => {
      expect(figuresIn('All he needs is eight more home runs in August and ten in September.', 'There are approximately 25,000,000 people with no service and about 50,000,000 with poor service.', 'He had four years of education at Chapel Hill and two at Harvard.').map((figure) => [figure.value, figure.unit, figure.raw, figure.measure])).toEqual([
        [8, 'count', 'eight more home runs', 'more home runs'],
        [10, 'count', 'ten', 'home runs'],
        [25000000, 'count', 'approximately 25,000,000 people', 'people'],
        [50000000, 'count', 'about 50,000,000', 'people'],
        [4, 'years', 'four years of education', 'years of education'],
        [2, 'years', 'two', 'years'],
      ]);
      // The number before counted no noun ("per 1,000 per year"), or the one after "and" is no count of it ("one in five").
      expect(figuresIn('The rate was 110 per 1,000 per year in the Mexican War, and 65 in the Civil War.', 'He saw 40 cases and 12 in five of them.').map((figure) => figure.raw)).toEqual(['110 per 1,000', '40 cases']);
    });

    it('reads "half an hour" or "half a mile" as half of that unit, but not "half a loaf", which measures nothing', () => {
      expect(figuresIn('Half an hour after he finished, the bridge lay strewn for half a mile downstream.', 'He ate half a loaf of bread.').map((figure) => [figure.value, figure.measure])).toEqual([
        [0.5, 'hour'],
        [0.5, 'mile'],
      ]);
    });

    it('reads a fraction joined to its whole number by a hyphen: "33-1/3%"', () => {
      expect(valuesIn('No share is less than 33-1/3%.')).toEqual(['33.333 percent']);
    });

    it('reads no count in numbers plural labels name: "items 1 to 8", "sections 3 and 4"', () => {
      expect(figuresIn('Do the sums in items 1 to 8 above, as in sections 3 and 4.')).toEqual([]);
    });

    it('reads a change and the level it led to, not a range, after a verb of change when the first number stands alone', () => {
      expect(valuesIn('Stocks increased $625,561 to $8,313,514 and debt was reduced by 2 million to 15 million dollars.')).toEqual([
        '625561 usd',
        '8313514 usd',
        '2000000 usd',
        '15000000 usd',
      ]);
      expect(figuresIn('Costs rose by 2 to 3 percent.').map((figure) => [figure.value, figure.valueMax])).toEqual([[2, 3]]);
    });

    it('reads a range with the percent sign on both ends, and "ranging from" as a range even after a verb of change', () => {
      expect(figuresIn('Rates of 5%-8% held, and increases ranging from 5% to 50% were seen.').map((figure) => [figure.value, figure.valueMax])).toEqual([
        [5, 8],
        [5, 50],
      ]);
      expect(valuesIn('Prices rose from 5% to 50%.')).toEqual(['5 percent', '50 percent']);
    });

    it('reads a range written high to low where "ranged from" or "between" says it is one, and a fall as two figures', () => {
      expect(figuresIn('The retention period ranged from 9.8 to 2.6 days, averaging 6.4 days.').map((figure) => [figure.value, figure.valueMax])).toEqual([
        [2.6, 9.8],
        [6.4, undefined],
      ]);
      expect(figuresIn('Fares were between 12 and 8 dollars.').map((figure) => [figure.value, figure.valueMax])).toEqual([[8, 12]]);
      expect(figuresIn('The price fell from 9 to 3 dollars.').map((figure) => [figure.value, figure.valueMax])).toEqual([
        [9, undefined],
        [3, undefined],
      ]);
    });

    it('reads a range whose ends are named "a minimum of" and "a maximum of" (or "a low of", "a high of")', () => {
      expect(figuresIn('The BOD ranged from a minimum of 13 to a maximum of 47 mg. per liter.').map((figure) => [figure.value, figure.valueMax])).toEqual([[13, 47]]);
      expect(figuresIn('Flocks numbered between a low of 5 and a high of 9 birds.').map((figure) => [figure.value, figure.valueMax])).toEqual([[5, 9]]);
    });

    it('reads "a fourth of" and "a third of" as shares, but not "a fourth term"', () => {
      expect(valuesIn('Farmers own a fourth of the trucks and a third of the cars; he won a fourth term.')).toEqual(['25 percent', '33.333 percent']);
    });

    it('reads multiples in words: "threefold", "two-fold"', () => {
      expect(valuesIn('Costs rose threefold and yields two-fold.')).toEqual(['3 times', '2 times']);
      expect(valuesIn('It was a four-fold increase; the claims multiplied tenfold.')).toEqual(['4 times', '10 times']);
    });

    it('reads no multiple in "-fold" before a noun that names no change: "his three-fold energy", "a threefold division of costs"', () => {
      expect(valuesIn('To play will devour his three-fold energy, as a threefold division of costs and a twofold reference did.')).toEqual([]);
    });

    it('reads the end of a change in the percentage or currency written on its start', () => {
      expect(valuesIn('Inflation is down from 12.4 percent to 8.9, and rents fell from 500 yuan to 450.')).toEqual(['12.4 percent', '8.9 percent', '500 yuan', '450 yuan']);
    });

    it('reads no count in a proportion, but its share: "Six out of 10 Americans" is 60% of Americans', () => {
      expect(figuresIn('Six out of 10 Americans were pessimistic.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([[60, 'percent', 'Americans']]);
    });

    it('reads the start of a change written after its end in the end\'s noun: "rose to 2,418 units from 869"', () => {
      expect(valuesIn('Output rose to 2,418 units from 869, and rents fell from 500 cars to 450.')).toEqual(['2418 count', '869 count', '500 count', '450 count']);
    });

    it('reads the end of a change from a start dated in its own year in the start\'s noun, with its own year', () => {
      expect(figuresIn('It served a population ranging from 638,560 persons in 1941 to 840,503 in 1956.').map((figure) => [figure.value, figure.measure, figure.year])).toEqual([
        [638_560, 'persons', 1941],
        [840_503, 'persons', 1956],
      ]);
    });

    it('counts the bare parts of a count split after a colon or semicolon in its noun, and no part larger than the whole', () => {
      expect(figuresIn('1184 copies were distributed: 643 in-state and 541 out-of-state. It drew 239 inquiries; 164 from media.').map((figure) => [figure.value, figure.measure])).toEqual([
        [1184, 'copies'],
        [643, 'copies'],
        [541, 'copies'],
        [239, 'inquiries'],
        [164, 'inquiries'],
      ]);
      expect(figuresIn('It drew 23 inquiries; 164 came later.').map((figure) => figure.value)).toEqual([23]);
    });

    it('counts the parts after a dash or "consisting of" in the noun of the count they add up to, and no aside after a dash', () => {
      const texts = [
        'Among them, they have fifteen children -- eight for Cerv, four for Mantle, and three for Maris.',
        'The questionnaire went to 4,900 firms consisting of 3,450 from the AIA list and 1,450 from the TR list.',
      ];
      expect(figuresIn(...texts).map((figure) => [figure.value, figure.measure])).toEqual([
        [15, 'children'],
        [8, 'children'],
        [4, 'children'],
        [3, 'children'],
        [4900, 'firms'],
        [3450, 'firms'],
        [1450, 'firms'],
      ]);
      // Sixteen of the camps, not of the men: a part after a dash that adds up to nothing is an aside's.
      expect(figuresIn('They built thirty-two camps, each one accommodating fifty thousand men -- sixteen were under canvas.').map((figure) => figure.value)).not.toContain(16);
    });

    it('counts both ends of a change between bare numbers past an auxiliary, a participle\'s phrase and a rate of a period', () => {
      const texts = ['The number of ships passing through the Canal has increased from 3,967 in 1923 to 5,475 in 1927.', 'Hours of work have declined from 60 to 40 a week.'];
      expect(figuresIn(...texts).map((figure) => [figure.value, figure.measure, figure.year])).toEqual([
        [3967, 'number of ships', 1923],
        [5475, 'number of ships', 1927],
        [60, 'hours of work', undefined],
        [40, 'hours of work', undefined],
      ]);
    });

    it('reads an age set off by commas after a name, and no number of a list, a date or an address', () => {
      const text = 'The victims were H. Malone Dresbach, 47, and his wife, Shirley, 46. The dispute was about lots 239, 247 and 272. On September 2, 1961, he left.';
      expect(valuesIn(text)).toEqual(['47 years', '46 years']);
    });

    it('counts the parts of a group a sentence opens with by a number, and a number whose own hyphened modifier stands before "and"', () => {
      expect(figuresIn('Of 1,253 issues traded, 695 advanced and 354 declined.').map((figure) => [figure.value, figure.measure])).toEqual([
        [1253, 'issues'],
        [695, 'of 1,253 issues traded'],
        [354, 'of 1,253 issues traded'],
      ]);
      expect(figuresIn('They hired 12 full-time and 30 part-time workers; it was 4 on Tuesday and 7 last week.').map((figure) => [figure.value, figure.measure])).toEqual([
        [12, 'full-time workers'],
        [30, 'part-time workers'],
      ]);
    });

    it('counts "N more" and "N other" things, in the noun after them or else the noun the sentence counted before', () => {
      const text = 'We have sold four corn pickers and have good prospects for 10 more. The 65 other passengers and two more men sat; he has 5 more than I.';
      expect(figuresIn(text).map((figure) => [figure.value, figure.measure])).toEqual([
        [4, 'corn pickers'],
        [10, 'more pickers'],
        [65, 'other passengers'],
        [2, 'more men'],
      ]);
    });

    it('takes no year from the sentence before for a figure of an open future', () => {
      const text = 'A second inquiry is planned for 1960. It is proposed that in the future censuses be taken at five-year intervals.';
      expect(figuresIn(text).map((figure) => [figure.value, figure.year])).toEqual([[5, undefined]]);
    });

    it('takes no year from a house number', () => {
      expect(figuresIn('Curtis Allen Huff, 41, of 1630 Lake Av., was held; thieves took $150 from a store in the 2100 block.').map((figure) => figure.year)).toEqual([undefined, undefined]);
    });

    it('reads "per centum" as a percentage', () => {
      expect(valuesIn('Such payments shall be 75 per centum of the difference.')).toEqual(['75 percent']);
    });

    it('reads the start of a change in the unit written on its end', () => {
      expect(valuesIn('Inflation was beaten down from 12.4 to 3.2 percent.')).toEqual(['12.4 percent', '3.2 percent']);
    });

    it('reads cents as hundredths of the currency the sentence counts in', () => {
      expect(valuesIn('A loaf cost 45 cents; a stamp costs 2 euros and 30 cents.')).toEqual(['0.45 usd', '2 eur', '0.3 eur']);
    });

    it('reads negative values, and a hyphenated percentage', () => {
      expect(valuesIn('Growth was negative 1.8% and the balance -450 million dollars, after a 6-percent levy.')).toEqual([
        '-1.8 percent',
        '-450000000 usd',
        '6 percent',
      ]);
    });

    it('reads a number hyphened to a unit of measure or time as a modifier, inside a count\'s phrase too', () => {
      expect(figuresIn('He set out on his 700-mile return journey, a three-month trip. The bridge had two thirty-foot towers and a 40-hour watch.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
        [700, 'count', 'miles of return journey'],
        [3, 'months', 'trip'],
        [2, 'count', 'thirty-foot towers'],
        [30, 'count', 'feet of towers'],
        [40, 'count', 'hours of watch'],
      ]);
      // Hyphened to a word that is no unit, a number is a name or part of one.
      expect(figuresIn('The F-16 and the four-wheel cart passed.')).toEqual([]);
    });

    it('counts the noun a number in digits is hyphened to before what it modifies ("the 260-member caucus"), not a size, an adjective, a label or a clause', () => {
      expect(figuresIn("Mississippi's 14-term William Meyers Colmer asked the 260-member Democratic caucus for a 162-game schedule, a 33-man squad and a 20-story hotel.").map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
        [14, 'count', 'terms'],
        [260, 'count', 'members'],
        [162, 'count', 'games of schedule'],
        [33, 'count', 'men of squad'],
        [20, 'count', 'stories of hotel'],
      ]);
      expect(figuresIn('It has a 12-gauge shotgun, 16-mesh screening, a 22-caliber rifle, a 22-calibre pistol, a 4-sided box and a 3-dimensional view; he claimed 4-d classification.')).toEqual([]);
      expect(figuresIn('He hurled a 3-hitter when it mattered; they played two and three-game series for 2 and one-half hours.').map((figure) => figure.raw)).toEqual([]);
    });

    it('counts the noun a number in words from five up is hyphened to ("a fourteen-nation conference"), not a club, an ordinal, a time or a note', () => {
      expect(figuresIn('The fourteen-nation conference met, and a nine-state regional group sent twenty-page letters.').map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
        [14, 'count', 'nations of conference'],
        [9, 'count', 'states of regional group'],
        [20, 'count', 'pages of letters'],
      ]);
      // Below five a compound names a kind as often as it counts; a substance ("iron") cannot be counted, so a club.
      // A note's hyphened currency is its worth in money (see the hyphened-currency test), no count of notes.
      expect(figuresIn('A two-party system and a four-wheel cart; he hit a seven-iron shot at the twenty-first annual meet, had a fifty-fifty chance and left a twenty-dollar bill.').map((figure) => [figure.value, figure.unit])).toEqual([[20, 'usd']]);
    });

    it('gives a number whose hyphen is left hanging before "and" or "or" the next number\'s hyphened word ("30- and 50-megaton bombs")', () => {
      expect(figuresIn('He has a few 30- and 50-megaton bombs, rents 4- or 5-passenger models; he fills 15- and 25-liter dewars.').map((figure) => [figure.value, figure.raw, figure.measure])).toEqual([
        [30, '30', 'megatons of bombs'],
        [50, '50-megaton', 'megatons of bombs'],
        [4, '4', 'passengers of models'],
        [5, '5-passenger', 'passengers of models'],
        [15, '15', 'liters of dewars'],
        [25, '25-liter', 'liters of dewars'],
      ]);
    });

    it('reads a range from a number in words to one in digits ("one to 80 horsepower"), and nouns whose plural is the singular', () => {
      expect(figuresIn('Engines range from one to 80 horsepower; boats rated at more than 10 horsepower need a number, and two prototype aircraft will fly.').map((figure) => [figure.value, figure.valueMax, figure.raw])).toEqual([
        [1, 80, 'one to 80 horsepower'],
        [10, undefined, 'more than 10 horsepower'],
        [2, undefined, 'two prototype aircraft'],
      ]);
    });

    it('reads "between" a number in digits and a larger one in words as one range, and not one written high to low', () => {
      expect(figuresIn('Between 200,000 and one million human beings now living would have their lives cut short.').map((figure) => [figure.value, figure.valueMax, figure.raw])).toEqual([
        [200000, 1000000, '200,000 and one million human beings'],
      ]);
      expect(figuresIn('It fell between 1958 and one of the later years.').filter((figure) => figure.valueMax !== undefined)).toEqual([]);
    });

    it('reads a temperature "below zero" as negative, with its words ("thirty-five degrees below zero")', () => {
      expect(figuresIn('On the summit thirty-five degrees below zero is common, nights of 10 to 20 degrees below zero are too, and it hit 40° below zero.').map((figure) => [figure.value, figure.valueMax, figure.raw])).toEqual([
        [-35, undefined, 'thirty-five degrees below zero'],
        [-20, -10, '10 to 20 degrees below zero'],
        [-40, undefined, '40° below zero'],
      ]);
    });

    it('reads an area whose power is hyphened to its unit ("the fifty square-mile Lake Texoma", "a 1200-square-foot house")', () => {
      expect(figuresIn('Nothing approached the fifty square-mile Lake Texoma; a 1200-square-foot house costs little.').map((figure) => [figure.value, figure.raw, figure.measure.split(' ').slice(0, 2).join(' ')])).toEqual([
        [50, 'fifty square-mile', 'square miles'],
        [1200, '1200-square-foot', 'square feet'],
      ]);
    });

    it('reads a fraction in digits before a unit as that part of the unit ("down to 1/16 in. thick", "1/50th of a second"), not a time signature, a power or a lost space', () => {
      expect(figuresIn('Slit sheets down to 1/16 in. thick with 3/8-inch plywood; feed 1/4 to 1/2 pound per day; in color, 1/50th of a second will do.').map((figure) => [figure.value, figure.valueMax, figure.raw])).toEqual([
        [0.0625, undefined, '1/16 in.'],
        [0.375, undefined, '3/8-inch'],
        [0.25, 0.5, '1/4 to 1/2 pound'],
        [0.02, undefined, '1/50th of a second'],
      ]);
      // A fraction after a whole number is its part, and one above one lost the space of "1 1/2".
      expect(figuresIn('Bands play in 2/4 or 4/4 time, by the inverse 7/2 power; lay the 11/2 inch pipe.')).toEqual([]);
    });

    it('counts the plural noun a participle modifies across another modifier ("three distinguished associated graduate schools")', () => {
      expect(figuresIn('Three distinguished associated graduate schools offer curriculums; the machine held seven differently colored neon tubes.').map((figure) => [figure.value, figure.raw])).toEqual([
        [3, 'Three distinguished associated graduate schools'],
        [7, 'seven differently colored neon tubes'],
      ]);
    });

    it('counts a part of a group a determiner\'s possessive names, past modifiers a comma sets off ("one hundred of our nation\'s national, regional and local boat shows")', () => {
      expect(figuresIn('Trailers will be shown in about one hundred of our nation\'s national, regional and local boat shows. Cook had three of the Tribe\'s eight hits.').map((figure) => [figure.value, figure.measure])).toEqual([
        [100, "of our nation's regional and local boat shows"],
        [3, "of the Tribe's eight hits"],
        [8, 'hits'],
      ]);
    });

    it('reads a clause a colon opens with "The" as a sentence does, not as a name\'s number ("mark: The 60 home runs")', () => {
      expect(figuresIn('This is the mark: The 60 home runs hit in 1927 by Ruth.').map((figure) => [figure.value, figure.raw, figure.year])).toEqual([[60, '60 home runs', 1927]]);
      // Inside a clause a capitalised word before a number still names it.
      expect(figuresIn('This is the mark: they flew the Boeing 707 jets.')).toEqual([]);
    });

    it('reads a small number hyphened to "hundred" or "thousand" when both modify a noun ("the three-hundred-foot pines")', () => {
      expect(figuresIn('They ate beneath the three-hundred-foot pines in a five-hundred-year-old district below a ten-thousand-foot peak.').map((figure) => [figure.value, figure.unit, figure.raw])).toEqual([
        [300, 'count', 'three-hundred-foot'],
        [500, 'years', 'five-hundred-year-old'],
        [10000, 'count', 'ten-thousand-foot'],
      ]);
    });

    it('reads multiples and durations', () => {
      expect(valuesIn('Output grew 14 times over a 3-month trial, a five-year plan and a 2.5-fold rise in 9 months.')).toEqual([
        '14 times',
        '3 months',
        '5 years',
        '2.5 times',
        '9 months',
      ]);
    });

    it('reads "twice" and "thrice" as multiples, but not a guess, a saying or a name after an article', () => {
      expect(valuesIn('The cost proved to be twice what was estimated. Twice during the war it was saved, and thrice since.')).toEqual([
        '2 times',
        '2 times',
        '3 times',
      ]);
      expect(figuresIn('He came once or twice, twice or thrice at most; think twice before a twice around.')).toEqual([]);
    });

    it('counts an irregular plural such as "oxen", and a part of a group whose modifiers a comma sets off', () => {
      expect(figuresIn('It fell, carrying two men and four oxen.').map((figure) => [figure.value, figure.measure])).toEqual([
        [2, 'men'],
        [4, 'oxen'],
      ]);
      expect(figuresIn('They had built nine of the covered, wooden bridges on the turnpike.').map((figure) => [figure.value, figure.measure])).toEqual([
        [9, 'of the wooden bridges'],
      ]);
    });

    it('counts a noun that follows modifiers set off by commas: "3 smooth, dark-green calculi", "2 yellow, firm, friable raised areas"', () => {
      expect(
        figuresIn(
          'The gallbladder held 3 smooth, dark-green calculi.',
          'There were also 2 yellow, firm, friable raised areas on the kidney.',
          'Congress should consolidate 70 overlapping, antiquated job training programs.',
        ).map((figure) => [figure.value, figure.measure]),
      ).toEqual([
        [3, 'dark-green calculi'],
        [2, 'friable raised areas'],
        [70, 'antiquated job training programs'],
      ]);
      // A word set off by a comma with no plural noun after it counts nothing.
      expect(figuresIn('He scored 4 early, then tired.')).toEqual([]);
    });

    it('counts a noun after modifiers listed with a serial comma, the first of them two words: "18 national medical, dental, and veterinary societies"', () => {
      expect(
        figuresIn(
          'You abstracted seventeen ivory, metal, wood, and stone sculptures of Oriental origin.',
          'These registries are sponsored by 18 national medical, dental, and veterinary societies.',
        ).map((figure) => [figure.value, figure.raw]),
      ).toEqual([
        [17, 'seventeen ivory, metal, wood, and stone sculptures'],
        [18, '18 national medical, dental, and veterinary societies'],
      ]);
      // A clause going on after a comma and "and" is no list of modifiers.
      expect(figuresIn('Departures are running at 1,700 a week, and applications rise.').map((figure) => figure.raw)).toEqual(['1,700 a week']);
    });

    it('reads a bare number after a dimension in the unit the sentence measured before it, and none without one', () => {
      expect(figuresIn('The whole length of the bridge is one thousand and thirty feet and its breadth thirty-four.').map((figure) => [figure.value, figure.measure])).toEqual([
        [1030, 'feet'],
        [34, 'feet (breadth)'],
      ]);
      expect(figuresIn('The debate had length and its breadth thirty-four.')).toEqual([]);
    });
  });

  describe('conversions', () => {
    it('links an amount restated in another currency beside it, and no other amount', () => {
      const linked = figuresIn('Sales were 548 billion RMB (approx. 75 billion USD), or 12 billion more than wages of 40 billion RMB = approx. 5.5 billion USD.');
      expect(linked.map((figure) => [figure.value, figure.unit, figure.conversionOf?.value])).toEqual([
        [548e9, 'yuan', undefined],
        [75e9, 'usd', 548e9],
        [12e9, 'yuan', undefined],
        [40e9, 'yuan', undefined],
        [5.5e9, 'usd', 40e9],
      ]);
    });
  });

  describe('duplicates', () => {
    it('drops a figure its canonical copy already states and keeps one it does not', () => {
      const canonical = passageOf('The county has 26 villages.', 'doc#1');
      const copy = passageOf('The county has 26 villages and 4 towns.', 'doc#2', { duplicateOf: 'doc#1' });
      const figures = extractFigures([canonical, copy]);
      expect(figures.map((figure) => [figure.passageId, figure.value])).toEqual([
        ['doc#1', 26],
        ['doc#2', 4],
      ]);
    });

    it('keeps the figure of a parallel passage written alike about another thing, and drops a restatement', () => {
      const apples = passageOf('Growers of apples in the north are paid a bonus while the price stays below 12 cents per pound.', 'doc#1');
      const pears = passageOf('Growers of pears in the south are paid a bonus while the price stays below 12 cents per pound.', 'doc#2', { duplicateOf: 'doc#1' });
      const again = passageOf('The growers of apples in the north are paid a bonus while the price stays below 12 cents per pound.', 'doc#3', {
        duplicateOf: 'doc#1',
      });
      const figures = extractFigures([apples, pears, again]);
      expect(figures.map((figure) => [figure.passageId, figure.value])).toEqual([
        ['doc#1', 0.12],
        ['doc#2', 0.12],
      ]);
    });
  });

  describe('any text', () => {
    it('never throws, and every figure is written in its sentence and its sentence in its passage', () => {
      const pieces = fc.oneof(
        fc.string(),
        fc.constantFrom('45%', ' 1,300 ', '$5m', 'more than ', ' yuan', '"', '. ', 'twenty-five ', 'ten thousand', ':1', ' to ', '-', 'In 2021, ', 'this year', 'per thousand', 'people'),
      );
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
          const text = parts.join('');
          for (const figure of figuresIn(text)) {
            expect(text).toContain(figure.text);
            expect(figure.text).toContain(figure.raw);
            expect(Number.isFinite(figure.value)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
