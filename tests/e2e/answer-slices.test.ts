// End to end: a burst of /ask that reaches the bot in one read is answered a slice at a time, so the first
// replies reach Discord while the burst's last answers are still to be made (issue 13). Without slices, every
// answer of the read was made before the first reply was written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeUser } from './fake-discord/index.ts';
import { callbackOf } from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const { fake, bot } = useTestBot();

/** Distinct questions on the article, so no answer comes from a cache and each costs its CPU. */
const QUESTIONS = (JSON.parse(readFileSync(new URL('../fixtures/heldout-questions.json', import.meta.url), 'utf8')) as { q: string }[])
  .map((question) => question.q)
  .slice(0, 40);

const answersMade = () => bot.log.lines().filter((line) => line.msg === 'question').length;

describe('a burst of questions', () => {
  it('has its first replies written before its last answers are made, and every question answered', async () => {
    const before = answersMade();
    const isCallback = (request: { method: string; path: string }) => request.method === 'POST' && request.path.endsWith('/callback');
    const seen = fake.requests.filter(isCallback).length;
    const first = fake.waitForRequest((request) => isCallback(request) && fake.requests.filter(isCallback).length > seen);
    // Sent in one go, the frames reach the bot together and are read at once.
    const sent = QUESTIONS.map((question, i) => fake.sendSlashCommand({ name: 'ask', options: { question }, user: makeUser({ username: `burst${i}` }) }));
    await first;
    // The fake has handled a reply: count the answers made by then (the bot and the fake share this process).
    expect(answersMade() - before).toBeLessThan(QUESTIONS.length);
    for (const interaction of sent) expect(callbackOf(await fake.waitForInteractionResponse(interaction.id)).type).toBe(4);
    expect(answersMade() - before).toBe(QUESTIONS.length);
  });
});
