import { cutPassages } from '../src/core/documents/passages.ts';
import type { KnowledgeDocument } from '../src/core/types.ts';
import type { BenchInput, BenchPassage } from './engines/engine.ts';
import { shuffled, type Random } from './random.ts';

/** One knowledge base of the scale bench: documents, the passages docent cuts them into, and its bytes of text. */
export interface ScaleInput extends BenchInput {
  readonly name: string;
  /** UTF-8 bytes of the documents' bodies: the unit of heap and snapshot size per byte of text. */
  readonly bytes: number;
  /** Passages written by the word-pair model rather than taken from a real text (0 below the corpus's size). */
  readonly generatedPassages: number;
}

/** Paragraphs per generated document: long enough that a document is not one passage, short like a chapter. */
const GENERATED_PARAGRAPHS_PER_DOCUMENT = 40;

/**
 * Knowledge bases of about `targets` passages each from the bench corpus. Below the corpus's size, whole
 * documents are taken in a seeded random order until the target is reached (so each has every source, as the
 * full corpus does). Above it, the whole corpus plus paragraphs written by a seeded word-pair (first-order
 * Markov) model of the corpus: the npm corpora hold about 38,000 passages, and 100,000 need three times the text.
 * The generated text has the corpus's words and their frequencies, not its meaning; a query drawn from it is a
 * known-item query like any other.
 */
export function scaleInputs(documents: readonly KnowledgeDocument[], targets: readonly number[], random: Random): ScaleInput[] {
  const cut = documents.map((document) => ({ document, passages: cutPassages(document) }));
  const total = cut.reduce((sum, entry) => sum + entry.passages.length, 0);
  const order = shuffled(cut, random);
  return targets.map((target) => {
    if (target >= total) {
      const generated = generateDocuments(cut.flatMap((entry) => entry.passages.map((passage) => passage.text)), target - total, random);
      return makeInput(`${Math.round(target / 1000)}k`, [...cut, ...generated.map((document) => ({ document, passages: cutPassages(document) }))], target - total);
    }
    const taken: typeof cut = [];
    let count = 0;
    for (const entry of order) {
      if (count >= target) break;
      taken.push(entry);
      count += entry.passages.length;
    }
    return makeInput(`${Math.round(target / 1000)}k`, taken, 0);
  });
}

function makeInput(name: string, entries: readonly { document: KnowledgeDocument; passages: readonly { id: string; text: string }[] }[], generatedPassages: number): ScaleInput {
  const passages: BenchPassage[] = entries.flatMap((entry) => entry.passages.map((passage) => ({ id: passage.id, text: passage.text })));
  const bytes = entries.reduce((sum, entry) => sum + Buffer.byteLength(entry.document.body), 0);
  return { name, documents: entries.map((entry) => entry.document), passages, bytes, generatedPassages };
}

/**
 * `count` paragraphs from a word-pair model of `texts`, each as long as a real passage picked at random, in
 * documents of `GENERATED_PARAGRAPHS_PER_DOCUMENT`. Each paragraph stays under docent's cut length, so it is one passage.
 */
function generateDocuments(texts: readonly string[], count: number, random: Random): KnowledgeDocument[] {
  const followers = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    const words = text.split(/\s+/).filter((word) => word.length > 0);
    for (let at = 0; at + 1 < words.length; at += 1) {
      const [word, next] = [words[at] as string, words[at + 1] as string];
      const list = followers.get(word);
      if (list === undefined) followers.set(word, [next]);
      else list.push(next);
      if (/[.!?]$/.test(word) && /^\p{Lu}/u.test(next)) starts.push(next);
    }
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const paragraph = (): string => {
    const length = Math.min(1000, Math.max(200, pick(texts).length));
    const words = [pick(starts)];
    let chars = words[0]?.length ?? 0;
    while (chars < length) {
      const next = pick(followers.get(words[words.length - 1] ?? '') ?? starts);
      words.push(next);
      chars += next.length + 1;
    }
    return `${words.join(' ').replace(/[^.!?]$/, (last) => `${last}.`)}`;
  };
  const documents: KnowledgeDocument[] = [];
  for (let made = 0, number = 1; made < count; number += 1) {
    const paragraphs: string[] = [];
    for (; paragraphs.length < GENERATED_PARAGRAPHS_PER_DOCUMENT && made < count; made += 1) paragraphs.push(paragraph());
    const file = `generated/text-${String(number).padStart(4, '0')}.md`;
    documents.push({ slug: `generated-text-${number}`, file, meta: { title: `Generated text ${number}` }, body: `${paragraphs.join('\n\n')}\n`, bodyLine: 1 });
  }
  return documents;
}
