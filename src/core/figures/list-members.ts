import { measureOf, type ReadUnit, type UnitContext, type UnitRead } from './unit-reads.ts';
import { NUMBER_SOURCE, type NumberToken, valueOfNumber } from './numbers.ts';
import { isRespectively, skipListMembers } from './lists.ts';
import type { FigureUnit } from '../types.ts';

/** ", or 19.8 percent": what follows restates the number before it in other terms. */
const RESTATED = /^\s*,\s*or\s/i;

/** A number of a list takes the unit or noun of the list's last member: "17, 6 and 9 enterprises". */
export function readListMember(after: string, at: UnitContext, readUnit: ReadUnit): UnitRead | null {
  const { token, before, qualifierIsVerb } = at;
  // "By 2035, 80 percent of …": a year opens the clause; it is no member of a list of amounts.
  if (token.yearLike) return null;
  // "280 million, or 19.8 percent of the total": the same quantity said again another way, not a list.
  if (RESTATED.test(after)) return null;
  const respectively = { unit: 'count', measure: measureOf(before, '', qualifierIsVerb, false) ?? 'count', length: 0 } as const;
  if (isRespectively(after)) return respectively;
  const listEnd = skipListMembers(after);
  if (listEnd === null) return null;
  const rest = after.slice(listEnd);
  if (isRespectively(rest)) return respectively;
  const shared = readUnit(rest, at);
  return shared === null || shared.unit === 'ratio' ? null : { ...shared, length: 0 };
}

/**
 * "54 out-of-state and 97 Rhode Island concerns", "12 full-time or 30 part-time workers": a number with a modifier of
 * its own (a hyphened compound, which is no verb, preposition or unit) before "and" counts the noun of the number after it.
 */
const MODIFIED_MEMBER = new RegExp(String.raw`^\s+(?<modifier>\p{Ll}+(?:-\p{Ll}+)+)\s+(?:and|or)\s+(?=(?:${NUMBER_SOURCE})\s)`, 'u');

export function readModifiedMember(after: string, at: UnitContext, readUnit: ReadUnit): UnitRead | null {
  if (at.token.yearLike) return null;
  const member = MODIFIED_MEMBER.exec(after);
  const next = member === null ? null : findNumberAt(after.slice(member[0].length));
  if (member === null || next === null) return null;
  const shared = readUnit(after.slice(member[0].length + next.end), at);
  if (shared?.unit !== 'count' || shared.head === undefined) return null;
  return { unit: 'count', measure: `${member.groups?.['modifier'] ?? ''} ${shared.head}`, length: 0, head: shared.head };
}

/** Where a member of a list ends: the sentence's end, a stop or comma, or "and"/"or" before the next member. */
const MEMBER_END_AFTER = /^\s*(?:$|[,;.)]|(?:and|or)\s)/i;
/**
 * ", the reticulate python ", ", and the boa constrictor ", ", his mate in ": a member of a list opened by a
 * determiner, whose verb and unit are those of the member before it (up to five words, no number).
 */
const GAPPED_MEMBER_BEFORE = /[,;]\s+(?:and\s+|or\s+)?(?:the|a|an|his|her|its|their|our|some|each)\s+(?:[\p{L}'’“”-]+\s+){0,4}$/iu;
/** "… 37 feet" ending the first member: a number and a unit of length, weight or time, which the members after it leave out. */
const MEASURED_MEMBER_END = new RegExp(
  String.raw`(?:${NUMBER_SOURCE})\s+(?<unit>feet|foot|inches|yards|miles|rods|(?:kilo|centi|milli)?met(?:er|re)s|pounds|tons|ounces|(?:kilo|milli)?grams|years|months|weeks|days|hours|minutes)$`,
  'iu',
);
const BARE_MEMBER_END = new RegExp(String.raw`(?:${NUMBER_SOURCE})$`, 'iu');
export const PERIOD_UNITS: Readonly<Record<string, FigureUnit>> = { years: 'years', months: 'months', minutes: 'minutes' };
/** Lists are short (see `MAX_LIST_MEMBERS` in `lists.ts`). */
const MAX_GAPPED_MEMBERS = 8;

/**
 * "The anaconda reaches at least 37 feet, the reticulate python 33, the African rock python 25, … and the boa
 * constrictor 18-1/2", "a male in less than two years, his mate in less than three": the members of a list after
 * the first leave out its verb and its unit, which each takes from the first. Only a unit of measure (a count of
 * things is no unit the reader can carry over: "3 sons, the eldest 12" is an age).
 */
export function readGappedMember(before: string, after: string, token: NumberToken): UnitRead | null {
  if (token.yearLike || !MEMBER_END_AFTER.test(after)) return null;
  let rest = before;
  for (let members = 0; members < MAX_GAPPED_MEMBERS; members += 1) {
    const member = GAPPED_MEMBER_BEFORE.exec(rest);
    if (member === null) return null;
    rest = rest.slice(0, member.index);
    const unit = MEASURED_MEMBER_END.exec(rest)?.groups?.['unit']?.toLowerCase();
    if (unit !== undefined) {
      const plural = unit === 'foot' ? 'feet' : unit;
      const period = PERIOD_UNITS[plural];
      return period === undefined ? { unit: 'count', measure: plural, length: 0 } : { unit: period, measure: plural, length: 0 };
    }
    // A member before this one that left out the unit too: "…, the reticulate python 33".
    const bare = BARE_MEMBER_END.exec(rest);
    if (bare === null) return null;
    rest = rest.slice(0, bare.index);
  }
  return null;
}

/** " (perhaps 14) meters": after a number, an aside in brackets that gives another number of the same measure. */
const ASIDE_WITH_NUMBER = new RegExp(String.raw`^\s*\((?:\p{L}+\s+){0,2}(?:${NUMBER_SOURCE})\)`, 'iu');
/** "12 or 13 (perhaps ": the number of such an aside, right after the number it stands beside. */
const ASIDE_AFTER_NUMBER_BEFORE = new RegExp(String.raw`(?:${NUMBER_SOURCE})\s*\((?:\p{L}+\s+){0,2}$`, 'iu');

/**
 * "the anaconda's maximum length is 12 or 13 (perhaps 14) meters": a number and the other guess an aside gives beside
 * it both take the unit written after the aside. The digits that restate a number in words ("twenty-two (22) years")
 * are the same figure, read once.
 */
export function readAcrossAside(after: string, at: UnitContext, readUnit: ReadUnit): UnitRead | null {
  const aside = ASIDE_WITH_NUMBER.exec(after);
  const beside = aside === null && after.startsWith(')') ? ASIDE_AFTER_NUMBER_BEFORE.exec(at.before) : null;
  if (beside !== null && valueOfNumber(beside.groups) === at.value) return null;
  const rest = aside !== null ? after.slice(aside[0].length) : beside !== null ? after.slice(1) : null;
  const unit = rest === null ? null : readUnit(rest, at);
  return unit === null || unit.unit === 'ratio' ? null : { ...unit, length: 0 };
}

/** The number a text starts with. */
function findNumberAt(text: string): { end: number } | null {
  const match = new RegExp(String.raw`^(?:${NUMBER_SOURCE})`, 'iu').exec(text);
  return match === null ? null : { end: match[0].length };
}
