import { segmentRun } from './segment.ts';

/**
 * The words of a run of Han text as a reader reads them: the segmenter's, with neighbours it cut apart joined again where
 * the dictionary holds them joined (`hasEntry`), the longest first. ICU cuts words it does not know into pieces
 * (比特币 → 比|特|币, 世界杯 → 世界|杯, 计算机 → 计算|机), though a reader reads each as one word.
 */
export function dictionaryWordsOf(run: string, hasEntry: (word: string) => boolean): string[] {
  const pieces = segmentRun(run, 0).map(({ word }) => word);
  const words: string[] = [];
  for (let start = 0; start < pieces.length; ) {
    let end = pieces.length;
    while (end > start + 1 && !hasEntry(pieces.slice(start, end).join(''))) end -= 1;
    words.push(pieces.slice(start, end).join(''));
    start = end;
  }
  return words;
}
