import type { ButtonInteraction } from 'discord.js';
import type { Answer } from '../core/answer.ts';
import { textReply, type ButtonSpec } from '../format/discord.ts';
import type { ButtonState } from './button-state.ts';
import type { InteractionContext } from './command.ts';
import { respond } from './respond.ts';

/**
 * Feedback on answers from Discord: the "Helpful" / "Not helpful" buttons every answer carries, the
 * votes they cast, and the misses (a question that matched nothing) that `/gaps` groups. Nothing here
 * stores a user id: a voter is the feedback log's salted hash of it. When the database is unavailable
 * the buttons say so and answering goes on.
 */

/** The vote buttons' prefixes: `ask:` buttons reach the ask command, which hands them here. */
export const VOTE_ACTIONS = { helpful: 'helpful', unhelpful: 'unhelpful' } as const;

const UNAVAILABLE = 'Feedback is unavailable right now (its database cannot be reached). Answers keep working; try again later.';
const EXPIRED = 'These feedback buttons have expired. Ask again to vote on a fresh answer.';

/**
 * The vote buttons of an answer: anyone may press them (the asker and others), so they carry no owner.
 * Their payload is the question and the passage shown, what a "not helpful" records as a miss.
 */
export function voteButtons(buttons: ButtonState, question: string, passageId: string): ButtonSpec[] {
  const payload = JSON.stringify([question, passageId]);
  return [
    { customId: buttons.encode(`ask:${VOTE_ACTIONS.helpful}`, payload), label: 'Helpful' },
    { customId: buttons.encode(`ask:${VOTE_ACTIONS.unhelpful}`, payload), label: 'Not helpful' },
  ];
}

function parseVotePayload(payload: string): { question: string; passageId: string } | null {
  try {
    const [question, passageId] = JSON.parse(payload) as [unknown, unknown];
    return typeof question === 'string' && typeof passageId === 'string' ? { question, passageId } : null;
  } catch {
    return null;
  }
}

/**
 * Records a press of an answer's vote button, one vote per person per answer message (a second press
 * changes it), and acknowledges it privately. "Not helpful" records the question, the passage shown
 * and the server as a miss, for `/gaps`.
 */
export async function answerVote(interaction: ButtonInteraction, context: InteractionContext, helpful: boolean, payload: string | null): Promise<void> {
  const vote = payload === null ? null : parseVotePayload(payload);
  if (vote === null) return respond(interaction, textReply(EXPIRED, { private: true }));
  const result = context.feedback.vote({
    answerId: interaction.message.id,
    voter: context.feedback.voterOf(interaction.user.id),
    helpful,
    miss: { guildId: context.guildId, question: vote.question, passageIds: [vote.passageId] },
  });
  context.logger.info({ helpful, result, passageId: vote.passageId }, 'vote');
  if (result === 'unavailable') return respond(interaction, textReply(UNAVAILABLE, { private: true }));
  return respond(
    interaction,
    textReply(
      helpful
        ? 'Thanks: you marked this answer helpful. Press “Not helpful” to change your vote.'
        : 'Thanks: you marked this answer not helpful; the admins will see the question in `/gaps`. Press “Helpful” to change your vote.',
      { private: true },
    ),
  );
}

/** A question that matched nothing is recorded (with the passages offered as related, if any) for `/gaps`. */
export function recordNoMatch(context: Pick<InteractionContext, 'feedback' | 'guildId' | 'logger'>, answer: Answer): void {
  if (answer.kind !== 'no-match') return;
  const result = context.feedback.recordMiss({
    guildId: context.guildId,
    question: answer.query,
    passageIds: answer.related.map((related) => related.passage.id),
    kind: 'no-match',
  });
  if (result === 'unavailable') context.logger.warn('feedback unavailable: a no-match was not recorded');
}
