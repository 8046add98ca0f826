/**
 * Abstaining as a combination of signals learned across documents (issue 11): for every question of every read set
 * (the article's, the essay's, each held-out document's questions.json and off-topic.json, each document loaded alone)
 * it records a few signals the engine already computes, fits a logistic regression on them, and judges it leave one
 * document out: fitted on every other document, it decides the left-out one's questions. It prints on-topic answered and
 * off-topic declined summed over the folds beside the current rule (`coverageOfBest` below `minCoverage`) on the same
 * questions, at thresholds that keep off-topic declined at least the rule's. Questions the rule never judges (no passage
 * met, a quoted passage, a question in Chinese) keep their outcome under both.
 *
 *   npx tsx bench/abstain-features.ts                      (leave one document out; the never-tuned sets left out)
 *   npx tsx bench/abstain-features.ts --label gold         (fitted to answer on-topic questions whose gold passage is in the top 3)
 *   npx tsx bench/abstain-features.ts --unbalanced         (every question weighs the same; by default every document does)
 *   npx tsx bench/abstain-features.ts --segments           (one model for coverage 0, one for 1, one between)
 *   npx tsx bench/abstain-features.ts --penalty 10         (the L2 penalty on standardised signals; default 1)
 *   npx tsx bench/abstain-features.ts --buckets            (first, the rule's questions by the coverage it gives them)
 *   npx tsx bench/abstain-features.ts --judge <folder>     (fits on every read document, then prints one never-tuned set's shares)
 */
import { fileURLToPath } from 'node:url';
import { answerQuestion, evidenceOf } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { canJudgeCoverage, coverageOfBest } from '../src/core/search/abstain.ts';
import { parseQuery } from '../src/core/search/query.ts';
import { readAbstentionSets, readEssayAbstention, readHeldOutAbstention, type AbstentionSet } from './generalize.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
const DEV_SET = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));
const GENERALIZE_DIR = fileURLToPath(new URL('../../shared/eval/generalize/', import.meta.url));
const HELD_OUT_DIR = fileURLToPath(new URL('./heldout/', import.meta.url));
/** Sets whose misses nobody has read: they are no part of any fit or fold (`--judge` scores one of them alone). */
const NEVER_TUNED = new Set(['westminster-juniors-1961']);

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const label = argument('--label') ?? 'on-topic';
const judged = argument('--judge');
/** L2 penalty of the fit, on standardised signals. */
const PENALTY = Number(argument('--penalty') ?? 1);

/** What the model reads of one question, and what it should have done. */
interface Sample {
  readonly document: string;
  readonly set: string;
  readonly onTopic: boolean;
  /** On-topic, and its gold passage is among the first three answered passages. */
  readonly goldInTop3: boolean;
  /** What the current engine does with it. */
  readonly ruleAnswers: boolean;
  /** The rule does not judge it (no passage met, a quoted passage, Chinese): its outcome, the same under any model. */
  readonly fixed: boolean | null;
  readonly signals: readonly number[];
}

const SIGNALS = [
  'coverage (the current rule)',
  'coverage reaches minCoverage (the rule answers)',
  'coverage is 1 (three specific words met)',
  'weighted share met, without the word-count gates',
  'coverage of the best passage alone',
  'log score of the best over the second',
  'log score of the best over the third',
  'share of passages met at all',
  'share of informative words the documents lack',
  'a name the documents lack',
  'rare English words the documents lack',
  'specific words met by the best passage',
  'share of informative words met by the best passage',
  'the answer type (figure, date) is in the best passage: 1, absent: -1, not asked: 0',
  'log count of informative words',
  'idf of the rarest word of the documents the best passage misses',
  'a name the documents hold: met by the best passage 1, missed -1, none given 0',
] as const;

