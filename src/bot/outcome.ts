import type { AnswerKind } from './command.ts';

/*
 * What an interaction's handling came to, apart from the metrics that count it: the handlers name
 * outcomes on every interaction, while prom-client (`metrics.ts`) is imported only by a bot that serves
 * /metrics (HEALTH_PORT), so a start without it does not load it.
 */

/** How an interaction or a direct message ended. */
const INTERACTION_OUTCOMES = ['answered', 'no-match', 'invalid', 'rate-limited', 'user-error', 'failed', 'expired'] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/** What reached the bot: a slash command (or context menu), an autocomplete request, a button press, a direct message, a mention, a follow-up in a thread. */
export type InteractionKind = 'command' | 'autocomplete' | 'button' | 'dm' | 'mention' | 'thread';

/** The outcome of a question from the kind of answer it got. */
export function outcomeOfAnswer(kind: AnswerKind | null): InteractionOutcome {
  return kind === 'no-match' ? 'no-match' : kind === 'invalid' ? 'invalid' : 'answered';
}
