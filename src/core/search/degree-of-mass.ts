import type { ParsedQuery } from './query.ts';

/**
 * "How much discretion do district courts have": an amount of a thing not counted, which a writer tells by a word of
 * degree before it as often as by a number ("are clothed with large discretion", "has little influence", "enjoys
 * considerable freedom"): a reader takes the degree for the amount asked. The noun is the word after "how much" that a
 * verb of the question follows ("how much discretion do", "how much influence did"), not "how much more" (a comparison,
 * `multipleAskedOf`) nor "how much money" (a sum, `measuresHeld`); the degree is said right before it, in its own or its
 * plural form. Null for any other question.
 */
export function degreeOfMassAsked(query: ParsedQuery): ((sentence: string) => boolean) | null {
  const [how, much, noun, verb] = query.typedWords;
  if (how !== 'how' || much !== 'much' || noun === undefined || verb === undefined || !QUESTION_VERB.has(verb) || !/^\p{Ll}{3,}$/u.test(noun) || NOT_A_MASS.has(noun)) return null;
  const said = new RegExp(String.raw`\b(?:${DEGREES})\s+${noun}s?\b`, 'iu');
  return (sentence) => said.test(sentence);
}

/** The words of degree a mass noun's amount is said by: of size, not of kind ("legal discretion" tells none). */
const DEGREES = 'large|great|wide|broad|considerable|substantial|enormous|vast|immense|ample|tremendous|little|limited|small|modest|full|complete|absolute|unlimited';

/** The verbs a "how much N" asks on. */
const QUESTION_VERB: ReadonlySet<string> = new Set(['do', 'does', 'did', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'must', 'may', 'might']);

/** Words after "how much" that are no noun of the thing measured: a comparison or a sum (read elsewhere). */
const NOT_A_MASS: ReadonlySet<string> = new Set(['more', 'less', 'money', 'longer', 'further', 'farther']);
