/**
 * Abstaining's thresholds as a trade: for each numeric knob of the options' `abstain` group, one value at a time (the
 * rest at their defaults), the on-topic questions answered and the off-topic ones declined, on three groups of sets:
 * the freed sets (held out, never tuned on, `--freed`), the read held-out sets (every other one but the hold-outs,
 * which are not answered at all: `--hold-outs`), and the article's and the essay's sets (`answers-hash.ts`'s), with the
 * end-to-end questions `ranking.test.ts` needs answered. Each knowledge base is built once and every setting answers
 * from it, so a point of a curve costs seconds. `--cost <w>` ranks the settings by declined on-topic + w × answered
 * off-topic; `--json <file>` keeps every setting's per-question record (`heldout-answers.ts`'s form), to count moves.
 *
 *   npx tsx bench/abstain-curves.ts [--knobs minCoverage,minWordsMet] [--set '{"minCoverage":0.35}'] [--grid '{"minCoverage":[0.37,0.4],"missingWordWeight":[1,1.5]}'] [--cost 2] [--json <file>]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { DEFAULT_ENGINE_OPTIONS, type AbstainOptions } from '../src/core/options.ts';
import { ARTICLE_QUESTIONS } from './e2e-questions.ts';
import { readAbstentionSets, readEssayAbstention, readHeldOutAbstention, type AbstentionSet } from './generalize.ts';
import { answerOverridesOf } from './answer-overrides.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const list = (value: string | undefined, fallback: string): string[] => (value ?? fallback).split(',').filter((item) => item !== '');
/** Never answered here: the session's hold-outs are run once, at the end, through `heldout-answers.ts`. */
const holdOuts = new Set(list(flag('--hold-outs'), 'churchill-wine-cellar-1961,tangerman-dual-ladder-1961,krutch-age-opinions-1961,formosa-katanga-initiative-1961'));
const freed = new Set(list(flag('--freed'), 'garland-newport-jazz-1961,santa-cruz-tallyho-1961,rusk-policy-officer-1961,submarine-defense-concept-1961,retirement-hobbies-creativity-1961,zen-magic-cosmic-government-1961'));
const weight = Number(flag('--cost') ?? '2');

type Group = 'freed' | 'read' | 'article+essay';
interface Corpus { readonly name: string; readonly group: Group; readonly knowledge: Knowledge; readonly sets: readonly AbstentionSet[] }

const heldOutDir = fileURLToPath(new URL('heldout/', import.meta.url));
const generalizeDir = fileURLToPath(new URL('../../shared/eval/generalize/', import.meta.url));
const articleDir = fileURLToPath(new URL('../knowledge/', import.meta.url));
const devSet = fileURLToPath(new URL('../../shared/eval/dev-questions.json', import.meta.url));

const started = performance.now();
const corpora: Corpus[] = (await readHeldOutAbstention(heldOutDir, (name) => !holdOuts.has(name))).map((document) => ({ ...document, group: freed.has(document.name) ? 'freed' : 'read' }));
const article = buildKnowledge((await readKnowledgeDir(articleDir)).documents);
corpora.push({ name: 'article', group: 'article+essay', knowledge: article, sets: await readAbstentionSets(devSet) });
const essay = await readEssayAbstention(generalizeDir);
if (essay !== null) corpora.push({ ...essay, group: 'article+essay' });
console.error(`${corpora.length} knowledge bases built in ${((performance.now() - started) / 1000).toFixed(0)} s`);

/** The values tried of each knob: below and above its default, and the value that turns its check off where it has one. */
function valuesOf(knob: keyof AbstainOptions, base: number): number[] {
  const fine: Partial<Record<keyof AbstainOptions, number[]>> = {
    minCoverage: [0, 0.3, 0.34, 0.37, 0.4, 0.43, 0.46, 0.5],
    missingWordWeight: [1, 1.25, 1.5, 1.75, 2, 2.5],
    everydayWordWeight: [0, 0.1, 0.2, 0.3, 0.5],
    missingNameWeight: [1.5, 2, 2.5, 3, 4],
    specificWordShare: [0.1, 0.25, 0.5, 1],
    unknownNameMinLength: [4, 5, 6, 8, 1000],
    enoughWordsMet: [2, 3, 4, 1000],
    minWordsMet: [1, 2, 3],
    lifeSpanMaxYears: [80, 100, 120, 150],
  };
  return fine[knob] ?? [...new Set([0, base - 1, base, base + 1, base + 2].filter((value) => value >= 0))];
}

const defaults = DEFAULT_ENGINE_OPTIONS.answer.abstain;
const knobs = list(flag('--knobs'), Object.keys(defaults).join(',')) as (keyof AbstainOptions)[];
/** Every combination of the values `--grid '{"knob":[values],…}'` lists: knobs that act together. */
const gridOf = (grid: Record<string, number[]>): Partial<AbstainOptions>[] =>
  Object.entries(grid).reduce<Partial<AbstainOptions>[]>((combined, [knob, values]) => combined.flatMap((setting) => values.map((value) => ({ ...setting, [knob]: value }))), [{}]);
const grid = flag('--grid');
const settings: Partial<AbstainOptions>[] = grid !== undefined
  ? [{}, ...gridOf(JSON.parse(grid) as Record<string, number[]>)]
  : flag('--set') !== undefined
    ? [{}, JSON.parse(flag('--set')!) as Partial<AbstainOptions>]
    : [{}, ...knobs.flatMap((knob) => valuesOf(knob, defaults[knob]).filter((value) => value !== defaults[knob]).map((value) => ({ [knob]: value })))];

interface Row { document: string; set: string; onTopic: boolean; q: string; answered: boolean }
const records: { setting: Partial<AbstainOptions>; rows: Row[]; e2eDeclined: string[] }[] = [];
const counts = (rows: readonly Row[], group: Group) => {
  const inGroup = rows.filter((row) => corpora.find((corpus) => corpus.name === row.document)!.group === group);
  const on = inGroup.filter((row) => row.onTopic);
  const off = inGroup.filter((row) => !row.onTopic);
  return { answered: on.filter((row) => row.answered).length, on: on.length, declined: off.filter((row) => !row.answered).length, off: off.length };
};
const groups: Group[] = ['freed', 'read', 'article+essay'];
console.log(`setting | ${groups.map((group) => `${group}: on answered, off declined, cost`).join(' | ')} | e2e declined | s`);
for (const setting of settings) {
  const overrides = answerOverridesOf(JSON.stringify({ answer: { abstain: setting } }));
  const began = performance.now();
  const rows = corpora.flatMap((corpus) =>
    corpus.sets.flatMap((set) => set.questions.map((question) => ({ document: corpus.name, set: set.name, onTopic: set.onTopic, q: question.q, answered: answerQuestion(corpus.knowledge, question.q, overrides).kind === 'answer' }))),
  );
  const e2eDeclined = ARTICLE_QUESTIONS.filter((question) => answerQuestion(article, question, overrides).kind !== 'answer');
  records.push({ setting, rows, e2eDeclined });
  const cells = groups.map((group) => {
    const c = counts(rows, group);
    return `${c.answered}/${c.on}, ${c.declined}/${c.off}, ${c.on - c.answered + weight * (c.off - c.declined)}`;
  });
  console.log(`${JSON.stringify(setting)} | ${cells.join(' | ')} | ${e2eDeclined.length} | ${((performance.now() - began) / 1000).toFixed(0)}`);
}
const out = flag('--json');
if (out !== undefined) writeFileSync(out, JSON.stringify(records));
