import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseDocument } from '../src/core/documents/load.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import { fileURLToPath } from 'node:url';
import { readEvalSet } from '../src/eval/quality.ts';
import { docentEngine } from './engines/docent.ts';
import { eraseIndexType } from './engines/engine.ts';
import { miniSearchEngine } from './engines/minisearch.ts';
import { miniSearchSegmenterEngine } from './engines/minisearch-segmenter.ts';
import type { BenchInput } from './engines/engine.ts';
import { measureQuality, type QualityResult } from './quality.ts';

/** The public Chinese sample in shared/. Its folder also holds SOURCE.md, which quotes the answers: only the document is read. */
const SAMPLE_DIR = fileURLToPath(new URL('../../shared/eval/generalize/zhejiang-demonstration-zone-opinions/', import.meta.url));
const SAMPLE_FILE = 'zhejiang-demonstration-zone-opinions.txt';

/**
 * Answer quality on the public Chinese sample: docent beside MiniSearch as it comes and MiniSearch with
 * Intl.Segmenter as its tokenizer, on the Chinese questions and on the English ones about the Chinese
 * text. Null when shared/ is not beside the repository.
 */
export async function measureChineseQuality(): Promise<QualityResult[] | null> {
  if (!existsSync(SAMPLE_DIR)) return null;
  const input = await loadSample();
  const questions = await readEvalSet(`${SAMPLE_DIR}questions.json`);
  const sets = [
    { name: 'zh', questions: questions.filter((question) => question.kind !== 'crosslingual') },
    { name: 'en→zh', questions: questions.filter((question) => question.kind === 'crosslingual') },
  ];
  const engines = [eraseIndexType(docentEngine), eraseIndexType(miniSearchSegmenterEngine), eraseIndexType(miniSearchEngine)];
  return measureQuality(engines, input, sets);
}

async function loadSample(): Promise<BenchInput> {
  const parsed = parseDocument(SAMPLE_FILE, await readFile(`${SAMPLE_DIR}${SAMPLE_FILE}`));
  if (!('document' in parsed)) throw new Error(`bench: ${SAMPLE_FILE} did not load: ${JSON.stringify(parsed.problems)}`);
  const documents = [parsed.document];
  return { documents, passages: buildKnowledge(documents).passages.map((passage) => ({ id: passage.id, text: passage.text })) };
}