const flat = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function sampleOf(knowledge: Knowledge, document: string, set: AbstentionSet, question: AbstentionSet['questions'][number]): Sample {
  const { index, lexicon, options } = knowledge;
  const abstain = options.answer.abstain;
  const ruleAnswers = answerQuestion(knowledge, question.q).kind === 'answer';
  const base = { document, set: set.name, onTopic: set.onTopic, ruleAnswers };
  const open = answerQuestion(knowledge, question.q, { limit: 50, answer: { abstain: { minCoverage: 0 } } });
  const gold = 'answers' in question ? question.answers.map(flat) : [];
  if (open.kind !== 'answer' || open.results.length === 0) return { ...base, goldInTop3: false, fixed: false, signals: [] };
  const results = open.results;
  const goldInTop3 = results.slice(0, 3).some((result) => gold.some((answer) => flat(result.passage.text).includes(answer)));
  const parsed = parseQuery(open.query, index, lexicon, options.search);
  if ((results[0]?.quoted ?? false) || !canJudgeCoverage(open.query, parsed)) return { ...base, goldInTop3, fixed: true, signals: [] };

  const evidence = evidenceOf(knowledge);
  const coverageWith = (changed: Partial<typeof abstain>) =>
    coverageOfBest(parsed, results, evidence, index, lexicon, { ...abstain, ...changed }, options.search, options.rank.weights.leadIn);
  const coverage = coverageWith({});
  const passageCount = index.passages.items.length;
  const idf = (stem: string) => Math.log(1 + passageCount / (1 + (index.documentFrequency.get(stem) ?? 0)));
  const terms = parsed.terms.filter((term) => term.frame !== true && term.weight >= 1);
  const best = results[0]!;
  const bestStems = new Set([...best.matchedStems, ...best.leadInStems]);
  const met = (term: (typeof terms)[number]) => bestStems.has(term.stem) || (term.forms ?? []).some((stem) => bestStems.has(stem));
  const held = terms.filter((term) => index.documentFrequency.has(term.stem));
  const lacked = terms.filter((term) => !index.documentFrequency.has(term.stem));
  const specific = held.filter((term) => (index.documentFrequency.get(term.stem) ?? 0) <= abstain.specificWordShare * passageCount);
  const logRatio = (other: number | undefined) => Math.min(Math.log(10), Math.log(best.score / Math.max(other ?? 0, best.score / 10)));
  const answerType = parsed.intent === 'quantity' ? evidence.hasFigure(best.passage.id) : parsed.intent === 'date' ? evidence.hasDate(best.passage.id) : null;
  const heldNames = held.filter((term) => lexicon.isName(term.typed));
  const missed = held.filter((term) => !met(term)).map((term) => idf(term.stem));
  const signals = [
    coverage,
    coverage >= abstain.minCoverage ? 1 : 0,
    coverage >= 1 ? 1 : 0,
    coverageWith({ minWordsMet: 1, enoughWordsMet: Number.MAX_SAFE_INTEGER }),
    coverageWith({ judgedPassages: 1 }),
    logRatio(results[1]?.score),
    logRatio(results[2]?.score),
    open.total / passageCount,
    terms.length === 0 ? 0 : lacked.length / terms.length,
    lacked.some((term) => lexicon.isName(term.typed)) ? 1 : 0,
    lacked.filter((term) => lexicon.usage(term.typed) < options.search.everydayWordUses).length,
    specific.filter(met).length,
    terms.length === 0 ? 0 : terms.filter(met).length / terms.length,
    answerType === null ? 0 : answerType ? 1 : -1,
    Math.log(1 + terms.length),
    missed.length === 0 ? 0 : Math.max(...missed) / Math.log(1 + passageCount),
    heldNames.length === 0 ? 0 : heldNames.every(met) ? 1 : -1,
  ];
  return { ...base, goldInTop3, fixed: null, signals };
}

async function readDocuments(): Promise<{ name: string; knowledge: Knowledge; sets: AbstentionSet[] }[]> {
  const article = { name: 'article', knowledge: buildKnowledge((await readKnowledgeDir(ARTICLE_DIR)).documents), sets: await readAbstentionSets(DEV_SET) };
  const essay = await readEssayAbstention(GENERALIZE_DIR);
  const heldOut = await readHeldOutAbstention(HELD_OUT_DIR);
  return [article, ...(essay === null ? [] : [essay]), ...heldOut];
}

