import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer.ts';
import { buildKnowledge } from '../../../src/core/knowledge.ts';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/core/options.ts';
import { parseQuery } from '../../../src/core/search/query.ts';
import { acronymsOf, compoundParts } from '../../../src/core/search/word-parts.ts';
import { documentOf } from '../../fixtures/documents.ts';

const WORD_PARTS = DEFAULT_ENGINE_OPTIONS.search.wordParts;


/** A small knowledge base whose words a reader may type another way: each passage holds one answer. */
const small = buildKnowledge([
  documentOf('commission', 'The National Development and Reform Commission said the plan would cut red tape for exporters.'),
  documentOf('care', 'Every thousand residents now have four child care places, and health care reaches every island.'),
  documentOf('trade', 'The growth of trade in the harbour doubled the fishing fleet within ten years.'),
  documentOf('seas', 'Storms on the northern seas closed the ferry on many days; the sea wall was rebuilt.'),
  documentOf('market', 'The market town sells fish, bread and wool on Saturdays.'),
]);
const firstDocument = (question: string) => {
  const answer = answerQuestion(small, question);
  return answer.kind === 'answer' ? answer.results[0]?.passage.citation.document : answer.kind;
};

describe('a word read as a reader reads it', () => {
  it('looks an irregular form\'s related words up on its base: "grew" meets a passage on "growth"', () => {
    const [term] = parseQuery('grew', small.index, small.lexicon).terms;
    expect(term?.related).toContain('growth');
    expect(firstDocument('how fast the harbour trade grew')).toBe('trade');
  });

  it('reads a compound the documents write as two words as those words, and says so', () => {
    expect(firstDocument('how many childcare places are there')).toBe('care');
    const answer = answerQuestion(small, 'how many childcare places are there');
    expect(answer.kind === 'answer' && answer.corrections).toContainEqual({ typed: 'childcare', correctedTo: 'child care' });
  });

  it('reads no acronym in a knowledge base too large to read them all without keeping other answers waiting', () => {
    const capped = buildKnowledge(small.documents, { search: { wordParts: { maxAcronymText: 100 } } });
    const answer = answerQuestion(capped, 'what did the ndrc say about exporters');
    expect(answer.kind === 'answer' && answer.corrections.map((correction) => correction.correctedTo)).not.toContain('national development and reform commission');
  });

  it('reads an acronym as the name the documents spell out, and says so', () => {
    expect(firstDocument('what did the ndrc say about exporters')).toBe('commission');
    const answer = answerQuestion(small, 'what did the NDRC say about exporters');
    expect(answer.kind === 'answer' && answer.corrections).toContainEqual({ typed: 'ndrc', correctedTo: 'national development and reform commission' });
  });

  it('leaves an everyday word alone though it splits into two words of the documents ("seasons" is no "sea" + "sons")', () => {
    expect(compoundParts('seasons', small.index, small.lexicon, WORD_PARTS)).toBeNull();
    expect(parseQuery('who composed the four seasons', small.index, small.lexicon).terms.map((term) => term.typed)).not.toContain('sea');
  });

  it('reads an English word as its two parts where the documents write them side by side ("blindfolded" as "blind-folded"), not where they stand apart', () => {
    const written = buildKnowledge([
      documentOf('armourer', 'There was no weapon the sergeant could not take apart and reassemble blind-folded.'),
      documentOf('laundry', 'The blind man folded the sheets and stacked the towels.'),
    ]);
    expect(compoundParts('blindfolded', written.index, written.lexicon, WORD_PARTS)).toEqual(['blind', 'folded']);
    const answer = answerQuestion(written, 'could the sergeant reassemble a weapon blindfolded');
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('armourer');
    const apart = buildKnowledge([written.documents[1]!]);
    expect(compoundParts('blindfolded', apart.index, apart.lexicon, WORD_PARTS)).toBeNull();
  });

  it('leaves an English word whole where the documents say it in a word WordNet relates to it, though they also write its parts side by side', () => {
    const written = buildKnowledge([
      documentOf('exile', 'Havana\'s foreign correspondents were forced into exile last spring.'),
      documentOf('latin', 'The ambassador told the newspaper men of Latin America about the loans last week.'),
    ]);
    const answer = answerQuestion(written, 'why were the newspapermen forced to leave havana last spring');
    expect(answer.kind === 'answer' && answer.corrections).toEqual([]);
    expect(answer.kind === 'answer' && answer.results[0]?.passage.citation.document).toBe('exile');
  });

  it('prefers the split whose words stand side by side, and splits no word the documents hold', () => {
    expect(compoundParts('healthcare', small.index, small.lexicon, WORD_PARTS)).toEqual(['health', 'care']);
    expect(compoundParts('harbour', small.index, small.lexicon, WORD_PARTS)).toBeNull();
  });
});

describe('acronymsOf', () => {
  const acronyms = acronymsOf([
    'The relevant person of the National Development and Reform Commission said so. Zhejiang Provincial Party Committee met.',
  ], WORD_PARTS);

  it('takes the initials of a run of capitalised words, skipping the stop words inside', () => {
    expect(acronyms.get('ndrc')).toEqual(['national', 'development', 'and', 'reform', 'commission']);
    expect(acronyms.get('zppc')).toEqual(['zhejiang', 'provincial', 'party', 'committee']);
  });

  it('also takes a name without its qualifiers, never one starting with a stop word or across a sentence end', () => {
    expect(acronyms.get('ppc')).toEqual(['provincial', 'party', 'committee']);
    expect(acronyms.get('tndrc')).toBeUndefined();
    expect(acronyms.get('rcz')).toBeUndefined();
  });
});
