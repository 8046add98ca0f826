import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.ts';
import { readKnowledgeDir } from '../../src/core/documents/load.ts';
import { buildKnowledge, type Knowledge } from '../../src/core/knowledge.ts';
import { escapeWithBold } from '../../src/format/discord-text.ts';
import { renderAnswer } from '../../src/format/discord.ts';
import { describeFigureValue } from '../../src/format/describe.ts';
import { excerptAround, matchedSpans } from '../../src/format/excerpt.ts';

// Text composed for these tests.
const LONG = '镇里先后修缮了古桥、祠堂和戏台，又把废弃的粮仓改成了村史馆。'.repeat(6) + '为了保护水源，镇里在溪流两岸种植了两万棵香樟树，并建成一座污水处理厂。' + '游客可以沿着步道走到山顶的茶园，一路上能看到整片竹林。'.repeat(6);

describe('matchedSpans on Chinese text', () => {
  it('bolds touching matched words as one span', () => {
    const text = '推动乡村振兴示范';
    const spans = matchedSpans(text, ['乡村', '振兴']);
    expect(spans).toEqual([{ start: 2, end: 6 }]);
    expect(escapeWithBold(text, spans)).toBe('推动**乡村振兴**示范');
  });

  it('bolds a word where its characters stand even when the segmenter cut them apart', () => {
    const text = '种植了两万棵香樟树';
    expect(matchedSpans(text, ['香樟']).map((span) => text.slice(span.start, span.end))).toEqual(['香樟']);
  });
});

describe('excerptAround on Chinese text', () => {
  it('cuts at characters around the match, within the length, with ellipses', () => {
    const at = LONG.indexOf('香樟');
    const excerpt = excerptAround(LONG, [{ start: at, end: at + 2 }], 80);
    expect(excerpt.text.length).toBeLessThanOrEqual(80);
    expect(excerpt.text.startsWith('…') && excerpt.text.endsWith('…')).toBe(true);
    expect(excerpt.text).toContain('香樟');
    const span = excerpt.spans[0];
    expect(span && excerpt.text.slice(span.start, span.end)).toBe('香樟');
  });

  it('prefers to start after a clause mark when one is near', () => {
    const at = LONG.indexOf('香樟');
    const excerpt = excerptAround(LONG, [{ start: at, end: at + 2 }], 80);
    expect('，。、'.includes(LONG[LONG.indexOf(excerpt.text.slice(1, 10)) - 1] ?? '')).toBe(true);
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const text = '𠀀'.repeat(200);
    const excerpt = excerptAround(text, [{ start: 200, end: 202 }], 41);
    expect(excerpt.text.replace(/…/gu, '')).toMatch(/^(?:𠀀)+$/u);
  });
});

describe('renderAnswer of a Chinese answer', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    const { documents } = await readKnowledgeDir(fileURLToPath(new URL('../fixtures/bilingual/', import.meta.url)));
    knowledge = buildKnowledge(documents);
  });

  it('quotes the passage with the matched words in bold and nothing escaped that should not be', () => {
    const reply = renderAnswer(answerQuestion(knowledge, '去年茶叶产值是多少'), [], false);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe('去年茶叶产值是多少');
    expect(embed?.description).toContain('**茶叶**');
    expect(embed?.description).not.toMatch(/\\[\p{Script=Han}，。]/u);
    expect(embed?.fields?.map((field) => field.value).join('\n')).toContain('2.6亿元');
  });

  it('shows a Chinese figure as written, without an English qualifier before it', () => {
    expect(describeFigureValue({ value: 3e6, unit: 'yuan', qualifier: 'more-than', raw: '300余万元', measure: '资金', text: '', passageId: 'x#1' })).toBe('300余万元');
  });
});