/** A logistic model on standardised signals: weights[0] is the intercept. */
interface Model {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
}

const isPositive = (sample: Sample) => (label === 'gold' ? sample.onTopic && sample.goldInTop3 : sample.onTopic);

/** With `--unbalanced` every question weighs the same, so the article's thousand outweigh a held-out document's seventy. */
const UNBALANCED = process.argv.includes('--unbalanced');

/** Newton's method on the L2-penalised log-likelihood, each document weighing as much as any other (see `UNBALANCED`). */
function fitLogistic(samples: readonly Sample[]): Model {
  const judgedSamples = samples.filter((sample) => sample.fixed === null);
  const width = SIGNALS.length;
  const mean = Array.from({ length: width }, (_, at) => judgedSamples.reduce((sum, sample) => sum + sample.signals[at]!, 0) / judgedSamples.length);
  const scale = mean.map((centre, at) => Math.sqrt(judgedSamples.reduce((sum, sample) => sum + (sample.signals[at]! - centre) ** 2, 0) / judgedSamples.length) || 1);
  const perDocument = new Map<string, number>();
  for (const sample of judgedSamples) perDocument.set(sample.document, (perDocument.get(sample.document) ?? 0) + 1);
  const rows = judgedSamples.map((sample) => ({
    x: [1, ...sample.signals.map((value, at) => (value - mean[at]!) / scale[at]!)],
    y: isPositive(sample) ? 1 : 0,
    weight: UNBALANCED ? 1 : judgedSamples.length / perDocument.size / perDocument.get(sample.document)!,
  }));
  let weights = new Array<number>(width + 1).fill(0);
  for (let step = 0; step < 30; step += 1) {
    const gradient = weights.map((weight, at) => (at === 0 ? 0 : PENALTY * weight));
    const hessian = weights.map((_, i) => weights.map((__, j) => (i === j && i > 0 ? PENALTY : 0)));
    for (const { x, y, weight } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, at) => sum + value * weights[at]!, 0)));
      for (let i = 0; i <= width; i += 1) {
        gradient[i]! += weight * (p - y) * x[i]!;
        for (let j = 0; j <= width; j += 1) hessian[i]![j]! += weight * p * (1 - p) * x[i]! * x[j]!;
      }
    }
    const delta = solve(hessian, gradient);
    weights = weights.map((weight, at) => weight - delta[at]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { mean, scale, weights };
}

/** Gaussian elimination with partial pivoting: the x of a·x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, at) => [...row, b[at]!]);
  for (let col = 0; col < n; col += 1) {
    const pivot = m.reduce((bestRow, row, at) => (at >= col && Math.abs(row[col]!) > Math.abs(m[bestRow]![col]!) ? at : bestRow), col);
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = 0; row < n; row += 1) {
      if (row === col) continue;
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k += 1) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  return m.map((row, at) => row[n]! / row[at]!);
}

const logisticProbability = (model: Model, sample: Sample) =>
  1 / (1 + Math.exp(-sample.signals.reduce((sum, value, at) => sum + ((value - model.mean[at]!) / model.scale[at]!) * model.weights[at + 1]!, model.weights[0]!)));

/**
 * With `--segments`, one model for each kind of coverage the rule gives (0: a gate failed; 1: three specific words met;
 * between), each fitted on its own questions: the signals that matter where a gate failed need not be those between.
 */
const SEGMENTED = process.argv.includes('--segments');
const segmentOf = (sample: Sample) => (!SEGMENTED ? 0 : sample.signals[0] === 0 ? 0 : sample.signals[0]! >= 1 ? 2 : 1);
type Segmented = readonly Model[];
const fit = (samples: readonly Sample[]): Segmented =>
  [0, 1, 2].slice(0, SEGMENTED ? 3 : 1).map((segment) => fitLogistic(samples.filter((sample) => sample.fixed !== null || segmentOf(sample) === segment)));
const probability = (models: Segmented, sample: Sample) => logisticProbability(models[segmentOf(sample)]!, sample);

