/**
 * `npm run bench [-- --quick] [-- --only search,scale,generalize,e2e,startup,check,charts]`: docent beside MiniSearch, lunr, FlexSearch
 * and Orama on the article and on a ~18 MB corpus — build time, query latency, heap, saved size, load
 * time, answer quality — then quality on documents docent was not built on and on questions it should not
 * answer, then the bot end to end through the real client against the fake Discord, and
 * its start-up, and the check's precision on claims about the article, and the charts' render time; `scale` measures docent and FlexSearch's best configurations at 5k, 30k and 100k passages on
 * queries drawn from the corpus (bench/scale.ts); printed as tables and written to bench/results/. `--only` runs some parts and replaces
 * just those in the results file.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readEvalSet } from '../src/eval/quality.ts';
import { ensureLargeCorpus } from './corpus.ts';
import { measureEndToEnd, profileEndToEnd, type EndToEndPlan } from './e2e.ts';
import { ENGINES, FUZZY_REFERENCE } from './engines/index.ts';
import type { Engine } from './engines/engine.ts';
import { describeEnvironment } from './environment.ts';
import { loadBenchInput, type LoadedInput } from './input.ts';
import { measureChineseQuality } from './chinese.ts';
import { measureQuality } from './quality.ts';
import { measureAbstention, measureGeneralization, readAbstentionSets, readEssayAbstention, readHeldOutAbstention } from './generalize.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { QUERIES } from './queries.ts';
import { abstentionTable, endToEndTable, generalizationTable, profileTables, qualityTable, scaleGrowthLines, scaleTable, speedTable, stagesTable, startupTable, targetLines } from './report.ts';
import { measureScale, type ScalePlan } from './scale.ts';
import { SCALE_ENGINES } from './engines/index.ts';
import { measureSpeed, RESULT_LIMIT, type SpeedPlan, type SpeedResult } from './speed.ts';
import { measureStartup, type StartupPlan } from './startup.ts';
import { checkTable, readClaimCases, scoreCheck } from './check.ts';
import { chartsTable, chartsTargets, measureCharts } from './charts.ts';
import {
  abstentionTargets,
  compiledStartupTarget,
  endToEndTargets,
  latencyTarget,
  stressTargets,
  qualityTargets,
  SNAPSHOT_SPEEDUP_TARGET,
  startupTarget,
  type TargetResult,
} from './targets.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
/** The development set and the generalisation documents live in shared/, beside the repository, as the tests read them. */
const SHARED_EVAL = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const DEV_SET = `${SHARED_EVAL}dev-questions.json`;
const HELD_OUT_SET = fileURLToPath(new URL('../tests/fixtures/heldout-questions.json', import.meta.url));
/** Questions the article answers, and questions no document here answers (tune: calibrated on; held-out: never). */
/** Documents with gold sets written apart from the engine's tuning. */
const HELD_OUT_DOCUMENTS = fileURLToPath(new URL('./heldout/', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
/** Claims about the article for the check: a tuning set and a held-out set, scored apart. */
const CLAIMS_DIR = fileURLToPath(new URL('../tests/fixtures/claims/', import.meta.url));
const DOCENT = 'docent';
/** The passage count the large corpus was planned around; far from it deserves a word in the output. */
const EXPECTED_LARGE_PASSAGES = 30_000;

/**
 * Rounds and query passes. The article is small, so many; the large corpus takes minutes a round
 * (builds of up to a minute, Orama's fuzzy queries at seconds each), so the full run keeps to about
 * ten minutes on two cores with two rounds there.
 */
interface Plan {
  readonly article: SpeedPlan;
  readonly large: SpeedPlan;
  /** End to end: about 40 s (20 s quick), two bot processes; then a third for the large reload and the autocomplete flood (the reload's own time, plus 20 s, 8 s quick). */
  readonly e2e: EndToEndPlan;
  /** Start-up: each large build about 30 s, so about 90 s (50 s quick). */
  readonly startup: StartupPlan;
  /** Chart renders per chart: a few hundred ms each, so under a minute (quick: a quarter). */
  readonly chartRounds: number;
  /** Scale: docent's build is most of it (a minute at 30k, three at 100k on two busy cores); quick keeps to 3k and 600 queries, about a minute. */
  readonly scale: ScalePlan;
}

const PLANS: Readonly<Record<'quick' | 'full', Plan>> = {
  quick: {
    article: { repetitions: 3, queryPasses: 2 },
    large: { repetitions: 1, queryPasses: 1 },
    e2e: { warmup: 300, inFlight: 32, rounds: 2, perRound: 1_000, pacedRate: 400, pacedRounds: 10, pacedSeconds: 1.5, reloads: 4,
      largeReload: { megabytes: 19.5, askRate: 20 }, autocompleteFlood: { seconds: 8, inFlight: 8, askRate: 20 } },
    startup: { article: 2, largeBuilt: 1, largeSnapshot: 2 },
    chartRounds: 10,
    scale: { sizes: [3_000], queries: 600, warmup: 100, repetitions: 1, slowQueryMs: 20, seed: 13 },
  },
  full: {
    article: { repetitions: 7, queryPasses: 5 },
    large: { repetitions: 2, queryPasses: 1 },
    e2e: { warmup: 500, inFlight: 32, rounds: 3, perRound: 1_500, pacedRate: 400, pacedRounds: 10, pacedSeconds: 3, reloads: 10,
      largeReload: { megabytes: 19.5, askRate: 20 }, autocompleteFlood: { seconds: 20, inFlight: 8, askRate: 20 } },
    startup: { article: 3, largeBuilt: 2, largeSnapshot: 3 },
    scale: { sizes: [5_000, 30_000, 100_000], queries: 1_000, warmup: 300, repetitions: 3, slowQueryMs: 20, seed: 13 },
    chartRounds: 40,
  },
};

const PARTS = ['search', 'scale', 'generalize', 'e2e', 'startup', 'check', 'charts'] as const;
type Part = (typeof PARTS)[number];
/** Describe the run that wrote a results file: a partial run leaves them as the last full run wrote them (its parts carry their own time). */
const RUN_KEYS: ReadonlySet<string> = new Set(['generatedAt', 'seconds', 'environment']);

/** How to read the figures; written into the results beside them. */
const METHOD_NOTES: readonly string[] = [
  "docent's 'saved' is its snapshot file (passages, figures, timeline, indexes, vocabulary; binary); the documents it restores from are read from the folder anyway and not counted; 'load' is the key, the checksum, decoding and restoreKnowledge",
  'heap: heapUsed after a forced GC, minus the same just before the build; data a module loads once per process ' +
    "(docent's WordNet lexicon, its stem cache) is loaded before any measurement and not counted",
  "docent's WordNet related-word cache lives as long as the process, as in a running bot, so later rounds find it warm",
  "lunr reads : ~ ^ + - * as query operators; a query it cannot parse counts as finding nothing ('no hit')",
  'flexsearch (default) returns only passages holding every query word; flexsearch-fuzzy passes suggest: true',
  "orama-fuzzy searches the orama index with tolerance 1: its build, heap, size and load figures are that index's",
  'timings are wall-clock on a machine other work may share: see the load averages at start and end',
  'end to end: the bot is src/main.ts in a child process (node --import tsx), the fake Discord runs in the bench process; ' +
    'latency is from the INTERACTION_CREATE sent to the callback POST received; /ask from 1,000 users, RATE_LIMIT_COUNT 10000',
  'end to end, saturation: a fixed number of questions in flight, each answer letting the next go: its latency includes the wait ' +
    "behind the others in flight (about in-flight ÷ rate), so the p99 target is judged on the paced run, questions sent at the target rate",
  'end to end, reload: /reload every second while a beacon document alternates between editions A and B (written aside and renamed in); ' +
    'every fourth question asks about it; mixed = a quote from one edition under the citation of the other',
  "start-up: spawn to the bot's 'ready' log line (written on clientReady); 'built' starts delete the snapshot first, and write it " +
    "before 'knowledge loaded'; tsx compiles the sources on the fly (its cache warm after the first start)",
];

const mode = process.argv.includes('--quick') ? 'quick' : 'full';
const plan = PLANS[mode];
const parts = partsToRun(process.argv);
const started = performance.now();
const progress = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

const environment = describeEnvironment();
console.log(`docent bench (${mode}) — node ${environment.node}, ${environment.cores} × ${environment.cpu}, load average ${environment.loadAverage.toFixed(2)}`);

const results: Record<string, unknown> = {};
/** Each target with the part that measured it, so a partial run replaces only its own. */
const targets: (TargetResult & { readonly part: Part })[] = [];
const tagged = (part: Part, list: readonly TargetResult[]) => list.map((target) => ({ ...target, part }));
const notes: string[] = [];

if (parts.has('search')) {
  progress('loading the article and the large corpus');
  const article = await loadBenchInput(ARTICLE_DIR);
  const large = await loadBenchInput(await ensureLargeCorpus());
  console.log(`\narticle: ${describeInput(article)}`);
  console.log(`large corpus: ${describeInput(large)}`);
  notes.push(...corpusNotes(large));
  for (const note of notes) console.log(`note: ${note}`);

  progress('answer quality on the article');
  const evalSets = [
    { name: 'dev', questions: await readEvalSet(DEV_SET) },
    { name: 'heldout', questions: await readEvalSet(HELD_OUT_SET) },
  ];
  const quality = measureQuality(ENGINES, article, evalSets);
  console.log(`\nAnswer quality on the article's ${article.passages.length} passages (top ${RESULT_LIMIT} passages per question)\n${qualityTable(quality)}`);
  const chineseQuality = await measureChineseQuality();
  if (chineseQuality !== null) console.log(`\nAnswer quality on the public Chinese sample (shared/eval/generalize)\n${qualityTable(chineseQuality)}`);

  progress(`speed on the article (${plan.article.repetitions} rounds)`);
  const articleSpeed = measureSpeed(ENGINES, article, QUERIES, plan.article);
  printSpeed(`Article: ${article.passages.length} passages`, articleSpeed, plan.article);

  progress(`speed on the large corpus (${plan.large.repetitions} rounds)`);
  const largeSpeed = measureSpeed(ENGINES, large, QUERIES, plan.large);
  printSpeed(`Large corpus: ${large.passages.length.toLocaleString('en-US')} passages`, largeSpeed, plan.large);

  targets.push(...tagged('search', [...qualityTargets(quality, DOCENT), latencyTarget(largeSpeed, DOCENT, FUZZY_REFERENCE, large.passages.length)]));
  Object.assign(results, {
    corpus: { article: summariseInput(article), large: summariseInput(large) },
    engines: ENGINES.map(({ name, config, typoTolerant, sameIndexAs }) => ({ name, config, typoTolerant, sameIndexAs: sameIndexAs ?? null })),
    queries: { count: QUERIES.length, resultLimit: RESULT_LIMIT, list: QUERIES },
    quality,
    chineseQuality,
    speed: { article: withRatios(articleSpeed), large: withRatios(largeSpeed) },
  });
}

if (parts.has('scale')) {
  progress('scale: knowledge bases of 5k to 100k passages, known-item queries drawn from each');
  const { documents } = await readKnowledgeDir(await ensureLargeCorpus());
  const scalePlan = { ...plan.scale, sizes: sizesAsked(process.argv) ?? plan.scale.sizes };
  console.log(
    `\nScale: ${scalePlan.queries} queries drawn from each base (2–5-word windows, 30% with a typo, 10% common words only), ` +
      `warm-up ${scalePlan.warmup}, medians of ${scalePlan.repetitions} pass(es); top-10 = the source passage among the first 10; (×) = engine ÷ docent`,
  );
  // Each size's table as soon as it is measured: the largest takes the longest.
  const rows = measureScale(scaleEnginesAsked(process.argv), documents, scalePlan, progress, (sizeRows) => console.log(`\n${scaleTable(sizeRows, DOCENT)}`));
  console.log(`\nGrowth\n${scaleGrowthLines(rows)}`);
  const generated = rows.find((row) => row.generatedPassages > 0);
  if (generated !== undefined) console.log(`note: the ${generated.size} base adds ${generated.generatedPassages.toLocaleString('en-US')} passages written by a seeded word-pair model of the corpus to its real ones`);
  results['scale'] = { generatedAt: new Date().toISOString(), plan: scalePlan, rows };
}

if (parts.has('generalize')) {
  progress('quality on documents docent was not built on');
  const documents = await measureGeneralization([
    { dir: `${SHARED_EVAL}generalize/`, group: 'public' },
    { dir: HELD_OUT_DOCUMENTS, group: 'held-out' },
  ]);
  console.log(`\nDocuments docent was not built on: figures and dated entries against their gold (P/R/F1, required items), questions beside plain MiniSearch\n${generalizationTable(documents)}`);

  progress('abstention: questions the documents cannot answer');
  const article = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
  const sets = await readAbstentionSets(DEV_SET);
  const essay = await readEssayAbstention(`${SHARED_EVAL}generalize/`);
  const abstention = [...measureAbstention(article, 'article', sets), ...(essay === null ? [] : measureAbstention(essay.knowledge, essay.name, essay.sets))];
  console.log(`\nAbstention on the article and the essay: on-topic questions should be answered, off-topic ones told "that isn't in my documents"\n${abstentionTable(abstention)}`);
  for (const row of abstention) for (const question of row.wronglyAnswered) console.log(`answered though off-topic (${row.knowledge}, ${row.set}): ${question}`);
  targets.push(...tagged('generalize', abstentionTargets(abstention)));
  // Apart from the targets (calibrated on the article and the essay), and without the off-topic questions answered:
  // these sets are never tuned on, so their misses are not printed to be read.
  const heldOutAbstention = (await readHeldOutAbstention(HELD_OUT_DOCUMENTS)).flatMap((held) => measureAbstention(held.knowledge, held.name, held.sets));
  console.log(`\nAbstention on the held-out documents, each loaded alone (abstaining was never calibrated on them; some of their questions were read for ranking): their questions.json answered, their off-topic.json declined\n${abstentionTable(heldOutAbstention)}`);
  results['generalize'] = { generatedAt: new Date().toISOString(), documents, abstention, heldOutAbstention };
}

if (parts.has('e2e')) {
  const loadAtStart = loadavg()[0] ?? 0;
  const e2e = await measureEndToEnd(plan.e2e, progress);
  const e2eTargets = endToEndTargets(e2e);
  // The profile is of saturation: it can explain the throughput and p99 targets, not the stress ones.
  if (e2eTargets.some((target) => !target.met)) e2e.profile = await profileEndToEnd(plan.e2e, progress);
  console.log(`\nEnd to end: /ask and /reload through discord.js, the bot in its own process, the article as knowledge (latency: interaction sent to callback received; in the paced rounds, to the bot's write of the callback)`);
  console.log(endToEndTable(e2e));
  for (const problem of [...e2e.protocolProblems, ...e2e.botComplaints].slice(0, 10)) console.log(`problem: ${problem}`);
  if (e2e.profile !== null) {
    console.log(`\nWhere the bot's CPU goes under saturation (--cpu-prof; main thread busy ${(e2e.profile.busyShare * 100).toFixed(0)}% of the time)`);
    console.log(profileTables(e2e.profile));
  }
  targets.push(...tagged('e2e', [...e2eTargets, ...stressTargets(e2e)]));
  results['e2e'] = { generatedAt: new Date().toISOString(), loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 }, ...e2e };
}

if (parts.has('startup')) {
  const loadAtStart = loadavg()[0] ?? 0;
  // `--startup-article-only`: the article's starts alone (the large corpus's builds take minutes on a busy machine).
  const articleOnly = process.argv.includes('--startup-article-only');
  const startup = await measureStartup(articleOnly ? { ...plan.startup, largeBuilt: 0, largeSnapshot: 0 } : plan.startup, progress, (speedup) => speedup < SNAPSHOT_SPEEDUP_TARGET);
  console.log(`\nStart-up: process start to ready (medians); snapshot ${startup.snapshotMiB.article.toFixed(1)} MiB for the article, ${startup.snapshotMiB.large.toFixed(1)} MiB for the large corpus`);
  console.log(startupTable(startup));
  if (!articleOnly) console.log(`large corpus: ready ${startup.largeSnapshotSpeedup.toFixed(1)}× sooner from the snapshot than built from the text`);
  for (const note of startup.notes) console.log(`note: ${note}`);
  if (startup.stages !== null) {
    console.log(`\nThe snapshot path, stage by stage, in a fresh process (snapshot ${startup.stages.snapshotMiB.toFixed(1)} MiB)`);
    console.log(stagesTable(startup.stages));
    console.log('\nInside restoreKnowledge');
    console.log(profileTables(startup.stages.restoreProfile));
  }
  targets.push(...tagged('startup', [...(articleOnly ? [] : [startupTarget(startup)]), compiledStartupTarget(startup)]));
  results['startup'] = { generatedAt: new Date().toISOString(), loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 }, ...startup };
}

