// `answer-ab.ts`'s turns (`bench/answer-turns.ts`): two versions answer the same questions block by block, who goes first
// alternating, and `--built` runs each checkout's build in a plain-node child. The CPU read is never asserted, only that
// every question is asked of both and that the built side runs and answers.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSide, takeTurns, type Side } from '../../bench/answer-turns.ts';
import { KNOWLEDGE_DIR } from '../e2e/start-bot.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The core built apart from dist/ (as tests/build does, under node_modules/.cache so that node_modules resolves). */
const OUT = join(ROOT, 'node_modules', '.cache', 'docent-answer-ab-test');
const BUILD_TIMEOUT_MS = 240_000;
const QUESTIONS = ['how many civil disputes has fengqiao mediated', 'what is the common prosperity demonstration zone', 'who wrote the plan'];

/** A side that answers nothing and notes each turn it is given, one µs a question. */
function recording(name: string, turns: string[]): Side {
  return {
    answer: (from, to) => {
      turns.push(`${name} ${from}-${to}`);
      return Promise.resolve(to - from);
    },
    close: () => undefined,
  };
}

describe('takeTurns', () => {
  it('asks both sides every question once a pass after a warm-up pass, the first of each block alternating', async () => {
    const turns: string[] = [];
    const perQuestion = await takeTurns([recording('a', turns), recording('b', turns)], 60, 2);
    expect(turns).toEqual([
      'a 0-25', 'b 0-25', 'b 25-50', 'a 25-50', 'a 50-60', 'b 50-60',
      'b 0-25', 'a 0-25', 'a 25-50', 'b 25-50', 'b 50-60', 'a 50-60',
      'a 0-25', 'b 0-25', 'b 25-50', 'a 25-50', 'a 50-60', 'b 50-60',
    ]);
    expect(perQuestion).toEqual([1, 1]);
  });
});

describe('builtSide', () => {
  beforeAll(async () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', OUT, '--tsBuildInfoFile', join(OUT, '.tsbuildinfo')], {
      cwd: ROOT,
      timeout: BUILD_TIMEOUT_MS,
    });
  }, BUILD_TIMEOUT_MS + 10_000);

  it('answers from a build in plain node, with no loader', async () => {
    const sides = await Promise.all([builtSide(OUT, KNOWLEDGE_DIR, QUESTIONS), builtSide(OUT, KNOWLEDGE_DIR, QUESTIONS)]);
    try {
      expect(sides.map((side) => side.execArgv)).toEqual([[], []]);
      const perQuestion = await takeTurns(sides, QUESTIONS.length, 1);
      for (const us of perQuestion) expect(us).toBeGreaterThan(0);
    } finally {
      for (const side of sides) side.close();
    }
  }, 120_000);

  it('fails, naming the folder, when a checkout was never built', async () => {
    const missing = join(OUT, 'no-such-build');
    await expect(builtSide(missing, KNOWLEDGE_DIR, QUESTIONS)).rejects.toThrow(missing);
  }, 60_000);
});
