import type { KnowledgeParts } from './knowledge.ts';

/**
 * The knowledge's parts as bytes, for the snapshot file and for the build worker's message: the indexes'
 * typed arrays (postings, vocabulary, passage words, speller keys) written as they are, each 8-byte
 * aligned, and everything else (passages, figures, timeline, options, the arrays' table) as one JSON text
 * in front. Reading takes views of the arrays in the bytes
 * read: nothing is parsed or rebuilt entry by entry but the JSON.
 *
 * Layout: `u32 length of the JSON` · `u32 0` · the JSON (UTF-8) · padding to 8 · the arrays, each padded to 8.
 * Arrays are in the machine's byte order (little-endian everywhere docent runs); the snapshot key holds the
 * byte order, so a file from a machine of the other order is never read (`snapshotKey`).
 */
export type TypedArray = Int32Array | Uint32Array | Uint16Array | Float64Array;

const ARRAY_TYPES = { Int32Array, Uint32Array, Uint16Array, Float64Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

/** Where a typed array stands in the parts: the keys from the root. */
export type ArrayPath = readonly string[];

/** The parts with their typed arrays taken out (set to null where they were), and the arrays with their paths. */
export interface SplitParts {
  readonly json: unknown;
  readonly arrays: readonly (readonly [ArrayPath, TypedArray])[];
}

/** An array's entry in the table the JSON holds. */
interface ArrayEntry {
  readonly path: ArrayPath;
  readonly type: ArrayType;
  /** Bytes from the start of the arrays' section. */
  readonly offset: number;
  readonly length: number;
}

/** The parts that hold typed arrays (the indexes): the rest (30,000 passages) is not walked. */
const INDEX_PARTS = ['index', 'figureIndex', 'timelineIndex'] as const;

/** Takes the typed arrays out of the parts. */
export function splitArrays(parts: KnowledgeParts): SplitParts {
  const arrays: [ArrayPath, TypedArray][] = [];
  const strip = (value: unknown, path: readonly string[]): unknown => {
    if (ArrayBuffer.isView(value)) {
      arrays.push([path, value as TypedArray]);
      return null;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, strip(inner, [...path, key])]));
  };
  return { json: { ...parts, ...Object.fromEntries(INDEX_PARTS.map((key) => [key, strip(parts[key], [key])])) }, arrays };
}

/** Puts the arrays back where `splitArrays` took them from, in the parsed JSON (changed in place). */
export function joinArrays(json: unknown, arrays: readonly (readonly [ArrayPath, TypedArray])[]): KnowledgeParts {
  for (const [path, array] of arrays) {
    let holder = json as Record<string, unknown>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[path.at(-1) as string] = array;
  }
  return json as KnowledgeParts;
}

const ALIGN = 8;
const padding = (length: number) => (ALIGN - (length % ALIGN)) % ALIGN;

/** The parts as the chunks of bytes to write one after another (no copy of the arrays' bytes). */
export function encodeParts(parts: KnowledgeParts): Uint8Array[] {
  const { json, arrays } = splitArrays(parts);
  const table: ArrayEntry[] = [];
  let offset = 0;
  for (const [path, array] of arrays) {
    table.push({ path, type: array.constructor.name as ArrayType, offset, length: array.length });
    offset += array.byteLength + padding(array.byteLength);
  }
  const text = new TextEncoder().encode(JSON.stringify({ parts: json, arrays: table }));
  const prefix = new Uint8Array(ALIGN);
  new DataView(prefix.buffer).setUint32(0, text.length, true);
  const chunks: Uint8Array[] = [prefix, text, new Uint8Array(padding(text.length))];
  for (const [, array] of arrays) chunks.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), new Uint8Array(padding(array.byteLength)));
  return chunks;
}

/**
 * The parts from `encodeParts`' bytes. The arrays are views of `body` where it is aligned for them (a file
 * read whole is), copies where not. Throws on bytes that are not such an encoding.
 */
export function decodeParts(body: Uint8Array): KnowledgeParts {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const textLength = view.getUint32(0, true);
  const { parts, arrays } = JSON.parse(new TextDecoder().decode(body.subarray(ALIGN, ALIGN + textLength))) as { parts: unknown; arrays: ArrayEntry[] };
  const base = ALIGN + textLength + padding(textLength);
  const placed = arrays.map((entry): [ArrayPath, TypedArray] => {
    const type = ARRAY_TYPES[entry.type] as (typeof ARRAY_TYPES)[ArrayType] | undefined;
    if (type === undefined) throw new Error(`snapshot: no array type ${entry.type}`);
    const start = body.byteOffset + base + entry.offset;
    const byteLength = entry.length * type.BYTES_PER_ELEMENT;
    if (base + entry.offset + byteLength > body.byteLength) throw new Error('snapshot: an array lies outside the file');
    const array = start % type.BYTES_PER_ELEMENT === 0
      ? new type(body.buffer as ArrayBuffer, start, entry.length)
      : // A copy of its own (a Buffer's `slice` would be a view of the same unaligned bytes).
        new type(Uint8Array.from(body.subarray(base + entry.offset, base + entry.offset + byteLength)).buffer);
    return [entry.path, array];
  });
  return joinArrays(parts, placed);
}
