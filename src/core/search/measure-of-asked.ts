import { statesFactNearTopic } from './fact-near-topic.ts';
import { statesMeasure, type Measure } from './measure.ts';

/**
 * Whether a passage states the measure a question asks ("how long", "how far": `measure.ts`) of what it asks about: in a
 * sentence naming the question's topic or the next one going on about it (`statesFactNearTopic`), as abstaining reads a
 * measure asked (`statesNumberAsked`). "How long is the critical time after someone decides to join" is told by "The
 * first thirty to sixty days after a person joins …", not by "two hours" in a passage's sentence on its fourth session;
 * "how long had tommy been in japan" by "She had been in Japan just one week", not by "the next two days" of a story's
 * other sentence. `topic` is the question's (`topicOf`), read once a question.
 */
export function statesMeasureOfAsked(passage: { readonly text: string }, measures: readonly Measure[], topic: ReadonlySet<string>, fragmentMaxWords: number): boolean {
  return statesFactNearTopic(passage, topic, (sentence) => statesMeasure(sentence, measures), fragmentMaxWords);
}
