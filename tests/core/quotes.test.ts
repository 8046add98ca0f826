import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

/**
 * Made-up notes where "state" is in most passages, a short one says "state" and "roads" over and over without
 * the words between them, and the play's line is made of stop words only.
 */
const NOTES: KnowledgeDocument = {
  file: 'notes.md',
  slug: 'notes',
  meta: { title: 'Notes' },
  bodyLine: 1,
  body: [
    'The state budget grew again; the state assembly met in spring.',
    '',
    'Each state sends two members; a state may also send observers.',
    '',
    'The report of the state of the union was read to the assembly in January.',
    '',
    'The state museum keeps the old charter and a map of every state road.',
    '',
    'The actor paused and said: to be or not to be, that is the question.',
    '',
    'The state of the roads worried the state engineers more than the budget.',
    '',
    'Farmers in the north grow barley; the state buys a share of the harvest.',
    '',
    'Nobody could say how many farmers left the valley after the flood.',
    '',
    'State roads, roads of the state: roads.',
    '',
    'Nobody minded the stare of the crowd at the state fair.',
    '',
    'Were they to leave the valley, the state would buy their land.',
  ].join('\n'),
} as unknown as KnowledgeDocument;

const knowledge = buildKnowledge([NOTES]);
const first = (question: string, options = {}) => {
  const answer = answerQuestion(knowledge, question, options);
  return answer.kind === 'answer' ? answer.results[0]?.passage.text : answer.kind;
};

describe('answerQuestion on a question that quotes the documents', () => {
  it('answers a quote made only of stop words with the passage that holds it', () => {
    expect(first('to be or not to be')).toContain('to be or not to be');
  });

  it('puts the passage holding the quote first when its one content word is in most passages', () => {
    expect(first('report of the state of the union')).toContain('state of the union');
    expect(first('the state of the roads')).toContain('state of the roads');
  });

  it('never refuses a quote, even where the passage lacks the kind of fact its wording asks for', () => {
    // "how many" asks for a figure, and this passage has none: asked in other words, the question is refused.
    expect(first('how many farmers left the valley')).toContain('how many farmers left the valley');
    expect(first('how many farmers went from the valley')).toBe('no-match');
  });

  it('still says "not in my documents" for stop words that stand together in no passage', () => {
    expect(first('not to be or')).not.toBe('answer');
    expect(answerQuestion(knowledge, 'it was in the').kind).toBe('no-match');
  });

  it('reads the quote with its misspelt words corrected', () => {
    expect(first('the stat of the roads')).toContain('state of the roads');
  });

  it('reads a misspelt word as the neighbour that makes the question a quote, not only the commonest one', () => {
    // "stabe" is one letter from "state" (in most passages) and from "stare" (in one): only "stare" makes a quote.
    expect(first('the stabe of the crowd')).toContain('stare of the crowd');
    // A word of three letters is never corrected alone; in a quote, "wre" reads as "were".
    expect(first('wre they to leave')).toContain('Were they to leave');
  });
});
