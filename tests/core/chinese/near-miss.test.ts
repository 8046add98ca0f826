import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { knowledgeOfFile } from '../../fixtures/documents.ts';

// A county's report, written for this test: it names roads, bridges, training and grain, and counts some of them.
const REPORT = `---
title: 青禾县2023年工作报告
published: 2024-01-20
language: zh
---
青禾县2023年工作报告

过去一年，全县新建农村公路120公里，改造危旧桥梁，打通了山区群众出行的最后一公里。

全县粮食产量达到8.6亿斤，比上年增长3.1%。3200余名农民工参加职业技能培训，县财政安排培训资金4500万元。全县1.5万学生享受营养午餐补助。

今年全县计划新增城镇就业1.2万人，粮食产量稳定在8.5亿斤以上。`;

const knowledge = knowledgeOfFile('qinghe-county.txt', REPORT);
const kindOf = (question: string, minMeasureShareHeld?: number) =>
  answerQuestion(knowledge, question, minMeasureShareHeld === undefined ? {} : { answer: { abstain: { minMeasureShareHeld } } }).kind;

describe('a Chinese question about a thing the text names, asking what it does not hold', () => {
  it('is declined when it asks a number of a measure no sentence about the thing writes', () => {
    // The bridges are named, never counted; the yuan are the training's, not the roads'.
    expect(kindOf('去年全县改造了多少座桥梁？')).toBe('no-match');
    expect(kindOf('新建农村公路花了多少万元？')).toBe('no-match');
    // Without the check both are answered: they hold most of their characters.
    expect(kindOf('去年全县改造了多少座桥梁？', 0)).toBe('answer');
    expect(kindOf('新建农村公路花了多少万元？', 0)).toBe('answer');
  });

  it('is answered where the sentence writes such a number, a count of persons by a noun of persons too', () => {
    expect(kindOf('去年全县新建农村公路多少公里？')).toBe('answer');
    expect(kindOf('有多少人参加职业技能培训？')).toBe('answer');
    expect(kindOf('多少人享受营养午餐补助？')).toBe('answer');
    expect(kindOf('县财政安排了多少万元培训资金？')).toBe('answer');
  });

  it('is declined when it writes a year the text dates nothing in', () => {
    expect(kindOf('2019年全县粮食产量是多少？')).toBe('no-match');
    expect(kindOf('2023年全县粮食产量是多少？')).toBe('answer');
  });
});
