import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { buildSpeller, editDistance, spellerOf } from '../../../src/core/search/spelling.ts';
import { vocabularyOf } from '../../../src/core/search/vocabulary.ts';

const { minCorrectableLength, twoEditsFromLength } = DEFAULT_ENGINE_OPTIONS.spelling;

/**
 * The speller as it was before its deletions were packed into hashes: a `Map` from every one-letter deletion
 * to its words. Corrections must reach the same distance and the same word frequency (which of two equally
 * near, equally frequent words wins is the only thing left to order).
 */
function referenceCorrection(counts: ReadonlyMap<string, number>, word: string): { distance: number; count: number } | null {
  const deletions = (text: string) => Array.from(text, (_, at) => text.slice(0, at) + text.slice(at + 1));
  const byDeletion = new Map<string, Set<string>>();
  for (const known of counts.keys()) {
    if (known.length < minCorrectableLength - 1 || !/^\p{L}+$/u.test(known)) continue;
    for (const variant of deletions(known)) byDeletion.set(variant, (byDeletion.get(variant) ?? new Set()).add(known));
  }
  if (word.length < minCorrectableLength || counts.has(word) || !/^\p{L}+$/u.test(word)) return null;
  const maxDistance = word.length >= twoEditsFromLength ? 2 : 1;
  const probes = [word, ...deletions(word)];
  if (word.length >= twoEditsFromLength) probes.push(...deletions(word).flatMap(deletions));
  let best: { distance: number; count: number } | null = null;
  for (const probe of probes) {
    for (const candidate of [...(counts.has(probe) ? [probe] : []), ...(byDeletion.get(probe) ?? [])]) {
      const distance = editDistance(word, candidate, maxDistance);
      const count = counts.get(candidate) ?? 0;
      if (distance > maxDistance) continue;
      if (best === null || distance < best.distance || (distance === best.distance && count > best.count)) best = { distance, count };
    }
  }
  return best;
}

const letters = fc.constantFrom(...'abcdeilmnorst');
const wordArbitrary = fc.array(letters, { minLength: 3, maxLength: 10 }).map((chars) => chars.join(''));

describe('buildSpeller', () => {
  it('corrects a misspelt word to the nearest, then most frequent, word of the knowledge base', () => {
    const speller = buildSpeller(vocabularyOf(new Map([['zhejiang', 3], ['mountains', 5], ['fountains', 1], ['prosperity', 2]])));
    expect(speller.correct('zhejing')).toBe('zhejiang');
    expect(speller.correct('mountians')).toBe('mountains');
    expect(speller.correct('prospreity')).toBe('prosperity');
    expect(speller.correct('mountains')).toBeNull(); // known
    expect(speller.correct('qqqqqqq')).toBeNull(); // nothing near
  });

  it('lists every word one edit away, commonest first, as trying each edit of the word would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(wordArbitrary, fc.integer({ min: 1, max: 5 })), { selector: ([word]) => word, minLength: 1, maxLength: 40 }), wordArbitrary, (entries, typed) => {
        const counts = new Map(entries);
        const expected = [...counts]
          .filter(([word]) => word !== typed && word.length >= 3 && editDistance(typed, word, 1) <= 1)
          .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
          .map(([word]) => word);
        expect(buildSpeller(vocabularyOf(counts)).neighbours(typed)).toEqual(expected);
      }),
    );
  });

  it('reaches the same distance and frequency as a map of every deletion, for any vocabulary and typo', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(wordArbitrary, fc.integer({ min: 1, max: 3 })), { selector: ([word]) => word, minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), letters), { minLength: 1, maxLength: 2 }),
        (entries, pick, edits) => {
          const counts = new Map(entries);
          // A known word with one or two letters replaced: near something, as typos are.
          let typed = entries[pick % entries.length]?.[0] ?? '';
          for (const [at, letter] of edits) typed = typed.slice(0, at % typed.length) + letter + typed.slice((at % typed.length) + 1);
          const corrected = buildSpeller(vocabularyOf(counts)).correct(typed);
          const expected = referenceCorrection(counts, typed);
          if (expected === null) expect(corrected).toBeNull();
          else {
            expect(corrected).not.toBeNull();
            expect(editDistance(typed, corrected ?? '', 2)).toBe(expected.distance);
            expect(counts.get(corrected ?? '')).toBe(expected.count);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('corrects the same from its saved deletion keys, without computing them again', () => {
    const vocabulary = vocabularyOf(new Map([['harbour', 4], ['harbor', 1], ['lantern', 2], ['breakwater', 1]]));
    const built = buildSpeller(vocabulary);
    const restored = spellerOf(vocabulary, built.deletionKeys.slice());
    for (const typed of ['harbur', 'lanturn', 'brekwater', 'harbours', 'xyzzy']) expect(restored.correct(typed)).toBe(built.correct(typed));
    // One packed number (8 bytes) per distinct deletion: 'harbour' alone has 7.
    expect(built.deletionKeys.length).toBeLessThanOrEqual(7 + 6 + 7 + 10);
  });
});
