// End to end: /timeline and /figures reply with their chart attached above the list, as a PNG within
// Discord's limits, read from the multipart body the real discord.js sent to the fake Discord; and
// paging the list in place keeps working (and keeps the chart: an update sends no files).
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHART_OPTIONS } from '../../src/charts/index.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { DISCORD_LIMITS } from '../../src/format/discord-text.ts';
import { decodePng } from '../charts/png.ts';
import { fileViolations } from './fake-discord/limits.ts';
import { ATTACHMENT_SIZE_LIMIT } from './fake-discord/payloads.ts';
import type { RecordedRequest } from './fake-discord/recorder.ts';
import {
  callbackOf,
  customIdOf,
  dataOf,
  embedOf,
  KNOWLEDGE_DIR,
  loadCleanKnowledge,
} from './start-bot.ts';
import { useTestBot } from './test-bot.ts';

const ONE_MB = 1024 * 1024;

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadCleanKnowledge(KNOWLEDGE_DIR);
});
const { fake } = useTestBot({ bot: () => ({ knowledge }) });

/** The `attachments` the JSON part of a reply declares. */
const attachmentsOf = (request: RecordedRequest): unknown => (dataOf(request) as { attachments?: unknown }).attachments;

/** The one chart a reply carries: checked against Discord's limits, then decoded. */
function chartOf(request: RecordedRequest, name: string) {
  expect(request.files.length).toBeLessThanOrEqual(DISCORD_LIMITS.attachments);
  expect(request.files).toHaveLength(1);
  const [file] = request.files;
  if (file === undefined) throw new Error('no file');
  expect(file).toMatchObject({ field: 'files[0]', filename: name, contentType: 'image/png' });
  expect(file.data.length).toBeLessThanOrEqual(ATTACHMENT_SIZE_LIMIT);
  expect(file.data.length).toBeLessThan(ONE_MB);
  // The JSON part declares the attachment Discord pairs with files[0].
  expect(attachmentsOf(request)).toEqual([expect.objectContaining({ id: '0' })]);
  return decodePng(file.data);
}

describe('/timeline with its chart', { timeout: 60_000 }, () => {
  it('attaches the timeline as a PNG above the list, and Next pages the list without sending it again', async () => {
    const sent = fake.sendSlashCommand({ name: 'timeline', options: { from: '2021', to: '2021' } });
    const response = await fake.waitForInteractionResponse(sent.id, 15_000);
    expect(embedOf(dataOf(response)).title).toBe('Timeline from 2021 to 2021');
    const png = chartOf(response, 'timeline.png');
    expect(png.width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
    expect(png.height).toBeGreaterThan(300);
    expect(png.colours).toBeGreaterThan(20);

    const next = fake.sendButton({ customId: customIdOf(dataOf(response), 'Next') });
    const update = await fake.waitForInteractionResponse(next.id);
    expect(callbackOf(update).type).toBe(7);
    expect(embedOf(dataOf(update)).footer?.text).toMatch(/^Page 2 of /);
    expect(update.files).toEqual([]);
    expect(attachmentsOf(update)).toBeUndefined();
  });

  it('sends no chart with the private line that says nothing matched', async () => {
    const sent = fake.sendSlashCommand({ name: 'timeline', options: { from: '1900', to: '1901' } });
    const response = await fake.waitForInteractionResponse(sent.id);
    expect(dataOf(response).content).toContain('No timeline entries');
    expect(response.files).toEqual([]);
  });
});

describe('/figures with its chart', { timeout: 60_000 }, () => {
  it('attaches the figures on a topic as a PNG above their list', async () => {
    const sent = fake.sendSlashCommand({ name: 'figures', options: { topic: 'income' } });
    const response = await fake.waitForInteractionResponse(sent.id, 15_000);
    expect(embedOf(dataOf(response)).title).toContain('income');
    const png = chartOf(response, 'figures.png');
    expect(png.width).toBe(DEFAULT_CHART_OPTIONS.width * DEFAULT_CHART_OPTIONS.scale);
    expect(png.colours).toBeGreaterThan(20);
    expect(knowledge.figures.length).toBeGreaterThan(0);
  });
});

describe('the fake Discord\'s limits on uploads', () => {
  const file = (index: number, bytes: number) => ({ field: `files[${index}]`, filename: `${index}.png`, contentType: 'image/png', data: Buffer.alloc(bytes) });

  it('takes up to 10 files within the size limit', () => {
    expect(fileViolations(Array.from({ length: 10 }, (_, index) => file(index, 1024)))).toEqual([]);
  });

  it('refuses an eleventh file and a file over the size limit', () => {
    expect(fileViolations(Array.from({ length: 11 }, (_, index) => file(index, 1024)))).toEqual(['11 files (max 10)']);
    expect(fileViolations([file(0, ATTACHMENT_SIZE_LIMIT + 1)])).toEqual([`files[0] is ${ATTACHMENT_SIZE_LIMIT + 1} bytes (max ${ATTACHMENT_SIZE_LIMIT})`]);
  });
});
