import { describe, expect, it } from 'vitest';
import { chineseDictionary } from '../../../src/core/search/chinese-dictionary.ts';

describe('chineseDictionary', () => {
  it('reads an initialism in brackets after the words it abbreviates as a gloss of its own', () => {
    const dictionary = chineseDictionary();
    expect(dictionary).not.toBeNull();
    // "gross domestic product (GDP)", "World Health Organization (WHO)": "of" and the like are not initialled.
    expect(dictionary?.wordsGlossed('gdp')).toContain('国内生产总值');
    expect(dictionary?.wordsGlossed('who')).toContain('世界卫生组织');
  });

  it('does not read a bracketed label that is not the initials of the words before it', () => {
    // "C size battery (PRC)" says where the word is used, not what it stands for.
    expect(chineseDictionary()?.wordsGlossed('prc')).not.toContain('三号电池');
  });
});
