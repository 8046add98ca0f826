import type { ParsedQuery, QueryTerm } from './query.ts';

/**
 * Nouns a question uses for the one who wrote the text it is asked of: "how many brothers does the writer have", "is
 * the writer any good with a needle". A text written in the first person names its writer "I", never by the noun: a
 * reader of any such text takes "the writer" to be the "I" of it ("my three brothers and I", "Where sewing is
 * concerned, I'm a total loss").
 */
const WRITER_NOUNS: ReadonlySet<string> = new Set(['writer', 'author', 'reviewer', 'critic', 'narrator', 'columnist']);

/** The stems of the first person's words, as a sentence's words are cut (`tokenize`, `stemWord`: "I'm" is "im"). */
const FIRST_PERSON_STEMS: readonly string[] = ['i', 'me', 'my', 'myself', 'im', 'ive'];

/** A question read with its writer as the text's "I" (`writerAsFirstPerson`), and the terms that name the writer. */
export interface WriterRead {
  readonly query: ParsedQuery;
  readonly writers: readonly QueryTerm[];
}

/**
 * The question with each term naming the text's writer given the first person's words as related words, so that a
 * sentence saying "my" or "I" names the writer whose fact is asked ("my three brothers"), as one naming "the writer"
 * would. A writer's noun names the writer right after "the" ("the author", "the writer's"), as the question writes it;
 * not "which writer", nor "the leading swedish critic", which ask of a writer the text names. The question as it is
 * where it names none.
 */
export function writerAsFirstPerson(query: ParsedQuery): WriterRead {
  const named = query.typedWords.filter((word, at) => WRITER_NOUNS.has(word) && query.typedWords[at - 1] === 'the');
  if (named.length === 0) return { query, writers: [] };
  const terms = query.terms.map((term) => (named.includes(term.typed) ? { ...term, related: [...term.related, ...FIRST_PERSON_STEMS] } : term));
  return { query: { ...query, terms }, writers: terms.filter((term) => named.includes(term.typed)) };
}

/**
 * Whether a passage speaks in its writer's own voice: "I" (before a lower-case word: not the numeral of "World War I
 * and II", "Henry I of England"), "me", "my" or "myself" ("mine" is as often the explosive), outside quotation marks:
 * a quoted "I" is another speaker's, and a quotation left open runs to the passage's end, as a quoted paragraph does.
 */
export function writesInFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text.replace(QUOTED, ' '));
}

const QUOTED = /"[^"]*(?:"|$)|“[^”]*(?:”|$)/g;
const FIRST_PERSON = /\bI(?:['’]|\s+(?!and\b|or\b|of\b)\p{Ll})|\b(?:[Mm]e|[Mm]y|[Mm]yself)\b/u;
