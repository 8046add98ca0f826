import { describe, expect, it } from 'vitest';
import { createButtonState } from '../../src/bot/button-state.ts';

describe('createButtonState', () => {
  it('gives every long payload its own key, across many refills of the random pool, each read back whole', () => {
    const buttons = createButtonState(2_000);
    const payloads = Array.from({ length: 1_500 }, (_, at) => `question ${at} ${'x'.repeat(120)}`);
    const ids = payloads.map((payload) => buttons.encode('ask:more', payload, { owner: 'u1' }));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ask:more#[A-Za-z0-9_-]{16}$/);
    expect(ids.map((id) => buttons.decode(id, 'u1')?.payload)).toEqual(payloads);
    expect(buttons.decode(ids[0] ?? '', 'u2')?.payload).toBeNull();
  });
});
