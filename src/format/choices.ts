import { suggestPassageIds, suggestQuestions, type Suggestion, type SuggestionLimits } from '../core/browse.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { DISCORD_LIMITS } from './discord-text.ts';

/**
 * Autocomplete choices within Discord's limits: at most 25 choices of at most 100 characters. docent
 * offers ten, which read at a glance; each is cut to 100 characters with a visible "…".
 */
export const AUTOCOMPLETE_LIMITS: SuggestionLimits = {
  count: Math.min(10, DISCORD_LIMITS.autocompleteChoices),
  length: Math.min(DISCORD_LIMITS.choiceName, DISCORD_LIMITS.choiceValue),
};

/** Completions of a question being typed (/ask's autocomplete). */
export function questionChoices(knowledge: Knowledge, typed: string): Suggestion[] {
  return suggestQuestions(knowledge, typed, AUTOCOMPLETE_LIMITS);
}

/** Passage ids for a partial id or words (/cite's autocomplete), each shown with the start of its text. */
export function passageIdChoices(knowledge: Knowledge, typed: string): Suggestion[] {
  return suggestPassageIds(knowledge, typed, AUTOCOMPLETE_LIMITS);
}