interface Tally {
  onTopic: number;
  answered: number;
  offTopic: number;
  declined: number;
}
const tally = (samples: readonly Sample[], answers: (sample: Sample, at: number) => boolean): Tally =>
  samples.reduce<Tally>(
    (sum, sample, at) => {
      const answered = answers(sample, at);
      return sample.onTopic
        ? { ...sum, onTopic: sum.onTopic + 1, answered: sum.answered + (answered ? 1 : 0) }
        : { ...sum, offTopic: sum.offTopic + 1, declined: sum.declined + (answered ? 0 : 1) };
    },
    { onTopic: 0, answered: 0, offTopic: 0, declined: 0 },
  );
const percent = (count: number, of: number) => (of === 0 ? '—' : `${((100 * count) / of).toFixed(1)}%`);
const shares = (t: Tally) => `on-topic answered ${percent(t.answered, t.onTopic)} of ${t.onTopic}, off-topic declined ${percent(t.declined, t.offTopic)} of ${t.offTopic}`;

/** The lowest threshold (the most answering) that still declines at least as many off-topic questions as the rule. */
function thresholdKeepingDeclined(samples: readonly Sample[], scores: readonly number[]): number {
  const needed = tally(samples, (sample) => sample.ruleAnswers).declined;
  const candidates = [...new Set(scores.filter((_, at) => samples[at]!.fixed === null))].sort((a, b) => a - b);
  const at = candidates.findIndex((threshold) => tally(samples, (sample, i) => sample.fixed ?? scores[i]! >= threshold).declined >= needed);
  if (at < 0) return Number.POSITIVE_INFINITY;
  // Halfway to the score below, the last that declined too few: unseen scores fall on either side fairly.
  return at === 0 ? candidates[0]! : (candidates[at - 1]! + candidates[at]!) / 2;
}

/** Where the rule's errors lie: questions it judges, on- and off-topic, by the coverage it gives them (0: a gate failed). */
function printCoverageBuckets(samples: readonly Sample[]): void {
  const buckets: readonly [string, (coverage: number) => boolean][] = [
    ['0', (coverage) => coverage === 0],
    ['(0, 0.2)', (coverage) => coverage > 0 && coverage < 0.2],
    ['[0.2, 0.3)', (coverage) => coverage >= 0.2 && coverage < 0.3],
    ['[0.3, 0.4)', (coverage) => coverage >= 0.3 && coverage < 0.4],
    ['[0.4, 0.5)', (coverage) => coverage >= 0.4 && coverage < 0.5],
    ['[0.5, 0.7)', (coverage) => coverage >= 0.5 && coverage < 0.7],
    ['[0.7, 1)', (coverage) => coverage >= 0.7 && coverage < 1],
    ['1', (coverage) => coverage >= 1],
  ];
  const judgedOnes = samples.filter((sample) => sample.fixed === null);
  for (const [name, holds] of buckets) {
    const inBucket = judgedOnes.filter((sample) => holds(sample.signals[0]!));
    const onTopic = inBucket.filter((sample) => sample.onTopic);
    console.log(`coverage ${name.padEnd(10)} on-topic ${String(onTopic.length).padStart(4)} (gold in the top 3: ${onTopic.filter((sample) => sample.goldInTop3).length}), off-topic ${inBucket.length - onTopic.length}`);
  }
  const unmet = samples.filter((sample) => sample.fixed === false);
  console.log(`no passage met: on-topic ${unmet.filter((sample) => sample.onTopic).length}, off-topic ${unmet.filter((sample) => !sample.onTopic).length}\n`);
}

const documents = await readDocuments();
const samples: Sample[] = [];
for (const { name, knowledge, sets } of documents) {
  for (const set of sets) for (const question of set.questions) samples.push(sampleOf(knowledge, name, set, question));
}
const read = samples.filter((sample) => !NEVER_TUNED.has(sample.document));
const answersUnder = (scores: readonly number[], threshold: number) => (sample: Sample, at: number) => sample.fixed ?? scores[at]! >= threshold;

