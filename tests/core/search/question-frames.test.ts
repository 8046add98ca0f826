import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameSpans } from '../../../src/core/search/query.ts';

/** The frames as they were read before perf69, by `matchAll` on this expression: the oracle. */
const QUESTION_FRAMES_PLAINLY =
    /\b(?:(?:can|could|would) you |please )?(?:tell me(?: more)?(?: about)?|(?:i )?(?:want|would like|'d like) to (?:know|learn)(?: more)?(?: about)?|(?:what|how) (?:does|did|do) (?:the|this|that|it|they) (?:(?:article|text|document|essay|report|author|piece|paper|writer) )?(?:say|said|tell|mention|write|describe)(?: about)?|according to (?:the|this) (?:article|text|document|essay|report|author)|what(?:'s| is| was| are| were|s)? the (?:role|idea|point|purpose|meaning|significance|story) (?:of|behind)|what(?:'s| is| was| are| were|s)? the (?:targets?|goals?|aims?) (?:for|of)|what (?:role|part) (?:does|did|do|will)|how often|what (?:will |would |is going to |did |has |have |had )?happen(?:s|ed)?|(?:kind|sort|type)s? of (?:man|men|woman|women|person|persons|people)|what(?:'s| is| was| are| were)? (?:so )?(?:remarkable|special|unusual|notable|noteworthy|unique|striking) about)\b/g;
const framesPlainly = (question: string) => [...question.toLowerCase().matchAll(QUESTION_FRAMES_PLAINLY)].map((match) => [match.index, match.index + match[0].length]);

/** A lexicon that names no attribute: the frames are the expression's alone. */
const NO_ATTRIBUTE = { namesAttribute: () => false };

const PIECES = ['what', 'how', 'does', 'did', 'the', 'article', 'say', 'about', 'tell', 'me', 'more', 'please', 'can', 'you', 'i', 'want', 'to', 'know', 'often', 'happened', 'kind', 'of', 'men', 'role', 'is', "'s", 'remarkable', 'according', 'report', 'moon', 'Tell', 'somehow', 'x'];

describe('frameSpans', () => {
  it('reads the frames of a question, each where it stands', () => {
    expect(frameSpans('what does the article say about the moon and how often does it rise', NO_ATTRIBUTE)).toEqual([[0, 31], [45, 54]]);
  });

  it('finds the frames the expression found by matchAll, question after question', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', '', ', ')), { maxLength: 14 }), (pieces) => {
        const question = pieces.map(([piece, separator]) => piece + separator).join('');
        expect(frameSpans(question, NO_ATTRIBUTE)).toEqual(framesPlainly(question));
      }),
      { numRuns: 5000 },
    );
  });
});
