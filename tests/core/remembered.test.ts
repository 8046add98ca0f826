import fc from 'fast-check';
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

  it('reads a key whose reading is undefined once, as any other', () => {
    const reads: string[] = [];
    const read = rememberedBy(10, (key) => (reads.push(key), key === 'none' ? undefined : key));
    expect([read('none'), read('none'), read('a'), read('none')]).toEqual([undefined, undefined, 'a', undefined]);
    expect(reads).toEqual(['none', 'a']);
  });

  it('answers and reads as its has-then-get form did, key after key (perf71)', () => {
    // The form before perf71, the oracle: `has`, then `get` on a hit.
    const rememberedPlainly = <T>(limit: number, read: (key: string) => T) => {
      const known = new Map<string, T>();
      return (key: string): T => {
        if (known.has(key)) return known.get(key) as T;
        const value = read(key);
        if (known.size >= limit) known.clear();
        known.set(key, value);
        return value;
      };
    };
    const reading = (key: string) => (key.startsWith('u') ? undefined : key.startsWith('z') ? 0 : key.length);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.constantFrom('a', 'bb', 'u', 'uu', 'z', 'zz', 'ccc', ''), { maxLength: 30 }), (limit, keys) => {
        const [oldReads, newReads]: [string[], string[]] = [[], []];
        const old = rememberedPlainly(limit, (key) => (oldReads.push(key), reading(key)));
        const now = rememberedBy(limit, (key) => (newReads.push(key), reading(key)));
        expect(keys.map(now)).toEqual(keys.map(old));
        expect(newReads).toEqual(oldReads);
      }),
      { numRuns: 3000 },
    );
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
