import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import { ensureLargeCorpus } from './corpus.ts';
import { seededRandom } from './random.ts';
import { scaleInputs } from './scale-corpus.ts';
import { DEFAULT_QUERY_DRAW, drawQueries } from './scale-queries.ts';

/** The 30k base's folder, kept (beside the large corpus, not in git) so its snapshot spares the next run the build. */
const SCALE_DIR = fileURLToPath(new URL('./.corpus/e2e-30k/', import.meta.url));
/** The scale bench's seed (`run.ts`), so the 30k base and its queries are the ones the scale table measures. */
const SCALE_SEED = 13;
const SCALE_PASSAGES = 30_000;

/**
 * The 30k base of the scale bench as a knowledge folder (its documents' files, copied when missing), and 1,000 queries
 * drawn from it: what `e2e-tail.ts --knowledge 30k` asks the bot and `answers-hash.ts` asks `answerQuestion`.
 */
export async function scaleKnowledge(dir = SCALE_DIR): Promise<{ dir: string; questions: string[]; passages: string }> {
  const corpus = await ensureLargeCorpus();
  const { documents } = await readKnowledgeDir(corpus);
  const [input] = scaleInputs(documents, [SCALE_PASSAGES], seededRandom(SCALE_SEED));
  if (input === undefined || input.generatedPassages > 0) throw new Error('bench: the large corpus holds fewer passages than the 30k base needs');
  for (const document of input.documents) {
    await mkdir(join(dir, dirname(document.file)), { recursive: true });
    await cp(join(corpus, document.file), join(dir, document.file), { force: false });
  }
  const queries = drawQueries(input.passages, seededRandom(SCALE_SEED + input.passages.length), DEFAULT_QUERY_DRAW);
  return { dir, questions: queries.map((query) => query.text), passages: `the ${input.passages.length.toLocaleString('en-US')}-passage base (${input.documents.length} documents)` };
}
