import { rememberedBy } from '../remembered.ts';
import { segmentRun } from './segment.ts';
import { tokenize, type Token } from './words.ts';

/**
 * A sentence's words (`tokenize`), remembered by sentence: the checks a question's kind needs (a person named, a post
 * said, a passive's subject, a kind named) cut the same sentences of the same passages question after question. Read
 * only, as shared. A sentence's tokens weigh a kilobyte or two: the bound keeps a few megabytes, not a tuning. A
 * passage's text is cut afresh (`tokenize`): thousands of those would weigh a hundred times more.
 */
export const tokensOf: (sentence: string) => readonly Token[] = rememberedBy(5_000, tokenize);

/**
 * A Chinese sentence's words (`segmentRun`), remembered by sentence as `tokensOf` is: the checks of a place or a doer
 * asked segment the same sentences of the best passages question after question, and ICU's segmenter is the dearest
 * step of a Chinese question's abstaining.
 */
export const segmentedWordsOf: (sentence: string) => readonly string[] = rememberedBy(5_000, (sentence) => segmentRun(sentence, 0).map((word) => word.word));
