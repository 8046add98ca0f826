import { BOUND_WORDS } from './qualifiers.ts';
import { measureOf, type ReadUnit, type UnitContext, type UnitRead } from './unit-reads.ts';
import { isPluralNoun, measureBefore, readNounPhrase, walkBackPhrase } from './measures.ts';
import { NUMBER_SOURCE, type NumberToken, valueOfNumber } from './numbers.ts';
import { readCurrencyAfter } from './currencies.ts';

/** "from 12.4 to 3.2 percent": the start of a change, which takes the unit written on its end. */
const CHANGE_TO = new RegExp(String.raw`^\s*to\s+(?:[$€£¥]\s?)?(?:${NUMBER_SOURCE})`, 'iu');
export const FROM_BEFORE = /\bfrom\s+$/i;
/** A year a change's end is dated by: "from 2,417 in 1831 to 4,369 in 1840". */
const DATED = String.raw`(?:\s+in\s+(?:1[5-9]\d\d|2[01]\d\d))?`;
/**
 * "from 12.4 percent to ": the start of a change and the unit written on it, before the change's end; the start may
 * have its year ("a population ranging from 638,560 persons in 1941 to 840,503 in 1956") or a bound ("from less than
 * 4 feet to nearly 10").
 */
const CHANGE_END_BEFORE = new RegExp(String.raw`\bfrom\s+(?:(?:${BOUND_WORDS})\s+)?(?:${NUMBER_SOURCE})(?<unit>\s?%|\s+per\s?cent|\s+percent|\s+\p{L}+)${DATED}\s+to\s+$`, 'iu');
export const CHANGE_VERB = String.raw`\b(?:r(?:ose|isen?|ises|ising)|upp(?:ed|ing)|boost\w*|hik(?:e|es|ed|ing)|increas\w*|grew|grow\w*|fell|fall\w*|dropp?\w*|declin\w*|decreas\w*|jump\w*|climb\w*|advanc(?:e|es|ed|ing)|gain(?:s|ed|ing)?|went|soar\w*|plung\w*|surg\w*|reduc\w*|cut(?:s|ting)?|rais\w*|lower\w*|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))`;
/** A change named by a noun of its verb: "a four-fold increase", "a tenfold rise", "a threefold reduction". */
const CHANGE_NOUN = new RegExp(String.raw`^${CHANGE_VERB}$`, 'i');

/**
 * "his three-fold energy as a historian, a poet and a singer", "a threefold division of costs", "a twofold reference":
 * "-fold" before a noun that names no change tells of how many parts or kinds the thing is, not a multiple ("a
 * four-fold increase", "increased almost twofold", "several thousand-fold more toxic" are).
 */
export function isFoldOfParts(afterFold: string): boolean {
  const phrase = readNounPhrase(afterFold);
  const first = phrase?.words[0];
  return first !== undefined && /^\p{Ll}/u.test(first) && !CHANGE_NOUN.test(first);
}

/** "rose to 2,418 units from 869": the start of a change written after its end, in the end's unit. */
const CHANGE_START_AFTER_END = new RegExp(String.raw`${CHANGE_VERB}\s+to\s+(?:[$€£¥]\s?)?(?:${NUMBER_SOURCE})(?<unit>\s?%|\s+per\s?cent|\s+percent|\s+\p{L}+)\s+from\s+$`, 'iu');
/** A word after a change's end that is no unit of it: "from six to five to eliminate one seat", "from 3 to 4 in a week". */
const WORD_AFTER_CHANGE_END = String.raw`(?:to|in|on|at|by|for|and|or|but|as|after|before|since|when|while|during|last|this|next)`;
/**
 * "increased from 2,417 in 1831 to …": the start of a change between two bare numbers, each perhaps with its year,
 * the end perhaps a rate of a period ("hours of work have declined from 60 to 40 a week").
 */
