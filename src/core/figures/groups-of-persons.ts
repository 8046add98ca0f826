import { wordNetLexicon } from '../search/lexicon.ts';

/**
 * "a congregation of", "A crowd of", "a family of": a group named by a determiner and a word in lower case (one
 * modifier may stand between: "a capacity crowd of", "The Brevard group of"), so "the Committee of 100" stays a name;
 * or groups in the plural after a preposition, with no determiner ("broke into parties of two and three"). The first of
 * a pair before the number ("of two and", "of ten or") leaves the second the same group's size.
 */
const GROUP_OF = /(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:\p{L}+\s+)?(\p{Ll}+)|\b(?:into|in|of|by|for|with)\s+(\p{Ll}+s))\s+of\s+(?:(?:\d+|\p{Ll}+)\s+(?:and|or|to)\s+)?$/u;

/** "the group of three": "group" itself, whose commonest sense WordNet files as no group of persons, is a group of whatever it holds. */
const GROUP_WORD = /^groups?$/;

/**
 * "a congregation of twelve", "A crowd of 1,400 is expected", "a family of five": a bare number after "of" that a group
 * of persons heads (its commonest sense in WordNet) counts its members. What it counts ("congregation of"), if so;
 * a person's "of" ("a boy of twelve") gives an age, a group of things' ("a series of 7") no one knows what. The
 * number must stand alone: "a grade of 1/8-inch glass" (a grade of pupils first, in WordNet) is a measure's part.
 */
export function groupCountedBefore(before: string, after: string): string | undefined {
  if (/^[/\p{L}\p{N}-]/u.test(after)) return undefined;
  const match = GROUP_OF.exec(before);
  const noun = match?.[1] ?? match?.[2];
  return noun !== undefined && (GROUP_WORD.test(noun) || wordNetLexicon().namesGroupOfPersons(noun)) ? `${noun} of` : undefined;
}
