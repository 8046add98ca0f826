import type { Lexicon } from './lexicon.ts';

/** The auxiliaries a "what do X say about Y" opens with. */
const DO: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/**
 * Whether a question asks what someone says or writes about a topic: "what do/does/did X V about Y", V a verb of speech
 * (`Lexicon.communicates`: "say", "write", "report"). What is said is the answer, in the speaker's words: "what did the
 * london paper say about garland's weight" is answered by "She's not chubby. She's not plump. She's fat", "what does the
 * plan say about folks who earn the least" by "... increase the income of low-income groups". The measure its topic
 * names ("weight", "earn") says what the words are about, not a measure they must state (`QuestionAsked.asksMeasure`).
 */
export function asksWhatIsSaid(words: readonly string[], lexicon: Lexicon): boolean {
  if (words[0] !== 'what' || !DO.has(words[1] ?? '')) return false;
  const about = words.indexOf('about', 3);
  const verb = words[about - 1];
  return about > 3 && verb !== undefined && lexicon.communicates(verb);
}
