import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer } from '../core/answer.ts';
import type { CiteResult } from '../core/browse.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { ReloadResult } from '../core/store.ts';
import type { Figure, Passage, TimelineEntry } from '../core/types.ts';
import { helpTopics, type CommandSpec } from './command-spec.ts';
import { describeCitation, describeDate, describeFigureValue, describeReload } from './describe.ts';
import { codeBlock, DISCORD_LIMITS, escapeText, escapeWithBold, fitText, suppressLinkPreviews } from './discord-text.ts';
import { excerptAround, excerptOfMatch, matchedSpans } from './excerpt.ts';

/**
 * The one renderer of Discord replies. Every reply it makes has `allowedMentions: { parse: [] }`,
 * escapes every text that came from a user or a document, and keeps to Discord's limits by trimming
 * with a visible "…" (then `fitReply` checks the whole once more).
 */
export interface DiscordReply {
  readonly content?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  readonly allowedMentions: { readonly parse: [] };
  /** Only to the person who asked (an ephemeral interaction reply; in a DM every reply is private anyway). */
  readonly private: boolean;
  readonly flags?: MessageFlags.SuppressEmbeds;
  /** Files sent with the reply (a chart, the gaps' CSV export), shown above its embeds. */
  readonly files?: readonly ReplyFile[];
}

/** A file attached to a reply: its bytes, the name Discord shows, and a description (alt text). */
export interface ReplyFile {
  readonly attachment: Buffer;
  readonly name: string;
  readonly description?: string;
}

/** A button the caller wants on a reply: the caller owns what its custom id means. */
export interface ButtonSpec {
  readonly customId: string;
  readonly label: string;
  readonly style?: ButtonStyle.Primary | ButtonStyle.Secondary;
}

/** The brand colour of docent's embeds. */
const EMBED_COLOUR = 0x3b82f6;
/** The quoted passage of an answer is cut around the matched words to this length. */
const ANSWER_EXCERPT_CHARS = 1800;
/** How much of a figure's or entry's sentence a list shows. */
const LIST_SENTENCE_CHARS = 220;

export function textReply(text: string, options: { private?: boolean } = {}): DiscordReply {
  return {
    content: fitText(suppressLinkPreviews(text), DISCORD_LIMITS.content),
    allowedMentions: { parse: [] },
    private: options.private ?? false,
    flags: MessageFlags.SuppressEmbeds,
  };
}

/** An embed reply with the brand colour, its buttons in rows, kept within Discord's limits. */
export function embedReply(embed: APIEmbed, buttons: readonly ButtonSpec[], isPrivate: boolean): DiscordReply {
  return fitReply({
    embeds: [{ color: EMBED_COLOUR, ...embed }],
    components: buttonRows(buttons),
    allowedMentions: { parse: [] },
    private: isPrivate,
  });
}

/** Where a document's text came from: its short content hash and when it was indexed (ISO 8601). */
export interface Provenance {
  readonly hash: string;
  readonly indexedAt: string;
}

/** The provenance of a document by its slug; undefined when it is not known (the footer then names the document alone). */
export type ProvenanceOf = (document: string) => Provenance | undefined;

/** "2026-12-01 19:40 UTC": footers show no Discord timestamps, so a fixed, unambiguous form. */
function describeIndexedAt(iso: string): string {
  let described = indexedAtTexts.get(iso);
  if (described === undefined) {
    const date = new Date(iso);
    described = Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    if (indexedAtTexts.size >= MAX_INDEXED_AT_TEXTS) indexedAtTexts.clear();
    indexedAtTexts.set(iso, described);
  }
  return described;
}

/** `describeIndexedAt`'s texts by ISO time: every answer's footer formats one of a few documents' times, and parsing a date was a tenth of rendering. */
const indexedAtTexts = new Map<string, string>();
/** Past this many the texts are cleared: a knowledge has as many times as documents. */
const MAX_INDEXED_AT_TEXTS = 10_000;

/** The footer's provenance line: "Source: notes · hash 3f2a9c01b4de · indexed 2026-12-01 19:40 UTC". */
function describeProvenance(document: string, provenanceOf: ProvenanceOf | undefined): string {
  const known = provenanceOf?.(document);
  return `Source: ${document}${known === undefined ? '' : ` · hash ${known.hash} · indexed ${describeIndexedAt(known.indexedAt)}`}`;
}

