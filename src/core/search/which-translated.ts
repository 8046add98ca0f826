import { writesName } from './kind-asked.ts';
import { clausesOf, sentenceShares, writtenAwayFromTopic } from './measure-asked.ts';
import { AUXILIARIES } from './making-asked.ts';
import { joinedPartHolds } from './joined-part.ts';
import type { ParsedQuery, QueryTerm } from './query.ts';

/** The words a "which" phrase's noun may take: "which national carbon market should …". */
const KIND_PHRASE_WORDS = 3;

/**
 * The noun a "which" asks a thing of: the last word of the phrase after it, ended by an auxiliary (`AUXILIARIES`: "which
 * parks are …", "which Winter Olympics did …") within `KIND_PHRASE_WORDS` words ("which national carbon market
 * should" → market). Undefined where no auxiliary ends it:
 * "which Party plenary session made …" asks a session, not a party, and its phrase is not read.
 */
function kindNounOf(words: readonly string[]): string | undefined {
  const end = words.findIndex((word, at) => at > 1 && AUXILIARIES.has(word));
  return end < 2 || end > 1 + KIND_PHRASE_WORDS ? undefined : words[end - 1];
}

/**
 * Whether an English question asking which things of a kind ("which parks are …", "which Winter Olympics did …": the
 * noun ending the phrase after "which", `kindNounOf`) asked of Chinese passages finds none of them named beside its
 * topic: no clause of the judged passages (`texts`) lists things ("、") or names one of the kind (`writesName`: the noun's
 * translation after two characters the question's own translations do not write, or a quoted or Latin-letter name)
 * while holding `shareOfBest` of what the clause holding most of the question holds, as a Chinese "哪几个" is weighed
 * (`whichAskedOf`).
 * "Which parks are in the first batch of national parks" meets "第一批国家公园正式设立", whose one park is the question's
 * own national park (国家, a translation of "national"); "Which Winter Olympics did China host" meets "北京冬奥会、冬残奥会
 * 成功举办". Terms are held by their Chinese translations (`joinedPartHolds`), the text read in small letters. Off when
 * `on` is 0.
 */
export function whichUnnamedBeside(query: ParsedQuery, terms: readonly QueryTerm[], texts: readonly string[], shareOfBest: number, on: number): boolean {
  if (on === 0 || query.words[0] !== 'which' || texts.length === 0) return false;
  const kind = terms.find((term) => term.typed === kindNounOf(query.words));
  if (kind === undefined) return false;
  // The question as its translations write it: a name is what a clause writes that none of them does.
  const asked = terms.flatMap((term) => [term.stem, ...term.related]).join(' ');
  const nouns = [kind.stem, ...kind.related].filter((word) => [...word].length > 1 && /\p{Script=Han}/u.test(word));
  const shares = sentenceShares(terms, texts.map((text) => text.toLowerCase()), clausesOf, joinedPartHolds('', terms));
  return writtenAwayFromTopic(shares, (clause) => clause.includes('、') || writesName(clause, asked, nouns), shareOfBest);
}
