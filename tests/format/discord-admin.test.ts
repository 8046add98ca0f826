import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/admin/types.ts';
import { csvCell, describeHashChanges, gapsCsv } from '../../src/format/discord-admin.ts';

describe('csvCell', () => {
  it('leaves a plain cell as it is', () => {
    expect(csvCell('zhejiang gdp')).toBe('zhejiang gdp');
    expect(csvCell(3)).toBe('3');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('leads a cell a spreadsheet would run as a formula with an apostrophe', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    // A count is a number, never neutralised.
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('gapsCsv', () => {
  it('writes a header and one CRLF-ended row a gap, in the order given', () => {
    const csv = gapsCsv([
      { question: 'zhejiang gdp?', count: 3, lastAsked: '2026-12-01T10:00:00.000Z', kind: 'no-match' },
      { question: 'who, exactly?', count: 1, lastAsked: '2026-11-30T09:00:00.000Z', kind: 'not-helpful' },
    ]);
    expect(csv).toBe(
      'question,count,last_asked,kind\r\n' +
        'zhejiang gdp?,3,2026-12-01T10:00:00.000Z,no-match\r\n' +
        '"who, exactly?",1,2026-11-30T09:00:00.000Z,not-helpful\r\n',
    );
  });
});

describe('describeHashChanges', () => {
  const record = (document: string, hash: string): DocumentRecord => ({
    document,
    title: document,
    passages: 1,
    figures: 0,
    timeline: 0,
    hash,
    addedAt: '2026-12-01T10:00:00.000Z',
    addedBy: 'knowledge/',
    scope: 'base',
  });

  it('names the documents added, changed and removed, each with its hash', () => {
    const before = [record('guide', 'aaaaaaaaaaaa'), record('old', 'bbbbbbbbbbbb'), record('same', 'cccccccccccc')];
    const after = [record('guide', 'dddddddddddd'), record('new', 'eeeeeeeeeeee'), record('same', 'cccccccccccc')];
    expect(describeHashChanges(before, after)).toEqual([
      '**By content hash**',
      '• changed `guide` (hash `aaaaaaaaaaaa` → `dddddddddddd`)',
      '• added `new` (hash `eeeeeeeeeeee`)',
      '• removed `old` (hash `bbbbbbbbbbbb`)',
    ]);
  });

  it('says nothing when no hash changed', () => {
    expect(describeHashChanges([record('a', '111111111111')], [record('a', '111111111111')])).toEqual([]);
  });
});