const BARE_CHANGE_START_AFTER = new RegExp(
  String.raw`^${DATED}\s+to\s+(?:${NUMBER_SOURCE})${DATED}(?![\p{L}\p{N}%$€£¥-]|\s+(?!(?:a|an|per|each)\s+(?:hour|day|week|month|year)\b|${WORD_AFTER_CHANGE_END}\b)(?:per\s?cent|percent|\p{L}))`,
  'iu',
);
/** "… from 2,417 in 1831 to ": the end of such a change, and the verb it hangs on. */
const BARE_CHANGE_END_BEFORE = new RegExp(String.raw`${CHANGE_VERB}\s+(?<object>(?:\S+\s+){0,4})from\s+(?:${NUMBER_SOURCE})${DATED}\s+to\s+$`, 'iu');
/**
 * "rose from 3 to 5", "hike the state sales tax from 2 per cent to 3 per cent": a change, not a range; the verb may
 * take an object of a few words before "from".
 */
export const CHANGE_FROM = new RegExp(String.raw`${CHANGE_VERB}\s+(?<object>(?:\S+\s+){0,4})from\s+$`, 'i');

/**
 * "increased $625,561 to $8,313,514", "was reduced by 2 million to 15 million": the change and the level it led to,
 * when the first number is whole on its own (a scale word, or 1,000 and more). "rose by 2 to 3 percent" is a range.
 */
export const CHANGE_BY = new RegExp(String.raw`${CHANGE_VERB}\s+(?:by\s+)?$`, 'i');
/**
 * "The Dow Jones industrial average advanced 7.19 to 687.87": after a verb of change, two numbers an order of magnitude
 * apart are the change and the level it led to; a range's ends are of one order ("rose 2 to 3 percent", "10 to 100").
 */
const LEVEL_OVER_CHANGE = 10;
export const isChangeAndLevel = (change: number, level: number): boolean => change > 0 && level > change * LEVEL_OVER_CHANGE;
/** "advanced 7.19 to 687.87": the change's end, a bare number after "to". */
const LEVEL_AFTER = new RegExp(String.raw`^\s+to\s+(?:${NUMBER_SOURCE})(?![\p{L}\p{N}%$€£¥-]|\s+(?:per\s?cent|percent))`, 'iu');
/** "… advanced 7.19 to ": the change before a level, and the verb it hangs on. */
const CHANGE_BEFORE_LEVEL = new RegExp(String.raw`${CHANGE_VERB}\s+(?:by\s+)?(?:${NUMBER_SOURCE})\s+to\s+$`, 'iu');

/**
 * "Fairchild Camera gained 2-1/2 each", "Gains of 2-3/4 were posted": a bare number right after a verb of change, or
 * after "gains of", with no noun after it, is the size of the change (a price's points).
 */
const CHANGE_SIZE_AFTER = /^(?:\s+each)?(?:\s*[.,;:]|\s+(?:and|but|or|in|on|at|for|as|while|after|before|from|were|was|are|is)\b)/i;
const CHANGE_NOUN_OF = /\b(gains?|loss(?:es)?|advances?|declines?|drops?|rises?|increases?|decreases?)\s+of\s+$/i;

/** "Inflation has been beaten down from 12.4 to 3.2 percent": the start of a change, in the unit of its end. */
export function readChangeStart(after: string, at: UnitContext, readUnit: ReadUnit): UnitRead | null {
  const to = CHANGE_TO.exec(after);
  if (to === null || !FROM_BEFORE.test(at.before)) return null;
  const end = readUnit(after.slice(to[0].length), at);
  return end === null || end.unit === 'ratio' ? null : { ...end, length: 0 };
}

/**
 * "Inflation is down from 12.4 percent to 8.9", "rose to 2,418 units from 869": one end of a change, in the
 * percentage, currency or counted noun written on its other end.
 */
