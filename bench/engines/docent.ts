import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge, knowledgeParts, restoreKnowledge, type Knowledge, type KnowledgeParts } from '../../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';
import type { Engine } from './engine.ts';

/** What docent keeps to start without building: the documents (on disk anyway) and its snapshot's parts. */
interface Saved {
  readonly documents: readonly KnowledgeDocument[];
  readonly parts: KnowledgeParts;
}

/**
 * docent's whole path: `buildKnowledge` (passages, figures, timeline, indexes, speller) and
 * `answerQuestion` (parsing, spelling correction, related words, ranking). Saved as its snapshot
 * (src/core/snapshot.ts) plus the documents it is restored with; loading is `restoreKnowledge`.
 */
export const docentEngine: Engine<Knowledge> = {
  name: 'docent',
  config: 'buildKnowledge + answerQuestion; saved as its snapshot parts and the documents, load = restoreKnowledge',
  typoTolerant: true,
  build: (input) => buildKnowledge(input.documents),
  search(knowledge, query, limit) {
    const answer = answerQuestion(knowledge, query, { limit });
    return answer.kind === 'answer' ? answer.results.map((result) => result.passage.id) : [];
  },
  serialize: (knowledge) => JSON.stringify({ documents: knowledge.documents, parts: knowledgeParts(knowledge) } satisfies Saved),
  load(data) {
    const saved = JSON.parse(data) as Saved;
    return restoreKnowledge(saved.documents, saved.parts);
  },
};
