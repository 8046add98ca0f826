import { rememberedFor } from '../remembered.ts';
import type { Lexicon } from './lexicon.ts';

/** WordNet's kind of the whole of the human beings of a place or a body, counted: "population", "public". */
const PEOPLE = 'people';

/**
 * Whether a noun asked after "what is the" and said of something ("the population of istanbul") asks how many there
 * are: a noun whose `senses` commonest noun senses come under WordNet's people, the human beings of a place taken
 * together, which a reader asks of a place or a body as a count. WordNet files "population" as a group, no value, so
 * the value nouns (`number-asked.ts`) do not read it. Not the kind's own word: "what are the people of japan like" asks
 * what they are like, not how many. A group of another kind is no count asked ("the crew of the ship", "the government
 * of japan": who, or what kind). None with `senses` 0. Each reading walks WordNet's hypernyms, and the same nouns are
 * asked question after question, so it is remembered by the lexicon, senses and noun (`rememberedFor`, as
 * `number-asked.ts` remembers its value nouns; the bound is no tuning).
 */
export function asksPeopleCounted(noun: string, lexicon: Lexicon, senses: number): boolean {
  return senses > 0 && peopleCounted(lexicon, `${senses} ${noun}`);
}
const peopleCounted = rememberedFor(20_000, (lexicon: Lexicon, key: string): boolean => {
  const [senses = '0', noun = ''] = key.split(' ');
  return !lexicon.isKindOf(PEOPLE, noun, 1) && lexicon.isKindOf(noun, PEOPLE, Number(senses));
});
