/**
 * Measures how Markdown documents are cut into passages, on READMEs of packages docent does not depend on
 * (from node_modules): the share of passages under 25 characters, lone code lines and bare table borders.
 * `npx tsx bench/markdown-passages.ts [README paths…]`
 */
import { readFile } from 'node:fs/promises';
import { cutPassages } from '../src/core/documents/passages.ts';
import { parseDocument } from '../src/core/documents/load.ts';

const DEFAULT_READMES = ['undici', 'secure-json-parse', 'tinybench', 'magic-string', 'es-module-lexer', 'flexsearch', 'source-map-js', '@sapphire/shapeshift', 'ws', 'fast-check'].map(
  (name) => `node_modules/${name}/README.md`,
);

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_READMES;
let total = 0;
let short = 0;
let loneCode = 0;
let borders = 0;
for (const path of files) {
  const result = parseDocument(path.replace(/^node_modules\//, ''), await readFile(path));
  if (!('document' in result)) {
    process.stdout.write(`${path}: ${result.problems.map((p) => p.message).join('; ')}\n`);
    continue;
  }
  const passages = cutPassages(result.document);
  const shortOnes = passages.filter((p) => p.text.length < 25);
  total += passages.length;
  short += shortOnes.length;
  loneCode += passages.filter((p) => p.role !== 'code' && /^[\s{}()[\];,]*$|^[\w.]+:\s*\d*,?$/.test(p.text)).length;
  borders += passages.filter((p) => /^[\s|:-]+$/.test(p.text)).length;
  process.stdout.write(`${path}: "${result.document.meta.title}" ${passages.length} passages, ${shortOnes.length} under 25 chars${shortOnes.length > 0 ? `: ${shortOnes.slice(0, 6).map((p) => JSON.stringify(p.text)).join(' ')}` : ''}\n`);
}
process.stdout.write(`\n${files.length} documents, ${total} passages, ${short} under 25 characters (${((100 * short) / Math.max(1, total)).toFixed(1)}%), ${loneCode} lone code lines, ${borders} bare table borders\n`);