if (parts.has('check')) {
  progress('the check: claims about the article, right, wrong and unknown');
  const article = buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents);
  const check = [
    scoreCheck(article, 'tune', await readClaimCases(`${CLAIMS_DIR}tune.json`)),
    scoreCheck(article, 'held-out', await readClaimCases(`${CLAIMS_DIR}heldout.json`)),
  ];
  console.log(`\nThe check on claims about the article (a matches or differs counts only with the right source cited)\n${checkTable(check)}`);
  for (const score of check) for (const miss of score.wrong) console.log(`wrong (${score.set}): expected ${miss.expected}, got ${miss.got}: ${miss.text}`);
  results['check'] = { generatedAt: new Date().toISOString(), sets: check };
}

if (parts.has('charts')) {
  const charts = await measureCharts(plan.chartRounds, progress);
  console.log(`\nCharts: entries to PNG bytes, at the article's whole size (${charts.rounds} rounds each)`);
  console.log(chartsTable(charts));
  targets.push(...tagged('charts', chartsTargets(charts)));
  results['charts'] = { generatedAt: new Date().toISOString(), ...charts };
}

console.log(`\nTargets\n${targetLines(targets)}`);

const resultsFile = `${RESULTS_DIR}${mode === 'full' ? 'latest' : 'quick'}.json`;
await writeResults(
  resultsFile,
  {
    generatedAt: new Date().toISOString(),
    mode,
    parts: [...parts],
    seconds: Math.round((performance.now() - started) / 1000),
    environment: { ...environment, loadAverageAtEnd: loadavg()[0] ?? 0 },
    plan,
    ...results,
    targets,
    notes: [...notes, ...METHOD_NOTES],
  },
  parts,
);
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

