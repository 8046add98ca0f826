/**
 * "One day" opening a sentence or a clause tells when a story's act happened, not how long it took: "One day he
 * followed the Irish Jasper Greens, the town band, to a picnic", "Hwang Pah, one day going up Mount Tien Tai, met with
 * a monk". A reader takes no length of time from it, as from "for one day" or "in one day". Not where a rate or a
 * time from it follows ("one day a week", "one day later"), nor after a word that bounds or counts it ("only one day").
 */
const TIME_WHEN = /(^|[,;:(—]\s*|--\s*|\b(?:and|but|then|when|until|till|that|so)\s+)["“]?one (?:day|morning|afternoon|evening|night)\b(?!\s+(?:a|an|per|each|every|later|earlier|before|after|ago|of|or|to|and)\b)/gi;

/** The text with each "one day" that tells when cut out (`TIME_WHEN`): what a duration is read in. */
export function withoutTimeWhen(text: string): string {
  return text.replace(TIME_WHEN, '$1');
}
