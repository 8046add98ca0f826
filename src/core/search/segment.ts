/**
 * Word segmentation for text written without spaces between words: Chinese (and the Han, kana and
 * Hangul runs of Japanese or Korean text), alone or mixed with Latin words and digits.
 *
 * The language is read per run of letters from its script, not from the document's front matter:
 * a Chinese quotation inside an English document is then as searchable as a Chinese document, and
 * English words inside Chinese text keep English stemming. (ICU segments Han text with one Chinese–
 * Japanese dictionary whatever the locale, so a `language` tag would not change the words found.)
 *
 * Why `Intl.Segmenter` and not a dictionary segmenter from npm: measured with plain MiniSearch on the
 * public Chinese sample (30 Chinese questions, 52 paragraphs), Intl.Segmenter with Chinese stop words
 * finds the right paragraph first for 0.90 and in the top 3 for 0.90; @node-rs/jieba (`cut`, HMM on,
 * same stop words) for 0.80 and 0.83, `cutForSearch` the same. jieba segments 2–4× faster once loaded
 * (≈6 ms against ≈12–30 ms for the 9,500-character document) but loads its dictionary in 0.4–0.9 s
 * at start-up and is a native binary per platform; Intl.Segmenter is built into Node.
 * ICU's segmentation of a word can depend on its neighbours (构建 comes out as 构|建 in one clause and
 * whole in another), so the index also keeps character bigrams of Han text (`hanBigrams`), which also
 * tolerate a mistyped character (乡村振心 still shares 乡村 and 村振 with 乡村振兴).
 */

/** One word of a text, as `tokenize` returns it (lower-cased, with its offsets in the text). */
export interface SegmentedWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Scripts written without spaces between words: Han, Hiragana, Katakana, Hangul. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Locale of the word segmenter. ICU uses the same dictionary for Chinese and Japanese. */
const SEGMENTER_LOCALE = 'zh';
const segmenter = new Intl.Segmenter(SEGMENTER_LOCALE, { granularity: 'word' });

/** True when the text has a letter of a script written without spaces (Han, kana, Hangul). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_SCRIPT.test(text);
}

/**
 * Splits a run of letters and digits that holds Han (or kana, Hangul) characters into words, at
 * `offset` in the text the run was taken from. Full-width letters and digits are read as their
 * ASCII forms (`２０２１` → `2021`), and Latin words lower-cased.
 */
export function segmentRun(run: string, offset: number): SegmentedWord[] {
  const words: SegmentedWord[] = [];
  for (const segment of segmenter.segment(run)) {
    if (segment.isWordLike !== true) continue;
    const word = segment.segment.normalize('NFKC').toLowerCase();
    words.push({ word, start: offset + segment.index, end: offset + segment.index + segment.segment.length });
  }
  return words;
}

/** Marks a bigram term, so that it never collides with a word of the text field. */
const BIGRAM_MARK = '~';

/**
 * The character bigrams of the text's Han runs, each marked with `BIGRAM_MARK`; a lone Han
 * character gives itself. An English text gives none.
 */
export function hanBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const match of text.matchAll(HAN_RUN)) {
    const chars = [...match[0]];
    if (chars.length === 1) bigrams.push(`${BIGRAM_MARK}${chars[0] ?? ''}`);
    for (let index = 0; index + 1 < chars.length; index += 1) bigrams.push(`${BIGRAM_MARK}${chars[index] ?? ''}${chars[index + 1] ?? ''}`);
  }
  return bigrams;
}
