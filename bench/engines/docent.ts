import { answerQuestion } from '../../src/core/answer.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import { knowledgeParts, restoreKnowledge } from '../../src/core/restore.ts';
import { snapshotBytes, snapshotKey, snapshotPartsOf } from '../../src/core/snapshot.ts';
import type { Engine } from './engine.ts';

/**
 * docent's whole path: `buildKnowledge` (passages, figures, timeline, indexes, speller) and
 * `answerQuestion` (parsing, spelling correction, related words, ranking). Saved as its snapshot file's
 * bytes (src/core/snapshot.ts: header, checksum, the parts); loading is what a start does with them: the
 * key of the documents (read from the folder anyway, as every engine's passages are its input), the
 * checksum, decoding, `restoreKnowledge`.
 */
export const docentEngine: Engine<Knowledge> = {
  name: 'docent',
  config: 'buildKnowledge + answerQuestion; saved as its snapshot file, load = key + checksum + decode + restoreKnowledge',
  typoTolerant: true,
  build: (input) => buildKnowledge(input.documents),
  search(knowledge, query, limit) {
    const answer = answerQuestion(knowledge, query, { limit });
    return answer.kind === 'answer' ? answer.results.map((result) => result.passage.id) : [];
  },
  serialize: (knowledge) => snapshotBytes(snapshotKey(knowledge.documents), knowledgeParts(knowledge)),
  load(data, input) {
    const file = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const parts = snapshotPartsOf(file, snapshotKey(input.documents));
    if (parts === null) throw new Error('bench: docent could not read its own snapshot');
    return restoreKnowledge(input.documents, parts);
  },
};