/** `--sizes 5000,30000`: the scale part's knowledge bases, in passages, instead of the plan's. */
function sizesAsked(argv: readonly string[]): number[] | null {
  const at = argv.indexOf('--sizes');
  if (at < 0) return null;
  const sizes = (argv[at + 1] ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`bench: --sizes takes passage counts, as 5000,30000; got "${argv[at + 1] ?? ''}"`);
  return sizes;
}

/** `--engines docent,minisearch`: some of the scale part's engines (all by default), to time a few while iterating. */
function scaleEnginesAsked(argv: readonly string[]): readonly Engine<unknown>[] {
  const at = argv.indexOf('--engines');
  if (at < 0) return SCALE_ENGINES;
  const names = (argv[at + 1] ?? '').split(',');
  const engines = SCALE_ENGINES.filter((engine) => names.includes(engine.name));
  if (engines.length !== names.length) throw new Error(`bench: --engines takes some of ${SCALE_ENGINES.map((engine) => engine.name).join(',')}; got "${argv[at + 1] ?? ''}"`);
  return engines;
}

/** `--only search,e2e,startup` (any of them; all by default). */
function partsToRun(argv: readonly string[]): ReadonlySet<Part> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(PARTS);
  const asked = (argv[at + 1] ?? '').split(',').filter((part) => part !== '');
  const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (asked.length === 0 || unknown.length > 0) throw new Error(`bench: --only takes some of ${PARTS.join(',')}; got "${argv[at + 1] ?? ''}"`);
  return new Set(asked as Part[]);
}

/**
 * Written beside the target and renamed, so an interrupted run never leaves half a file. A partial run
 * (`--only`) keeps what the file holds of the other parts (their figures and targets) and of the run that wrote them.
 */
async function writeResults(file: string, fresh: Record<string, unknown>, ran: ReadonlySet<Part>): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  let results = fresh;
  if (ran.size < PARTS.length) {
    const previous = await readPrevious(file);
    const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
    // Files from before the parts were named hold only the search part.
    const ranPart = (target: unknown) => ran.has((target as { part?: Part }).part ?? 'search');
    const hadParts = 'parts' in previous ? list(previous['parts']) : 'quality' in previous ? ['search'] : [];
    results = {
      ...previous,
      ...Object.fromEntries(Object.entries(fresh).filter(([key]) => !(RUN_KEYS.has(key) && key in previous))),
      parts: PARTS.filter((part) => ran.has(part) || hadParts.includes(part)),
      targets: [...list(previous['targets']).filter((target) => !ranPart(target)), ...list(fresh['targets'])],
      notes: [...new Set([...list(previous['notes']), ...list(fresh['notes'])])],
    };
  }
  await writeFile(`${file}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}

async function readPrevious(file: string): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
