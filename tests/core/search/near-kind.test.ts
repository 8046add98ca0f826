import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/core/search/fact-near-topic.ts';
import { metByKind, namesKindBeside } from '../../../src/core/search/kind-named.ts';
import { wordNetLexicon, type Lexicon } from '../../../src/core/search/lexicon.ts';
import { metByNearKind } from '../../../src/core/search/near-kind.ts';
import type { QueryTerm } from '../../../src/core/search/query.ts';
import { isStandInNoun } from '../../../src/core/search/stand-in-noun.ts';
import { tokensOf } from '../../../src/core/search/tokens-of.ts';
import { stemWord } from '../../../src/core/search/words.ts';

const lexicon = wordNetLexicon();
const termOf = (typed: string): QueryTerm => ({ stem: stemWord(typed), typed, related: [], weight: 1 });

/** `namesKindBeside` as a plain scan of the passage's sentences, no set of stems and no memo: the oracle. */
function namesKindBesidePlainly(passage: { readonly text: string }, kinds: readonly string[], beside: ReadonlySet<string>, words: Lexicon): boolean {
  const lower = passage.text.toLowerCase();
  if (!kinds.some((kind) => lower.includes(kind.slice(0, Math.max(3, kind.length - 2))))) return false;
  const kindStems = new Set(kinds.map(stemWord));
  const isKind = (word: string) => (kinds.includes(word) || words.baseForms(word).some((base) => kinds.includes(base))) && !words.describes(word);
  return sentencesOf(passage).some(({ text, stems }) => stems.some((stem) => beside.has(stem)) && tokensOf(text).some(({ word }, at) => kindStems.has(stems[at] ?? '') && isKind(word)));
}

/** `metByNearKind`'s one-word kinds read afresh from WordNet for each passage, as before they were remembered. */
function metByNearKindPlainly(unmet: readonly QueryTerm[], passage: { readonly text: string }, beside: ReadonlySet<string>, steps: number, maxKinds: number): QueryTerm[] {
  return unmet.filter((term) => {
    if (steps <= 0 || lexicon.describes(term.typed) || !lexicon.namesThing(term.typed)) return false;
    const single = lexicon.nearKinds(term.typed, steps, maxKinds).filter((kind) => !isStandInNoun(kind) && !kind.includes(' '));
    return single.length > 0 && namesKindBesidePlainly(passage, single, beside, lexicon);
  });
}

// Made-up passages: the kind in a later sentence than the first, in a plural, beside the question's other word or not.
const passages = [
  { text: 'The fair opened at noon. The mother slept by the stove in the old mill.' },
  { text: 'Buses ran all day. The wrongdoers were punished with a fine of ten dollars each.' },
  { text: 'It rained. Fabrics are dried slowly in the shade of the old mill.' },
  { text: 'Snow fell. Highways go to a new department, sewers to the Department of Public Works.' },
  { text: 'The mother of the bride sang. Nobody slept.' },
];
const beside = new Set(['slept', 'punish', 'dri', 'go', 'sleep'].map(stemWord));

describe('near kinds read through sets and memos', () => {
  it('names the same kinds beside the same words as a plain scan of each passage, asked again and with other settings', () => {
    const terms = ['mom', 'criminals', 'wool', 'roads', 'dogs'].map(termOf);
    // Steps and bound in both orders: a memo keyed without either would serve the first setting's kinds to the second.
    const settings = [[1, 30], [2, 30], [2, 100_000], [1, 30], [2, 5]] as const;
    let met = 0;
    for (const [steps, maxKinds] of settings) {
      for (const passage of passages) {
        const expected = metByNearKindPlainly(terms, passage, beside, steps, maxKinds).map((term) => term.typed);
        expect(metByNearKind(terms, passage, beside, lexicon, steps, maxKinds).map((term) => term.typed), `${steps} ${maxKinds} ${passage.text}`).toEqual(expected);
        met += expected.length;
      }
    }
    // The oracle finds some: the comparison is not of two empty lists.
    expect(met).toBeGreaterThan(3);
  });

  it('tells a passage naming a kind as a plain scan does, for kinds one step down too (`metByKind`)', () => {
    for (const passage of passages) {
      for (const word of ['roads', 'criminals', 'women']) {
        const kinds = lexicon.kindsOf(word, 3);
        expect(namesKindBeside(passage, kinds, beside, lexicon), `${word}: ${passage.text}`).toBe(namesKindBesidePlainly(passage, kinds, beside, lexicon));
      }
      expect(metByKind([termOf('roads')], passage, beside, lexicon, 3).length > 0).toBe(namesKindBesidePlainly(passage, lexicon.kindsOf('roads', 3), beside, lexicon));
    }
    expect(namesKindBeside(passages[3] as { readonly text: string }, lexicon.kindsOf('roads', 3), beside, lexicon)).toBe(true);
  });
});
