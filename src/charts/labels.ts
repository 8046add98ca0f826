import { hasCjk } from './fonts.ts';

/**
 * Label widths, estimated: Vega draws headless without a canvas to measure text, so the charts size
 * and cut their labels themselves. Inter's letters average a little over half an em; a CJK character
 * is a full em. The estimate errs wide, so a label cut to fit does fit.
 */
const LATIN_EM = 0.54;
const CJK_EM = 1;

export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += hasCjk(char) ? CJK_EM : LATIN_EM;
  return ems * fontSize;
}

/**
 * The text cut with "…" at a character boundary so that it fits `width` and holds at most `maxChars`
 * characters (a CJK character counting as two), on one line.
 */
export function cutToFit(text: string, width: number, fontSize: number, maxChars: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  let kept = '';
  let chars = 0;
  for (const char of oneLine) {
    const next = kept + char;
    chars += hasCjk(char) ? 2 : 1;
    if (chars > maxChars || estimateWidth(`${next}…`, fontSize) > width) return `${kept.trimEnd()}…`;
    kept = next;
  }
  return kept;
}
