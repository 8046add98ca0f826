import type { Knowledge, KnowledgeParts } from './knowledge.ts';
import { nextTurn } from './next-turn.ts';
import { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions } from './options.ts';
import { chineseDictionary } from './search/chinese-dictionary.ts';
import { wordNetLexicon, type Lexicon } from './search/lexicon.ts';
import { restoreSearchIndex, searchIndexParts } from './search/search-index.ts';
import { hasUnspacedScript } from './search/segment.ts';
import type { KnowledgeDocument } from './types.ts';

/*
 * A knowledge from a snapshot's parts, and the parts of a knowledge, apart from `buildKnowledge`
 * (knowledge.ts): a start from the snapshot then never imports the document cutting and the figure and
 * timeline extractors, which only a build (in its worker thread) and the check of a message run.
 */

/** What a snapshot saves of `knowledge` (`KnowledgeParts`): the parts `restoreKnowledge` takes back. */
export function knowledgeParts(knowledge: Knowledge): KnowledgeParts {
  return {
    passages: knowledge.passages,
    figures: knowledge.figures,
    timeline: knowledge.timeline,
    index: searchIndexParts(knowledge.index),
    figureIndex: knowledge.figureIndex.postings,
    timelineIndex: knowledge.timelineIndex.postings,
    options: knowledge.options,
  };
}

/**
 * Knowledge from saved parts and the documents they were built from, without building again, with
 * the options the parts were built with (checked: a saved option that is no option throws).
 */
export function restoreKnowledge(documents: readonly KnowledgeDocument[], parts: KnowledgeParts, lexicon: Lexicon = wordNetLexicon()): Knowledge {
  const options = mergeEngineOptions(DEFAULT_ENGINE_OPTIONS, parts.options);
  return assembleKnowledge(
    {
      documents,
      passages: parts.passages,
      figures: parts.figures,
      timeline: parts.timeline,
      index: restoreSearchIndex(parts.passages, parts.index, options),
      figureIndex: { items: parts.figures, postings: parts.figureIndex },
      timelineIndex: { items: parts.timeline, postings: parts.timelineIndex },
      options,
    },
    lexicon,
  );
}

/**
 * `restoreKnowledge` between turns of the event loop: the indexes are taken as they are (typed arrays), so
 * what is left (the lookups by passage) is tens of milliseconds at 30,000 passages, one step.
 */
export async function restoreKnowledgeAsync(
  documents: readonly KnowledgeDocument[],
  parts: KnowledgeParts,
  lexicon: Lexicon = wordNetLexicon(),
): Promise<Knowledge> {
  await nextTurn();
  const knowledge = restoreKnowledge(documents, parts, lexicon);
  await nextTurn();
  return knowledge;
}

/** What a build or a snapshot gives; `assembleKnowledge` derives the rest. */
type CoreParts = Pick<Knowledge, 'documents' | 'passages' | 'figures' | 'timeline' | 'index' | 'figureIndex' | 'timelineIndex' | 'options'>;

/** Adds the lookups derived from the parts: cheap, so they are never saved. `buildKnowledge` ends here too. */
export function assembleKnowledge(parts: CoreParts, lexicon: Lexicon): Knowledge {
  // Chinese text sorts last among the words: read the dictionary now, not on the first question.
  if (hasUnspacedScript(parts.index.sortedWords.at(-1) ?? '')) chineseDictionary();
  return {
    ...parts,
    passageById: new Map(parts.passages.map((passage) => [passage.id, passage])),
    lexicon,
    figuresByPassage: groupBy(parts.figures, (figure) => figure.passageId),
    timelineByPassage: groupBy(parts.timeline, (entry) => entry.passageId),
  };
}

/** Items by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group === undefined) groups.set(keyOf(item), [item]);
    else group.push(item);
  }
  return groups;
}
