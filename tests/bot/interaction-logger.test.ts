import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { childOnFirstLine } from '../../src/bot/interaction-logger.ts';
import { createLogger } from '../../src/logger.ts';

const SECRET = 'a-bot-token-0123456789';

/** docent's logger at `level`, writing JSON lines to memory. */
function memoryLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, { destination, secrets: [SECRET] }), lines };
}

const BINDINGS = { interactionId: '1200000000000000001', command: 'ask', userId: '1100000000000000002' };

describe(childOnFirstLine, () => {
  it('makes no child logger for an interaction that writes no line at the level', () => {
    const { logger, lines } = memoryLogger('warn');
    const child = vi.spyOn(logger, 'child');
    const named = childOnFirstLine(logger, BINDINGS);
    named.info({ kind: 'answer' }, 'question');
    named.debug('interaction done');
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('names the interaction on every line it writes, with one child for all of them', () => {
    const { logger, lines } = memoryLogger('info');
    const child = vi.spyOn(logger, 'child');
    const named = childOnFirstLine(logger, BINDINGS);
    named.debug('below the level');
    named.info({ kind: 'answer' }, 'question');
    named.warn({ ageMs: 3 }, 'late');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((line) => [line.msg, line.interactionId, line.command, line.userId])).toEqual([
      ['question', BINDINGS.interactionId, 'ask', BINDINGS.userId],
      ['late', BINDINGS.interactionId, 'ask', BINDINGS.userId],
    ]);
    expect(lines[0]?.kind).toBe('answer');
  });

  it('keeps the logger\'s scrubbing of secrets and of interaction tokens in URLs', () => {
    const { logger, lines } = memoryLogger('info');
    childOnFirstLine(logger, BINDINGS).error(`failed with ${SECRET} at /interactions/1200000000000000001/tokentokentoken/callback`);
    expect(lines[0]?.msg).toBe('failed with [redacted] at /interactions/1200000000000000001/[redacted]/callback');
  });
});
