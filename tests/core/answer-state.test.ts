import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerOptions } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { loadArticle } from '../fixtures/article.ts';

/**
 * The answering path keeps what is a pure function of the knowledge (and of the options it was worked out for)
 * between questions, to spare each question the work (`postings.ts`' length norms): an answer must never depend
 * on which questions, with which options, came before it.
 */
describe('answerQuestion after other questions', () => {
  it('gives each question the answer a fresh knowledge gives it, whatever was asked before and with whatever options', async () => {
    const { document } = await loadArticle();
    const asked = buildKnowledge([document]);
    const turns: [string, AnswerOptions][] = [
      ['how many residents does zhejiang have', {}],
      // Other BM25 constants: a cache worked out for the defaults must not serve them, nor they the defaults after.
      ['what is common prosperity', { search: { bm25: { k: 2, b: 0.3 } }, limit: 10 }],
      ['how many residents does zhejiang have', { limit: 10 }],
      ['when will the gap between urban and rural incomes narrow', { search: { bm25: { k: 2, b: 0.3 } } }],
      ['what is common prosperity', { limit: 10 }],
      ['"the common prosperity demonstration zone"', {}],
    ];
    const inTurn = turns.map(([question, options]) => answerQuestion(asked, question, options));
    const fresh = turns.map(([question, options]) => answerQuestion(buildKnowledge([document]), question, options));
    expect(inTurn).toEqual(fresh);
    // The options reached the ranking: the same question under other constants ranks otherwise.
    const scores = (options: AnswerOptions) => {
      const answer = answerQuestion(asked, 'what is common prosperity', { ...options, limit: 10 });
      return answer.kind === 'answer' ? answer.results.map((result) => result.score) : [];
    };
    expect(scores({ search: { bm25: { k: 2, b: 0.3 } } })).not.toEqual(scores({}));
  });
});
