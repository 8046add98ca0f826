// The paced bench's sender (`bench/e2e.ts`): a question that falls due while the harness is busy handling a request goes
// out as that request ends, not with every other one held back at the loop's next timer, a burst no users would send.
import { performance } from 'node:perf_hooks';
import { afterEach, expect, test } from 'vitest';
import { Interactions, pacedLoop, Tally } from '../../bench/e2e.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';

/** How long the request below holds the harness's loop, as a burst of callbacks after a pause of the bot does. */
const BUSY_MS = 40;
const RATE = 400;

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

test('questions due while the harness handles a request are sent as it ends, not in a burst at its next timer', async () => {
  fake = await startFakeDiscord();
  let handling = false;
  let handled: () => void = () => undefined;
  const turnOver = new Promise<void>((resolve) => {
    handled = resolve;
  });
  // Registered before the bench's own tap, so it runs first: the loop is held, then the request is over for the harness
  // once this turn of the loop ends (the immediate below runs after the turn, before any timer of the next).
  void fake
    .waitForRequest(() => {
      if (handling) return false;
      const until = performance.now() + BUSY_MS;
      while (performance.now() < until);
      handling = true;
      setImmediate(() => {
        handling = false;
        handled();
      });
      return false;
    }, 60_000)
    .catch(() => undefined);
  const interactions = new Interactions(fake);
  let sentInTheTurn = 0;
  const send = fake.sendSlashCommand.bind(fake);
  fake.sendSlashCommand = (input) => {
    if (handling) sentInTheTurn += 1;
    return send(input);
  };
  const tally = new Tally();
  const round = pacedLoop(interactions, tally, RATE, 30, { until: turnOver, timeoutMs: 100 });
  await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot any.test.token' } });
  await round;
  // BUSY_MS at RATE a second: 16 fell due in the request's handling; the loop had sent the ones due before it.
  expect(sentInTheTurn).toBeGreaterThanOrEqual((BUSY_MS * RATE) / 1000 - 1);
  expect(tally.sent).toBeGreaterThanOrEqual(sentInTheTurn);
});
