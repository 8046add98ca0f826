import { MONEY_UNITS } from './currencies.ts';
import type { FigureUnit } from '../types.ts';

/**
 * What may stand between an amount and its conversion into another currency: "548 billion RMB
 * (approx. 75 billion USD)", "129 billion RMB = approx. 18.1 billion USD", "€5m, or about $5.4m".
 */
const CONVERSION_LINK =
  /^\s*[([]?\s*(?:[=≈–—-]\s*|,\s*)?(?:(?:approx(?:imately|\.)?|about|around|roughly|some|nearly|or|i\.e\.,?|between|equivalent\s+to|equal\s+to|worth|ca\.)\s*)*$/i;

interface Amount {
  readonly unit: FigureUnit;
  readonly start: number;
  readonly end: number;
}

/**
 * For each amount, the index of the amount just before it that it restates in another currency,
 * or undefined: the two are one fact, linked, and never paired with any other amount.
 */
export function findConversions(text: string, amounts: readonly Amount[]): (number | undefined)[] {
  return amounts.map((amount, index) => {
    const previous = amounts[index - 1];
    if (previous === undefined || previous.unit === amount.unit) return undefined;
    if (!MONEY_UNITS.includes(amount.unit) || !MONEY_UNITS.includes(previous.unit)) return undefined;
    return CONVERSION_LINK.test(text.slice(previous.end, amount.start)) ? index - 1 : undefined;
  });
}
