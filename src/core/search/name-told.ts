import type { ParsedQuery } from './query.ts';
import { splitSentences } from '../documents/sentences.ts';
import { tokenize, type Token } from './words.ts';

/**
 * "What was the name of musmanno's schooner", "what were the names of the authors", "what was the german veteran's
 * name": a name asked of what the question describes, by the copula and "name" or "names" as its subject's head.
 */
const NAME_ASKED = /^what (?:is|was|are|were) (?:(?:the |his |her |its |their )?(?:\S+ )?names? of |.+ names?$)/u;

/**
 * The question's own words when it asks the name of what it describes (`NAME_ASKED`), else null: a name it writes
 * ("the german veteran", "the architect of the capitol") is what it asks about, not the name asked.
 */
export function nameAskedOf(query: ParsedQuery): ReadonlySet<string> | null {
  return query.intent === 'general' && NAME_ASKED.test(query.words.join(' ')) ? new Set(query.words) : null;
}

/** A colon or a bracket before a word opens what follows as a sentence opens: "this: \"((1) Spatial qualities are\"". */
const OPENS_CLAUSE = /[:()]/u;

/**
 * Whether the passage gives a name the question does not write: a word written capitalised inside its sentence (not its
 * first word, capitalised whatever it is, nor one after a colon or a bracket, nor "I"). "Sighed the bank president" and "a professor who is famous in
 * Japanese circles" tell of the one asked about, and "a secret 'fraternity'" of the thing, not what either is called.
 */
export function givesNameNotAsked(text: string, questionWords: ReadonlySet<string>): boolean {
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text);
    for (let at = 1; at < tokens.length; at += 1) {
      const { word, start } = tokens[at] as Token;
      const opensClause = OPENS_CLAUSE.test(sentence.text.slice((tokens[at - 1] as Token).end, start));
      if (!opensClause && word !== 'i' && /^\p{Lu}/u.test(sentence.text.slice(start, start + 1)) && !questionWords.has(word)) return true;
    }
  }
  return false;
}
