import { describe, expect, it } from 'vitest';
import { wordNetLexicon } from '../../../src/core/search/lexicon.ts';
import { termOfWordsAsked } from '../../../src/core/search/term-of-words.ts';

const writes = (question: string) => {
  const written = termOfWordsAsked(question.split(' '), wordNetLexicon(), 2);
  if (written === null) throw new Error(`no term of several words read in "${question}"`);
  return written;
};

describe('a term of several words asked, as a passage writes it', () => {
  it('is the term written whole, or a synonym as a word of its own or its plural', () => {
    expect(writes('what is a record player')('He bought two phonographs and a record player.')).toBe(true);
    expect(writes('what is a record player')('The old phonographs stood in a row.')).toBe(true);
    expect(writes('what is a grand piano')('She sat down at the grand and played.')).toBe(true);
  });

  it('is not a synonym met only as the start of a longer word ("grand" of "grandmother", "po" of "poem")', () => {
    expect(writes('what is a grand piano')('His grandmother played the organ.')).toBe(false);
    expect(writes('what is a post office')('She wrote a poem for the police.')).toBe(false);
    expect(writes('what is a record player')('A record of the players was kept.')).toBe(false);
  });
});
