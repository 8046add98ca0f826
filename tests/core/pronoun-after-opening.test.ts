import { describe, expect, it } from 'vitest';
import { pronounAfterOpening } from '../../src/core/search/pronoun-after-opening.ts';

describe('pronounAfterOpening', () => {
  it('reads a pronoun subject after one or two short opening phrases', () => {
    expect(pronounAfterOpening('A moment later, moving awkwardly because of the swimming fins, she picked up the gun.', 8)).toBe(true);
    expect(pronounAfterOpening('Each year from 1941 on, its medical staff had conducted field investigations.', 8)).toBe(true);
  });

  it('does not read an opening that names someone, a phrase longer than the limit, or any at 0', () => {
    expect(pronounAfterOpening('After Smith left the meeting, he called the mayor.', 8)).toBe(false);
    expect(pronounAfterOpening('Chewing it over with his colleagues and in his own mind, he reaches a tentative answer.', 8)).toBe(false);
    expect(pronounAfterOpening('A moment later, she picked up the gun.', 0)).toBe(false);
    expect(pronounAfterOpening('She picked up the gun a moment later.', 8)).toBe(false);
  });
});
