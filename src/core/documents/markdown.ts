import GithubSlugger from 'github-slugger';
import { Lexer, type Token, type Tokens } from 'marked';
import type { Citation, KnowledgeDocument, Passage, PassageRole } from '../types.ts';
import type { PassageOptions } from '../options.ts';
import { passageIdsFor } from './passage-id.ts';
import { cutLongText } from './passages.ts';
import { lastAtOrBefore } from '../binary-search.ts';

/**
 * Markdown read as Markdown, with marked's lexer (GFM: tables, strike-through, autolinks). The lexer
 * was chosen over the unified/mdast family for speed: on 12 READMEs from node_modules (262 kB) it
 * tokenised in 82 ms against 2.4 s, with the same block structure; its tokens' `raw` texts add up to
 * the source exactly, which gives every passage its line.
 *
 * What becomes a passage:
 * - a paragraph, however it is wrapped or indented, as one passage of plain text: link text kept,
 *   link targets, images (and so badges), raw HTML and comments dropped;
 * - a list item with the items nested under it (a list whose items are all short is one passage);
 * - a table row, each cell with its column header ("Port: 25575 · Use: RCON");
 * - a code block, whole (`role: 'code'`): shown as code, never a source of figures or dates.
 * Headings are not passages: they give the section ("Installation › Requirements") and the anchor a
 * citation links to.
 */

/** The separator of a heading path, and of the cells of a table row. */
export const SECTION_SEPARATOR = ' › ';
const CELL_SEPARATOR = ' · ';
/** A list whose items are all at most this long reads as one passage ("chalk · kleur · picocolors"). */
const SHORT_ITEM_CHARS = 60;
/** A paragraph this short that leads into what follows ("Example:") is joined to it. */
const LEAD_IN_CHARS = 40;
/** A paragraph shorter than this ("**Shapeshift**") is joined to what follows in its section. */
const MIN_PASSAGE_CHARS = 25;
/** The extensions read as Markdown; any other document is plain text. */
const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx'];

export function isMarkdownFile(file: string): boolean {
  const dot = file.lastIndexOf('.');
  return dot >= 0 && MARKDOWN_EXTENSIONS.includes(file.slice(dot).toLowerCase());
}

/** Text of a passage to be, with the body offset it starts at. */
interface Piece {
  readonly role: PassageRole;
  readonly text: string;
  readonly offset: number;
  readonly language?: string;
}

interface Section {
  readonly path: string | null;
  readonly anchor: string | null;
}

/**
 * The first heading's plain text, for a title: the first `#` heading, else the first heading of any
 * level (a README that opens with HTML has its title there and its first `##` is "Getting started").
 * Null when the document has none.
 */
export function firstMarkdownHeading(body: string): string | null {
  let first: string | null = null;
  for (const token of lex(body.replace(/\r\n?/g, '\n'))) {
    if (token.type !== 'heading') continue;
    const text = inlineText((token as Tokens.Heading).tokens);
    if (text.length === 0) continue;
    if ((token as Tokens.Heading).depth === 1) return text;
    first ??= text;
  }
  return first;
}

