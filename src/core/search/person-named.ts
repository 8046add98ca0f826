import { saysMade, type DoerAsked } from './doer-asked.ts';
import { statesFactNearTopic } from './fact-near-topic.ts';
import type { Lexicon } from './lexicon.ts';
import { postAskedOf, saysPost, type PostAsked } from './post-held.ts';
import type { ParsedQuery } from './query.ts';
import { tokensOf } from './tokens-of.ts';
import { isStopWord, stemWord, type Token } from './words.ts';

/**
 * Whether a passage names a person, or a body of persons, in a sentence naming what a "who" asks about, or in the next
 * sentence going on about it (`statesFactNearTopic`, as a "how many" needs its number there): "who was president of the
 * united states in 1927" is not answered by a passage on the flood of 1927 that names nobody. The question's own words
 * name no answer ("who is the secretary of defense" is not answered by "the Secretary of Defense"). A person is named by:
 * - a name English does not know ("Feuchtwanger issued white gloves", "Col. William W. Wisman", "Yuan Jiajun");
 * - initials before a name ("J. J. Maquet", "A. Romaniuk");
 * - within its sentence (whose first word is capitalised whatever it is), a name WordNet knows ("Hudson's sail",
 *   "President Franklin Delano Roosevelt"), not a capitalised common word ("the Great Flood");
 * and, for anyone asked (`whoIsAsked`), not a post's holder, by a word for persons, capitalised within its sentence or
 * not ("Governor Al Smith", "the Dutch East India Company", "local officials", "the family": `Lexicon.namesPerson`),
 * and by a word in capitals ("the A.L.A.M. pool", "NAREB", "the U.S.S.R."), a body's.
 * A post's holder is a person, named by none of: a word English does not know after "the" and the capitalised words
 * before it, a body's or a title's name ("the Amici Curiae" beside "the Commissioner of Internal Revenue"; a person's
 * takes no article: "the First Emperor, Shih Huang-ti"), or a name WordNet knows only as a place or a time
 * (`Lexicon.namesOnlyPlaceOrTime`: "Georgia Republicans ... to enter a candidate in the 1962 governor's race, a top
 * official said Wednesday" names no candidate).
 * When it asks who made a work (`doerAskedOf`), the person must be named in a sentence that says the making, about the
 * work or going on about it: "the Russians decide to build a rail-mobile ICBM force" names no builder of the B-70.
 * When it asks a post's holder (`postAskedOf`), a sentence of this passage or of another shown with it (`shown`) must
 * name a person and say the post (`saysPost`): a passage on the Fulton County Grand Jury that never says "foreman"
 * names none, nor one naming "the Connecticut Association of Real Estate Boards" the president of the national one.
 */
export function namesPersonNearTopic(passage: { readonly text: string }, topic: ReadonlySet<string>, lexicon: Lexicon, { asked, doer, shown, untoldObject: object }: WhoAsked, fragmentMaxWords: number): boolean {
  const anyone = asked === 'anyone';
  const namesPerson = (sentence: string) =>
    tokensOf(sentence).some((token, at, tokens) => {
      if (isStopWord(token.word) || topic.has(stemWord(token.word))) return false;
      const written = sentence.slice(token.start, token.end);
      if (!/^\p{Lu}/u.test(written)) return anyone && isPersonWord(token.word, lexicon);
      const next = tokens[at + 1];
      if (/^\p{Lu}$/u.test(written) && sentence[token.end] === '.') return next !== undefined && next.word.length > 1 && /^\p{Lu}/u.test(sentence.slice(next.start));
      if (!anyone && /^[\p{Lu}.]{2,}$/u.test(written)) return false;
      // A holder's name is a person's: not a body's or a title's after "the", nor a place's or a time's.
      if (!lexicon.isWord(token.word)) return anyone || !opensAfterThe(sentence, tokens, at);
      return at > 0 && ((lexicon.isName(token.word) && (anyone || !lexicon.namesOnlyPlaceOrTime(token.word))) || (anyone && isPersonWord(token.word, lexicon)));
    });
  if (doer !== null) return statesFactNearTopic(passage, doer.made, (sentence) => saysMade(sentence, doer, (word) => isPersonWord(word, lexicon), (word) => lexicon.actsAsVerb(word)) && namesPerson(sentence), fragmentMaxWords);
  // An act the documents never say: a sentence naming the whole of what it is done to (`objectOfUntoldAct`).
  const namesObject = object === null ? undefined : (stems: readonly string[]) => object.every((words) => stems.some((stem) => words.has(stem)));
  if (!statesFactNearTopic(passage, topic, namesPerson, fragmentMaxWords, { names: namesObject })) return false;
  if (anyone) return true;
  // The holder may be named in another passage shown with this one: "The mate, Robert Juet" two passages below the
  // Discovery's "the mate was gone" answers "who was the mate of the discovery" with it.
  const namesHolder = (sentence: string) => saysPost(sentence, asked, (word) => lexicon.namesPerson(word, false)) && namesPerson(sentence);
  return shown.some((other) => statesFactNearTopic(other, topic, namesHolder, fragmentMaxWords));
}

