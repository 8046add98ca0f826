import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/core/answer.ts';
import { buildKnowledge, type Knowledge } from '../src/core/knowledge.ts';
import { readGoldFigures, readGoldTimeline, matchesGoldEntry, matchesGoldFigure, scoreExtraction, type ExtractionScore } from '../src/eval/gold.ts';
import { readEvalSet, type EvalQuestion } from '../src/eval/quality.ts';
import { docentEngine } from './engines/docent.ts';
import { eraseIndexType } from './engines/engine.ts';
import { miniSearchEngine } from './engines/minisearch.ts';
import { miniSearchSegmenterEngine } from './engines/minisearch-segmenter.ts';
import { loadBenchInput, type LoadedInput } from './input.ts';
import { measureQuality, type QualityResult } from './quality.ts';

/**
 * Answer quality on documents docent was not built on: each folder holds one document and its gold sets
 * (figures.json, timeline.json, questions.json), as shared/eval/generalize/ lays them out. Figures and
 * dated entries are scored as shared/eval/score.mjs scores them; questions beside plain MiniSearch (and,
 * for questions in Chinese, MiniSearch with Intl.Segmenter, the anchor issue 12 names).
 */
export interface DocumentQuality {
  readonly name: string;
  /** 'public': shared/eval/generalize, tuned on; 'held-out': bench/heldout, written apart and never tuned on. */
  readonly group: 'public' | 'held-out';
  readonly passages: number;
  readonly figures: ExtractionScore | null;
  readonly timeline: ExtractionScore | null;
  readonly questions: readonly QualityResult[];
}

const ENGINES = [eraseIndexType(docentEngine), eraseIndexType(miniSearchEngine), eraseIndexType(miniSearchSegmenterEngine)];
const DOCUMENT_FILE = /\.(txt|md|markdown)$/;
const NOT_A_DOCUMENT = new Set(['SOURCE.md', 'README.md']);

/** Every folder of gold sets under each root (a root that is absent is skipped). */
export async function measureGeneralization(roots: readonly { dir: string; group: DocumentQuality['group'] }[]): Promise<DocumentQuality[]> {
  const results: DocumentQuality[] = [];
  for (const { dir, group } of roots) {
    if (!existsSync(dir)) continue;
    for (const entry of (await readdir(dir, { withFileTypes: true })).filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      results.push(await measureFolder(join(dir, entry.name), group));
    }
  }
  return results;
}

/** The one document of a folder of gold sets, loaded alone, as an admin would load it: its gold files and SOURCE.md stay behind. */
export async function loadDocumentAlone(folder: string): Promise<LoadedInput> {
  const documentFile = (await readdir(folder)).find((file) => DOCUMENT_FILE.test(file) && !NOT_A_DOCUMENT.has(file));
  if (documentFile === undefined) throw new Error(`bench: no document in ${folder}`);
  const alone = await mkdtemp(join(tmpdir(), 'docent-generalize-'));
  try {
    await copyFile(join(folder, documentFile), join(alone, documentFile));
    return await loadBenchInput(alone);
  } finally {
    await rm(alone, { recursive: true, force: true });
  }
}

async function measureFolder(folder: string, group: DocumentQuality['group']): Promise<DocumentQuality> {
  const files = await readdir(folder);
  const input = await loadDocumentAlone(folder);
  const knowledge = buildKnowledge(input.documents);
  const questions = files.includes('questions.json') ? await readEvalSet(join(folder, 'questions.json')) : [];
  const sets = splitByLanguage(questions);
  const engines = ENGINES.filter((engine) => engine.name !== miniSearchSegmenterEngine.name || sets.some((set) => set.name === 'zh'));
  return {
    name: basename(folder),
    group,
    passages: knowledge.passages.length,
    figures: files.includes('figures.json') ? scoreExtraction(await readGoldFigures(folder), knowledge.figures, matchesGoldFigure) : null,
    timeline: files.includes('timeline.json') ? scoreExtraction(await readGoldTimeline(folder), knowledge.timeline, matchesGoldEntry) : null,
    questions: measureQuality(engines, input, sets),
  };
}

/** Questions in Chinese and in other languages are scored apart: the anchors differ. */
function splitByLanguage(questions: readonly EvalQuestion[]): { name: string; questions: EvalQuestion[] }[] {
  const isChinese = (question: EvalQuestion) => /\p{Script=Han}/u.test(question.q);
  const sets = [
    { name: 'en', questions: questions.filter((question) => !isChinese(question)) },
    { name: 'zh', questions: questions.filter(isChinese) },
  ];
  return sets.filter((set) => set.questions.length > 0);
}

/** An off-topic or on-topic question set, and the share of it docent answered with a passage. */
export interface AbstentionResult {
  readonly knowledge: string;
  readonly set: string;
  readonly onTopic: boolean;
  readonly questions: number;
  /** Share answered as if the documents held the answer (`kind: 'answer'`). */
  readonly answered: number;
  /** Off-topic questions that were answered anyway, to read. */
  readonly wronglyAnswered: readonly string[];
}

/** How often docent answers: it should for on-topic questions, and should say "not in my documents" otherwise. */
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

/** A question set on the article: on-topic ones carry answers (for hits), off-topic ones only questions. */
export type AbstentionSet =
  | { readonly name: string; readonly onTopic: true; readonly questions: readonly EvalQuestion[] }
  | { readonly name: string; readonly onTopic: false; readonly questions: readonly Pick<EvalQuestion, 'q'>[] };

