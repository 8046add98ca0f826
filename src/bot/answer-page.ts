import { answerQuestion, type Answer } from '../core/answer.ts';
import type { Knowledge } from '../core/knowledge.ts';
import { renderAnswer, type ButtonSpec, type DiscordReply, type ProvenanceOf } from '../format/discord.ts';
import type { BotContext } from './command.ts';
import { followUpButton } from './threads.ts';
import { voteButtons } from './feedback.ts';

/** The state of an answer message's buttons: the question, the result shown, who asked, whether privately. */
export interface AnswerPage {
  readonly question: string;
  readonly offset: number;
  readonly askerId: string;
  readonly private: boolean;
}

/**
 * One page of an answer (one passage) with its buttons: Back and More results page in place; Show
 * context shows the paragraphs around the passage to whoever presses it, privately. /ask and questions
 * sent in a direct message both answer with it (so it lives here, below both). With `followUp` (a public
 * answer where a thread can open: a server's text channel), Follow up opens a thread on it. Helpful and Not
 * helpful are anyone's vote on the passage shown (`feedback.ts`). `provenanceOf` names each document's hash
 * and when it was indexed in the footer.
 */
export function renderAnswerPage(
  knowledge: Knowledge,
  page: AnswerPage,
  context: Pick<BotContext, 'buttons'> & { readonly followUp?: boolean; readonly extraButtons?: readonly ButtonSpec[] },
  provenanceOf?: ProvenanceOf,
): { answer: Answer; reply: DiscordReply } {
  const answer = answerQuestion(knowledge, page.question, { limit: 1, offset: page.offset });
  const buttons: ButtonSpec[] = [];
  if (answer.kind === 'answer') {
    const state = (offset: number) => JSON.stringify([page.question, offset, page.askerId, page.private ? 1 : 0]);
    // Paging is the asker's; "Show context" on a public answer is anyone's.
    const asker = { owner: page.askerId };
    if (answer.offset > 0) buttons.push({ customId: context.buttons.encode('ask:more', state(answer.offset - 1), asker), label: 'Back' });
    if (answer.offset + 1 < answer.total) {
      buttons.push({ customId: context.buttons.encode('ask:more', state(answer.offset + 1), asker), label: 'More results' });
    }
    const shown = answer.results[0]?.passage.id;
    if (shown !== undefined) {
      buttons.push({ customId: context.buttons.encode('ask:context', shown, page.private ? asker : {}), label: 'Show context' });
      buttons.push(...voteButtons(context.buttons, page.question, shown));
    }
    if (context.followUp === true && !page.private) buttons.push(followUpButton(context.buttons, page.question));
    buttons.push(...(context.extraButtons ?? []));
  }
  return { answer, reply: renderAnswer(answer, buttons, page.private, provenanceOf) };
}

/** Reads an answer page back from its button's payload; null when it is not one. */
export function parseAnswerPage(payload: string): AnswerPage | null {
  try {
    const [question, offset, askerId, isPrivate] = JSON.parse(payload) as [string, number, string, number];
    return typeof question === 'string' && Number.isInteger(offset) && typeof askerId === 'string'
      ? { question, offset, askerId, private: isPrivate === 1 }
      : null;
  } catch {
    return null;
  }
}