export function readChangeEnd(at: UnitContext): UnitRead | null {
  const lead = at.before.slice(-80);
  const other = CHANGE_END_BEFORE.exec(lead) ?? CHANGE_START_AFTER_END.exec(lead);
  const unit = other?.groups?.['unit'];
  if (unit === undefined) return null;
  const money = readCurrencyAfter(unit);
  if (money !== undefined) return { unit: money.unit, measure: measureOf(at.before, '', at.qualifierIsVerb, false) ?? 'amount', length: 0 };
  if (/^\s*(?:%|per\s?cent|percent)/i.test(unit)) return { unit: 'percent', measure: measureBefore(at.before, at.qualifierIsVerb) ?? 'share', length: 0 };
  const noun = unit.trim().toLowerCase();
  return isPluralNoun(noun) ? { unit: 'count', measure: noun, length: 0 } : null;
}

/** "The population at the fort increased": where the subject stands, which is not what it is. */
export const PLACE_AFTER_SUBJECT = /\s+(?:at|in|on|across|among)\s+(?:(?:the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s*$/u;
/**
 * "The number of ships passing through the Panama Canal has increased": the auxiliary of the change's verb, and a
 * participle's phrase after the subject (up to four words), which say what the subject does, not what it is.
 */
const AUXILIARY_AFTER_SUBJECT = /\s+(?:has|have|had)(?:\s+been)?\s*$/i;
const PARTICIPLE_AFTER_SUBJECT = /\s+\p{Ll}{3,}ing(?:\s+[\p{L}'’-]+){0,4}\s*$/u;

/**
 * "The population increased rapidly, from 2,417 in 1831 to 4,369 in 1840": both ends of a change between two bare
 * numbers count what changed, the subject before the change's verb. Null without a subject to count.
 */
export function readBareChange(after: string, before: string, token: NumberToken): UnitRead | null {
  const lead = before.slice(-80);
  const sized = !token.yearLike && CHANGE_SIZE_AFTER.test(after);
  const noun = sized ? CHANGE_NOUN_OF.exec(lead)?.[1] : undefined;
  if (noun !== undefined) return { unit: 'count', measure: noun.toLowerCase(), length: 0 };
  const change =
    (BARE_CHANGE_START_AFTER.test(after) ? CHANGE_FROM.exec(lead) : null) ?? BARE_CHANGE_END_BEFORE.exec(lead) ?? changeBeforeLevel(after, lead, token.value) ?? (sized ? CHANGE_BY.exec(lead) : null);
  if (change === null) return null;
  // "cutting the state's congressional districts from six to five": a plural object of the verb is what changed.
  const object = walkBackPhrase(change.groups?.['object'] ?? '', 5);
  if (object !== null && isPluralNoun(object.split(' ').at(-1) ?? '')) return { unit: 'count', measure: object, length: 0 };
  const verb = change.index;
  const whole = before.slice(0, before.length - lead.length + verb).replace(AUXILIARY_AFTER_SUBJECT, '').replace(PLACE_AFTER_SUBJECT, '');
  const subject = walkBackPhrase(whole.replace(PARTICIPLE_AFTER_SUBJECT, ''), 5) ?? walkBackPhrase(whole, 5);
  return subject === null ? null : { unit: 'count', measure: subject, length: 0 };
}

/** "advanced 7.19 to 687.87": the verb of a change and its level, seen from either number, when they are no range. */
function changeBeforeLevel(after: string, lead: string, value: number): RegExpExecArray | null {
  const level = LEVEL_AFTER.exec(after);
  if (level !== null) {
    const verb = CHANGE_BY.exec(lead);
    return verb !== null && isChangeAndLevel(value, valueOfNumber(level.groups)) ? verb : null;
  }
  const verb = CHANGE_BEFORE_LEVEL.exec(lead);
  const change = verb === null ? null : new RegExp(String.raw`(?:${NUMBER_SOURCE})`, 'iu').exec(verb[0].slice(verb[0].search(/\s/)));
  return verb !== null && change !== null && isChangeAndLevel(valueOfNumber(change.groups), value) ? verb : null;
}
