import type { FigureUnit } from '../types.ts';

/**
 * Currencies as English texts write them: a code ("RMB", "USD", "INR"), a sign before the amount
 * ("$", "€", "₹", "HK$"), or a word after it ("yuan", "rupees", "Swiss francs"). Money is kept in
 * its own currency; a conversion stated beside it is linked, never mixed (see `conversions.ts`).
 */
interface Currency {
  readonly unit: FigureUnit;
  /** ISO 4217 codes and the like, as written before or after the amount. */
  readonly codes: readonly string[];
  /** Signs written before the amount, letters included ("HK$"), as regular-expression sources. */
  readonly signs: readonly string[];
  /** Words after the amount, as regular-expression sources. */
  readonly words: readonly string[];
}

const CURRENCIES: readonly Currency[] = [
  { unit: 'yuan', codes: ['RMB', 'CNY'], signs: ['¥', 'RMB¥'], words: ['yuan', 'renminbi'] },
  { unit: 'usd', codes: ['USD'], signs: ['\\$', 'US\\$', 'U\\.S\\.\\$'], words: ['(?:US\\s+|U\\.S\\.\\s+)?dollars?'] },
  { unit: 'eur', codes: ['EUR'], signs: ['€'], words: ['euros?'] },
  { unit: 'gbp', codes: ['GBP'], signs: ['£'], words: ['pounds\\s+sterling'] },
  { unit: 'jpy', codes: ['JPY'], signs: ['JP¥'], words: ['yen'] },
  { unit: 'inr', codes: ['INR'], signs: ['₹', 'Rs\\.?\\s?'], words: ['(?:Indian\\s+)?rupees?'] },
  { unit: 'krw', codes: ['KRW'], signs: ['₩'], words: ['(?:South\\s+)?Korean\\s+won'] },
  { unit: 'rub', codes: ['RUB'], signs: ['₽'], words: ['r(?:o)?ubles?'] },
  { unit: 'hkd', codes: ['HKD'], signs: ['HK\\$'], words: ['Hong\\s+Kong\\s+dollars?'] },
  { unit: 'twd', codes: ['TWD', 'NTD'], signs: ['NT\\$'], words: ['(?:New\\s+)?Taiwan\\s+dollars?'] },
  { unit: 'sgd', codes: ['SGD'], signs: ['S\\$'], words: ['Singapore\\s+dollars?'] },
  { unit: 'cad', codes: ['CAD'], signs: ['C\\$', 'CA\\$'], words: ['Canadian\\s+dollars?'] },
  { unit: 'aud', codes: ['AUD'], signs: ['A\\$', 'AU\\$'], words: ['Australian\\s+dollars?'] },
  { unit: 'chf', codes: ['CHF'], signs: [], words: ['Swiss\\s+francs?'] },
  { unit: 'brl', codes: ['BRL'], signs: ['R\\$'], words: ['reais', 'Brazilian\\s+reals?'] },
  { unit: 'mxn', codes: ['MXN'], signs: ['MX\\$'], words: ['Mexican\\s+pesos'] },
  { unit: 'zar', codes: ['ZAR'], signs: [], words: ['rand'] },
  { unit: 'try', codes: ['TRY'], signs: ['₺'], words: ['Turkish\\s+lira'] },
  { unit: 'idr', codes: ['IDR'], signs: ['Rp\\.?\\s?'], words: ['rupiah'] },
  { unit: 'thb', codes: ['THB'], signs: ['฿'], words: ['baht'] },
  { unit: 'ngn', codes: ['NGN'], signs: ['₦'], words: ['naira'] },
  { unit: 'sek', codes: ['SEK'], signs: [], words: ['(?:Swedish\\s+)?kronor'] },
  { unit: 'pln', codes: ['PLN'], signs: [], words: ['zlotys?'] },
  { unit: 'ils', codes: ['ILS', 'NIS'], signs: ['₪'], words: ['(?:new\\s+)?shekels?'] },
];

/**
 * Every currency's sign, and every code and word, as regular-expression sources, for a reader that asks only whether a
 * text states a sum of money (a price asked, `search/measure.ts`). The words add the money no currency above claims by
 * itself: "cents", "pounds", "shillings", "pence", "guineas", "francs", "marks", "lire", "pesos", which `reading.ts` and
 * `unsigned-sums.ts` read from what stands beside them.
 */
export const MONEY_SIGN_SOURCE = CURRENCIES.flatMap((currency) => currency.signs).join('|');
export const MONEY_WORD_SOURCE = [...CURRENCIES.flatMap((currency) => [...currency.codes, ...currency.words]), 'cents?', 'pounds?', 'shillings?', 'pence', 'guineas?', 'francs?', 'marks', 'lire', 'pesos?'].join('|');

/** Every unit that is money, for callers that treat amounts alike. */
export const MONEY_UNITS: readonly FigureUnit[] = CURRENCIES.map((currency) => currency.unit);

/** A sign or code right before an amount ("HK$", "₹", "RMB "), one named group per currency. */
const BEFORE = new RegExp(
  `(?<![\\p{L}.$])(?:${CURRENCIES.map(({ unit, codes, signs }) => `(?<${unit}>${[...signs, ...codes.map((code) => `${code}\\s?`)].join('|')})`).join('|')})$`,
  'u',
);
/** A word or code right after an amount: " yuan", " USD", " Indian rupees"; hyphened as a modifier, "a fifty-dollar bet". */
const AFTER = new RegExp(`^(?:\\s+|-)(?:${CURRENCIES.map(({ unit, codes, words }) => `(?<${unit}>${[...codes, ...words].join('|')})`).join('|')})(?![\\p{L}])`, 'u');
/** A dollar sign with letters before it that no currency here claims ("Z$"): money, but not one to report. */
const UNKNOWN_DOLLAR = /\p{L}\$$/u;

/**
 * The currency written right before an amount and its length: `null` unit for a dollar this table
 * does not know ("Z$"); undefined when there is none.
 */
export function readCurrencyBefore(before: string): { unit: FigureUnit | null; length: number } | undefined {
  const tail = before.slice(-8);
  const match = BEFORE.exec(tail);
  const unit = match === null ? undefined : MONEY_UNITS.find((candidate) => match.groups?.[candidate] !== undefined);
  if (match === null || unit === undefined) return UNKNOWN_DOLLAR.test(tail) ? { unit: null, length: 0 } : undefined;
  return { unit, length: match[0].length };
}

/** The currency written right after an amount and how much of `after` it takes, or undefined. */
export function readCurrencyAfter(after: string): { unit: FigureUnit; length: number } | undefined {
  const match = AFTER.exec(after);
  const unit = match === null ? undefined : MONEY_UNITS.find((candidate) => match.groups?.[candidate] !== undefined);
  return match === null || unit === undefined ? undefined : { unit, length: match[0].length };
}

const ANYWHERE = new RegExp(
  `(?<![\\p{L}])(?:${CURRENCIES.map(({ unit, codes, words, signs }) => `(?<${unit}>${[...signs, ...codes, ...words].join('|')})`).join('|')})(?![\\p{L}])`,
  'gu',
);

/** Every currency a text names, in order. */
export function currenciesNamedIn(text: string): FigureUnit[] {
  return [...text.matchAll(ANYWHERE)].flatMap((match) => MONEY_UNITS.filter((candidate) => match.groups?.[candidate] !== undefined));
}

/** The currency named last in a text, or undefined when it names none. */
export function lastCurrencyIn(text: string): FigureUnit | undefined {
  return currenciesNamedIn(text).at(-1);
}
