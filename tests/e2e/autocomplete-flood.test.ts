// End to end: one user flooding autocomplete while others ask. Asserts behaviour, not time: every
// other user's /ask is answered, the flooder's requests beyond their budget get no choices (and cost
// no search), other users' autocompletes still get theirs.
import { describe, expect, it } from 'vitest';
import { makeUser } from './fake-discord/index.ts';
import { callbackOf, dataOf, embedOf } from './start-bot.ts';
import { useTestBot } from './test-bot.ts';
import { AUTOCOMPLETE_DEFAULTS } from '../../src/bot/autocomplete-budget.ts';
import { MAX_SUGGESTION_WORDS } from '../../src/core/browse.ts';

const FLOOD = 150;

const { fake } = useTestBot();

const choicesOf = async (id: string) => dataOf(await fake.waitForInteractionResponse(id)).choices ?? [];

describe('an autocomplete flood', () => {
  it('answers every other user\'s /ask, and the flooder beyond their budget with no choices', async () => {
    const flooder = makeUser({ username: 'flooder' });
    const others = Array.from({ length: 10 }, (_, i) => makeUser({ username: `asker${i}` }));
    const typists = Array.from({ length: 3 }, (_, i) => makeUser({ username: `typist${i}` }));

    const flood = Array.from({ length: FLOOD }, (_, i) =>
      fake.sendAutocomplete({ name: 'ask', options: { question: `zhejiang income growth ${i}` }, focused: 'question', user: flooder }),
    );
    const asks = others.map((user) => fake.sendSlashCommand({ name: 'ask', options: { question: 'how many civil disputes has fengqiao mediated' }, user }));
    const typed = typists.map((user) => fake.sendAutocomplete({ name: 'ask', options: { question: 'common prosperity' }, focused: 'question', user }));

    for (const sent of asks) {
      const callback = await fake.waitForInteractionResponse(sent.id);
      expect(callbackOf(callback).type).toBe(4);
      expect(embedOf(dataOf(callback)).description).toContain('Fengqiao');
    }
    for (const sent of typed) expect((await choicesOf(sent.id)).length).toBeGreaterThan(1);

    const flooded = await Promise.all(flood.map((sent) => fake.waitForInteractionResponse(sent.id)));
    expect(flooded.every((callback) => callbackOf(callback).type === 8)).toBe(true);
    const withChoices = flooded.filter((callback) => (dataOf(callback).choices ?? []).length > 0).length;
    // At most the burst, plus what the bucket refills while the flood lasts; the rest cost no search.
    expect(withChoices).toBeGreaterThan(0);
    expect(withChoices).toBeLessThan(FLOOD / 3);
    expect(AUTOCOMPLETE_DEFAULTS.burst).toBeLessThan(FLOOD / 3);

    // The flood spent the flooder's autocomplete budget, not their commands' rate limit.
    const own = fake.sendSlashCommand({ name: 'ask', options: { question: 'who founded wahaha' }, user: flooder });
    expect(embedOf(dataOf(await fake.waitForInteractionResponse(own.id))).description).toContain('Wahaha');
  });

  it('answers a heavy request (more words than the cost cap) with fewer choices, without searching the passages', async () => {
    const user = makeUser({ username: 'verbose' });
    const light = 'zhejiang income';
    const heavy = Array.from({ length: MAX_SUGGESTION_WORDS + 4 }, () => 'zhejiang income').join(' ').slice(0, 100);
    const lightChoices = await choicesOf(fake.sendAutocomplete({ name: 'ask', options: { question: light }, focused: 'question', user }).id);
    const heavyChoices = await choicesOf(fake.sendAutocomplete({ name: 'ask', options: { question: heavy }, focused: 'question', user }).id);
    expect(heavyChoices.length).toBeGreaterThan(0);
    expect(heavyChoices.length).toBeLessThan(lightChoices.length);
  });
});