/** The best passage of an answer page, quoted with the matched words in bold, and what bears on it. */
export function renderAnswer(answer: Answer, buttons: readonly ButtonSpec[], isPrivate: boolean, provenanceOf?: ProvenanceOf): DiscordReply {
  if (answer.kind === 'invalid') return textReply(answer.message, { private: true });
  if (answer.kind === 'no-match') {
    const suggestions = answer.suggestions.map((suggestion) => `“${escapeText(suggestion)}”`).join(', ');
    const related = answer.related.map((result) => `• ${escapeText(excerptOfMatch(result.passage.text, result.matchedStems, 200))} (${escapeText(result.passage.id)})`);
    return textReply(
      (related.length > 0
        ? `That isn't in my documents: nothing in them holds enough of “${escapeText(answer.query)}” to quote as the answer.`
        : `Nothing in the knowledge base matches “${escapeText(answer.query)}”, so I have no passage to quote.`) +
        (suggestions ? `\nDid you mean: ${suggestions}?` : '') +
        (related.length > 0 ? `\n**Might be related** (not an answer):\n${related.join('\n')}` : ''),
      { private: true },
    );
  }
  const result = answer.results[0];
  if (result === undefined) return textReply('No more results.', { private: true });
  const spans = matchedSpans(result.passage.text, result.matchedStems);
  const excerpt = excerptAround(result.passage.text, spans, ANSWER_EXCERPT_CHARS);
  const corrections = answer.corrections.map((c) => `“${escapeText(c.correctedTo)}” for “${escapeText(c.typed)}”`).join(', ');
  const description = [
    ...(corrections ? [`*Searched for ${corrections}.*`] : []),
    // Code is shown as code, whole lines of it, not escaped into one quoted line.
    result.passage.role === 'code' ? codeBlock(result.passage.text, result.passage.language, ANSWER_EXCERPT_CHARS) : `> ${escapeWithBold(excerpt.text, excerpt.spans)}`,
  ].join('\n');

  const figures = answer.figures.map((figure) => `• **${escapeText(describeFigureValue(figure))}** — ${escapeText(figure.measure)}`);
  const dates = answer.timeline.map((entry) => `• **${escapeText(describeDate(entry))}** — ${escapeText(fitText(entry.text, 160))}`);
  const figureField = listField('Figures', figures);
  const timelineField = listField('Timeline', dates);
  const fields = answer.intent === 'date' ? [timelineField, figureField] : [figureField, timelineField];

  return embedReply(
    {
      title: escapeText(answer.query),
      ...linkTo(result.passage),
      description,
      fields: fields.filter((field): field is APIEmbedField => field !== null),
      footer: {
        text:
          `${describeCitation(result.passage.citation)} · ${result.passage.id} · result ${answer.offset + 1} of ${answer.total}\n` +
          describeProvenance(result.passage.citation.document, provenanceOf),
      },
    },
    buttons,
    isPrivate,
  );
}

/** The embed's title links to the passage's source (at its heading) when the document has a url. */
function linkTo(passage: Passage): { url?: string } {
  return passage.citation.url === undefined ? {} : { url: passage.citation.url };
}

function listField(name: string, lines: readonly string[]): APIEmbedField | null {
  return lines.length === 0 ? null : { name, value: fitText(lines.join('\n'), DISCORD_LIMITS.fieldValue) };
}

/**
 * One page of a list of figures or timeline entries, each with its sentence and citation. The footer
 * names the provenance of each document the page quotes, once, in the order they first appear: a page
 * holds at most a handful of items, so a line per document stays far below the footer's limit.
 */
