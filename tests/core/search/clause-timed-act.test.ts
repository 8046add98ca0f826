import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { doerAndActOf, timesOwnAct } from '../../../src/core/search/clause-timed-act.ts';
import { parseQuery } from '../../../src/core/search/query.ts';
import { documentOf } from '../../fixtures/documents.ts';

/** A wine cellar's page: the only time its clarets' sentence tells is a clause of their own coming of age. */
const cellar = buildKnowledge([
  documentOf(
    'cellar',
    [
      'White wine is as a rule best consumed between two and six years old, and red wines, nowadays, between three and ten.',
      'Some clarets do not come into their own until they are ten or fifteen years of age, or even more.',
      'Most of the wines of Beaujolais, on the other hand, should be drunk while very young.',
    ].join(' '),
  ),
]);
const asked = (question: string) => doerAndActOf(parseQuery(question, cellar.index, cellar.lexicon), null, cellar.lexicon);

describe('a clause of time times its own sentence\'s act', () => {
  it('declines "when is the new beaujolais released each year" where the only clause times the clarets\' coming of age', () => {
    expect(answerQuestion(cellar, 'when is the new beaujolais released each year').kind).not.toBe('answer');
  });

  it('reads the clause as timing a sentence that says the act or names the doer', () => {
    const release = asked('when is the new beaujolais released each year');
    expect(release).not.toBeNull();
    expect(timesOwnAct('Some clarets do not come into their own until they are ten or fifteen years of age.', release!)).toBe(false);
    expect(timesOwnAct('The new wine is released when the harvest is in.', release!)).toBe(true);
    expect(timesOwnAct('Beaujolais is drunk when it is young.', release!)).toBe(true);
    // A pronoun asked is named by any personal pronoun: a man may tell it himself.
    const emotion = asked('when did he last have a religious emotion');
    expect(timesOwnAct('My brother and mother got no value from their religion when they died.', emotion!)).toBe(true);
  });
});
