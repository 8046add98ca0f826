import { currenciesNamedIn, MONEY_UNITS } from './currencies.ts';
import type { FigureUnit } from '../types.ts';

/**
 * Sums written without a currency: "it would cost him 500", "to pay 10 for me". A number a verb of paying or costing
 * takes as its object, with no noun of its own, is money; which money, only the document can say, so it takes the
 * currency the document counts in, and is no figure in a document that names none. Letters of the sixteenth and
 * seventeenth centuries spell these verbs and pronouns their own way ("coste hym 500", "paie 10 for mee").
 */
const PAYMENT_BEFORE = /\b(?:pa(?:y|ye|ie)|pa(?:i|y)de?|cost(?:e|s)?|owe[ds]?|lend|lent|spen[dt]e?)\s+(?:(?:h[iy]m|her|them|us|m[ey]e?|you)\s+)?$/i;

/**
 * What may follow such a sum: the end of a clause, or a word that opens no noun of its own ("for me", "first", "a
 * year", "each"). Anything else is what the number counts ("to pay six policemen"); "of" makes it a pronoun ("lent me
 * one of his letters").
 */
const AFTER_SUM = /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:for|first|more|each|apiece|a|an|per|and|or|in|at|to|by|as)\b)/i;

/** Money as older British texts count it: shillings and pence say that "pounds" there are sums, not weights. */
const OLD_MONEY = /(?<![\p{L}])(?:shillings?|pence|guineas?)(?![\p{L}])/giu;

/** The currency a document counts its sums in: the one it names most often, or undefined when it names none. */
export function documentCurrency(text: string): FigureUnit | undefined {
  const counts = new Map<FigureUnit, number>();
  for (const named of currenciesNamedIn(text)) counts.set(named, (counts.get(named) ?? 0) + 1);
  const oldMoney = text.match(OLD_MONEY)?.length ?? 0;
  if (oldMoney > 0) counts.set('gbp', (counts.get('gbp') ?? 0) + oldMoney);
  let best: FigureUnit | undefined;
  for (const unit of MONEY_UNITS) if ((counts.get(unit) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = unit;
  return best;
}

/** The document's currency for a number that a verb of paying or costing takes as its whole object; null otherwise. */
export function unsignedSumUnit(before: string, after: string, currency: () => FigureUnit | undefined): FigureUnit | null {
  return PAYMENT_BEFORE.test(before.slice(-30)) && AFTER_SUM.test(after) ? (currency() ?? null) : null;
}

/** "the rent would run close to two hundred a month": a sum the clause names before the number, "and" or "but" not between. */
const SUM_NAMED_BEFORE = /\b(?:rent|salary|salaries|wages?|pay|price|cost|fees?|income|earnings|allowance|pension)\b(?![^,;:]*\b(?:and|but)\b)[^,;:]*$/i;

/**
 * For a number its clause names a sum for ("the rent … two hundred a month"): the document's currency, or null when the
 * document names none (then no figure); undefined when the clause names no sum.
 */
export function sumNamedUnit(before: string, currency: () => FigureUnit | undefined): FigureUnit | null | undefined {
  return SUM_NAMED_BEFORE.test(before) ? (currency() ?? null) : undefined;
}