export function renderListPage<T extends Figure | TimelineEntry>(
  knowledge: Knowledge,
  page: { title: string; items: readonly T[]; pageNumber: number; pageCount: number; total: number; emptyText: string },
  describe: (item: T) => string,
  buttons: readonly ButtonSpec[],
  provenanceOf?: ProvenanceOf,
): DiscordReply {
  if (page.total === 0) return textReply(page.emptyText, { private: true });
  const passages = page.items.map((item) => knowledge.passageById.get(item.passageId));
  const documents = new Set(passages.flatMap((passage) => (passage === undefined ? [] : [passage.citation.document])));
  const lines = page.items.map((item, index) => {
    const passage = passages[index];
    const place = passage === undefined ? '' : `¶${passage.citation.paragraph}, line ${passage.citation.line}`;
    const where = passage === undefined ? '' : ` · ${passage.citation.url === undefined ? place : `[${place}](<${passage.citation.url}>)`}`;
    return `**${escapeText(describe(item))}**\n> ${escapeText(fitText(item.text, LIST_SENTENCE_CHARS))}${where}`;
  });
  return embedReply(
    {
      title: escapeText(page.title),
      description: fitText(lines.join('\n\n'), DISCORD_LIMITS.embedDescription),
      footer: { text: [`Page ${page.pageNumber} of ${page.pageCount} · ${page.total} in all`, ...[...documents].map((document) => describeProvenance(document, provenanceOf))].join('\n') },
    },
    buttons,
    false,
  );
}

/** "638.6 billion yuan (2022) — total investment" */
export const describeFigureLine = (figure: Figure): string => `${describeFigureValue(figure)} — ${figure.measure}`;
/** "2021-10-21 — past" */
export const describeTimelineLine = (entry: TimelineEntry): string => describeDate(entry);

/** A passage with its neighbours: the passage quoted in full, the neighbours shortened. */
export function renderCite(result: CiteResult, isPrivate: boolean, provenanceOf?: ProvenanceOf): DiscordReply {
  if (result.kind === 'not-found') {
    const suggestions = result.suggestions.map((id) => `\`${escapeText(id)}\``).join(', ');
    return textReply(`No passage has the id “${escapeText(result.id)}”.${suggestions ? ` Try: ${suggestions}` : ''}`, { private: true });
  }
  const neighbour = (passage: Passage, label: string): APIEmbedField => ({
    name: `${label} · ¶${passage.citation.paragraph} · ${escapeText(passage.id)}`,
    value: passage.role === 'code' ? codeBlock(passage.text, passage.language, DISCORD_LIMITS.fieldValue) : fitText(escapeText(passage.text), DISCORD_LIMITS.fieldValue),
  });
  const quoted = result.passage.role === 'code'
    ? codeBlock(result.passage.text, result.passage.language, DISCORD_LIMITS.embedDescription)
    : fitText(`> ${escapeText(result.passage.text)}`, DISCORD_LIMITS.embedDescription);
  return embedReply(
    {
      title: escapeText(result.passage.id),
      ...linkTo(result.passage),
      description: quoted,
      fields: [...result.before.map((p) => neighbour(p, 'Before')), ...result.after.map((p) => neighbour(p, 'After'))],
      footer: { text: `${describeCitation(result.passage.citation)}\n${describeProvenance(result.passage.citation.document, provenanceOf)}` },
    },
    [],
    isPrivate,
  );
}

/**
 * The reload report: one block per shard when the bot is sharded, then `byHash`, the documents added,
 * changed and removed by content hash (already rendered, `describeHashChanges`).
 */
export function renderReload(results: readonly { readonly shard: number | null; readonly result: ReloadResult }[], byHash: readonly string[] = []): DiscordReply {
  const blocks = results.map(({ shard, result }) => {
    const lines = describeReload(result).map(escapeText);
    return shard === null ? lines.join('\n') : [`**Shard ${shard}**`, ...lines].join('\n');
  });
  return textReply([...blocks, ...(byHash.length === 0 ? [] : [byHash.join('\n')])].join('\n\n'), { private: true });
}

/** What docent knows (from the knowledge in service) and the commands, as the command table declares them. */
/** What help adds about where it is read: each document's provenance, and whether the reader manages the base here (a bot admin in a DM). */
export interface HelpContext {
  readonly provenanceOf?: ProvenanceOf;
  readonly managesBase?: boolean;
}

