import { sliceWhole } from '../core/search/words.ts';
import { suggestPassageIds, suggestQuestions, type Suggestion, type SuggestionLimits } from '../core/browse.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { DocumentRecord } from '../admin/types.ts';
import { DISCORD_LIMITS } from './discord-text.ts';

/**
 * Autocomplete choices within Discord's limits: at most 25 choices of at most 100 characters. docent
 * offers ten, which read at a glance; each is cut to 100 characters with a visible "…".
 */
const AUTOCOMPLETE_LIMITS: SuggestionLimits = {
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

/**
 * Documents for a partial id or title (/knowledge remove's autocomplete): those whose id or title
 * contains what was typed (any case), shown as "Title (id)", the id as the value.
 */
export function documentChoices(records: readonly DocumentRecord[], typed: string): Suggestion[] {
  const needle = typed.trim().toLowerCase();
  return records
    .filter((record) => needle === '' || record.document.includes(needle) || record.title.toLowerCase().includes(needle))
    .slice(0, AUTOCOMPLETE_LIMITS.count)
    .map((record) => {
      const name = `${record.title} (${record.document})`;
      return {
        name: name.length <= AUTOCOMPLETE_LIMITS.length ? name : `${sliceWhole(name, AUTOCOMPLETE_LIMITS.length - 1)}…`,
        value: sliceWhole(record.document, AUTOCOMPLETE_LIMITS.length),
      };
    });
}
