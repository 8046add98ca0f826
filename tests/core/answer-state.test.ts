import { describe, expect, it } from 'vitest';
import { answerQuestion, type AnswerOptions } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { loadArticle } from '../fixtures/article.ts';

/**
 * The answering path keeps what is a pure function of the knowledge (and of the options it was worked out for)
 * between questions, to spare each question the work (`postings.ts`' length norms, each fact's terms in `answer.ts`,
 * the words after an apostrophe and the passages with unspaced script in `phrase-words.ts`): an answer must never
 * depend on which questions, with which options, came before it, nor on the knowledge a reload replaced.
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

  it('answers from the reloaded knowledge, not from what was kept for the one before', async () => {
    const { document } = await loadArticle();
    const question = 'what is the per capita disposable income of zhejiang';
    const figuresOf = (answer: ReturnType<typeof answerQuestion>) => (answer.kind === 'answer' ? answer.figures.map((figure) => `${figure.value} ${figure.measure}`) : []);
    const before = buildKnowledge([document]);
    expect(figuresOf(answerQuestion(before, question))).toContain('100000 per capita GDP');
    // The document edited as an admin would, then reloaded: its figure's words change, and the phrase "per capita" with them.
    const edited = { ...document, body: document.body.replace("Zhejiang's per capita GDP has exceeded 100,000 yuan", "Zhejiang's GDP per head has exceeded 120,000 yuan") };
    const after = buildKnowledge([edited]);
    const reloaded = answerQuestion(after, question);
    expect(figuresOf(reloaded)).not.toContain('100000 per capita GDP');
    expect(figuresOf(reloaded)).toContain('120000 GDP per head');
    expect(reloaded).toEqual(answerQuestion(buildKnowledge([edited]), question));
  });
});
