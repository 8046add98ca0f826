import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { knowledgeParts } from '../../src/core/restore.ts';
import { decodeParts, encodeParts } from '../../src/core/parts-codec.ts';
import type { KnowledgeDocument } from '../../src/core/types.ts';

const HARBOUR: KnowledgeDocument = {
  file: 'harbour.md',
  slug: 'harbour',
  meta: { title: 'The harbour', published: '2020' },
  bodyLine: 1,
  body: '# Harbour\n\nThe harbour opened in 1998 with 12 berths.\n\nIn March 2019 the council approved a breakwater costing 4.5 million euros.\n\n浙江的港口很大。\n',
};

describe('encodeParts and decodeParts', () => {
  const parts = knowledgeParts(buildKnowledge([HARBOUR]));
  const bytes = Buffer.concat(encodeParts(parts));

  it('give back the parts as they were: passages, indexes, and every typed array with its values', () => {
    const decoded = decodeParts(bytes);
    expect(decoded).toEqual(parts);
    expect(decoded.index.postings.positions).toBeInstanceOf(Int32Array);
    expect(decoded.index.deletionKeys).toBeInstanceOf(Float64Array);
  });

  it('read the arrays in place from aligned bytes, and copy them from bytes that are not', () => {
    const own = new Uint8Array(new ArrayBuffer(bytes.length));
    own.set(bytes);
    expect(decodeParts(own).index.postings.positions.buffer).toBe(own.buffer);
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    const copied = decodeParts(shifted.subarray(1));
    expect(copied).toEqual(parts);
  });

  it('refuse bytes cut short rather than reading past them', () => {
    expect(() => decodeParts(bytes.subarray(0, bytes.length - 16))).toThrow();
  });
});
