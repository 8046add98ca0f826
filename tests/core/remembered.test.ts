import { describe, expect, it } from 'vitest';
import { rememberedBy, rememberedFor, rememberedOn } from '../../src/core/remembered.ts';

describe('remembered readings', () => {
  it('reads a key once, and again only after the bound has been passed', () => {
    const reads: string[] = [];
    const read = rememberedBy(2, (key) => (reads.push(key), key.length));
    expect([read('a'), read('a'), read('bb'), read('a')]).toEqual([1, 1, 2, 1]);
    expect(reads).toEqual(['a', 'bb']);
    read('ccc'); // the third key: the memory is dropped and holds only it
    read('a');
    expect(reads).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it("serves each owner its own reading, so one knowledge base's lexicon never answers for another's", () => {
    const english = { word: 'rate' };
    const other = { word: 'ph' };
    const read = rememberedFor(10, (owner: { word: string }, key: string) => owner.word === key);
    expect(read(english, 'rate')).toBe(true);
    expect(read(other, 'rate')).toBe(false);
    expect(read(english, 'rate')).toBe(true);
  });

  it('reads a question once, and afresh when asked of it with another setting', () => {
    const reads: number[] = [];
    const read = rememberedOn((question: { words: string[] }, bound: number) => (reads.push(bound), question.words.slice(0, bound)));
    const question = { words: ['how', 'many', 'sailors'] };
    expect(read(question, 2)).toEqual(['how', 'many']);
    expect(read(question, 2)).toEqual(['how', 'many']);
    expect(reads).toEqual([2]);
    expect(read(question, 3)).toEqual(['how', 'many', 'sailors']);
    expect(read({ words: ['who'] }, 3)).toEqual(['who']);
    expect(reads).toEqual([2, 3, 3]);
  });
});
