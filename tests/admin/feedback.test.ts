import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gapKey } from '../../src/admin/feedback.ts';
import type { Admin } from '../../src/admin/open.ts';
import { GUILD_A, GUILD_B, open, setUp, type Setup } from './helpers.ts';

const DAY = 24 * 60 * 60 * 1000;
let clock = Date.parse('2026-03-01T12:00:00Z');
const now = () => new Date(clock);

let setup: Setup;
let admin: Admin;
beforeEach(async () => {
  clock = Date.parse('2026-03-01T12:00:00Z');
  setup = await setUp();
  admin = open(setup, { now });
});
afterEach(async () => {
  admin.close();
  await rm(setup.root, { recursive: true, force: true });
});

const miss = (question: string, guildId: string | null = GUILD_A) => admin.feedback.recordMiss({ guildId, question, passageIds: [], kind: 'no-match' });
const vote = (answerId: string, user: string, helpful: boolean, question = 'when did the red boat sail') =>
  admin.feedback.vote({ answerId, voter: admin.feedback.voterOf(user), helpful, miss: { guildId: GUILD_A, question, passageIds: ['harbour#abc'] } });

describe('the feedback log', { timeout: 60_000 }, () => {
  it('groups wordings of one question, most frequent first, with the latest wording and time', () => {
    expect(miss('What is the GDP of Zhejiang?')).toBe('recorded');
    clock += 1000;
    miss('population of Ningbo');
    clock += 1000;
    miss('zhejiang gdp?');
    clock += 1000;
    miss('GDP of Zhejiang');
    miss('zhejiang gdp', GUILD_B);
    expect(admin.feedback.gaps(GUILD_A)).toEqual([
      { question: 'GDP of Zhejiang', count: 3, lastAsked: new Date(clock).toISOString(), kind: 'no-match' },
      { question: 'population of Ningbo', count: 1, lastAsked: new Date(clock - 2000).toISOString(), kind: 'no-match' },
    ]);
    expect(admin.feedback.gaps(GUILD_B)).toEqual([expect.objectContaining({ question: 'zhejiang gdp', count: 1 })]);
    expect(admin.feedback.gaps(null)).toEqual([]);
  });

  it('keys a question on its stemmed topic words, order and stop words aside', () => {
    expect(gapKey('What is the GDP of Zhejiang?')).toBe(gapKey('zhejiang gdp?'));
    expect(gapKey('How many storms were logged')).toBe(gapKey('storm logs'));
    expect(gapKey('population of Ningbo')).not.toBe(gapKey('GDP of Ningbo'));
  });

  it('counts one vote per person per answer, changeable, and a vote changed to helpful leaves the gaps', () => {
    vote('answer-1', 'alice', false);
    vote('answer-1', 'alice', false);
    vote('answer-1', 'bob', false);
    expect(admin.feedback.gaps(GUILD_A)).toEqual([expect.objectContaining({ kind: 'not-helpful', count: 2 })]);
    vote('answer-1', 'alice', true);
    expect(admin.feedback.gaps(GUILD_A)).toEqual([expect.objectContaining({ kind: 'not-helpful', count: 1 })]);
    vote('answer-1', 'bob', true);
    expect(admin.feedback.gaps(GUILD_A)).toEqual([]);
  });

  it('hashes voters with a salt kept in the database: stable across openings, never the user id', () => {
    const hash = admin.feedback.voterOf('123456789012345678');
    expect(hash).not.toContain('123456789012345678');
    expect(hash).not.toBe(admin.feedback.voterOf('123456789012345679'));
    admin.close();
    admin = open(setup, { now });
    expect(admin.feedback.voterOf('123456789012345678')).toBe(hash);
  });

  it('deletes votes and misses older than RETENTION_DAYS when it opens', () => {
    miss('old question about ferries');
    vote('answer-1', 'alice', false, 'old vote about boats');
    clock += 50 * DAY;
    miss('recent question about lighthouses');
    admin.close();
    clock += 41 * DAY;
    admin = open(setup, { now, retentionDays: 90 });
    expect(admin.feedback.gaps(GUILD_A)).toEqual([expect.objectContaining({ question: 'recent question about lighthouses' })]);
  });

  it('applies the retention once a day in a process that stays up', () => {
    admin.close();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      admin = open(setup, { now, retentionDays: 90 });
      miss('question of the first day');
      clock += 91 * DAY;
      miss('question of today');
      vi.advanceTimersByTime(DAY);
      expect(admin.feedback.gaps(GUILD_A)).toEqual([expect.objectContaining({ question: 'question of today' })]);
    } finally {
      vi.useRealTimers();
    }
  });
});
