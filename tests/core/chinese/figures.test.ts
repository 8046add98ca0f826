import { describe, expect, it } from 'vitest';
import { isChineseText, readChineseFigures } from '../../../src/core/figures/chinese.ts';
import { extractFigures } from '../../../src/core/figures/extract.ts';
import { parseChineseNumeral, toHalfWidthDigits } from '../../../src/core/chinese-numerals.ts';
import type { Passage } from '../../../src/core/types.ts';

// Sentences composed for these tests; none is taken from a real document.

function makePassage(text: string): Passage {
  return { id: 'doc#1', citation: { document: 'doc', title: 'doc', line: 1, paragraph: 1 }, section: null, role: 'paragraph', text, nearDuplicates: [], duplicateOf: null };
}

/** `value[–max] unit [qualifier] raw` of each figure of a sentence. */
function figuresOf(text: string): string[] {
  return readChineseFigures(makePassage(text)).map(
    (figure) => [`${figure.value}${figure.valueMax === undefined ? '' : `–${figure.valueMax}`}`, figure.unit, figure.qualifier, figure.raw].filter(Boolean).join(' '),
  );
}

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['三十', 30], ['一百二十', 120], ['两', 2], ['两万', 20000], ['三千零五', 3005],
    ['一万二千', 12000], ['三亿五千万', 350000000], ['三万亿', 3e12], ['二〇二一', 2021],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('returns null for text that is not a numeral', () => {
    expect(parseChineseNumeral('发展')).toBeNull();
  });

  it('maps full-width digits one character for one', () => {
    expect(toHalfWidthDigits('１２．５％')).toBe('12.5%');
  });
});

describe('readChineseFigures', () => {
  it('scales by 万, 亿 and 万亿', () => {
    expect(figuresOf('全年旅游收入4.2万元，货运量1.5亿吨，外贸额2万亿美元。')).toEqual(['42000 yuan 4.2万元', '150000000 count 1.5亿吨', '2000000000000 usd 2万亿美元']);
  });

  it('reads 余 and 多 as "more than" wherever they stand', () => {
    expect(figuresOf('村里筹集资金200余万元，吸引游客30万余人，开办三十多家作坊。')).toEqual([
      '2000000 yuan more-than 200余万元',
      '300000 count more-than 30万余人',
      '30 count more-than 三十多家',
    ]);
  });

  it('reads percentages: N%, 百分之N, N个百分点 and 成', () => {
    expect(figuresOf('出口增长12.5%，合格率达到百分之九十八，失业率下降0.3个百分点。')).toEqual([
      '12.5 percent 12.5%',
      '98 percent 百分之九十八',
      '0.3 percentage-points 0.3个百分点',
    ]);
    expect(figuresOf('近四成农户种茶，八成以上的学校开设了书法课。')).toEqual(['40 percent about 近四成', '80 percent more-than 八成以上']);
  });

  it('reads Chinese numerals and full-width digits with a measure word', () => {
    expect(figuresOf('园区引进一百二十家企业，新建两座桥，种下１５００棵树。')).toEqual(['120 count 一百二十家', '2 count 两座', '1500 count １５００棵']);
  });

  it('reads a range and a qualifier before the number', () => {
    expect(figuresOf('每户补贴3万至5万元，超过1.8万平方公里的山地。')).toEqual(['30000–50000 yuan 3万至5万元', '18000 count more-than 超过1.8万平方公里']);
  });

  it('counts digits scaled by 万 or 亿 even without a measure word', () => {
    expect(figuresOf('全县常住人口超过100万，GDP达1200亿。')).toEqual(['1000000 count more-than 超过100万', '120000000000 count 1200亿']);
  });

  it('reads an anniversary (周年) as a number of years, not of weeks', () => {
    expect(figuresOf('今年是建校75周年，明年迎来一百周年校庆。')).toEqual(['75 years 75周年', '100 years 一百周年']);
  });

  it('ties a figure to the year its sentence names', () => {
    const [figure] = readChineseFigures(makePassage('2023年，全县接待游客860万人次。'));
    expect(figure).toMatchObject({ value: 8600000, year: 2023, measure: '全县接待游客' });
  });

  it('takes the year of an earlier sentence of the passage when its own names none', () => {
    const figures = readChineseFigures(makePassage('2020年，全县新建公路。其中，农村公路达到300公里。'));
    expect(figures.map((figure) => [figure.raw, figure.year])).toEqual([['300公里', 2020]]);
  });

  it('ties a figure to 今年 or 去年 in its sentence when the time of writing is known, and to no year otherwise', () => {
    const passage = makePassage('今年全市财政支出拟安排500亿元。去年完成投资320亿元。');
    expect(readChineseFigures(passage, 2024).map((figure) => [figure.raw, figure.year])).toEqual([['500亿元', 2024], ['320亿元', 2023]]);
    expect(readChineseFigures(passage).map((figure) => figure.year)).toEqual([undefined, undefined]);
  });

  it.each([
    ['names in quotation marks', '坚持“五水共治”，落实“两个毫不动摇”。'],
    ['ordinals', '第三次会议在第二季度召开，首位发言人讲话。'],
    ['congresses, plenums and plan names', '学习十九大和十九届六中全会精神，编制十四五规划。'],
    ['runs of numerals that are not one number', '推动一二三产业融合，破除二元结构，办好三四件实事。'],
    ['the incidental one', '实施一批项目，统一标准，进一步深化一体化，这是一项任务。'],
    ['vague amounts and list numbering', '（二十八）几十年来，若干措施相继出台，数百名志愿者参与。'],
    ['dates and numbers without a measure word', '2021年10月，12345热线开通，地铁1号线试运行，20世纪的老街。'],
    ['idioms', '好消息传进千家万户，干部三番五次上门，一心一意办实事。'],
  ])('finds no figure in %s', (_, text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('extractFigures', () => {
  it('reads a Chinese passage with the Chinese reader and an English one as before', () => {
    expect(isChineseText('全市GDP增长6%')).toBe(true);
    expect(isChineseText('The county, 县, grew by 6%')).toBe(false);
    const figures = extractFigures([makePassage('全市新增就业岗位3.2万个。')]);
    expect(figures.map((figure) => [figure.value, figure.unit, figure.raw])).toEqual([[32000, 'count', '3.2万个']]);
  });
});
