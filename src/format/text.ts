import type { Answer } from '../core/answer.ts';
import type { CiteResult, TimelineQuery } from '../core/browse.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { ReloadResult } from '../core/store.ts';
import type { Citation, Figure, Passage, TimelineEntry } from '../core/types.ts';
import { helpTopics, type CommandSpec } from './command-spec.ts';
import { excerptOfMatch } from './excerpt.ts';
import { describeCitation, describeDate, describeFigureValue, describeReload } from './describe.ts';

/** Plain-text renderers for the console: readable in any terminal, every passage with its citation. */

/** A "might be related" passage is shown this long, around the words it shares with the question. */
const RELATED_EXCERPT_CHARS = 200;

export function renderAnswerText(knowledge: Knowledge, answer: Answer): string {
  switch (answer.kind) {
    case 'invalid':
      return answer.message;
    case 'no-match':
      return [
        answer.related.length > 0 ? `That isn't in my documents: nothing holds enough of "${answer.query}" to quote as the answer.` : `Nothing in the knowledge base matches "${answer.query}".`,
        ...(answer.suggestions.length > 0 ? [`Did you mean: ${answer.suggestions.map((s) => `"${s}"`).join(', ')}?`] : []),
        ...(answer.related.length > 0 ? ['Might be related (not an answer):'] : []),
        ...answer.related.map((result) => `  - ${excerptOfMatch(result.passage.text, result.matchedStems, RELATED_EXCERPT_CHARS)} [${result.passage.id}]`),
      ].join('\n');
    case 'answer': {
      const lines: string[] = [];
      if (answer.corrections.length > 0) {
        lines.push(`(searched for ${answer.corrections.map((c) => `"${c.correctedTo}" for "${c.typed}"`).join(', ')})`);
      }
      const facts = [
        ...answer.figures.map((figure) => `• ${describeFigureValue(figure)}: ${figure.text} ${citationOf(knowledge, figure.passageId)}`),
        ...answer.timeline.map((entry) => `• ${describeDate(entry)}: ${entry.text} ${citationOf(knowledge, entry.passageId)}`),
      ];
      // "How many" leads with figures and "when" with dates: the fact first, then the passages.
      const factsFirst = answer.intent === 'quantity' || answer.intent === 'date';
      if (factsFirst && facts.length > 0) lines.push(...facts, '');
      answer.results.forEach((result, index) => {
        const text = result.passage.role === 'code' ? indent(result.passage.text) : result.passage.text;
        lines.push(`${answer.offset + index + 1}. ${text}`, `   — ${describeCitation(result.passage.citation)} [${result.passage.id}]${linkOf(result.passage.citation)}`);
      });
      if (!factsFirst && facts.length > 0) lines.push('', ...facts);
      if (answer.offset + answer.results.length < answer.total) {
        lines.push('', `(${answer.total - answer.offset - answer.results.length} more results)`);
      }
      return lines.join('\n');
    }
  }
}

function citationOf(knowledge: Knowledge, passageId: string): string {
  const passage = knowledge.passageById.get(passageId);
  return passage === undefined ? '' : `[${describeCitation(passage.citation)}]${linkOf(passage.citation)}`;
}

/** " <https://…#anchor>" when the document has a url. */
function linkOf(citation: Citation): string {
  return citation.url === undefined ? '' : ` <${citation.url}>`;
}

/** A code block in a terminal: on its own lines, indented, so it reads as code. */
function indent(code: string): string {
  return `\n${code.split('\n').map((line) => `      ${line}`).join('\n')}`;
}

export function renderFiguresText(knowledge: Knowledge, figures: readonly Figure[], topic?: string): string {
  if (figures.length === 0) return topic === undefined ? 'No figures in the knowledge base.' : `No figures about "${topic}".`;
  return figures
    .map((figure) => `• ${describeFigureValue(figure)} — ${figure.measure}\n  ${figure.text} ${citationOf(knowledge, figure.passageId)}`)
    .join('\n');
}

export function renderTimelineText(knowledge: Knowledge, result: TimelineQuery): string {
  if (result.kind === 'invalid') return result.message;
  if (result.entries.length === 0) return 'No timeline entries match.';
  return result.entries.map((entry: TimelineEntry) => `• ${describeDate(entry)}\n  ${entry.text} ${citationOf(knowledge, entry.passageId)}`).join('\n');
}

export function renderCiteText(result: CiteResult): string {
  if (result.kind === 'not-found') {
    return [`No passage has the id "${result.id}".`, ...(result.suggestions.length > 0 ? [`Try: ${result.suggestions.join(', ')}`] : [])].join('\n');
  }
  const show = (passage: Passage, marker: string) => `${marker} [${passage.id}] ${passage.text}`;
  return [
    ...result.before.map((passage) => show(passage, ' ')),
    show(result.passage, '>'),
    ...result.after.map((passage) => show(passage, ' ')),
    `— ${describeCitation(result.passage.citation as Citation)}${linkOf(result.passage.citation)}`,
  ].join('\n');
}

export function renderReloadText(result: ReloadResult): string {
  return describeReload(result).join('\n');
}

/** What docent knows and the console's commands, as the command table declares them. */
export function renderHelpText(knowledge: Knowledge, loadedAt: Date, commands: readonly CommandSpec[]): string {
  return [
    `docent knows ${knowledge.documents.length} document(s): ${knowledge.documents.map((d) => d.meta.title).join('; ')}`,
    `${knowledge.passages.length} passages, ${knowledge.figures.length} figures, ${knowledge.timeline.length} timeline entries; loaded ${loadedAt.toISOString()}.`,
    '',
    'Type a question, or:',
    ...helpTopics(commands, 'console', knowledge).map(
      (topic) => `  ${topic.usage.padEnd(34)} ${topic.description}${topic.example === undefined ? '' : `, e.g. ${topic.example}`}`,
    ),
    '  /quit                              leave the console',
  ].join('\n');
}
