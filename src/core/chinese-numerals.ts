/**
 * Numbers as Chinese writes them, for the Chinese figure and date readers: Chinese numerals (三十,
 * 一百二十, 两, 二〇二一) and full-width digits (２０２１).
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/** Full-width digits, signs and the full-width point as ASCII, one character for one: offsets stay valid. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．％，－＋]/gu, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0xfee0));
}

/**
 * The value of a Chinese numeral: 十 = 10, 三十 = 30, 一百二十 = 120, 两万 = 20000, 三千零五 = 3005,
 * 二〇二一 = 2021 (digit by digit, as years are written); null when it is not one.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const chars = [...text];
  if (chars.some((char) => DIGITS[char] === undefined && SMALL_UNITS[char] === undefined && LARGE_UNITS[char] === undefined)) return null;
  // Digits alone, more than one: read digit by digit (二〇二一, 一九四九).
  if (chars.length > 1 && chars.every((char) => DIGITS[char] !== undefined)) {
    return chars.reduce((value, char) => value * 10 + (DIGITS[char] ?? 0), 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of chars) {
    const value = DIGITS[char];
    if (value !== undefined) {
      digit = value;
      continue;
    }
    const small = SMALL_UNITS[char];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    // 万 scales the section before it; 亿 everything before it, so 三万亿 = 3 × 10¹² and 三亿五千万 = 350,000,000.
    const large = LARGE_UNITS[char] ?? 1;
    const before = section + (digit ?? 0);
    total = large === 1e8 ? (total + before) * large : total + (before === 0 ? 1 : before) * large;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** A number written with digits (`7.5`, `1,300`) or Chinese numerals; null when it is neither. */
export function parseNumberText(text: string): number | null {
  const ascii = toHalfWidthDigits(text).replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(ascii);
}
