import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { combineFollowUp } from '../../src/core/follow-up.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';

describe('combineFollowUp', () => {
  it('carries the previous question\'s topic and question word into a short follow-up, its new year replacing the old', () => {
    expect(combineFollowUp('How many major projects were there in 2022?', 'and by 2025?')).toBe('and by 2025? how many major projects');
  });

  it('keeps the follow-up\'s own words first and does not repeat them', () => {
    expect(combineFollowUp('What is the disposable income of urban residents?', 'what about rural residents?')).toBe('what about rural residents? disposable income urban');
  });

  it('keeps the previous question\'s year when the follow-up names none', () => {
    expect(combineFollowUp('How many tourists came in 2021?', 'and the revenue?')).toBe('and the revenue? how many tourists 2021');
  });

  it('answers a follow-up with enough words of its own as written', () => {
    expect(combineFollowUp('How many tourists came in 2021?', 'how are elderly people on the islands cared for?')).toBe('how are elderly people on the islands cared for?');
  });

  it('finds the first question\'s passage for a follow-up that alone names nothing the documents hold', () => {
    const knowledge = buildKnowledge([
      {
        slug: 'port',
        file: 'port.txt',
        meta: { title: 'Port' },
        bodyLine: 1,
        body: 'The library will reopen by 2025.\n\nThe port handled 4.2 million containers in 2022.\n\nThe port aims to handle 6 million containers by 2025.',
      },
    ]);
    const followUp = combineFollowUp('How many containers did the port handle in 2022?', 'and by 2025?');
    const answer = answerQuestion(knowledge, followUp);
    expect(answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind).toBe('The port aims to handle 6 million containers by 2025.');
  });
});
