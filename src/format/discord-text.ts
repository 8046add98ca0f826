import { sliceWhole } from '../core/search/words.ts';
import type { Span } from './excerpt.ts';

/** Discord's limits on one message, from its API documentation. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Files on one message, and the bytes of each (10 MiB for a bot's upload to a server without boosts). */
  attachments: 10,
  attachmentBytes: 10 * 1024 * 1024,
} as const;

const ELLIPSIS = '…';

/**
 * Makes any text safe to show: markdown escaped, and mentions, everyone/here pings and invite-style
 * tokens broken with a zero-width space, so they show as typed and never format or ping.
 */
export function escapeText(text: string): string {
  // Most of a passage's text holds nothing to escape: one pass to see that, instead of the five replacing passes.
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text
    .replace(INLINE_MARKS, '\\$&')
    .replace(LINE_START_NUMBER, '$1$2\\.')
    .replace(LINE_START_MARK, '$1\\$2')
    .replace(/@(everyone|here)/giu, '@\u200b$1')
    .replace(/<([@#:&/]|a:)/gu, '<\u200b$1');
}

/**
 * Discord's markdown marks. A backslash before any of them shows the character as typed. (discord.js's
 * escapeMarkdown does this too, but its look-behinds cost a tenth of the bot's time under load.)
 */
const INLINE_MARKS = /[\\*_~`|[\]]/g; // emphasis, strike-through, code, spoilers, masked links
const LINE_START_MARK = /^(\s*)([>#+-])/gm; // quotes, headings, list items and subtext at a line's start
const LINE_START_NUMBER = /^(\s*)(\d+)\./gm; // numbered list items
/**
 * Matches wherever one of `escapeText`'s replacements would: a mark of `INLINE_MARKS`, an `@` (everyone, here), a `<`
 * (mentions and the like), or a line that starts as `LINE_START_MARK` or `LINE_START_NUMBER` do. Text it does not
 * match is returned as it is.
 */
const MAY_NEED_ESCAPING = /[\\*_~`|[\]@<]|^\s*(?:[>#+-]|\d+\.)/m;

/** Escapes text and bolds the spans (matched question words) in it. */
export function escapeWithBold(text: string, spans: readonly Span[]): string {
  let output = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    output += `${escapeText(text.slice(cursor, span.start))}**${escapeText(text.slice(span.start, span.end))}**`;
    cursor = span.end;
  }
  return output + escapeText(text.slice(cursor));
}

/**
 * Cuts text to a limit with a visible "…". Cuts at a line or word end when one is near, and never
 * inside a `**` pair or an escape, so the markdown stays balanced.
 */
export function fitText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = sliceWhole(text, limit - ELLIPSIS.length);
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (boundary > cut.length - 40) cut = cut.slice(0, boundary);
  cut = cut.replace(/\\+$/u, '');
  if ((cut.match(/\*\*/g)?.length ?? 0) % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('**'));
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Wraps links in <…> so Discord shows no preview for them. */
export function suppressLinkPreviews(text: string): string {
  return text.replace(/(?<!<)\bhttps?:\/\/[^\s<>]+/giu, (url) => `<${url}>`);
}

/**
 * A code block as Discord shows it: fenced, with its language when it has a plain name, cut at a line
 * end to fit `limit` characters fence included (a "…" line says so). Code is not escaped, it shows as
 * written; a "```" inside it is broken with zero-width spaces so it cannot close the fence early.
 */
export function codeBlock(code: string, language: string | undefined, limit: number): string {
  const name = language !== undefined && /^[\w+#.-]{1,20}$/.test(language) ? language : '';
  const open = `\`\`\`${name}\n`;
  const close = '\n```';
  let body = code.replace(/```/g, '`\u200b`\u200b`');
  const room = limit - open.length - close.length;
  if (body.length > room) {
    const cut = sliceWhole(body, Math.max(0, room - 2));
    const lineEnd = cut.lastIndexOf('\n');
    body = `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}\n${ELLIPSIS}`;
  }
  return `${open}${body}${close}`;
}
