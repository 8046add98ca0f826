import { buildKnowledge } from '../src/core/knowledge.ts';
import { readKnowledgeDir } from '../src/core/documents/load.ts';
import type { BenchInput } from './engines/engine.ts';

export interface LoadedInput extends BenchInput {
  /** Bytes of document text (front matter excluded), UTF-8. */
  readonly bytes: number;
  /** Passages by the top folder of their document's file ("sotu", "brown", …; "." for top-level files). */
  readonly passagesBySource: Readonly<Record<string, number>>;
}

/** Reads a knowledge directory with docent's own loader and cuts it with docent's own passage cutter. */
export async function loadBenchInput(dir: string): Promise<LoadedInput> {
  const { documents, problems } = await readKnowledgeDir(dir);
  if (problems.length > 0) throw new Error(`bench: ${dir} did not load: ${JSON.stringify(problems.slice(0, 5))}`);
  const built = buildKnowledge(documents).passages;
  const passages = built.map((passage) => ({ id: passage.id, text: passage.text }));
  const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.body), 0);
  return { documents, passages, bytes, passagesBySource: countBySource(documents, built.map((passage) => passage.citation.document)) };
}

/** `slugs`: each passage's document slug (its id holds only the slug's first characters). */
function countBySource(documents: LoadedInput['documents'], slugs: readonly string[]): Record<string, number> {
  const sourceOfSlug = new Map(documents.map((document) => [document.slug, document.file.includes('/') ? document.file.split('/')[0] ?? '.' : '.']));
  const counts: Record<string, number> = {};
  for (const slug of slugs) {
    const source = sourceOfSlug.get(slug) ?? '?';
    counts[source] = (counts[source] ?? 0) + 1;
  }
  return counts;
}
