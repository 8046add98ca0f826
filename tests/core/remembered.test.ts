import { describe, expect, it } from 'vitest';
import { rememberedBy, rememberedFor } from '../../src/core/remembered.ts';

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
});
