import type { CountIn } from './count-asked.ts';
import { baseOfIrregular } from './irregular.ts';
import { EVERY_SENSE, type Lexicon } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { stemWord } from './words.ts';
import { rememberedFor } from '../remembered.ts';

/**
 * A count of things asked ("how many rooms does the hotel have", "how many ships are in the merchant marine"): what the
 * plural after a number counts, read through the kind of thing WordNet files each under (`Lexicon.kindOfThing`), or null
 * when the noun asked names no thing ("how many years", "how many kinds"). The noun itself, in a form or a related word,
 * counts it; a thing of another kind does not ("seven hills", "two continents" are no rooms; "twenty-five per cent of
 * motor vehicle patents" are no cars sold). A text names what it counts in words of its own as often as in the
 * question's: a thing of the same kind may be it ("200,000 nesting females" are the bees asked, both animals), and so may
 * persons where the noun may name persons ("767 paying customers" are a stadium's fans, whose commonest sense is a
 * device and whose second a devotee; "four to eight small daughters" are no eggs), or a word for no thing ("in two
 * instances" plays closed).
 */
export function thingCounted(noun: string, term: QueryTerm | undefined, lexicon: Lexicon): ((plural: string) => CountIn) | null {
  const base = baseOfIrregular(noun);
  const kind = lexicon.kindOfThing(base);
  if (kind === null) return null;
  const own = new Set(term === undefined ? [] : [term.stem, ...(term.forms ?? []), ...term.related]);
  // A plural is read in WordNet once a question: a passage's figures repeat their units ("ten million yuan").
  const read = new Map<string, CountIn>();
  const readingOf = (plural: string): CountIn => {
    if (own.has(stemWord(plural.toLowerCase()))) return 'noun';
    const singular = baseOfIrregular(plural);
    // Persons may be the things asked only where the noun may name persons in one of its senses ("fans", a device first
    // and a devotee second) or names a group, whose members they may be ("broods"): "four to eight small daughters" are
    // no eggs, "ninety per cent of the makers" no cars.
    if (lexicon.namesPerson(singular, false)) return mayBePersons(lexicon, base) ? 'maybe' : 'other';
    const other = lexicon.kindOfThing(singular);
    return other !== null && other !== kind ? 'other' : 'maybe';
  };
  return (plural) => read.get(plural) ?? read.set(plural, readingOf(plural)).get(plural) ?? 'maybe';
}

/** A bound, not a tuning: a stream of made-up words cannot grow the memory. */
const MAX_REMEMBERED = 50_000;

/**
 * Whether persons may be what a noun names: one of its senses is a person, or it names a group. Read only where a count
 * of persons is met, and remembered by noun: every sense's hypernyms are walked.
 */
const mayBePersons = rememberedFor(MAX_REMEMBERED, (lexicon: Lexicon, noun: string) => lexicon.isKindOf(noun, 'person', EVERY_SENSE, 1, false) || lexicon.isKindOf(noun, 'group'));