/** Cuts a Markdown document into passages; see the module comment for what each becomes. */
export function cutMarkdownPassages(document: KnowledgeDocument, options: PassageOptions): Passage[] {
  const idOf = passageIdsFor(document);
  const body = document.body.replace(/\r\n?/g, '\n');
  const lineStarts = lineStartsOf(body);
  const slugger = new GithubSlugger();
  const headings: string[] = [];
  let section: Section = { path: null, anchor: null };
  const passages: Passage[] = [];
  let leadIn: Piece | null = null;

  const emit = (piece: Piece): void => {
    let current = piece;
    let caption: string | null = null;
    // "Example:" and the like say what the next passage is: they go with it rather than alone. Code
    // and table rows keep their own text, so the lead-in names their section instead.
    if (leadIn !== null) {
      if (current.role === 'paragraph' || current.role === 'bullet') current = { ...current, text: `${leadIn.text} ${current.text}`, offset: leadIn.offset };
      else caption = leadIn.text.replace(/:$/, '');
      leadIn = null;
    }
    if (caption === null) pushPassage(current);
    else {
      const kept = section;
      section = { ...section, path: section.path === null ? caption : `${section.path}${SECTION_SEPARATOR}${caption}` };
      pushPassage(current);
      section = kept;
    }
  };
  const pushPassage = (piece: Piece): void => {
    const pieces = piece.role === 'code' ? [{ text: piece.text, start: 0 }] : cutLongText(piece.text, options);
    for (const cut of pieces) {
      const paragraph = passages.length + 1;
      const line = document.bodyLine + lastAtOrBefore(lineStarts, piece.offset);
      const citation: Citation = {
        document: document.slug,
        title: document.meta.title,
        line,
        paragraph,
        ...(section.path === null ? {} : { section: section.path }),
        ...(document.meta.url === undefined ? {} : { url: section.anchor === null ? document.meta.url : `${withoutFragment(document.meta.url)}#${section.anchor}` }),
      };
      passages.push({
        id: idOf(cut.text),
        citation,
        section: section.path,
        role: piece.role,
        text: cut.text,
        ...(piece.language === undefined ? {} : { language: piece.language }),
        nearDuplicates: [],
        duplicateOf: null,
      });
    }
  };
  const flushLeadIn = (): void => {
    if (leadIn !== null) pushPassage(leadIn);
    leadIn = null;
  };

  const visit = (tokens: readonly Token[], base: number): void => {
    let cursor = base;
    for (const token of tokens) {
      const offset = cursor;
      cursor += token.raw.length;
      switch (token.type) {
        case 'heading': {
          flushLeadIn();
          const heading = token as Tokens.Heading;
          const text = inlineText(heading.tokens);
          headings.length = Math.min(headings.length, heading.depth - 1);
          while (headings.length < heading.depth - 1) headings.push('');
          headings.push(text);
          // A document's one `#` heading is its title, in every citation already: the path starts below it.
          const path = headings.filter((part, index) => part.length > 0 && !(index === 0 && titleHeadings === 1)).join(SECTION_SEPARATOR);
          section = { path: path.length > 0 ? path : null, anchor: text.length > 0 ? slugger.slug(text) : null };
          break;
        }
        case 'paragraph':
        case 'text': {
          const text = inlineText((token as Tokens.Paragraph).tokens ?? []);
          if (text.length === 0) break;
          if (text.length < MIN_PASSAGE_CHARS || (text.length <= LEAD_IN_CHARS && /:$/.test(text))) {
            flushLeadIn();
            leadIn = { role: 'paragraph', text, offset };
          } else emit({ role: 'paragraph', text, offset });
          break;
        }
        case 'code': {
          const code = token as Tokens.Code;
          const text = code.text.replace(/\s+$/, '');
          if (text.trim().length === 0) break;
          const language = /^[\w+#.-]{1,20}/.exec(code.lang ?? '')?.[0];
          emit({ role: 'code', text, offset, ...(language === undefined ? {} : { language }) });
          break;
        }
        case 'list':
          for (const piece of listPieces(token as Tokens.List, offset)) emit(piece);
          break;
        case 'table':
          for (const piece of tablePieces(token as Tokens.Table, offset)) emit(piece);
          break;
        case 'blockquote':
          visit((token as Tokens.Blockquote).tokens, offset + quotePrefix(token.raw));
          break;
        default:
          // html (comments, badges' markup), hr, space, link definitions: nothing to quote.
          break;
      }
    }
  };
  const tokens = lex(body);
  const titleHeadings = tokens.filter((token) => token.type === 'heading' && (token as Tokens.Heading).depth === 1).length;
  visit(tokens, 0);
  flushLeadIn();
  return passages;
}

function lex(body: string): Token[] {
  return Lexer.lex(body, { gfm: true });
}

/**
 * A list: one passage per item with its nested items; runs of short items are one passage
 * ("chalk · kleur · picocolors"). A table of contents (every item a link to an anchor) is dropped:
 * the headings it lists are the sections themselves.
 */
function listPieces(list: Tokens.List, offset: number): Piece[] {
  if (isTableOfContents(list)) return [];
  const pieces: Piece[] = [];
  let run: { text: string; offset: number }[] = [];
  const flushRun = (): void => {
    if (run.length > 0) pieces.push({ role: 'bullet', text: run.map((item) => item.text).join(CELL_SEPARATOR), offset: run[0]?.offset ?? offset });
    run = [];
  };
  let cursor = 0;
  for (const item of list.items) {
    const at = list.raw.indexOf(item.raw, cursor);
    const itemOffset = offset + (at >= 0 ? at : cursor);
    cursor = at >= 0 ? at + item.raw.length : cursor;
    const text = listItemText(item);
    if (text.length === 0) continue;
    if (text.length <= SHORT_ITEM_CHARS) run.push({ text, offset: itemOffset });
    else {
      flushRun();
      pieces.push({ role: 'bullet', text, offset: itemOffset });
    }
  }
  flushRun();
  return pieces;
}

function isTableOfContents(list: Tokens.List): boolean {
  return list.items.every((item) => {
    const first = item.tokens[0];
    const inline = first !== undefined && 'tokens' in first && Array.isArray(first.tokens) ? (first.tokens as Token[]).filter((t) => t.raw.trim().length > 0) : [];
    return inline.length === 1 && inline[0]?.type === 'link' && (inline[0] as Tokens.Link).href.startsWith('#');
  });
}

/** An item's own text, then its nested items' after "•", all on one line. */
function listItemText(item: Tokens.ListItem): string {
  const parts: string[] = [];
  for (const token of item.tokens) {
    if (token.type === 'list') for (const nested of (token as Tokens.List).items) parts.push(`• ${listItemText(nested)}`);
    else if (token.type === 'code') parts.push((token as Tokens.Code).text.replace(/\s+/g, ' ').trim());
    else if ('tokens' in token && Array.isArray(token.tokens)) parts.push(inlineText(token.tokens as Token[]));
  }
  const text = parts.filter((part) => part.length > 0 && part !== '•').join(' ');
  return item.task ? `${item.checked === true ? '[x]' : '[ ]'} ${text}` : text;
}

/** A row per passage, each cell after its header; a table without header text reads the cells alone. */
function tablePieces(table: Tokens.Table, offset: number): Piece[] {
  const headers = table.header.map((cell) => inlineText(cell.tokens));
  const lines = table.raw.split('\n');
  return table.rows.flatMap((row, index) => {
    const cells = row.map((cell, column) => {
      const text = inlineText(cell.tokens);
      const header = headers[column] ?? '';
      return text.length === 0 ? '' : header.length === 0 ? text : `${header}: ${text}`;
    });
    const text = cells.filter((cell) => cell.length > 0).join(CELL_SEPARATOR);
    // Rows start on the third line of the table (header, delimiter, rows).
    const rowOffset = offset + lines.slice(0, 2 + index).reduce((sum, line) => sum + line.length + 1, 0);
    return text.length === 0 ? [] : [{ role: 'table-row' as const, text, offset: rowOffset }];
  });
}

/** Plain text of inline tokens: emphasis and code spans as their text, link text without its target, images and HTML dropped. */
function inlineText(tokens: readonly Token[]): string {
  return decodeEntities(tokens.map(inlinePart).join('')).replace(/\s+/g, ' ').trim();
}

function inlinePart(token: Token): string {
  switch (token.type) {
    case 'image':
    case 'html':
      return '';
    case 'br':
      return ' ';
    case 'codespan':
    case 'escape':
      return (token as Tokens.Codespan).text;
    default:
      if ('tokens' in token && Array.isArray(token.tokens)) return (token.tokens as Token[]).map(inlinePart).join('');
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0x1f && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;
}

/** Length of a blockquote's leading "> " on its first line, so quoted passages cite their own line. */
function quotePrefix(raw: string): number {
  return /^ {0,3}> ?/.exec(raw)?.[0].length ?? 0;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

