import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { findFigures, findTimeline, suggestQuestions } from '../../../src/core/browse.ts';
import { readKnowledgeDir } from '../../../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../../../src/core/knowledge.ts';

// A folder holding one Chinese and one English document, both composed for this test.
const FOLDER = fileURLToPath(new URL('../../fixtures/bilingual/', import.meta.url));

let knowledge: Knowledge;
beforeAll(async () => {
  const { documents, problems } = await readKnowledgeDir(FOLDER);
  expect(problems).toEqual([]);
  knowledge = buildKnowledge(documents);
});

const firstText = (question: string): string | undefined => {
  const answer = answerQuestion(knowledge, question, { limit: 1 });
  return answer.kind === 'answer' ? answer.results[0]?.passage.text : undefined;
};

describe('answerQuestion over a Chinese and an English document', () => {
  it.each([
    // [question, a text the first passage must contain, why]
    ['云溪镇有多少常住人口', '常住人口3.8万人', 'a Chinese how-many question'],
    ['茶叶合作社是什么时候成立的', '2019年3月，镇政府成立茶叶合作社', 'a Chinese when-question'],
    ['谁说年轻人愿意回来', '合作社理事长林秀梅说', 'a Chinese who-question'],
    ['污水处理厂', '建成一座污水处理厂', 'one Chinese keyword'],
    ['香樟数种了多少', '两万棵香樟树', 'a same-sound typo (数 for 树)'],
    ['旅游步道要连接几个村', '连接三个村的旅游步道', 'a question whose words the text segments differently'],
    ['When did the ferry terminal reopen?', 'April 4, 2022', 'an English when-question'],
    ['how many people do fishing cooperatives employ', '2,300 people', 'an English how-many question'],
    ['海纳百川', 'The town\'s motto', 'a Chinese quotation inside the English document'],
    ['who promised a new sea wall', 'Mayor Elena Park said', 'an English who-question'],
  ])('answers "%s" with the passage holding "%s" (%s)', (question, expected) => {
    expect(firstText(question)).toContain(expected);
  });

  it('answers an English question about the Chinese document through its translations, shown as corrections', () => {
    const answer = answerQuestion(knowledge, 'sewage treatment plant', { limit: 1 });
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('污水处理厂');
    expect(answer.kind === 'answer' && answer.corrections).toContainEqual({ typed: 'sewage', correctedTo: '污水' });
  });

  it('says honestly that an English question with no word in either document has no match', () => {
    expect(answerQuestion(knowledge, 'submarine volcano eruption').kind).toBe('no-match');
  });

  it('bolds nothing English in a Chinese answer and reports the intent read from Chinese', () => {
    const answer = answerQuestion(knowledge, '去年茶叶产值是多少');
    expect(answer.kind === 'answer' && answer.intent).toBe('quantity');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.text).toContain('2.6亿元');
    expect(answer.kind === 'answer' && answer.figures.map((figure) => figure.raw)).toContain('2.6亿元');
  });
});

describe('figures and timeline of the Chinese document', () => {
  it('lists its figures beside the English ones', () => {
    const raws = findFigures(knowledge).map((figure) => figure.raw);
    expect(raws).toEqual(expect.arrayContaining(['约126平方公里', '3.8万人', '120余家', '2.6亿元', '15%', '近七成', '两万棵', '一万亩', '40多名', '45 million yuan']));
    expect(raws.some((raw) => raw.includes('一座'))).toBe(false);
  });

  it('lists its dates, relative ones resolved against published', () => {
    const result = findTimeline(knowledge);
    const entries = result.kind === 'entries' ? result.entries.map((entry) => `${entry.date} ${entry.kind} ${entry.raw}`) : [];
    expect(entries).toEqual(expect.arrayContaining(['2019-03 past 2019年3月', '2022 past 去年', '2025 target 到2025年', '2022-04-04 past on April 4, 2022']));
  });
});

describe('suggestQuestions on a Chinese prefix', () => {
  it('completes the last word being typed', () => {
    expect(suggestQuestions(knowledge, '污水处').map((suggestion) => suggestion.name)).toContain('污水处理');
  });
});
