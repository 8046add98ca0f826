/**
 * Measures how Markdown documents are cut into passages, on READMEs of packages docent does not depend on
 * (from node_modules): the share of passages under 25 characters, lone code lines and bare table borders.
 * `npx tsx bench/markdown-passages.ts [README paths…]`
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cutPassages } from '../src/core/documents/passages.ts';
import { parseDocument } from '../src/core/documents/load.ts';
import { answerQuestion } from '../src/core/answer.ts';
import { buildKnowledge } from '../src/core/knowledge.ts';
import type { KnowledgeDocument } from '../src/core/types.ts';

// Installed at the root, or with the benchmark's own packages (flexsearch: bench/node_modules).
const DEFAULT_READMES = ['undici', 'secure-json-parse', 'tinybench', 'magic-string', 'es-module-lexer', 'flexsearch', 'source-map-js', '@sapphire/shapeshift', 'ws', 'fast-check'].map(
  (name) => [`node_modules/${name}/README.md`, `bench/node_modules/${name}/README.md`].find((path) => existsSync(path)) ?? `node_modules/${name}/README.md`,
);

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_READMES;
const documents: KnowledgeDocument[] = [];
let total = 0;
let short = 0;
let loneCode = 0;
let borders = 0;
for (const path of files) {
  const result = parseDocument(path.replace(/^(bench\/)?node_modules\//, ''), await readFile(path));
  if (!('document' in result)) {
    process.stdout.write(`${path}: ${result.problems.map((p) => p.message).join('; ')}\n`);
    continue;
  }
  documents.push(result.document);
  const passages = cutPassages(result.document);
  const shortOnes = passages.filter((p) => p.text.length < 25);
  total += passages.length;
  short += shortOnes.length;
  loneCode += passages.filter((p) => p.role !== 'code' && /^[\s{}()[\];,]*$|^[\w.]+:\s*\d*,?$/.test(p.text)).length;
  borders += passages.filter((p) => /^[\s|:-]+$/.test(p.text)).length;
  process.stdout.write(`${path}: "${result.document.meta.title}" ${passages.length} passages, ${shortOnes.length} under 25 chars${shortOnes.length > 0 ? `: ${shortOnes.slice(0, 6).map((p) => JSON.stringify(p.text)).join(' ')}` : ''}\n`);
}
process.stdout.write(`\n${files.length} documents, ${total} passages, ${short} under 25 characters (${((100 * short) / Math.max(1, total)).toFixed(1)}%), ${loneCode} lone code lines, ${borders} bare table borders\n`);

// Questions whose answers sit in a table row, a code block or a nested list item of the default READMEs.
if (process.argv.slice(2).length === 0) {
  const knowledge = buildKnowledge(documents);
  const questions: readonly [string, string, RegExp][] = [
    ['table row', 'how many requests per second does undici stream reach', /undici - stream/],
    ['table row', 'tolerance of node-fetch benchmark', /node-fetch · Samples/],
    ['code block', 'websocket server with perMessageDeflate zlibDeflateOptions', /perMessageDeflate/],
    ['code block', 'how to broadcast to all connected websocket clients', /wss\.clients/],
    ['nested list item', 'beforeEach hook invoked before each time fn is executed', /beforeEach\?/],
    ['nested list item', 'FnOpts optional functions to set up or tear down fixtures', /FnOpts/],
  ];
  let found = 0;
  for (const [kind, question, expected] of questions) {
    const answer = answerQuestion(knowledge, question, { limit: 3 });
    const rank = answer.kind === 'answer' ? answer.results.findIndex((result) => expected.test(result.passage.text)) : -1;
    if (rank >= 0) found += 1;
    process.stdout.write(`${kind}: "${question}" → ${rank < 0 ? 'not in the top 3' : `#${rank + 1}`}\n`);
  }
  process.stdout.write(`${found} of ${questions.length} found in the top 3\n`);
}
