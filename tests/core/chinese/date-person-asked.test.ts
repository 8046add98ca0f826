import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { countyReportOf, knowledgeOfFile } from '../../fixtures/documents.ts';

// A county's report, written for this test: a bridge opened in a year it does not name, a hospital opened on a day it
// names, a festival whose host it names and whose compère it does not, and a kind of energy it names beside one it does not.
const PARAGRAPHS = [
  '——2024年1月15日在临江县第五届人民代表大会第三次会议上',
  '一年来，我们稳妥应对特大洪涝灾害，临江大桥建成通车。县医院新院区于2023年9月28日正式启用。',
  '县委、县政府带领全县干部群众完成全年目标任务。县文旅局成功举办首届龙舟节，全县建成智慧农业示范基地12个。可再生能源发电装机首次超过火电。',
];

// The kind of answer a question gets, with the check's share as set or turned off (0).
const knowledge = countyReportOf('linjiang-county', ...PARAGRAPHS);
const kindOf = (question: string, kindShareOfBest?: number) =>
  answerQuestion(knowledge, question, kindShareOfBest === undefined ? {} : { answer: { abstain: { kindShareOfBest } } }).kind;
// Declined, and answered with the check turned off: the check declines it, not too little of it held.
const expectDeclinedByCheck = (...questions: string[]) => {
  for (const question of questions) {
    expect(kindOf(question)).toBe('no-match');
    expect(kindOf(question, 0)).toBe('answer');
  }
};

describe('a Chinese question asking a date of a grain', () => {
  it('is declined when the sentence about its topic writes no date of that grain', () => {
    // Without the check both are answered: they hold most of their characters ("一年来" is a span, no year named).
    expectDeclinedByCheck('临江大桥是哪一年建成通车的？', '特大洪涝灾害是哪一天发生的？');
  });

  it('is answered where that sentence writes one, or by a title its document dates', () => {
    expect(kindOf('县医院新院区是哪一天启用的？')).toBe('answer');
    expect(kindOf('县医院新院区是哪个月启用的？')).toBe('answer');
    expect(kindOf('县医院新院区是哪一年启用的？')).toBe('answer');
    expect(kindOf('这份政府工作报告是哪一天作的？')).toBe('answer');
    // "在哪天" asks a day, not a place ("在哪里"): of a report naming no place, no place name is wanted of it.
    const unplaced = knowledgeOfFile('report-unplaced.txt', ['---\ntitle: 政府工作报告\npublished: 2024-01-15\nlanguage: zh\n---\n政府工作报告', '——2024年1月15日在第五届人民代表大会第三次会议上', '现在，我代表政府，向大会报告工作，请予审议。'].join('\n\n'));
    expect(answerQuestion(unplaced, '这次政府工作报告是在哪天的大会上作的？').kind).toBe('answer');
    // "什么时候" names no grain: the reports answer it with their own year, undated.
    expect(kindOf('临江大桥什么时候建成通车的？')).toBe('answer');
  });
});

describe('a Chinese question asking a year, of a paragraph that opens on one', () => {
  // A paragraph whose first sentence has a year as its subject tells what that year held; one that opens on a year as an
  // adverbial dates that sentence only.
  const ofParagraph = (paragraph: string) =>
    knowledgeOfFile('linjiang-year.txt', `---\ntitle: 临江县工作回顾\npublished: 2024-01-15\nlanguage: zh\n---\n临江县工作回顾\n\n${paragraph}\n\n县医院新院区正式启用，全县建成智慧农业示范基地12个。`);
  const asked = '临江县第三次党代会是哪一年召开的？';

  it('is answered by a sentence after the year the paragraph opens on', () => {
    expect(answerQuestion(ofParagraph('2022年是临江县发展极为重要的一年。全县干部群众团结奋斗，胜利召开临江县第三次党代会。'), asked).kind).toBe('answer');
  });

  it('is answered by a sentence telling its year from the sentence before (同年, 次年, 随后)', () => {
    for (const told of ['同年', '次年', '随后']) expect(answerQuestion(ofParagraph(`2018年，临江大桥建成通车。${told}，全县干部群众胜利召开临江县第三次党代会。`), asked).kind).toBe('answer');
    // Told from a sentence that dates nothing, it tells no year.
    expect(answerQuestion(ofParagraph('临江大桥建成通车。同年，全县干部群众胜利召开临江县第三次党代会。'), asked).kind).toBe('no-match');
  });

  it('is declined where the opening year dates its own sentence only', () => {
    expect(answerQuestion(ofParagraph('2022年，全县干部群众团结奋斗。我们胜利召开临江县第三次党代会。'), asked).kind).toBe('no-match');
  });
});

describe('a Chinese question asking a kind among kinds', () => {
  it('is declined when the clause about its topic names no kind of the noun asked but the question\'s own', () => {
    expectDeclinedByCheck('可再生能源发电中哪种能源的装机最多？', '智慧农业示范基地种植的是哪种作物？');
  });

  it('is answered where that clause writes the noun after words the question lacks', () => {
    expect(kindOf('哪种能源的发电装机超过了火电？')).toBe('answer');
  });
});

describe('a Chinese question asking a person', () => {
  it('is declined when the sentence about its topic names no doer but the question\'s own, or not the role asked', () => {
    expectDeclinedByCheck('谁主持了临江县第五届人民代表大会第三次会议？', '首届龙舟节的主持人是谁？');
  });

  it('is answered where that sentence names a person, a body or the writer', () => {
    expect(kindOf('谁带领全县干部群众完成了全年目标任务？')).toBe('answer');
    expect(kindOf('谁成功举办了首届龙舟节？')).toBe('answer');
    expect(kindOf('谁稳妥应对了特大洪涝灾害？')).toBe('answer');
  });
});
