import { DEFAULT_ENGINE_OPTIONS, type PassageOptions } from '../options.ts';
import { cutMarkdownPassages, isMarkdownFile } from './markdown.ts';
import { passageIdsFor } from './passage-id.ts';
import { splitSentences } from './sentences.ts';
import type { KnowledgeDocument, Passage, PassageRole } from '../types.ts';

const BULLET = /^[◆◇●•▪■*+-]\s*/u;
const LEAD = /^(——|—|--)\s*/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** Lines of text between blank lines (or paragraph starts), with the file line of the first. */
interface Block {
  readonly lines: string[];
  readonly line: number;
}

/**
 * Cuts a document into paragraph-level passages. Markdown (`.md`, `.markdown`, `.mdx`) is parsed as
 * Markdown (`cutMarkdownPassages`). Plain text: blank lines separate paragraphs; within a block,
 * a line that starts with indentation, a bullet, a lead or a heading mark starts a new one; hard-wrapped
 * lines are joined. Leads ("——") and headings become the `section` of what follows. Duplicates are
 * marked separately (`markNearDuplicates`), across the whole knowledge base. Lengths: `PassageOptions`.
 */
export function cutPassages(document: KnowledgeDocument, options: PassageOptions = DEFAULT_ENGINE_OPTIONS.passages): Passage[] {
  return isMarkdownFile(document.file) ? cutMarkdownPassages(document, options) : cutTextPassages(document, options);
}

/** Plain text (`.txt`): the rules above, line by line. */
function cutTextPassages(document: KnowledgeDocument, options: PassageOptions): Passage[] {
  const passages: Passage[] = [];
  const idOf = passageIdsFor(document);
  let section: string | null = null;
  for (const block of splitBlocks(document.body, document.bodyLine)) {
    const joined = block.lines.join(' ');
    const { role, text, offset } = classify(joined, options.maxHeadingChars);
    if (role === 'lead' || role === 'heading') section = text;
    for (const piece of cutLongText(text, options)) {
      const paragraph = passages.length + 1;
      passages.push({
        id: idOf(piece.text),
        citation: {
          document: document.slug,
          title: document.meta.title,
          line: block.line + lineIndexAt(block.lines, offset + piece.start),
          paragraph,
        },
        section: role === 'lead' || role === 'heading' ? null : section,
        role,
        text: piece.text,
        nearDuplicates: [],
        duplicateOf: null,
      });
    }
  }
  return passages;
}

function splitBlocks(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  body.split(/\r?\n/).forEach((rawLine, index) => {
    if (rawLine.trim().length === 0) {
      current = null;
      return;
    }
    if (current === null || startsNewParagraph(rawLine)) {
      current = { lines: [], line: firstLine + index };
      blocks.push(current);
    }
    current.lines.push(rawLine.trim());
  });
  return blocks;
}

function startsNewParagraph(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed !== line || BULLET.test(trimmed) || LEAD.test(trimmed) || MARKDOWN_HEADING.test(trimmed);
}

/** The passage's role, its text without the structural mark, and how many characters the mark took. */
function classify(joined: string, maxHeadingChars: number): { role: PassageRole; text: string; offset: number } {
  const stripped = (mark: RegExp, role: PassageRole) => {
    const length = mark.exec(joined)?.[0].length ?? 0;
    return { role, text: joined.slice(length), offset: length };
  };
  if (MARKDOWN_HEADING.test(joined)) return stripped(MARKDOWN_HEADING, 'heading');
  if (LEAD.test(joined)) return stripped(LEAD, 'lead');
  if (BULLET.test(joined) && /\p{L}/u.test(joined.replace(BULLET, ''))) return stripped(BULLET, 'bullet');
  // A short line without closing punctuation is a title; a short line that only asks ("Why choose
  // Zhejiang?") introduces the paragraphs that answer it, so it names their section too.
  const isShort = joined.length <= maxHeadingChars && /^\p{Lu}/u.test(joined);
  const isHeading = isShort && (!/[.!?。:;,"”…]$/u.test(joined) || /^[^.!]*\?$/u.test(joined));
  return { role: isHeading ? 'heading' : 'paragraph', text: joined, offset: 0 };
}

/** Which of the block's lines holds a character offset of the lines joined with single spaces. */
function lineIndexAt(lines: readonly string[], offset: number): number {
  let lineStart = 0;
  for (let index = 0; index < lines.length; index += 1) {
    lineStart += (lines[index]?.length ?? 0) + 1;
    if (offset < lineStart) return index;
  }
  return Math.max(0, lines.length - 1);
}

/** Cuts text over `maxChars` into pieces of about `targetChars`, at sentence ends. */
export function cutLongText(text: string, options: PassageOptions): { text: string; start: number }[] {
  if (text.length <= options.maxChars) return [{ text, start: 0 }];
  const pieces: { text: string; start: number }[] = [];
  let pieceStart = 0;
  let pieceEnd = 0;
  for (const sentence of splitSentences(text)) {
    const sentenceEnd = sentence.start + sentence.text.length;
    if (sentenceEnd - pieceStart > options.targetChars && pieceEnd > pieceStart) {
      pieces.push({ text: text.slice(pieceStart, pieceEnd).trim(), start: pieceStart });
      pieceStart = sentence.start;
    }
    pieceEnd = sentenceEnd;
  }
  pieces.push({ text: text.slice(pieceStart).trim(), start: pieceStart });
  // A single sentence longer than the limit (no punctuation at all) is cut at word boundaries.
  return pieces.flatMap((piece) => (piece.text.length > options.maxChars ? cutAtWords(piece, options.targetChars) : [piece]));
}

function cutAtWords(piece: { text: string; start: number }, targetChars: number): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  while (start < piece.text.length) {
    let end = Math.min(piece.text.length, start + targetChars);
    const space = piece.text.lastIndexOf(' ', end);
    if (end < piece.text.length && space > start) end = space;
    pieces.push({ text: piece.text.slice(start, end).trim(), start: piece.start + start });
    start = end;
  }
  return pieces.filter((cut) => cut.text.length > 0);
}
