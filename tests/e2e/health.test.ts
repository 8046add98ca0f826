// End to end: the health and metrics endpoint of the real bot (startBot, the real discord.js client)
// logged into the fake Discord, with HEALTH_PORT=0 (a port the system picks). /healthz follows the
// gateway and the knowledge; /metrics counts what users did, by command, kind and outcome, and what
// the gateway and reloads did. Every read is a real HTTP request to the bound address.
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, PermissionFlagsBits } from 'discord.js';
import { createBotClient } from '../../src/bot/client.ts';
import { botHealth, NOT_READY, startHealthServer, type Health, type HealthServer } from '../../src/bot/health.ts';
import { ANSWER_SECONDS_BUCKETS, createMetrics } from '../../src/bot/metrics.ts';
import { buildKnowledge } from '../../src/core/knowledge.ts';
import { createKnowledgeStore } from '../../src/core/store.ts';
import { makeUser, type SlashCommandInput } from './fake-discord/index.ts';
import { copyKnowledgeDir, faultyStore, loadCleanKnowledge, removeDir } from './start-bot.ts';
import { useTestBot, withTestBot } from './test-bot.ts';

const FENGQIAO = 'how many civil disputes has fengqiao mediated';
const NO_MATCH = 'xylophone quasar';
const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();
const admin = makeUser({ username: 'admin' });
/** Questions a user may ask per window in this file's bot; every test uses fresh users but the rate-limit one. */
const RATE_LIMIT = 3;

// --- HTTP and the exposition format --------------------------------------------------------------

interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One request on a fresh connection (no keep-alive pool to outlive a server that closed). */
function http(url: string, method = 'GET'): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** The samples of a Prometheus text exposition (what prom-client writes: no escapes in our labels). */
function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) labels[pair[1] ?? ''] = pair[2] ?? '';
    samples.push({ name: match[1] ?? '', labels, value: Number(match[3]) });
  }
  return samples;
}

