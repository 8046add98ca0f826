import { describe, expect, it } from 'vitest';
import { findChineseDateMentions } from '../../../src/core/timeline/chinese-dates.ts';
import { extractTimeline } from '../../../src/core/timeline/extract.ts';
import type { Passage, TimelineEntry } from '../../../src/core/types.ts';

// Sentences composed for these tests; none is taken from a real document.

function makePassage(text: string, paragraph: number): Passage {
  return {
    id: `doc#${paragraph}`,
    citation: { document: 'doc', title: 'doc', line: paragraph, paragraph },
    section: null,
    role: 'paragraph',
    text,
    nearDuplicates: [],
    duplicateOf: null,
  };
}

function timelineOf(texts: readonly string[], published?: string): string[] {
  return extractTimeline(texts.map((text, index) => makePassage(text, index + 1)), published).map(
    (entry: TimelineEntry) => `${entry.date} ${entry.precision} ${entry.kind} ${entry.raw}`,
  );
}

describe('findChineseDateMentions', () => {
  it('reads a day, a month and a year written with 年月日', () => {
    const raws = findChineseDateMentions('小镇于2019年3月8日开园，2020年7月扩建，2022年全部完工。').map((mention) => [mention.raw, mention.year, mention.month, mention.day]);
    expect(raws).toEqual([
      ['于2019年3月8日', 2019, 3, 8],
      ['2020年7月', 2020, 7, null],
      ['2022年', 2022, null, null],
    ]);
  });

  it('reads Chinese numerals and full-width digits', () => {
    expect(findChineseDateMentions('二〇一八年十二月三十一日').map((mention) => [mention.year, mention.month, mention.day])).toEqual([[2018, 12, 31]]);
    expect(findChineseDateMentions('２０２３年４月，新馆开放。').map((mention) => [mention.year, mention.month])).toEqual([[2023, 4]]);
  });

  it('does not take a length of years or a count of months for a date', () => {
    expect(findChineseDateMentions('这座古城已有2500年历史，工期约3个月。')).toEqual([]);
    expect(findChineseDateMentions('几千年来的愿望')).toEqual([]);
  });

  it('takes no date from a month that recurs every year', () => {
    expect(findChineseDateMentions('每年3月，茶农开始采茶。')).toEqual([]);
  });

  it('refuses a day that the month does not have', () => {
    expect(findChineseDateMentions('2021年2月30日')).toEqual([]);
  });
});

describe('extractTimeline on Chinese text', () => {
  it('dates 今年, 去年, 明年 and 两年前 against the time of writing', () => {
    expect(timelineOf(['今年5月，新线开通。', '去年，客流增长较快。', '明年将建成二期。', '两年前，这里还是一片荒地。'], '2023-06-01')).toEqual([
      '2021 year past 两年前',
      '2022 year past 去年',
      '2023-05 month past 今年5月',
      '2024 year target 明年',
    ]);
  });

  it('dates 过去一年 and 一年来 in the calendar year before the time of writing, as English "the past year"', () => {
    expect(timelineOf(['过去一年，全市经济稳中有进。', '一年来，我们办成了一批实事。', '十一年来，村里变化很大。'], '2023-03-05')).toEqual([
      '2022 year past 过去一年',
      '2022 year past 一年来',
    ]);
  });

  it('makes the year of writing a target where the sentence plans for it (拟, 预计, 预期目标, 力争), not where it states it', () => {
    expect(timelineOf(['今年是建市40周年。', '今年发展主要预期目标是：地区生产总值增长6%左右。', '今年拟新建学校10所。'], '2023-03-05')).toEqual([
      '2023 year past 今年',
      '2023 year target 今年',
      '2023 year target 今年',
    ]);
  });

  it('reads 到2025年 as a target and 截至……年底 as a state reached', () => {
    expect(timelineOf(['到2030年，全市森林覆盖率力争提高。', '截至2022年底，全县共建成驿站。'], '2023-01-10')).toEqual([
      '2022 year past 截至2022年底',
      '2030 year target 到2030年',
    ]);
  });

  it('dates a period at its start and 年初 / 年底 at the year, each event of a sentence its own entry', () => {
    expect(timelineOf(['《行动计划（2024—2027年）》印发。', '2021年初，项目启动；2021年底验收。'], '2024-03-01')).toEqual([
      '2021 year past 2021年初',
      '2021 year past 2021年底',
      '2024 year past 2024—2027年',
    ]);
  });

  it('gives a month and day without a year the year the story is in', () => {
    expect(timelineOf(['2020年，合作社成立。10月12日，第一批茶叶上市。'], '2023-01-01')).toEqual([
      '2020 year past 2020年',
      '2020-10-12 day past 10月12日',
    ]);
  });

  it('dates 这一年 and 次年 against the last year named', () => {
    expect(timelineOf(['2016年，村里修通了公路。这一年，第一家民宿开业；次年，游客翻了一番。'], '2023')).toEqual([
      '2016 year past 2016年',
      '2016 year past 这一年',
      '2017 year past 次年',
    ]);
  });

  it('finds a Chinese date quoted inside an English paragraph', () => {
    expect(timelineOf(['The notice, dated 2022年4月6日, set the rules.'], '2023')).toEqual(['2022-04-06 day past 2022年4月6日']);
  });
});
