import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { knowledgeOfFile } from '../../fixtures/documents.ts';

// A city's report, written for this test: it names a sports centre and a reservoir without placing or sizing them,
// and names two partner cities and a few numbers.
const REPORT = `---
title: 青禾市2023年工作报告
published: 2024-01-20
language: zh
---
青禾市2023年工作报告

过去一年，新建的市体育中心投入使用，承办了全省青少年运动会。东山水库扩建工程开工建设。

全市与成都、杭州两地签订产业合作协议，全年引进企业45家。城市绿化覆盖率提高到41.5%。`;

// The kind of answer a question gets from one report, with the check's share as set or turned off (0).
const kindIn = (knowledge: ReturnType<typeof knowledgeOfFile>) => (question: string, kindShareOfBest?: number) =>
  answerQuestion(knowledge, question, kindShareOfBest === undefined ? {} : { answer: { abstain: { kindShareOfBest } } }).kind;
const kindOf = kindIn(knowledgeOfFile('qinghe-city.txt', REPORT));

describe('a Chinese question asking a place or a number of a thing the text names', () => {
  it('is declined when the sentence about the thing names no place, or writes no number', () => {
    expect(kindOf('市体育中心建在哪个区？')).toBe('no-match');
    expect(kindOf('市体育中心能容纳多少观众？')).toBe('no-match');
    expect(kindOf('东山水库扩建工程的规模有多大？')).toBe('no-match');
    // Without the check all three are answered: they hold most of their characters. (The sentence's 新建, "newly built",
    // is also a district's name, and is no place here.)
    expect(kindOf('市体育中心建在哪个区？', 0)).toBe('answer');
    expect(kindOf('市体育中心能容纳多少观众？', 0)).toBe('answer');
    expect(kindOf('东山水库扩建工程的规模有多大？', 0)).toBe('answer');
  });

  it('is answered where that sentence names a place or writes a number', () => {
    expect(kindOf('全市与哪些城市签订了产业合作协议？')).toBe('answer');
    expect(kindOf('全年引进了多少企业？')).toBe('answer');
    expect(kindOf('城市绿化覆盖率是多少？')).toBe('answer');
  });
});

// A town's report, written for this test: a festival with a quoted mascot, a reservoir and a bridge with no name given
// for their builder or code, a bond named by the words before 债券, and a group named by the words before 集团; rates
// beside a bridge and a festival, whose length and visitors it does not give, and a bond's amount, not its rate.
const TOWN = `---
title: 白沙镇2023年工作报告
published: 2024-01-18
language: zh
---
白沙镇2023年工作报告

过去一年，全镇举办首届茶文化节，吉祥物“茶宝”受到欢迎，东山水库扩建工程开工建设，全镇旅游收入增长20%。新建的白沙大桥建成通车，全镇公路通车里程增长12%，通往杭州的高速公路开工建设。

镇城投集团承建滨江新区，新修江堤8公里，绿化覆盖率达到45%。今年发行绿色债券3亿元。`;

const townKindOf = kindIn(knowledgeOfFile('baisha-town.txt', TOWN));

describe('a Chinese question asking a name or an organisation of a thing the text names', () => {
  it('is declined when the clause about the thing writes no name the question does not', () => {
    expect(townKindOf('白沙大桥是由哪家公司建造的？')).toBe('no-match');
    expect(townKindOf('东山水库扩建工程的代号是什么？')).toBe('no-match');
    // Without the check both are answered: they hold most of their characters. The second's sentence quotes “茶宝”,
    // the mascot's name, in another clause.
    expect(townKindOf('白沙大桥是由哪家公司建造的？', 0)).toBe('answer');
    expect(townKindOf('东山水库扩建工程的代号是什么？', 0)).toBe('answer');
  });

  it('is answered where that clause quotes a name, or writes words before the noun asked', () => {
    expect(townKindOf('茶文化节的吉祥物叫什么？')).toBe('answer');
    expect(townKindOf('今年发行的债券叫什么？')).toBe('answer');
    expect(townKindOf('滨江新区由哪家企业承建？')).toBe('answer');
  });
});

describe('a Chinese question asking a rate, a length or a count', () => {
  it('is declined when the sentence about its topic writes a number of another dimension', () => {
    expect(townKindOf('白沙大桥有多长？')).toBe('no-match');
    expect(townKindOf('绿色债券的利率是多少？')).toBe('no-match');
    expect(townKindOf('茶文化节的游客数量是多少？')).toBe('no-match');
    // Without the check all three are answered: their sentence writes a number (12%, 3亿元, 20%).
    expect(townKindOf('白沙大桥有多长？', 0)).toBe('answer');
    expect(townKindOf('绿色债券的利率是多少？', 0)).toBe('answer');
    expect(townKindOf('茶文化节的游客数量是多少？', 0)).toBe('answer');
  });

  it('is answered where that sentence writes a length, a percentage or a count', () => {
    expect(townKindOf('滨江新区新修的江堤有多长？')).toBe('answer');
    expect(townKindOf('滨江新区绿化覆盖率是多少？')).toBe('answer');
    expect(townKindOf('绿色债券的发行量是多少？')).toBe('answer');
  });
});

describe('a Chinese question asking a place', () => {
  it('is declined when the place its sentence names stands in another clause, of another thing', () => {
    expect(townKindOf('白沙大桥建在哪个区？')).toBe('no-match');
    // Weighed by sentences, 杭州 (the motorway's end) answers it.
    expect(townKindOf('白沙大桥建在哪个区？', 0)).toBe('answer');
  });

  it('is answered where the clause about its topic names the place', () => {
    expect(townKindOf('开工建设的高速公路通往哪座城市？')).toBe('answer');
  });
});
