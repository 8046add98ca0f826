import { wordNetLexicon } from '../search/lexicon.ts';

/**
 * "a congregation of", "A crowd of", "a family of": a group named by a determiner and a word in lower case (one
 * modifier may stand between: "a capacity crowd of"), so "the Committee of 100" stays a name.
 */
const GROUP_OF = /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+of\s+$/u;

/**
 * "a congregation of twelve", "A crowd of 1,400 is expected", "a family of five": a bare number after "of" that a group
 * of persons heads (its commonest sense in WordNet) counts its members. What it counts ("congregation of"), if so;
 * a person's "of" ("a boy of twelve") gives an age, a group of things' ("a series of 7") no one knows what. The
 * number must stand alone: "a grade of 1/8-inch glass" (a grade of pupils first, in WordNet) is a measure's part.
 */
export function groupCountedBefore(before: string, after: string): string | undefined {
  if (/^[/\p{L}\p{N}-]/u.test(after)) return undefined;
  const noun = GROUP_OF.exec(before)?.[1];
  return noun !== undefined && wordNetLexicon().namesGroupOfPersons(noun) ? `${noun} of` : undefined;
}
