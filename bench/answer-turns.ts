/**
 * The turns `answer-ab.ts` times two versions by: each answers the same questions in blocks of 25, who goes first
 * alternating block by block, after a warm-up pass of the same turns that is not counted. A side is either a version loaded into this
 * process (`inProcessSide`, the TypeScript sources under tsx) or a plain-node child answering from a checkout's built
 * `dist/` (`builtSide`, `answer-ab-side.mjs`): the code `npm start` runs, without tsx's loader and its wrappers, and with
 * a heap of its own.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { answerQuestion } from '../src/core/answer.ts';
import type { Knowledge } from '../src/core/knowledge.ts';

/** One version: `answer(from, to)` answers questions [from, to) and gives the CPU it took, in µs. */
export interface Side {
  answer(from: number, to: number): Promise<number>;
  close(): void;
}

const BLOCK = 25;
const SIDE_SCRIPT = fileURLToPath(new URL('./answer-ab-side.mjs', import.meta.url));
const cpuUs = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** A version loaded here: its `answerQuestion` over its own knowledge. */
export function inProcessSide(answer: typeof answerQuestion, knowledge: Knowledge, questions: readonly string[]): Side {
  return {
    answer: (from, to) => {
      const started = cpuUs();
      for (let at = from; at < to; at += 1) answer(knowledge, questions[at] ?? '', { limit: 1 });
      return Promise.resolve(cpuUs() - started);
    },
    close: () => undefined,
  };
}

/**
 * A checkout's build (`dist`, the folder `npm run build` writes) answering in a plain-node child, its knowledge built
 * there from `knowledgeDir`. `execArgv` is what the child ran with (empty: no loader).
 */
export async function builtSide(dist: string, knowledgeDir: string, questions: readonly string[]): Promise<Side & { execArgv: string[] }> {
  const child = fork(SIDE_SCRIPT, [dist, knowledgeDir], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // A child that dies (say a checkout never built) fails the wait for its next message instead of leaving it hanging.
  const exited = new AbortController();
  child.once('exit', (code) => exited.abort(new Error(`bench: the side built in ${dist} exited (${String(code)})`)));
  const reply = async <T>(): Promise<T> => {
    try {
      return ((await once(child, 'message', { signal: exited.signal })) as [T])[0];
    } catch (error) {
      throw exited.signal.aborted ? exited.signal.reason : error;
    }
  };
  await reply();
  child.send({ questions });
  const { execArgv } = await reply<{ execArgv: string[] }>();
  return {
    execArgv,
    answer: async (from, to) => {
      child.send({ from, to });
      return (await reply<{ us: number }>()).us;
    },
    close: () => child.disconnect(),
  };
}

/** µs of CPU a question for each side, over `passes` rounds of `count` questions taken in turns. */
export async function takeTurns(sides: readonly [Side, Side], count: number, passes: number): Promise<[number, number]> {
  const spent: [number, number] = [0, 0];
  // Pass 0 warms both up by the same turns and is not counted: a side warmed up alone, just before the first counted
  // turn, would still be compiling (on threads this process's CPU counts) while the other answered.
  for (let pass = 0; pass <= passes; pass += 1) {
    for (let at = 0; at < count; at += BLOCK) {
      // Who goes first alternates, so neither always runs just after the other.
      const order = (pass + at / BLOCK) % 2 === 0 ? [0, 1] as const : [1, 0] as const;
      for (const version of order) {
        const us = await sides[version].answer(at, Math.min(at + BLOCK, count));
        if (pass > 0) spent[version] += us;
      }
    }
  }
  return [spent[0] / (passes * count), spent[1] / (passes * count)];
}
