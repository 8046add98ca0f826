import type { Lexicon } from './lexicon.ts';
import { namesKindMade, type KindAsked } from './making-asked.ts';
import { isStopWord, tokenize } from './words.ts';
import { pluralOf } from '../figures/measures.ts';

/**
 * Whether a passage writing N tells the kind of N a "what kind / breed of N" asks (`KindAsked.sortOf`): it names a kind
 * of N WordNet files under it (`namesKindMade`: "his Winchester" a rifle, "a collie" a dog), or writes N with a
 * describing word of its own right before it, one phrase ("good garden soil", "Wine glass heels", "Stacked heels").
 * N after a determiner or a possessive alone ("the fish exploded", "his dogs") is N, no kind of it; nor is a describing
 * word the question writes ("what kind of technical help" by "technical help") the passage's telling.
 */
export function tellsKindOf(asked: KindAsked, text: string, lexicon: Lexicon): boolean {
  // N's own word, singular or plural ("dog", "dogs"): not a verb's form of its stem ("the best fishing").
  const singular = [asked.kind.typed, ...lexicon.baseForms(asked.kind.typed)];
  const forms = new Set([...singular, ...singular.map(pluralOf)]);
  const tokens = tokenize(text);
  const described = tokens.some((token, at) => {
    const before = tokens[at - 1];
    if (before === undefined || !forms.has(token.word)) return false;
    const between = text.slice(before.end, token.start);
    return /^(?:\s+|-)$/u.test(between) && !isStopWord(before.word) && !asked.questionWords.has(before.word) && /^\p{L}/u.test(before.word);
  });
  return described || namesKindMade(asked, text, lexicon);
}
