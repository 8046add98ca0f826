/**
 * `npx tsx bench/startup-compare.ts [--runs 6] <main.js> [<main.js> …]`: compiled builds of the bot started
 * in turn on the article from its snapshot (`compareStartups`), e.g. a copy of `dist/` kept from before a
 * change against `dist/src/main.js` after it: each start's time to 'ready', the CPU of the process and of
 * its main thread when ready, and the load average, then each build's medians. On a machine others load,
 * the main thread's CPU is the figure to compare: wall times follow the load.
 */
import { resolve } from 'node:path';
import { compareStartups } from './startup.ts';
import { median } from './stats.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt < 0 ? 6 : Number(args[runsAt + 1]);
const mains = args.filter((_, at) => at !== runsAt && at !== runsAt + 1).map((main) => resolve(main));
if (mains.length === 0 || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('usage: npx tsx bench/startup-compare.ts [--runs N] <compiled main.js> [<compiled main.js> …]\n');
  process.exit(2);
}

const starts = await compareStartups(mains, runs, (message) => process.stderr.write(`${message}\n`));
const ms = (value: number | null) => (value === null ? '?' : Math.round(value).toString());
for (const [at, main] of mains.entries()) {
  const runsOf = starts[at] ?? [];
  console.log(`\n${main}`);
  for (const run of runsOf) {
    console.log(`  ready ${ms(run.readyMs)} ms · CPU ${ms(run.readyCpuMs)} ms · main thread ${ms(run.readyMainThreadCpuMs)} ms · load ${run.loadAverage.toFixed(1)}`);
  }
  const of = (pick: (run: (typeof runsOf)[number]) => number | null) => ms(median(runsOf.map((run) => pick(run) ?? Number.NaN)));
  console.log(
    `  medians of ${runsOf.length}: ready ${of((run) => run.readyMs)} ms · CPU ${of((run) => run.readyCpuMs)} ms · main thread ${of((run) => run.readyMainThreadCpuMs)} ms · load ${runsOf.map((run) => run.loadAverage.toFixed(1)).join(' ')}`,
  );
}