class Scrape {
  constructor(readonly samples: readonly Sample[]) {}
  /** The sample with exactly these labels (0 when the series does not exist yet). */
  value(name: string, labels: Readonly<Record<string, string>> = {}): number {
    const wanted = JSON.stringify(Object.entries(labels).sort());
    const found = this.samples.find((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === wanted);
    return found?.value ?? 0;
  }
  series(name: string): Sample[] {
    return this.samples.filter((s) => s.name === name);
  }
}

// --- the bot -------------------------------------------------------------------------------------

let dir: string;
let store: ReturnType<typeof faultyStore>;
let health: HealthServer;

beforeAll(async () => {
  dir = await copyKnowledgeDir();
});
afterAll(() => removeDir(dir));
const { fake, bot } = useTestBot({
  bot: async () => {
    const knowledge = await loadCleanKnowledge(dir);
    return {
      env: { HEALTH_PORT: '0', KNOWLEDGE_DIR: dir, ADMIN_USER_IDS: admin.id, RATE_LIMIT_COUNT: String(RATE_LIMIT) },
      store: (config) => (store = faultyStore(createKnowledgeStore(config.KNOWLEDGE_DIR, knowledge))),
    };
  },
});
beforeAll(() => {
  if (bot.bot.health === null) throw new Error('HEALTH_PORT=0 should start the health endpoint');
  health = bot.bot.health;
});

async function scrape(server: HealthServer = health): Promise<Scrape> {
  const response = await http(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Scrape(parseSamples(response.body));
}

/** How long a /reload may take to be recorded: it rebuilds the whole knowledge, which on a loaded machine took over 5 s. */
const RELOAD_DONE_MS = 15_000;

/** Sends a slash command and resolves once the bot has recorded it (its "interaction done" line). */
async function command(name: string, options: Omit<SlashCommandInput, 'name'> = {}) {
  const sent = fake.sendSlashCommand({ name, user: makeUser(), ...options });
  return bot.log.waitFor((line) => line.interactionId === sent.id && line.msg === 'interaction done', name === 'reload' ? RELOAD_DONE_MS : undefined);
}

const ask = (question: string, extra: { user?: ReturnType<typeof makeUser> } = {}) => command('ask', { options: { question }, ...extra });

describe('the endpoint', () => {
  it('listens on 127.0.0.1 only, on the port the system picked', async () => {
    expect(health.address.host).toBe('127.0.0.1');
    expect(health.address.port).toBeGreaterThan(0);
    expect(health.url).toBe(`http://127.0.0.1:${health.address.port}`);
    expect(bot.log.lines().some((line) => line.msg === 'health endpoint listening' && line.url === health.url)).toBe(true);
    // Every other address of this machine refuses the port.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
      .map((address) => address?.address ?? '');
    for (const address of others) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: health.address.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused, `connecting through ${address}`).toBe('ECONNREFUSED');
    }
  });

  it('/healthz is 200 once the gateway is ready and knowledge is loaded', async () => {
    const response = await http(`${health.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body)).toEqual({ ok: true });
  });

  it('answers 404 for any other path and 405 for another method', async () => {
    for (const path of ['/', '/health', '/metrics/extra', '/healthz/', '/favicon.ico']) {
      const response = await http(`${health.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(JSON.parse(response.body)).toEqual({ ok: false, reason: 'not found' });
    }
    const post = await http(`${health.url}/healthz`, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const head = await http(`${health.url}/healthz`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('/metrics', () => {
  it('counts interactions by command, kind and outcome, with the latency of each', async () => {
    const before = await scrape();
    await ask(FENGQIAO);
    await ask(FENGQIAO);
    await ask(NO_MATCH);
    await ask('   '); // an empty question: invalid
    await command('help');
    const typing = fake.sendAutocomplete({ name: 'ask', options: { question: 'fengq' }, focused: 'question', user: makeUser() });
    await bot.log.waitFor((line) => line.interactionId === typing.id && line.msg === 'interaction done');
    const dm = fake.sendDirectMessage({ content: FENGQIAO, user: makeUser() });
    await bot.log.waitFor((line) => line.messageId === dm.id && line.msg === 'direct message done');
    const dmHelp = fake.sendDirectMessage({ content: 'help', user: makeUser() });
    await bot.log.waitFor((line) => line.messageId === dmHelp.id && line.msg === 'direct message done');
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string> = {}) => after.value(name, labels) - before.value(name, labels);
    const interactions = (command: string, kind: string, outcome: string) => delta('docent_interactions_total', { command, kind, outcome });
    expect(interactions('ask', 'command', 'answered')).toBe(2);
    expect(interactions('ask', 'command', 'no-match')).toBe(1);
    expect(interactions('ask', 'command', 'invalid')).toBe(1);
    expect(interactions('help', 'command', 'answered')).toBe(1);
    expect(interactions('ask', 'autocomplete', 'answered')).toBe(1);
    expect(interactions('ask', 'dm', 'answered')).toBe(1);
    expect(interactions('help', 'dm', 'answered')).toBe(1);
    expect(delta('docent_no_matches_total')).toBe(1);

    // The latency histogram: one observation per interaction, in seconds, in the buckets for ~1 ms answers.
    const askLatency = { command: 'ask', kind: 'command' };
    expect(delta('docent_answer_duration_seconds_count', askLatency)).toBe(4);
    expect(delta('docent_answer_duration_seconds_sum', askLatency)).toBeGreaterThan(0);
    expect(delta('docent_answer_duration_seconds_sum', askLatency)).toBeLessThan(20);
    expect(delta('docent_answer_duration_seconds_bucket', { ...askLatency, le: '+Inf' })).toBe(4);
    const bounds = after.series('docent_answer_duration_seconds_bucket').filter((s) => s.labels.command === 'ask' && s.labels.kind === 'command');
    expect(bounds.map((s) => s.labels.le)).toEqual([...ANSWER_SECONDS_BUCKETS.map(String), '+Inf']);
    expect(ANSWER_SECONDS_BUCKETS.slice(0, 3)).toEqual([0.0005, 0.001, 0.0025]);
    expect(delta('docent_answer_duration_seconds_count', { command: 'ask', kind: 'dm' })).toBe(1);
    expect(delta('docent_answer_duration_seconds_count', { command: 'ask', kind: 'autocomplete' })).toBe(1);
  });

  it('counts rate-limited, user-error, failed and expired outcomes', async () => {
    const before = await scrape();
    const asker = makeUser({ username: 'eager' });
    for (let i = 0; i < RATE_LIMIT + 1; i += 1) await ask(FENGQIAO, { user: asker }); // the last one waits
    await command('reload', { memberPermissions: '0' }); // not allowed: a UserError shown to the user
    store.failNextCurrent(new Error('the store exploded'));
    await ask(FENGQIAO);
    fake.failNext('POST /interactions/:id/:token/callback', { status: 404, code: 10062, message: 'Unknown interaction' });
    await ask(FENGQIAO);
    const after = await scrape();

    const interactions = (command: string, outcome: string) =>
      after.value('docent_interactions_total', { command, kind: 'command', outcome }) -
      before.value('docent_interactions_total', { command, kind: 'command', outcome });
    expect(interactions('ask', 'answered')).toBe(RATE_LIMIT);
    expect(interactions('ask', 'rate-limited')).toBe(1);
    expect(interactions('reload', 'user-error')).toBe(1);
    expect(interactions('ask', 'failed')).toBe(1);
    expect(interactions('ask', 'expired')).toBe(1);
  });

  it('has knowledge size gauges matching the knowledge in service, and counts reloads and their failures', async () => {
    const sizes = (scraped: Scrape) => ({
      documents: scraped.value('docent_knowledge_documents'),
      passages: scraped.value('docent_knowledge_passages'),
      figures: scraped.value('docent_knowledge_figures'),
      timeline: scraped.value('docent_knowledge_timeline_entries'),
    });
    const inService = () => {
      const knowledge = bot.store.current();
      return { documents: knowledge.documents.length, passages: knowledge.passages.length, figures: knowledge.figures.length, timeline: knowledge.timeline.length };
    };
    const before = await scrape();
    expect(sizes(before)).toEqual(inService());
    expect(sizes(before).passages).toBeGreaterThan(0);

    // A /reload that adds a document: counted, and the gauges follow.
    await writeFile(join(dir, 'quokka-census.md'), '---\ntitle: Quokka census\n---\nThe 2020 census counted 12,345 quokkas on Rottnest Island.\n');
    await command('reload', { memberPermissions: MANAGE_GUILD });
    const reloaded = await scrape();
    expect(reloaded.value('docent_reloads_total') - before.value('docent_reloads_total')).toBe(1);
    expect(reloaded.value('docent_reload_failures_total') - before.value('docent_reload_failures_total')).toBe(0);
    expect(sizes(reloaded)).toEqual(inService());
    expect(sizes(reloaded).documents).toBe(sizes(before).documents + 1);

    // A /reload that fails (the folder is gone; one broken file would only be kept back): counted as a
    // failure, the gauges stay with the knowledge still in service.
    await rename(dir, `${dir}-aside`);
    try {
      await command('reload', { memberPermissions: MANAGE_GUILD });
    } finally {
      await rename(`${dir}-aside`, dir);
    }
    const failed = await scrape();
    expect(failed.value('docent_reloads_total') - before.value('docent_reloads_total')).toBe(2);
    expect(failed.value('docent_reload_failures_total') - before.value('docent_reload_failures_total')).toBe(1);
    expect(sizes(failed)).toEqual(sizes(reloaded));
  }, 2 * RELOAD_DONE_MS + 10_000);

  it('exports the process metrics too, in its own registry', async () => {
    const scraped = await scrape();
    expect(scraped.series('process_cpu_user_seconds_total')).toHaveLength(1);
    expect(scraped.series('nodejs_eventloop_lag_seconds')).toHaveLength(1);
  });
});

describe('the gateway', () => {
  it('is not healthy between a gateway close and the resume; counts the reconnect and the resume', async () => {
    const client = bot.bot.client;
    const before = await scrape();
    // Checked the moment the shard starts reconnecting (the same check /healthz makes), as no HTTP
    // request could be sure to arrive before the resume does.
    const whileReconnecting = new Promise<Health>((resolve) => client.once(Events.ShardReconnecting, () => resolve(botHealth(client, bot.store))));
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    expect(fake.closeGateway(4000)).toBe(1);
    expect(await whileReconnecting).toEqual({ ok: false, reason: NOT_READY.gateway });
    await resumed;

    const response = await http(`${health.url}/healthz`);
    expect(response.status).toBe(200);
    const after = await scrape();
    expect(after.value('docent_gateway_reconnects_total', { shard: '0' }) - before.value('docent_gateway_reconnects_total', { shard: '0' })).toBe(1);
    expect(after.value('docent_gateway_resumes_total', { shard: '0' }) - before.value('docent_gateway_resumes_total', { shard: '0' })).toBe(1);
    await ask(FENGQIAO); // and it answers again
  });
});

describe('not ready', () => {
  it('is 503 "gateway not ready" before login', async () => {
    const client = createBotClient({ apiUrl: fake.apiUrl });
    const knowledge = await loadCleanKnowledge(dir);
    const server = await startHealthServer({
      host: '127.0.0.1',
      port: 0,
      health: () => botHealth(client, createKnowledgeStore(dir, knowledge)),
      metrics: createMetrics(),
    });
    try {
      const response = await http(`${server.url}/healthz`);
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body)).toEqual({ ok: false, reason: 'gateway not ready' });
      expect((await scrape(server)).value('docent_reloads_total')).toBe(0);
    } finally {
      await server.close();
      await client.destroy();
    }
  });

  it('is 503 "knowledge not loaded" for a ready bot with no passages', async () => {
    await withTestBot({ bot: { knowledge: buildKnowledge([]), env: { HEALTH_PORT: '0' } } }, async (_, empty) => {
      expect(empty.bot.client.isReady()).toBe(true);
      const url = empty.bot.health?.url ?? '';
      const response = await http(`${url}/healthz`);
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body)).toEqual({ ok: false, reason: 'knowledge not loaded' });
      const scraped = new Scrape(parseSamples((await http(`${url}/metrics`)).body));
      expect(scraped.value('docent_knowledge_passages')).toBe(0);
      expect(scraped.value('docent_knowledge_documents')).toBe(0);
    });
  });

  it('is 503 once the client is destroyed, and the server is closed when the bot stops', async () => {
    await bot.bot.client.destroy();
    const response = await http(`${health.url}/healthz`);
    expect(response.status).toBe(503);
    expect(JSON.parse(response.body)).toEqual({ ok: false, reason: 'gateway not ready' });

    await bot.stop();
    await expect(http(`${health.url}/healthz`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('WATCH_KNOWLEDGE=true', () => {
  it('reloads the bot through the /reload path when a document is added: counted, and answered from', async () => {
    const watchedDir = await copyKnowledgeDir();
    try {
      await withTestBot({ bot: { env: { KNOWLEDGE_DIR: watchedDir, WATCH_KNOWLEDGE: 'true', HEALTH_PORT: '0' } } }, async (watchedFake, watched) => {
        const url = watched.bot.health?.url ?? '';
        const documents = watched.store.current().documents.length;
        await watched.log.waitFor((line) => line.msg === 'watching the knowledge directory');
        await writeFile(join(watchedDir, 'quokka-census.md'), '---\ntitle: Quokka census\n---\nThe 2020 census counted 12,345 quokkas on Rottnest Island.\n');

        const reloaded = await watched.log.waitFor((line) => line.msg === 'knowledge reloaded', 10_000);
        expect(reloaded.files).toEqual(['quokka-census.md']);
        expect(reloaded.diff).toMatchObject({ documents: { added: 1, removed: 0, total: documents + 1 } });
        const scraped = new Scrape(parseSamples((await http(`${url}/metrics`)).body));
        expect(scraped.value('docent_reloads_total')).toBe(1);
        expect(scraped.value('docent_knowledge_documents')).toBe(documents + 1);

        const sent = watchedFake.sendSlashCommand({ name: 'ask', options: { question: 'how many quokkas did the census count' } });
        const callback = await watchedFake.waitForInteractionResponse(sent.id);
        expect(JSON.stringify(callback.body)).toContain('12,345');
      });
    } finally {
      await removeDir(watchedDir);
    }
  });
});