if (judged !== undefined) {
  const model = fit(read);
  const scores = read.map((sample) => (sample.fixed === null ? probability(model, sample) : 0));
  const threshold = thresholdKeepingDeclined(read, scores);
  const mine = samples.filter((sample) => sample.document === judged);
  const mineScores = mine.map((sample) => (sample.fixed === null ? probability(model, sample) : 0));
  console.log(`${judged}: rule ${shares(tally(mine, (sample) => sample.ruleAnswers))}`);
  console.log(`${judged}: model fitted on every read document (threshold ${threshold.toFixed(3)}) ${shares(tally(mine, answersUnder(mineScores, threshold)))}`);
} else {
  const names = [...new Set(read.map((sample) => sample.document))];
  const outOfFold = new Array<number>(read.length).fill(0);
  const perFold = new Array<boolean>(read.length).fill(false);
  for (const name of names) {
    const training = read.filter((sample) => sample.document !== name);
    const model = fit(training);
    const threshold = thresholdKeepingDeclined(training, training.map((sample) => (sample.fixed === null ? probability(model, sample) : 0)));
    read.forEach((sample, at) => {
      if (sample.document !== name) return;
      outOfFold[at] = sample.fixed === null ? probability(model, sample) : 0;
      perFold[at] = sample.fixed ?? outOfFold[at]! >= threshold;
    });
  }
  const pooled = thresholdKeepingDeclined(read, outOfFold);
  const groups: [string, (sample: Sample) => boolean][] = [
    ['every read document', () => true],
    ['the article', (sample) => sample.document === 'article'],
    ["the article's dev set", (sample) => sample.document === 'article' && sample.set === 'dev'],
    ['the essay', (sample) => sample.document === 'wang-mingyuan-northeast'],
    ['the held-out documents', (sample) => sample.document !== 'article' && sample.document !== 'wang-mingyuan-northeast'],
  ];
  if (process.argv.includes('--buckets')) printCoverageBuckets(read);
  console.log(`${read.length} questions on ${names.length} documents, ${read.filter((sample) => sample.fixed === null).length} judged by the rule; label: ${label}, penalty ${PENALTY}`);
  for (const [group, inGroup] of groups) {
    const at = read.map((sample, i) => [sample, i] as const).filter(([sample]) => inGroup(sample));
    const of = at.map(([sample]) => sample);
    console.log(`\n${group}`);
    console.log(`  current rule:                           ${shares(tally(of, (sample) => sample.ruleAnswers))}`);
    console.log(`  model, threshold per fold (training):   ${shares(tally(of, (_, j) => perFold[at[j]![1]]!))}`);
    console.log(`  model, one threshold over the folds:    ${shares(tally(of, (sample, j) => sample.fixed ?? outOfFold[at[j]![1]]! >= pooled))}`);
  }
  console.log('\nper held-out document (rule → model, threshold per fold):');
  for (const name of names) {
    const at = read.map((sample, i) => [sample, i] as const).filter(([sample]) => sample.document === name);
    const rule = tally(at.map(([sample]) => sample), (sample) => sample.ruleAnswers);
    const model = tally(at.map(([sample]) => sample), (_, j) => perFold[at[j]![1]]!);
    console.log(`  ${name.padEnd(30)} on ${percent(rule.answered, rule.onTopic)} → ${percent(model.answered, model.onTopic)}, off ${percent(rule.declined, rule.offTopic)} → ${percent(model.declined, model.offTopic)}`);
  }
  const model = fit(read);
  const inSample = read.map((sample) => (sample.fixed === null ? probability(model, sample) : 0));
  console.log(`\nin sample (fitted on every read document, one threshold): ${shares(tally(read, answersUnder(inSample, thresholdKeepingDeclined(read, inSample))))}`);
  console.log('\nweights fitted on every read document (standardised signals):');
  model.forEach((segment, at) => {
    if (SEGMENTED) console.log(`segment ${at}`);
    console.log(`  intercept ${segment.weights[0]!.toFixed(3)}`);
    SIGNALS.forEach((signal, i) => console.log(`  ${segment.weights[i + 1]!.toFixed(3).padStart(7)}  ${signal}`));
  });
}
