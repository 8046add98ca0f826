import type { EventAsked } from './event-asked.ts';
import { stemWord } from './words.ts';

/**
 * The acts of a life a span gives the dates of: living, dying, being born (`EventAsked`'s stems, or its written
 * participle for "born").
 */
const LIFE_STEMS = ['live', 'die'].map(stemWord);

/** Whether a "when" asks when someone lived, died or was born (`eventAskedOf`'s reading of the question's verb). */
export function asksLifeDates(event: EventAsked | null): boolean {
  if (event === null) return false;
  return event.written !== null ? event.written.test('born') : LIFE_STEMS.some((stem) => event.stems.has(stem));
}

/**
 * A name, then two years in brackets joined by a dash: "Tabit Ibn Korra (836-901)", "Prof. J. G. L. Manthey
 * (1769-1842)", "Thomas Bushell (1594-1674)". The second year may be written short ("(1868-92)").
 */
const NAME_AND_SPAN = /(\p{Lu}[\p{L}'’-]*)\s*\((\d{3,4})\s*[-–—]\s*(\d{2,4})\)/gu;

/**
 * Whether the text gives the life's span of the one a "when did X live / die / was X born" asks about: a span in
 * brackets right after a word of X's name (`topic`: the question's stems), as English writes a person's birth and death
 * after the name at first mention; "when did tabit ibn korra live" is answered by "an Arabic scholar, Tabit Ibn Korra
 * (836-901) is said to have discussed". The span is the date and the event at once. A span longer than `maxYears` is
 * none of a life ("the Ming dynasty (1368-1644)" is a reign's), nor one that runs backwards.
 */
export function statesLifeSpan(text: string, topic: ReadonlySet<string>, maxYears: number): boolean {
  if (!text.includes('(')) return false;
  for (const match of text.matchAll(NAME_AND_SPAN)) {
    const [, name = '', from = '', to = ''] = match;
    const born = Number(from);
    // "(1868-92)": the second year's hundreds are the first's.
    const died = to.length < from.length ? Number(from.slice(0, from.length - to.length) + to) : Number(to);
    if (died > born && died - born <= maxYears && topic.has(stemWord(name.toLowerCase()))) return true;
  }
  return false;
}
