import type { CountIn } from './count-asked.ts';
import { baseOfIrregular } from './irregular.ts';
import type { Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { stemWord } from './words.ts';

/**
 * A count of things asked ("how many rooms does the hotel have", "how many ships are in the merchant marine"): what the
 * plural after a number counts, read through the kind of thing WordNet files each under (`Lexicon.kindOfThing`), or null
 * when the noun asked names no thing ("how many years", "how many kinds"). The noun itself, in a form or a related word,
 * counts it; a thing of another kind does not ("seven hills", "two continents" are no rooms; "twenty-five per cent of
 * motor vehicle patents" are no cars sold). A text names what it counts in words of its own as often as in the
 * question's: a thing of the same kind may be it ("200,000 nesting females" are the bees asked, both animals), and so may
 * persons ("767 paying customers" are a stadium's fans, whose commonest sense is a device), or a word for no thing ("in
 * two instances" plays closed).
 */
export function thingCounted(noun: string, term: QueryTerm | undefined, lexicon: Lexicon): ((plural: string) => CountIn) | null {
  const kind = lexicon.kindOfThing(baseOfIrregular(noun));
  if (kind === null) return null;
  const own = new Set(term === undefined ? [] : [term.stem, ...(term.forms ?? []), ...term.related]);
  // A plural is read in WordNet once a question: a passage's figures repeat their units ("ten million yuan").
  const read = new Map<string, CountIn>();
  const readingOf = (plural: string): CountIn => {
    if (own.has(stemWord(plural.toLowerCase()))) return 'noun';
    const base = baseOfIrregular(plural);
    const other = lexicon.kindOfThing(base);
    return other !== null && other !== kind && !lexicon.namesPerson(base, false) ? 'other' : 'maybe';
  };
  return (plural) => read.get(plural) ?? read.set(plural, readingOf(plural)).get(plural) ?? 'maybe';
}
