/**
 * Where the verb of a "who V ..." stands in the question's words (`words`, stop words kept): second, or after "used to",
 * which says a habit of the past, not an act of using: "who used to look after the poor and the sick in china" asks who
 * looked after them. Right after "who", "used to" before a verb is never the passive of "use" ("are used to test").
 */
export function verbOfWhoAt(words: readonly string[], actsAsVerb: (word: string) => boolean): number {
  const act = words[3];
  return words[1] === 'used' && words[2] === 'to' && act !== undefined && actsAsVerb(act) ? 3 : 1;
}
