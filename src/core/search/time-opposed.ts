import { chineseDictionary, type ChineseDictionary } from './chinese-dictionary.ts';
import type { QueryTerm } from './query.ts';
import { sentencesOf } from './fact-near-topic.ts';
import { stemWord } from './words.ts';

/**
 * The modifiers that place a unit of time from the speaker's now, as the dictionary glosses them (stemmed): "this year",
 * "last year", "next year". Two of them name two different years; "whole", "same", "every" or "recent" name no one year
 * against another.
 */
const FROM_NOW: ReadonlySet<string> = new Set(['this', 'last', 'next'].map(stemWord));

/** A word of two characters glossed "<modifier from now> <its last character's unit>": its modifiers (今年 → "thi"). */
function modifiersFromNow(word: string, dictionary: ChineseDictionary): Set<string> {
  const [, unit, ...rest] = [...word];
  if (unit === undefined || rest.length > 0) return new Set();
  const units = new Set(dictionary.glossesOf(unit));
  const parts = dictionary.glossesOf(word).map((gloss) => gloss.split(' '));
  return new Set(parts.filter(([modifier = '', unitGloss = '', ...more]) => more.length === 0 && units.has(unitGloss) && FROM_NOW.has(modifier)).map(([modifier = '']) => modifier));
}

/**
 * Whether a passage speaks of another time than a Chinese question's word of time from now (去年, 今年, 明年): it writes
 * a word of the same unit placed otherwise from now (今年 or 明年 for 去年 asked, by the dictionary's glosses) and none
 * placed as asked (去年, 上年 "last year" too) nor the question's word as the documents write it (`writtenAs`,
 * "过去一年"). "去年城镇新增就业多少人" is told by "过去一年，……城镇新增就业1206万人", not by "今年发展主要预期目标是：……城镇新增就业1200万人
 * 左右", this year's target. Null when the question has no such word, or `weight` is 1 (nothing is moved).
 */
export function timeOpposedOf(terms: readonly QueryTerm[], weight: number, english: EnglishTime | null = null): ((passage: { readonly text: string }) => boolean) | null {
  const dictionary = chineseDictionary();
  if (weight === 1 || dictionary === null) return null;
  const ownWords = terms.map((term) => ({ word: term.typed, writtenAs: term.writtenAs ?? [] }));
  const asked = [...ownWords, ...(english === null ? [] : englishTimeWords(english, dictionary))].flatMap(({ word, writtenAs }) => {
    const modifiers = modifiersFromNow(word, dictionary);
    return modifiers.size === 0 ? [] : [{ unit: [...word][1] ?? '', modifiers, writtenAs: [word, ...writtenAs] }];
  });
  if (asked.length === 0) return null;
  // The passage's words as its sentences were cut once (`sentencesOf`: a Chinese word's stem is the word), not segmented
  // again for every question asking a year.
  return (passage) =>
    asked.some(({ unit, modifiers, writtenAs }) => {
      const { text } = passage;
      if (!text.includes(unit) || writtenAs.some((phrase) => text.includes(phrase))) return false;
      let opposed = false;
      for (const word of sentencesOf(passage).flatMap((sentence) => sentence.stems)) {
        if (!word.endsWith(unit)) continue;
        const placed = modifiersFromNow(word, dictionary);
        if ([...placed].some((modifier) => modifiers.has(modifier))) return false;
        if (placed.size > 0) opposed = true;
      }
      return opposed;
    });
}

/** An English question's words, and how the documents write a Chinese time word ("过去一年" for 去年, `timeWrittenAs`). */
export interface EnglishTime {
  readonly words: readonly string[];
  readonly writtenAs: (word: string) => readonly string[];
}

/**
 * The Chinese time words an English question's "<this|last|next> <unit>" names, each glossed by the whole phrase ("last
 * year" → 去年, 上年; "this year" → 今年), with the phrases the documents write for them ("过去一年"): an English question
 * asked of a Chinese report places its time from now as a Chinese one does. "How much grain did China harvest last year"
 * is told by the year past, not by this year's target, which names grain as well.
 */
function englishTimeWords({ words, writtenAs }: EnglishTime, dictionary: ChineseDictionary): { word: string; writtenAs: readonly string[] }[] {
  return timesFromNowOf(words, dictionary).flatMap(({ glossed }) => glossed.map((word) => ({ word, writtenAs: writtenAs(word) })));
}

/**
 * The words of an English question's "<this|last|next> <unit>" that the dictionary glosses whole ("last year" → 去年):
 * its time of asking, which every sentence of a report is told in (`withTimeOfAsking` reads a Chinese 去年 so), not a
 * topic a sentence holds or lacks. "last" is no "持续" there.
 */
export function englishTimeOfAsking(words: readonly string[]): ReadonlySet<string> {
  const dictionary = chineseDictionary();
  if (dictionary === null) return new Set();
  return new Set(timesFromNowOf(words, dictionary).flatMap(({ modifier, unit }) => [modifier, unit]));
}

/**
 * An English question's "<this|last|next> <unit>" pairs whose whole phrase the dictionary glosses, with the Chinese
 * words it glosses ("last year" → 去年, 上年).
 */
function timesFromNowOf(words: readonly string[], dictionary: ChineseDictionary): { modifier: string; unit: string; glossed: readonly string[] }[] {
  return words.flatMap((modifier, at) => {
    const unit = words[at + 1];
    if (unit === undefined || !FROM_NOW.has(stemWord(modifier))) return [];
    const glossed = dictionary.wordsGlossed(`${stemWord(modifier)} ${stemWord(unit)}`);
    return glossed.length === 0 ? [] : [{ modifier, unit, glossed }];
  });
}
