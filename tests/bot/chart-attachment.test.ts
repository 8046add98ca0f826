import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { withChart } from '../../src/bot/chart-attachment.ts';
import { textReply, type DiscordReply } from '../../src/format/discord.ts';
import { DISCORD_LIMITS } from '../../src/format/discord-text.ts';

/** A logger writing JSON lines to memory. */
function memoryLogger() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

const LIST: DiscordReply = { embeds: [{ title: 'Timeline', description: '**2021**\n> …' }], allowedMentions: { parse: [] }, private: false };
const FILE = { name: 'timeline.png', description: 'Timeline' };
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

describe(withChart, () => {
  it('attaches the chart to the list', async () => {
    const { logger } = memoryLogger();
    const reply = await withChart(LIST, async () => ({ png: PNG }), FILE, logger);
    expect(reply.embeds).toEqual(LIST.embeds);
    expect(reply.files).toEqual([{ attachment: PNG, name: 'timeline.png', description: 'Timeline' }]);
  });

  it('sends the list without a chart, and logs an error, when drawing fails', async () => {
    const { logger, lines } = memoryLogger();
    const reply = await withChart(LIST, async () => { throw new Error('resvg broke'); }, FILE, logger);
    expect(reply).toEqual(LIST);
    expect(lines.some((line) => line.level >= 50 && line.msg.includes('list is sent without it'))).toBe(true);
  });

  it('sends the list without a chart, and logs a warning, when drawing takes longer than the budget', async () => {
    const { logger, lines } = memoryLogger();
    const reply = await withChart(LIST, () => new Promise(() => {}), FILE, logger, 20);
    expect(reply).toEqual(LIST);
    expect(lines.some((line) => line.level === 40 && line.msg.includes('too slow'))).toBe(true);
  });

  it('drops a chart whose drawing blocked past the budget (rasterising cannot be interrupted)', async () => {
    const { logger, lines } = memoryLogger();
    const blocking = async () => {
      const until = performance.now() + 40;
      while (performance.now() < until);
      return { png: PNG };
    };
    const reply = await withChart(LIST, blocking, FILE, logger, 20);
    expect(reply.files).toBeUndefined();
    expect(lines.some((line) => line.msg.includes('too slow'))).toBe(true);
  });

  it('sends the list without a chart larger than Discord takes', async () => {
    const { logger, lines } = memoryLogger();
    const reply = await withChart(LIST, async () => ({ png: Buffer.alloc(DISCORD_LIMITS.attachmentBytes + 1) }), FILE, logger);
    expect(reply.files).toBeUndefined();
    expect(lines.some((line) => line.msg.includes('too large'))).toBe(true);
  });

  it('does not draw for an empty list (a private line of text)', async () => {
    const { logger } = memoryLogger();
    let drawn = false;
    const empty = textReply('No timeline entries.', { private: true });
    const reply = await withChart(empty, async () => { drawn = true; return { png: PNG }; }, FILE, logger);
    expect(reply).toEqual(empty);
    expect(drawn).toBe(false);
  });
});
