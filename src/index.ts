/**
 * docent's engine as a library: the one API the CLI, the console, the bot, the benchmark and the tests use.
 * It knows nothing of Discord. These names are kept stable; see the README's "Library" section.
 *
 * ```ts
 * const { documents, problems } = await readKnowledgeDir('knowledge'); // I/O once; problems are values
 * const knowledge = buildKnowledge(documents);                         // passages → figures, timeline → index
 * const answer = answerQuestion(knowledge, 'When was …?');             // pure; "no match" is a value
 * ```
 */

// Read a knowledge folder.
export { readKnowledgeDir, parseDocument, type LoadedKnowledge } from './core/documents/load.ts';
// Build knowledge, and take it apart or put it together again (what a snapshot holds).
export { buildKnowledge, type Knowledge, type KnowledgeParts } from './core/knowledge.ts';
export { restoreKnowledge, knowledgeParts } from './core/restore.ts';
// Every tunable, with its meaning, default and why.
export { DEFAULT_ENGINE_OPTIONS, mergeEngineOptions, type EngineOptions, type EngineOverrides, type AnswerOverrides } from './core/options.ts';
// Answer a question.
export { answerQuestion, type Answer, type AnswerOptions, type Correction } from './core/answer.ts';
// List figures and timeline entries, cite a passage, suggest completions.
export {
  citePassage,
  findFigures,
  findTimeline,
  suggestPassageIds,
  suggestQuestions,
  type CiteResult,
  type FigureFilter,
  type Suggestion,
  type TimelineFilter,
  type TimelineQuery,
} from './core/browse.ts';
// Check a text's figures and dates against the knowledge; carry a follow-up question's topic.
export { checkClaims, type CheckedClaim, type CheckResult, type Verdict } from './core/check/check.ts';
export { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './core/check/options.ts';
export { combineFollowUp, DEFAULT_FOLLOW_UP_OPTIONS, type FollowUpOptions } from './core/follow-up.ts';
// Save and restore a snapshot; load a folder through its snapshot; hold knowledge and reload it.
export { readSnapshot, snapshotKey, writeSnapshot } from './core/snapshot.ts';
export { createKnowledgeStore, loadKnowledge, type KnowledgeStore, type ReloadResult } from './core/store.ts';
// The values everything above speaks in.
export type {
  Citation,
  DocumentMeta,
  Figure,
  KnowledgeDocument,
  Passage,
  Problem,
  TimelineEntry,
} from './core/types.ts';
