import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { secondNamesIn } from '../../../src/core/search/second-names.ts';
import { documentOf } from '../../fixtures/documents.ts';

const WORD_PARTS = DEFAULT_ENGINE_OPTIONS.search.wordParts;

/**
 * A report that names a bureau once with its initials, then writes only the initials; and a rival document that holds
 * the question's words "better", "business" and "bureau" but is about something else.
 */
const knowledge = buildKnowledge([
  documentOf(
    'quackery',
    [
      'Doctors, the American Medical Association (AMA) and the National Better Business Bureau (BBB) have estimated the toll of quackery.',
      'The BBB has reported ten times as many complaints about quack devices compared with two years ago.',
    ].join('\n\n'),
  ),
  documentOf('parking', 'The parking bureau moved downtown, where business at the better shops went up.'),
]);

describe('a name written once with its initials, then only the initials', () => {
  it('ranks the passage that writes only the initials as if it wrote the name a question asks by', () => {
    // 1. The passage naming the bureau in full: it holds the question's three words of the name side by side.
    // 2. "The BBB has reported ten times as many complaints": it answers, read as "Better Business Bureau".
    // 3. The parking bureau: the name's three words, but no complaints and no such bureau.
    const answer = answerQuestion(knowledge, 'how much have complaints to the better business bureau gone up');
    const order = answer.kind === 'answer' ? answer.results.map((result) => result.passage.text.slice(0, 12)) : [];
    expect(order).toEqual(['Doctors, the', 'The BBB has ', 'The parking ']);
  });

  it('reads the name whose initials the brackets hold, from the whole run or its tail, and no other', () => {
    const pairs = secondNamesIn('the National Better Business Bureau (BBB) said so. Washington (AP) -- Emergency War Surgery (NATO) was read.', WORD_PARTS);
    expect(pairs.map((pair) => [pair.name.join(' '), pair.other.join(' ')])).toEqual([['good busi bureau', 'bbb']]);
  });
});
