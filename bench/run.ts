/**
 * `npm run bench [-- --quick]`: docent beside MiniSearch, lunr, FlexSearch and Orama on the article
 * and on a ~18 MB corpus — build time, query latency, heap, saved size, load time, answer quality —
 * printed as tables and written to bench/results/.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readEvalSet } from '../src/eval/quality.ts';
import { ensureLargeCorpus } from './corpus.ts';
import { ENGINES, FUZZY_REFERENCE } from './engines/index.ts';
import { describeEnvironment } from './environment.ts';
import { loadBenchInput, type LoadedInput } from './input.ts';
import { measureQuality } from './quality.ts';
import { QUERIES } from './queries.ts';
import { qualityTable, speedTable, targetLines } from './report.ts';
import { measureSpeed, RESULT_LIMIT, type SpeedPlan, type SpeedResult } from './speed.ts';
import { latencyTarget, qualityTargets } from './targets.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
/** The development set lives in shared/, beside the repository, as the tests read it. */
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const HELD_OUT_SET = fileURLToPath(new URL('../tests/fixtures/heldout-questions.json', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const DOCENT = 'docent';
/** The passage count the large corpus was planned around; far from it deserves a word in the output. */
const EXPECTED_LARGE_PASSAGES = 30_000;

/**
 * Rounds and query passes. The article is small, so many; the large corpus takes minutes a round
 * (builds of up to a minute, Orama's fuzzy queries at seconds each), so the full run keeps to about
 * ten minutes on two cores with two rounds there.
 */
const PLANS: Readonly<Record<'quick' | 'full', { readonly article: SpeedPlan; readonly large: SpeedPlan }>> = {
  quick: { article: { repetitions: 3, queryPasses: 2 }, large: { repetitions: 1, queryPasses: 1 } },
  full: { article: { repetitions: 7, queryPasses: 5 }, large: { repetitions: 2, queryPasses: 1 } },
};

/** How to read the figures; written into the results beside them. */
const METHOD_NOTES: readonly string[] = [
  "docent's 'saved' is its snapshot (passages, figures, timeline, indexes, vocabulary) with the documents it restores from; 'load' is restoreKnowledge",
  'heap: heapUsed after a forced GC, minus the same just before the build; data a module loads once per process ' +
    "(docent's WordNet lexicon, its stem cache) is loaded before any measurement and not counted",
  "docent's WordNet related-word cache lives as long as the process, as in a running bot, so later rounds find it warm",
  "lunr reads : ~ ^ + - * as query operators; a query it cannot parse counts as finding nothing ('no hit')",
  'flexsearch (default) returns only passages holding every query word; flexsearch-fuzzy passes suggest: true',
  "orama-fuzzy searches the orama index with tolerance 1: its build, heap, size and load figures are that index's",
  'timings are wall-clock on a machine other work may share: see the load averages at start and end',
];

const mode = process.argv.includes('--quick') ? 'quick' : 'full';
const plan = PLANS[mode];
const started = performance.now();
const progress = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

const environment = describeEnvironment();
console.log(`docent bench (${mode}) — node ${environment.node}, ${environment.cores} × ${environment.cpu}, load average ${environment.loadAverage.toFixed(2)}`);

progress('loading the article and the large corpus');
const article = await loadBenchInput(ARTICLE_DIR);
const large = await loadBenchInput(await ensureLargeCorpus());
console.log(`\narticle: ${describeInput(article)}`);
console.log(`large corpus: ${describeInput(large)}`);
const notes = corpusNotes(large);
for (const note of notes) console.log(`note: ${note}`);

progress('answer quality on the article');
const evalSets = [
  { name: 'dev', questions: await readEvalSet(DEV_SET) },
  { name: 'heldout', questions: await readEvalSet(HELD_OUT_SET) },
];
const quality = measureQuality(ENGINES, article, evalSets);
console.log(`\nAnswer quality on the article's ${article.passages.length} passages (top ${RESULT_LIMIT} passages per question)\n${qualityTable(quality)}`);

progress(`speed on the article (${plan.article.repetitions} rounds)`);
const articleSpeed = measureSpeed(ENGINES, article, QUERIES, plan.article);
printSpeed(`Article: ${article.passages.length} passages`, articleSpeed, plan.article);

progress(`speed on the large corpus (${plan.large.repetitions} rounds)`);
const largeSpeed = measureSpeed(ENGINES, large, QUERIES, plan.large);
printSpeed(`Large corpus: ${large.passages.length.toLocaleString('en-US')} passages`, largeSpeed, plan.large);

const targets = [...qualityTargets(quality, DOCENT), latencyTarget(largeSpeed, DOCENT, FUZZY_REFERENCE, large.passages.length)];
console.log(`\nTargets\n${targetLines(targets)}`);

const resultsFile = `${RESULTS_DIR}${mode === 'full' ? 'latest' : 'quick'}.json`;
await writeResults(resultsFile, {
  generatedAt: new Date().toISOString(),
  mode,
  seconds: Math.round((performance.now() - started) / 1000),
  environment: { ...environment, loadAverageAtEnd: loadavg()[0] ?? 0 },
  plan,
  corpus: { article: summariseInput(article), large: summariseInput(large) },
  engines: ENGINES.map(({ name, config, typoTolerant, sameIndexAs }) => ({ name, config, typoTolerant, sameIndexAs: sameIndexAs ?? null })),
  queries: { count: QUERIES.length, resultLimit: RESULT_LIMIT, list: QUERIES },
  quality,
  speed: { article: withRatios(articleSpeed), large: withRatios(largeSpeed) },
  targets,
  notes: [...notes, ...METHOD_NOTES],
});
progress(`done; results in ${resultsFile}; load average now ${(loadavg()[0] ?? 0).toFixed(2)}`);

function printSpeed(title: string, rows: readonly SpeedResult[], speedPlan: SpeedPlan): void {
  console.log(`\n${title} — medians of ${speedPlan.repetitions} round(s), ${QUERIES.length} queries × ${speedPlan.queryPasses} per round; (×) = engine ÷ docent`);
  console.log(speedTable(rows, DOCENT));
  if (rows.some((row) => row.sharedIndexWith !== null)) console.log('* searches the index of the engine named in the results; its index figures are that index\'s');
}

function describeInput(input: LoadedInput): string {
  const sources = Object.entries(input.passagesBySource).filter(([source]) => source !== '.');
  const bySource = sources.length > 0 ? ` (${sources.map(([source, count]) => `${source} ${count.toLocaleString('en-US')}`).join(', ')})` : '';
  return `${input.documents.length} documents, ${(input.bytes / 1e6).toFixed(1)} MB of text, ${input.passages.length.toLocaleString('en-US')} passages${bySource}`;
}

function summariseInput(input: LoadedInput) {
  return {
    documents: input.documents.length,
    megabytes: Number((input.bytes / 1e6).toFixed(2)),
    passages: input.passages.length,
    passagesBySource: input.passagesBySource,
  };
}

function corpusNotes(input: LoadedInput): string[] {
  const off = Math.abs(input.passages.length - EXPECTED_LARGE_PASSAGES) / EXPECTED_LARGE_PASSAGES;
  if (off <= 0.15) return [];
  return [
    `the large corpus cuts into ${input.passages.length.toLocaleString('en-US')} passages, not the ~${EXPECTED_LARGE_PASSAGES.toLocaleString('en-US')} planned: ` +
      `docent's cutter makes pieces of ~700 characters from the one-line speeches and keeps every Brown paragraph and headline; docent was left as it is`,
  ];
}

function withRatios(rows: readonly SpeedResult[]) {
  const own = rows.find((row) => row.engine === DOCENT);
  const ratio = (value: number, base: number | undefined) => (base === undefined || base === 0 ? null : Number((value / base).toFixed(3)));
  return rows.map((row) => ({
    ...row,
    ratioToDocent: {
      buildMs: ratio(row.buildMs, own?.buildMs),
      heapMiB: ratio(row.heapMiB, own?.heapMiB),
      p50Ms: ratio(row.p50Ms, own?.p50Ms),
      p99Ms: ratio(row.p99Ms, own?.p99Ms),
      serializedMiB: ratio(row.serializedMiB, own?.serializedMiB),
      loadMs: ratio(row.loadMs, own?.loadMs),
    },
  }));
}

/** Written beside the target and renamed, so an interrupted run never leaves half a file. */
async function writeResults(file: string, results: unknown): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}
