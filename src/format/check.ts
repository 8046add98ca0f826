import type { CheckedClaim, CheckResult } from '../core/check/check.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { Figure, TimelineEntry } from '../core/types.ts';
import { describeCitation, describeDate, describeFigureValue } from './describe.ts';
import { buttonRows, type ButtonSpec, type DiscordReply, textReply } from './discord.ts';
import { escapeText, fitText } from './discord-text.ts';
import { figureJson, timelineJson } from './json.ts';

/** The check's renderers: the JSON CLI's object, the console's text and Discord's reply, saying the same things. */

const VERDICT_WORDS: Readonly<Record<CheckedClaim['verdict'], string>> = {
  matches: 'matches',
  differs: 'differs',
  'not-found': 'not found in the sources',
};

/** How much of a claim as written a line quotes. */
const CLAIM_CHARS = 160;

/**
 * `{"claims":[{"raw","verdict","kind","claimed","source"?}]}`: `raw` is the claim as written, `claimed`
 * the figure or date read from it, `source` the figure or timeline entry it was compared with, with its
 * citation (only for matches and differs); `otherUnit` when the source gives the measure in another currency.
 */
export function checkJson(knowledge: Knowledge, result: CheckResult) {
  return {
    claims: result.claims.map((claim) => ({
      raw: claim.raw,
      verdict: claim.verdict,
      kind: claim.kind,
      claimed: claim.kind === 'figure' ? claimedFigure(claim.claimed) : { date: claim.claimed.date, precision: claim.claimed.precision, kind: claim.claimed.kind, raw: claim.claimed.raw },
      ...(claim.verdict === 'not-found' ? {} : { source: sourceJson(knowledge, claim) }),
      ...(claim.kind === 'figure' && claim.verdict !== 'not-found' && claim.otherUnit ? { otherUnit: true } : {}),
    })),
  };
}

function claimedFigure(figure: Figure) {
  const { text: _text, passageId: _passageId, ...claimed } = figure;
  return { ...claimed, year: figure.year ?? null };
}

function sourceJson(knowledge: Knowledge, claim: CheckedClaim & { source: Figure | TimelineEntry }) {
  return claim.kind === 'figure' ? figureJson(knowledge, claim.source as Figure) : timelineJson(knowledge, claim.source as TimelineEntry);
}

/** What the source says, as a phrase: "more than 100,000 yuan (2020)", "2021-06-10", "638.6 billion yuan (2022), in another currency". */
function describeSource(claim: CheckedClaim): string {
  if (claim.verdict === 'not-found') return '';
  if (claim.kind === 'date') return describeDate(claim.source);
  return `${describeFigureValue(claim.source)}${claim.otherUnit ? ' (in another currency; not converted)' : ''}`;
}

function citationOf(knowledge: Knowledge, claim: CheckedClaim): string {
  if (claim.verdict === 'not-found') return '';
  const passage = knowledge.passageById.get(claim.source.passageId);
  return passage === undefined ? '' : describeCitation(passage.citation);
}

/** One line a claim, for the console and the CLI without `--json`. */
export function renderCheckText(knowledge: Knowledge, result: CheckResult): string {
  if (result.claims.length === 0) return 'No figures or dates to check in that text.';
  return result.claims
    .map((claim) => {
      const verdict = `${VERDICT_WORDS[claim.verdict]}: “${claim.raw}”`;
      return claim.verdict === 'not-found' ? verdict : `${verdict}; the source says ${describeSource(claim)} [${citationOf(knowledge, claim)}] [${claim.source.passageId}]`;
    })
    .join('\n');
}

/**
 * One line a claim, the verdict in bold and the source cited; every text escaped, within Discord's limits.
 * `buttons` go under a reply that has claims.
 */
export function renderCheck(knowledge: Knowledge, result: CheckResult, isPrivate: boolean, buttons: readonly ButtonSpec[] = []): DiscordReply {
  if (result.claims.length === 0) return textReply('I found no figures or dates to check in that message.', { private: isPrivate });
  const lines = result.claims.map((claim) => {
    const quoted = `**${VERDICT_WORDS[claim.verdict]}** — “${escapeText(fitText(claim.raw, CLAIM_CHARS))}”`;
    if (claim.verdict === 'not-found') return quoted;
    const source = knowledge.passageById.get(claim.source.passageId);
    const link = source?.citation.url === undefined ? '' : ` <${source.citation.url}>`;
    return `${quoted}: the source says **${escapeText(describeSource(claim))}** (${escapeText(citationOf(knowledge, claim))} · ${escapeText(claim.source.passageId)})${link}`;
  });
  return { ...textReply(lines.join('\n'), { private: isPrivate }), components: buttonRows(buttons) };
}