export function renderHelp(knowledge: Knowledge, loadedAt: Date, commands: readonly CommandSpec[], where: HelpContext = {}): DiscordReply {
  const { provenanceOf } = where;
  const titles = knowledge.documents
    .map((document) => {
      const known = provenanceOf?.(document.slug);
      return `• ${escapeText(document.meta.title)}${known === undefined ? '' : ` · \`${document.slug}\` · hash \`${known.hash}\` · indexed ${describeIndexedAt(known.indexedAt)}`}`;
    })
    .join('\n');
  return embedReply(
    {
      title: 'docent',
      description: fitText(
        `I answer questions from these documents, quoting and citing the passage each answer comes from:\n${titles}\n\n` +
          `${knowledge.passages.length} passages · ${knowledge.figures.length} figures · ${knowledge.timeline.length} timeline entries · ` +
          `loaded <t:${Math.floor(loadedAt.getTime() / 1000)}:R>`,
        DISCORD_LIMITS.embedDescription,
      ),
      fields: [
        {
          name: 'Commands',
          value: helpTopics(commands, 'discord', knowledge)
            .map((topic) => `\`${escapeInlineCode(topic.usage)}\` ${topic.description}${topic.example === undefined ? '' : `, e.g. \`${escapeInlineCode(topic.example)}\``}`)
            .join('\n'),
        },
        { name: 'In a direct message', value: 'Send me a question as a plain message, or `help`.' },
        { name: 'In a server', value: 'Mention me followed by a question and I answer it as a reply; a mention alone shows this help.' },
        ...(where.managesBase === true
          ? [{ name: 'You manage the base', value: "You are one of the bot's admins: here in a DM, `/knowledge` adds to and removes from the base, which every server is answered from." }]
          : []),
      ],
    },
    [],
    true,
  );
}

/** Text for inside a `code span`: markdown is not read there, but a backtick would end it. */
function escapeInlineCode(text: string): string {
  return text.replace(/`/g, 'ˋ');
}

/** What a user sees when a handler fails: short, private, with the id the log has. */
export function renderFailure(referenceId: string): DiscordReply {
  return textReply(`Something went wrong on my side. If it keeps happening, give the admins this reference: \`${referenceId}\`.`, { private: true });
}

export function buttonRows(buttons: readonly ButtonSpec[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let start = 0; start < buttons.length && rows.length < DISCORD_LIMITS.actionRows; start += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(start, start + DISCORD_LIMITS.buttonsPerRow).map((button) => ({
        type: ComponentType.Button,
        custom_id: button.customId.slice(0, DISCORD_LIMITS.customId),
        label: fitText(button.label, DISCORD_LIMITS.buttonLabel),
        style: button.style ?? ButtonStyle.Secondary,
      })),
    });
  }
  return rows;
}

/**
 * Keeps a reply within Discord's limits whatever went into it: each embed part cut to its limit,
 * at most 25 fields, then fields dropped from the end and the description shortened until the
 * embed's whole text fits in 6000 characters.
 */
export function fitReply(reply: DiscordReply): DiscordReply {
  const embeds = reply.embeds?.slice(0, 10).map(fitEmbed);
  return {
    ...reply,
    ...(reply.content === undefined ? {} : { content: fitText(reply.content, DISCORD_LIMITS.content) }),
    ...(embeds === undefined ? {} : { embeds }),
  };
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    ...(embed.title === undefined ? {} : { title: fitText(embed.title, DISCORD_LIMITS.embedTitle) }),
    ...(embed.description === undefined ? {} : { description: fitText(embed.description, DISCORD_LIMITS.embedDescription) }),
    ...(embed.footer === undefined ? {} : { footer: { ...embed.footer, text: fitText(embed.footer.text, DISCORD_LIMITS.footer) } }),
    fields: (embed.fields ?? []).slice(0, DISCORD_LIMITS.embedFields).map((field) => ({
      ...field,
      name: fitText(field.name, DISCORD_LIMITS.fieldName),
      value: fitText(field.value, DISCORD_LIMITS.fieldValue),
    })),
  };
  while (embedLength(fitted) > DISCORD_LIMITS.embedTotal && (fitted.fields?.length ?? 0) > 0) fitted.fields = fitted.fields?.slice(0, -1) ?? [];
  const excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && fitted.description !== undefined) fitted.description = fitText(fitted.description, Math.max(1, fitted.description.length - excess));
  return fitted;
}

/** The characters Discord counts toward an embed's 6000. */
function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}