/** Whether the capitalised words that run up to the token at `at`, a space apart, open after "the": "the Amici Curiae". */
function opensAfterThe(sentence: string, tokens: readonly Token[], at: number): boolean {
  const joined = (from: number) => /^\s+$/u.test(sentence.slice((tokens[from] as Token).end, (tokens[from + 1] as Token).start));
  let before = at - 1;
  while (before >= 0 && joined(before) && /^\p{Lu}/u.test(sentence.slice((tokens[before] as Token).start))) before -= 1;
  return before >= 0 && joined(before) && tokens[before]?.word === 'the';
}

/** Whom a "who" asks for (`whoIsAsked`): a post's holder, or anyone. */
export type PersonAsked = PostAsked | 'anyone';

/** What a "who" asks of the person a passage names (`namesPersonNearTopic`), read once a question. */
export interface WhoAsked {
  readonly asked: PersonAsked;
  /** "Who built the b-70": the person named must be said to have built it (`doerAskedOf`). */
  readonly doer: DoerAsked | null;
  /** "Who was the mate of the discovery": the mate may be named in another passage shown than the one that names the ship. */
  readonly shown: readonly { readonly text: string }[];
  /**
   * "Who sits on the peace corps advisory council", of documents that never say the act: the person named with the
   * council itself (`objectOfUntoldAct`).
   */
  readonly untoldObject: readonly ReadonlySet<string>[] | null;
}

/**
 * Whom a "who" asks for: the holder of a post, "who is the X" with a word for persons in X (`postAskedOf`: "who is the
 * governor of rhode island", "who was the first secretary general of the united nations"), whom only a name answers,
 * not the Joint Chiefs of Staff and other key men beside the Secretary of Defense; or anyone, whom a word for persons answers
 * too ("who looked after state cars before 1942" → "the agency to which assigned"; "who were the meurons" →
 * "members of two regiments of Swiss mercenaries").
 */
export function whoIsAsked(query: ParsedQuery, lexicon: Lexicon): PersonAsked {
  return postAskedOf(query, (word) => isPersonWord(word, lexicon), (compound) => lexicon.namesPerson(compound, false) && !lexicon.isName(compound), (word) => lexicon.namesPerson(word), (word) => lexicon.actsSocially(word)) ?? 'anyone';
}

/** Whether a lower-case word names a person or a group, remembered: the same words come back passage after passage. */
function isPersonWord(word: string, lexicon: Lexicon): boolean {
  let known = personWords.get(word);
  if (known === undefined) {
    // "Heavy", "same", "have" have a person for a noun sense, but are used as other parts of speech.
    known = lexicon.namesPerson(word) && !lexicon.describes(word);
    if (personWords.size >= MAX_REMEMBERED) personWords.clear();
    personWords.set(word, known);
  }
  return known;
}
const personWords = new Map<string, boolean>();
/** A bound, not a tuning: a stream of made-up words cannot grow the memory. */
const MAX_REMEMBERED = 50_000;
