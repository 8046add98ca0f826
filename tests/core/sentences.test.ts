import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/documents/sentences.ts';

const textsOf = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe(splitSentences, () => {
  it('ends a sentence at a full stop, question or exclamation mark followed by space', () => {
    expect(textsOf('Sales rose. Did costs? Yes! They fell.')).toEqual(['Sales rose.', 'Did costs?', 'Yes!', 'They fell.']);
  });

  it('does not end one after an abbreviation before a number or a name', () => {
    expect(textsOf('It cost approx. 75 billion USD in Oct. 2019, said Mr. Smith of the U.S. Treasury. It fell.')).toEqual([
      'It cost approx. 75 billion USD in Oct. 2019, said Mr. Smith of the U.S. Treasury.',
      'It fell.',
    ]);
  });

  it('does not end one after a reference to a page, a note or a chapter', () => {
    expect(textsOf('See Table 1, p. 394, and chap. 11 (n. 3). It fell.')).toEqual(['See Table 1, p. 394, and chap. 11 (n. 3).', 'It fell.']);
  });

  it('does not end one after an abbreviation of a thing numbered before its number ("Op. 110", "Sec. 2"), but does after a unit of seconds', () => {
    expect(textsOf('Two late Sonatas, Op. 110 and 111, were played. Under 66 Stat. 328 and Sec. 2 (Ref. 1), the route is Rte. 7. It ran 9 sec. Then it fell.')).toEqual([
      'Two late Sonatas, Op. 110 and 111, were played.',
      'Under 66 Stat. 328 and Sec. 2 (Ref. 1), the route is Rte. 7.',
      'It ran 9 sec.',
      'Then it fell.',
    ]);
  });

  it('does not end one after a firm\'s "Bros.", possessive or not, so a date after it keeps its sentence', () => {
    expect(textsOf("She drove the car used in a robbery of the Woodyard Bros.' Grocery, 2825 E. Burnside St., in April of 1959. Warner Bros. Pictures paid.")).toEqual([
      "She drove the car used in a robbery of the Woodyard Bros.' Grocery, 2825 E. Burnside St., in April of 1959.",
      'Warner Bros. Pictures paid.',
    ]);
  });

  it('does not end one after a title or an initialism written with stops', () => {
    expect(textsOf('Lt. Col. Smith and Rev. King met at the U.N. Security Council. Capt. Jones left.')).toEqual([
      'Lt. Col. Smith and Rev. King met at the U.N. Security Council.',
      'Capt. Jones left.',
    ]);
  });

  it('does not end one before a slash, the rest of a rate written short ("1.0-mg. / l.", "lb. / cu. ft.")', () => {
    expect(textsOf('The rate at 1.0-mg. / l. dissolved oxygen is given in Table 3. Foams weigh 2 lb. / cu. ft. at most.')).toEqual([
      'The rate at 1.0-mg. / l. dissolved oxygen is given in Table 3.',
      'Foams weigh 2 lb. / cu. ft. at most.',
    ]);
  });

  it('does not end one at a clock time the day it is on follows: "at 2 p.m. Tuesday at the chapel"', () => {
    expect(textsOf('Services will be at 2 p.m. Tuesday at the chapel. A hearing was set for 10 a.m. Jan. 5 in court. It ended at 9 p.m. Rain fell.')).toEqual([
      'Services will be at 2 p.m. Tuesday at the chapel.',
      'A hearing was set for 10 a.m. Jan. 5 in court.',
      'It ended at 9 p.m.',
      'Rain fell.',
    ]);
  });

  it('keeps each sentence\'s offset in the text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.start + sentence.text.length))).toEqual(['One.', 'Two.']);
  });
});