/**
 * Every abstention set on the article, on-topic first, as the bench and `answering.ts` score them; `devSet` is
 * `../shared/eval/dev-questions.json`, left out when it is not beside this repository.
 */
export async function readAbstentionSets(devSet: string): Promise<AbstentionSet[]> {
  const onTopic = ['on-topic', 'on-topic-heldout', 'on-topic-heldout-2', 'on-topic-heldout-3', 'on-topic-heldout-4', 'on-topic-heldout-5', 'on-topic-heldout-6', 'on-topic-heldout-7', 'on-topic-heldout-8'].map((name): [string, string] => [name, `${FIXTURES}abstention/${name}.json`]);
  const offTopic = ['off-topic-tune', 'off-topic-heldout', 'off-topic-heldout-2', 'off-topic-heldout-3', 'off-topic-heldout-4', 'off-topic-heldout-5', 'off-topic-heldout-6', 'off-topic-heldout-7', 'off-topic-heldout-8', 'off-topic-heldout-9', 'off-topic-heldout-10'];
  return readSets(
    [['dev', devSet], ['heldout', `${FIXTURES}heldout-questions.json`], ...onTopic],
    offTopic.map((name) => [name, `${FIXTURES}abstention/${name}.json`]),
  );
}

/**
 * The abstention sets on another document: its gold questions (`questions.json` in `goldFolder`) and the sets of
 * `tests/fixtures/abstention/<name>/`: `on-topic.json` and `off-topic.json`, never tuned on, and `off-topic-tune.json`.
 */
function readDocumentAbstentionSets(name: string, goldFolder: string): Promise<AbstentionSet[]> {
  const folder = `${FIXTURES}abstention/${name}/`;
  return readSets(
    [['questions', join(goldFolder, 'questions.json')], ['on-topic', `${folder}on-topic.json`]],
    [['off-topic-tune', `${folder}off-topic-tune.json`], ['off-topic', `${folder}off-topic.json`]],
  );
}

/** The public essay with abstention sets of its own (`tests/fixtures/abstention/<ESSAY>/`): the rule on text it was not calibrated on. */
const ABSTENTION_ESSAY = 'wang-mingyuan-northeast';

/** The essay, loaded alone, and its abstention sets; null when its folder (under `generalizeDir`) is absent. */
export async function readEssayAbstention(generalizeDir: string): Promise<{ name: string; knowledge: Knowledge; sets: AbstentionSet[] } | null> {
  const folder = join(generalizeDir, ABSTENTION_ESSAY);
  if (!existsSync(folder)) return null;
  return { name: ABSTENTION_ESSAY, knowledge: buildKnowledge((await loadDocumentAlone(folder)).documents), sets: await readDocumentAbstentionSets(ABSTENTION_ESSAY, folder) };
}

/**
 * Every held-out document under `dir` with a `questions.json`, loaded alone, with its abstention sets: those questions
 * (on-topic) and its `off-topic.json` where it has one. The rule was calibrated on the article and the essay only;
 * these show what abstaining costs, and saves, on text it never saw. `keep` leaves out the documents it refuses (a
 * session's hold-outs, never answered while a setting is chosen), unread and unbuilt.
 */
export async function readHeldOutAbstention(dir: string, keep: (name: string) => boolean = () => true): Promise<{ name: string; knowledge: Knowledge; sets: AbstentionSet[] }[]> {
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && keep(entry.name) && existsSync(join(dir, entry.name, 'questions.json')))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const folder = join(dir, name);
      const offTopic = join(folder, 'off-topic.json');
      const sets = await readSets([['questions', join(folder, 'questions.json')]], existsSync(offTopic) ? [['off-topic', offTopic]] : []);
      return { name, knowledge: buildKnowledge((await loadDocumentAlone(folder)).documents), sets };
    }),
  );
}

/** On-topic sets (eval format; one that is absent is left out) and off-topic ones (questions only), on-topic first. */
async function readSets(onTopic: readonly [string, string][], offTopic: readonly [string, string][]): Promise<AbstentionSet[]> {
  const answered = await Promise.all(
    onTopic.filter(([, file]) => existsSync(file)).map(async ([name, file]): Promise<AbstentionSet> => ({ name, onTopic: true, questions: await readEvalSet(file) })),
  );
  const unanswerable = await Promise.all(
    offTopic.map(async ([name, file]): Promise<AbstentionSet> => {
      const questions = JSON.parse(await readFile(file, 'utf8')) as { q: string }[];
      return { name, onTopic: false, questions: questions.map(({ q }) => ({ q })) };
    }),
  );
  return [...answered, ...unanswerable];
}

export function measureAbstention(knowledge: Knowledge, name: string, sets: readonly { name: string; onTopic: boolean; questions: readonly Pick<EvalQuestion, 'q'>[] }[]): AbstentionResult[] {
  return sets.map((set) => {
    const answered = set.questions.filter((question) => answerQuestion(knowledge, question.q).kind === 'answer');
    return {
      knowledge: name,
      set: set.name,
      onTopic: set.onTopic,
      questions: set.questions.length,
      answered: set.questions.length === 0 ? 0 : answered.length / set.questions.length,
      wronglyAnswered: set.onTopic ? [] : answered.map((question) => question.q),
    };
  });
}
