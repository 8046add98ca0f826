/**
 * End to end through the real client: the bot (`src/main.ts`) in a child process, logged into the fake
 * Discord running here. `/ask` interactions from many users go out and their callbacks are timed, from
 * the interaction sent to the callback the fake received:
 * - saturation: a fixed number in flight, each answer letting the next question go, so the bot answers
 *   as fast as it can (answers a second; the latencies then include the wait behind the others in flight);
 * - paced: questions sent at a fixed rate (the target rate), so the latencies are those of a bot keeping up;
 * - reload: saturation while `/reload` runs every second and a small document alternates between two
 *   editions; every reply is checked to be whole (its quote and its citation from the same edition);
 * - a large reload: /ask paced at a fixed rate while /reload reads a generated document of about 20 MB
 *   (`largeDocument`, deterministic, written to a temporary folder, never kept), the latencies of the
 *   questions sent between the /reload and its report;
 * - an autocomplete flood: one user sending autocomplete requests as fast as they are answered while
 *   other users' /ask is paced, on the same bot (now holding the large document).
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { APIUser } from 'discord.js';
import { makeUser, replyViolations, startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../tests/e2e/fake-discord/index.ts';
import { spawnBotChild, type BotChild, type BotChildOptions } from './bot-child.ts';
import { profileClockUs, readCpuProfile, summariseProfile, type ProfileSummary } from './cpu-profile.ts';
import { ARTICLE_QUESTIONS, BEACON_FILE, BEACON_QUESTIONS, beaconDocument, EDITIONS, editionsOf, type Edition } from './e2e-questions.ts';
import { percentile } from './stats.ts';
import { MAX_DOCUMENT_BYTES } from '../src/core/documents/load.ts';

const ARTICLE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));
/** A question with no callback this long after it was sent is unanswered. */
const ANSWER_TIMEOUT_MS = 5_000;
/** /reload defers, then edits its reply with the report: the report must come within this. */
const RELOAD_REPORT_TIMEOUT_MS = 15_000;
/** ManageGuild: who may run /reload. */
const MANAGE_GUILD = '32';
const USERS = 1_000;
/** Every fourth question of the reload phase asks about the beacon document. */
const BEACON_EVERY = 4;
const CALLBACK_PATH = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
/** How docent's reply to a question it does not answer begins (`renderAnswer`, no-match). */
const ABSTENTION = /^(?:That isn't in my documents|Nothing in the knowledge base matches)/;
/** The longest a Node timer waits; the request tap lives until the fake closes. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
/**
 * How long a bot may take from its spawn to its first answer: it builds its knowledge before it logs in,
 * about a minute for 30,000 passages on two busy cores when there is no snapshot yet.
 */
const START_TIMEOUT_MS = 300_000;

export interface EndToEndPlan {
  /** Questions answered before any measurement (JIT, first-use caches), per bot. */
  readonly warmup: number;
  readonly inFlight: number;
  /** Saturation rounds, and questions a round. */
  readonly rounds: number;
  readonly perRound: number;
  /** The paced runs: questions a second, rounds, and seconds a round. */
  readonly pacedRate: number;
  readonly pacedRounds: number;
  readonly pacedSeconds: number;
  /** /reload interactions, one a second, with the load running throughout. */
  readonly reloads: number;
  /** The large reload: the generated document's size, and /ask a second meanwhile. */
  readonly largeReload: { readonly megabytes: number; readonly askRate: number };
  /** The autocomplete flood: seconds, one flooder's requests in flight, and other users' /ask a second. */
  readonly autocompleteFlood: { readonly seconds: number; readonly inFlight: number; readonly askRate: number };
}

/** How one run of questions went. */
export interface LoadStats {
  readonly sent: number;
  readonly answered: number;
  /** Of the answered, replies saying the knowledge holds no answer (counted as answered only where abstaining is expected). */
  readonly abstained: number;
  /** An error or other message instead of a cited answer, a callback Discord refused, or a beacon question answered from elsewhere. */
  readonly failed: number;
  /** No callback within ANSWER_TIMEOUT_MS. */
  readonly unanswered: number;
  /** A beacon answer quoting one edition and citing the other. */
  readonly mixed: number;
  /** From the first question sent to the last callback received. */
  readonly seconds: number;
  readonly answersPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Paced rounds, timed to the bot's write of each callback (`timedAtWrite`): the same answers timed to the fake's handling of it. */
  readonly atFake?: { readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number };
  /** CPU time of the bot process and of this process (the fake Discord), in cores over the run. */
  readonly botCores: number | null;
  readonly fakeCores: number;
  /** Beacon answers by the edition they came from. */
  readonly editions: Readonly<Record<string, number>>;
  /** The first few failures, as the user would have read them. */
  readonly failureSamples: readonly string[];
}

export interface ReloadStats {
  readonly sent: number;
  readonly reloaded: number;
  readonly failed: number;
  /** No deferral within ANSWER_TIMEOUT_MS, or no report within RELOAD_REPORT_TIMEOUT_MS. */
  readonly unanswered: number;
  /** The reload times the reports give, median and largest. */
  readonly medianMs: number;
  readonly maxMs: number;
  /** After the last reload, the beacon question answered from the edition last written. */
  readonly lastEditionServed: boolean;
}

export interface LargeReloadStats {
  /** The generated document: bytes and paragraphs. */
  readonly documentBytes: number;
  readonly paragraphs: number;
  /** From the /reload sent to its report (null when no report came). */
  readonly reloadMs: number | null;
  /** The report's first line ("Reloaded in N ms …" or why not). */
  readonly report: string;
  readonly asks: LoadStats;
}

export interface AutocompleteFloodStats {
  readonly asks: LoadStats;
  /** The flooder's requests: sent, answered, answered with at least one choice, and answered a second. */
  readonly autocompletes: { readonly sent: number; readonly answered: number; readonly withChoices: number; readonly perSecond: number };
  /** Passages in the knowledge flooded (the article plus the large document). */
  readonly knowledge: string;
}

export interface EndToEndResult {
  readonly plan: EndToEndPlan;
  /** Saturation rounds, each in order; the figures compared are their median throughput and the pooled latencies. */
  readonly saturationRounds: readonly LoadStats[];
  readonly saturation: LoadStats;
  readonly pacedRounds: readonly LoadStats[];
  /** The paced rounds as one: latencies pooled over every round. */
  readonly paced: LoadStats;
  readonly underReload: LoadStats;
  readonly reloads: ReloadStats;
  /** /ask sent between a /reload of a ~20 MB document and its report. */
  readonly underLargeReload: LargeReloadStats;
  /** Other users' /ask while one user floods autocomplete. */
  readonly underAutocompleteFlood: AutocompleteFloodStats;
  /** Protocol mistakes the fake saw and replies over Discord's limits, over every run. */
  readonly protocolProblems: readonly string[];
  /** Warnings and errors the bots logged. */
  readonly botComplaints: readonly string[];
  /** Filled when a target is missed: where the bot spent its CPU under saturation. */
  profile: ProfileSummary | null;
}

/** One answered question: its interaction id, when it was sent (epoch ms, comparable with the bot's clock) and its latency. */
export interface Trace {
  readonly id: string;
  readonly sentAt: number;
  readonly ms: number;
  /** From the send to the bot's write of the callback to its socket (`e2e-written.mjs`), when that was recorded. */
  readonly leftBotMs?: number;
  /** The question asked, when the loop that sent it knew it (the paced rounds): to tell a slow question from a slow moment. */
  readonly question?: string;
  /** The paced rounds: how long after its due time the harness sent it (its own stalls hold sends back). */
  readonly sentLateMs?: number;
}

type Outcome = { readonly kind: 'replied'; readonly ms: number; readonly body: unknown; readonly id: string; readonly sentAt: number } | { readonly kind: 'refused'; readonly status: number } | { readonly kind: 'unanswered' };

/**
 * Sends interactions and hears their callbacks. One tap sees every request the fake records (a wait
 * whose predicate never matches), so telling a callback to its sender costs a map lookup, however
 * many requests the fake has recorded.
 */
export class Interactions {
  readonly #pending = new Map<string, (outcome: Outcome) => void>();
  /** Run after each request the fake records: the paced loop sends there what fell due while the fake was busy. */
  readonly afterRequest = new Set<() => void>();
  readonly #users: APIUser[] = Array.from({ length: USERS }, (_, at) => makeUser({ username: `reader-${at}` }));
  #next = 0;

  constructor(readonly fake: FakeDiscord) {
    fake.waitForRequest((request) => this.#observe(request), LONGEST_TIMER_MS).catch(() => undefined);
  }

  /** An /ask from the next user; resolves with its first callback, or unanswered after the timeout. */
  ask(question: string, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Outcome> {
    const user = this.#users[this.#next++ % this.#users.length];
    return this.#send(() => this.fake.sendSlashCommand({ name: 'ask', options: { question }, ...(user === undefined ? {} : { user }) }).id, timeoutMs);
  }

  /** An autocomplete request for /ask's question from `user`. */
  autocomplete(text: string, user: APIUser, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Outcome> {
    return this.#send(() => this.fake.sendAutocomplete({ name: 'ask', options: { question: text }, focused: 'question', user }).id, timeoutMs);
  }

  reload(timeoutMs = ANSWER_TIMEOUT_MS): { id: string; callback: Promise<Outcome> } {
    let id = '';
    const callback = this.#send(() => {
      id = this.fake.sendSlashCommand({ name: 'reload', memberPermissions: MANAGE_GUILD, user: makeUser({ username: 'admin' }) }).id;
      return id;
    }, timeoutMs);
    return { id, callback };
  }

  #send(dispatch: () => string, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Outcome> {
    const sentAt = performance.now();
    // The callback cannot arrive before this turn of the event loop ends, so registering after the send is safe.
    const id = dispatch();
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        resolve({ kind: 'unanswered' });
      }, timeoutMs);
      this.#pending.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome.kind === 'replied' ? { ...outcome, ms: performance.now() - sentAt, id, sentAt: performance.timeOrigin + sentAt } : outcome);
      });
    });
  }

  #observe(request: RecordedRequest): false {
    const id = request.method === 'POST' ? CALLBACK_PATH.exec(request.path)?.[1] : undefined;
    const settle = id === undefined ? undefined : this.#pending.get(id);
    if (id !== undefined && settle !== undefined) {
      this.#pending.delete(id);
      settle(request.status === 204 ? { kind: 'replied', ms: 0, body: request.body, id, sentAt: 0 } : { kind: 'refused', status: request.status });
    }
    // Once the fake has answered the request (its reply is written after it is recorded), before the next is handled.
    for (const send of this.afterRequest) queueMicrotask(send);
    return false;
  }
}

/** Tallies outcomes of /ask. `abstentionsAnswer`: a no-match reply is an answer (questions drawn at random), not a failure. */
export class Tally {
  constructor(readonly abstentionsAnswer = false) {}

  readonly latencies: number[] = [];
  readonly traces: Trace[] = [];
  readonly editions: Record<string, number> = {};
  readonly failureSamples: string[] = [];
  sent = 0;
  answered = 0;
  abstained = 0;
  failed = 0;
  unanswered = 0;
  mixed = 0;

  /** `dueAt`: when a paced question was due (epoch ms), so its trace says how late the harness sent it. */
  record(outcome: Outcome, beacon: boolean, question?: string, dueAt?: number): void {
    if (outcome.kind === 'unanswered') {
      this.unanswered += 1;
      return;
    }
    if (outcome.kind === 'refused') return this.#fail(`callback refused with ${outcome.status}`);
    this.latencies.push(outcome.ms);
    this.traces.push({ id: outcome.id, sentAt: outcome.sentAt, ms: outcome.ms, ...(question === undefined ? {} : { question }), ...(dueAt === undefined ? {} : { sentLateMs: outcome.sentAt - dueAt }) });
    const body = outcome.body as { type?: number; data?: { content?: string; embeds?: { description?: string; footer?: { text?: string } }[] } };
    const embed = body.data?.embeds?.[0];
    const footer = embed?.footer?.text;
    if (this.abstentionsAnswer && body.type === 4 && embed === undefined && ABSTENTION.test(body.data?.content ?? '')) {
      this.abstained += 1;
      this.answered += 1;
      return;
    }
    if (body.type !== 4 || embed === undefined || footer === undefined) return this.#fail(body.data?.content ?? JSON.stringify(body).slice(0, 200));
    if (beacon) {
      const { quote, citation } = editionsOf(embed.description ?? '', footer);
      if (quote !== null && citation !== null && quote !== citation) {
        this.mixed += 1;
        return;
      }
      if (quote === null || citation === null) return this.#fail(`a beacon question answered from ${footer}`);
      this.editions[quote] = (this.editions[quote] ?? 0) + 1;
    }
    this.answered += 1;
  }

  #fail(sample: string): void {
    this.failed += 1;
    if (this.failureSamples.length < 3) this.failureSamples.push(sample);
  }
}

/** CPU time of the bot and of this process over a run, as cores. */
function cpuMeter(bot: BotChild) {
  const wallStart = performance.now();
  const botStart = bot.cpuMs();
  const ownStart = process.cpuUsage();
  return () => {
    const wall = performance.now() - wallStart;
    const botEnd = bot.cpuMs();
    const own = process.cpuUsage(ownStart);
    return {
      botCores: botStart === null || botEnd === null ? null : (botEnd - botStart) / wall,
      fakeCores: (own.user + own.system) / 1000 / wall,
    };
  };
}

function statsOf(tally: Tally, seconds: number, cpu: { botCores: number | null; fakeCores: number }): LoadStats {
  const { answered } = tally;
  return {
    sent: tally.sent,
    answered,
    abstained: tally.abstained,
    failed: tally.failed,
    unanswered: tally.unanswered,
    mixed: tally.mixed,
    seconds,
    answersPerSecond: answered / seconds,
    p50Ms: percentile(tally.latencies, 50),
    p99Ms: percentile(tally.latencies, 99),
    maxMs: largest(tally.latencies),
    ...cpu,
    editions: tally.editions,
    failureSamples: tally.failureSamples,
  };
}

/**
 * `inFlight` questions at a time until `more()` says stop: each callback lets the next question go.
 * Returns the seconds from the first question to the last callback.
 */
async function closedLoop(interactions: Interactions, tally: Tally, inFlight: number, more: (sent: number) => boolean, question: (at: number) => [string, boolean]): Promise<number> {
  const started = performance.now();
  let last = started;
  const worker = async () => {
    while (more(tally.sent)) {
      const [text, beacon] = question(tally.sent);
      tally.sent += 1;
      const outcome = await interactions.ask(text);
      if (outcome.kind !== 'unanswered') last = performance.now();
      tally.record(outcome, beacon);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (last - started) / 1000;
}

/**
 * Checks what the fake recorded against Discord's limits, then lets it forget, and collects the
 * harness's garbage: the fake runs in this process, and its pauses would be counted as the bot's.
 */
function settleHarness(fake: FakeDiscord, problems: string[]): void {
  problems.push(...replyViolations(fake.requests));
  fake.forgetRecorded();
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Questions at `rate` a second for `seconds` (or until `until` resolves), whatever the answers do (an
 * open loop). `timeoutMs`: how long a question may wait for its callback before it counts as unanswered.
 * Question n (from 0) is due (n + 1) / rate s after the start, and goes out at the first moment this process is free
 * at or after that: a turn of the loop's own timer, or the end of any request the fake records. A burst of callbacks
 * handled in one turn (after a pause of the bot) would otherwise hold back every send due meanwhile, and release them
 * together as a burst of interactions the bot then queues, which Discord's users, each on their own, would not send.
 */
export async function pacedLoop(
  interactions: Interactions,
  tally: Tally,
  rate: number,
  seconds: number,
  options: { until?: Promise<unknown>; timeoutMs?: number; questions?: readonly string[] } = {},
): Promise<number> {
  const questions = options.questions ?? ARTICLE_QUESTIONS;
  const started = performance.now();
  const startedEpoch = performance.timeOrigin + started;
  let last = started;
  let done = false;
  void options.until?.finally(() => {
    done = true;
  });
  const pending: Promise<void>[] = [];
  const sendDue = () => {
    const elapsed = performance.now() - started;
    if (done || elapsed >= seconds * 1000) return;
    const due = Math.min(Math.floor((elapsed * rate) / 1000), rate * seconds);
    while (tally.sent < due) {
      const text = questions[tally.sent % questions.length] ?? '';
      const dueAt = startedEpoch + ((tally.sent + 1) * 1000) / rate;
      tally.sent += 1;
      pending.push(
        interactions.ask(text, options.timeoutMs).then((outcome) => {
          if (outcome.kind !== 'unanswered') last = performance.now();
          tally.record(outcome, false, text, dueAt);
        }),
      );
    }
  };
  interactions.afterRequest.add(sendDue);
  try {
    for (let elapsed = 0; elapsed < seconds * 1000 && !done; elapsed = performance.now() - started) {
      sendDue();
      // Asleep until the next question is due, not woken every ms to find none due; never under 1 ms, the timers' grain.
      const nextDue = Math.min(((tally.sent + 1) * 1000) / rate, seconds * 1000);
      await sleep(Math.max(1, nextDue - (performance.now() - started)));
    }
  } finally {
    interactions.afterRequest.delete(sendDue);
  }
  await Promise.all(pending);
  return (last - started) / 1000;
}

const articleQuestion = (at: number): [string, boolean] => [ARTICLE_QUESTIONS[at % ARTICLE_QUESTIONS.length] ?? '', false];
const mixedQuestion = (at: number): [string, boolean] =>
  at % BEACON_EVERY === 0 ? [BEACON_QUESTIONS[(at / BEACON_EVERY) % BEACON_QUESTIONS.length] ?? '', true] : articleQuestion(at);

interface RunningBot {
  readonly fake: FakeDiscord;
  readonly bot: BotChild;
  readonly interactions: Interactions;
}

/** A fresh fake and the bot logged into it, answering: IDENTIFY seen and a first question answered. */
async function startBot(knowledgeDir: string, options: Omit<BotChildOptions, 'apiUrl' | 'knowledgeDir' | 'logLevel'> = {}): Promise<RunningBot> {
  const fake = await startFakeDiscord();
  const bot = spawnBotChild({ ...options, apiUrl: fake.apiUrl, knowledgeDir, logLevel: 'warn' });
  const interactions = new Interactions(fake);
  try {
    await fake.waitForIdentify(1, START_TIMEOUT_MS);
    // Questions sent before the client is ready may be lost: ask until one is answered.
    const deadline = performance.now() + START_TIMEOUT_MS;
    for (;;) {
      const outcome = await Promise.race([interactions.ask(ARTICLE_QUESTIONS[0] ?? ''), sleep(500, { kind: 'unanswered' } as const)]);
      if (outcome.kind === 'replied') break;
      if (performance.now() > deadline) throw new Error(`bench: the bot never answered; it complained:\n${bot.complaints.slice(-5).join('\n')}`);
    }
  } catch (error) {
    await bot.stop();
    await fake.close();
    throw error;
  }
  return { fake, bot, interactions };
}

async function stopBot({ fake, bot }: RunningBot, problems: string[], complaints: string[]): Promise<void> {
  const code = await bot.stop();
  if (code !== 0) problems.push(`the bot exited with ${String(code)}`);
  problems.push(...fake.problems, ...replyViolations(fake.requests));
  complaints.push(...bot.complaints);
  await fake.close();
}

async function warmUp(running: RunningBot, count: number, inFlight: number, questions: readonly string[] = ARTICLE_QUESTIONS, abstentionsAnswer = false): Promise<void> {
  const tally = new Tally(abstentionsAnswer);
  await closedLoop(running.interactions, tally, inFlight, (sent) => sent < count, (at) => [questions[at % questions.length] ?? '', false]);
  if (tally.failed + tally.unanswered > 0) throw new Error(`bench: warm-up: ${tally.failed} failed, ${tally.unanswered} unanswered: ${tally.failureSamples.join('; ')}`);
}

/** Writes the beacon document aside and renames it in, so a reload reads one edition whole. */
async function writeEdition(root: string, knowledgeDir: string, edition: Edition): Promise<void> {
  const aside = join(root, `${BEACON_FILE}.next`);
  await writeFile(aside, beaconDocument(edition));
  await rename(aside, join(knowledgeDir, BEACON_FILE));
}

export async function measureEndToEnd(plan: EndToEndPlan, progress: (message: string) => void): Promise<EndToEndResult> {
  const root = await mkdtemp(join(tmpdir(), 'docent-bench-e2e-'));
  const problems: string[] = [];
  const complaints: string[] = [];
  try {
    const articleDir = join(root, 'article');
    await cp(ARTICLE_DIR, articleDir, { recursive: true });

    progress(
      `end to end: saturation, ${plan.rounds} × ${plan.perRound} questions, ${plan.inFlight} in flight; then paced at ${plan.pacedRate}/s, ${plan.pacedRounds} × ${plan.pacedSeconds} s`,
    );
    const writtenFile = join(root, 'written.json');
    const running = await startBot(articleDir, { writtenFile });
    const saturationRounds: LoadStats[] = [];
    const saturationPool = new Tally();
    let paced: PacedRound[] = [];
    try {
      await warmUp(running, plan.warmup, plan.inFlight);
      for (let round = 0; round < plan.rounds; round += 1) {
        const tally = new Tally();
        const meter = cpuMeter(running.bot);
        const seconds = await closedLoop(running.interactions, tally, plan.inFlight, (sent) => sent < plan.perRound, articleQuestion);
        saturationRounds.push(statsOf(tally, seconds, meter()));
        pool(saturationPool, tally);
      }
      paced = await pacedRounds(running, plan, problems);
    } finally {
      await stopBot(running, problems, complaints);
    }
    paced = await timedAtWrite(paced, writtenFile, problems);
    const saturation = combineRounds(saturationRounds, saturationPool);

    progress(`end to end: ${plan.reloads} reloads, one a second, under saturation`);
    const reloadDir = join(root, 'reload');
    await cp(ARTICLE_DIR, reloadDir, { recursive: true });
    const { underReload, reloads } = await underReloads(root, reloadDir, plan, problems, complaints);

    progress(
      `end to end: a /reload of a generated ${plan.largeReload.megabytes} MB document with /ask paced at ${plan.largeReload.askRate}/s; ` +
        `then ${plan.autocompleteFlood.seconds} s of one user's autocomplete flood (${plan.autocompleteFlood.inFlight} in flight) with others' /ask at ${plan.autocompleteFlood.askRate}/s`,
    );
    const stressDir = join(root, 'stress');
    await cp(ARTICLE_DIR, stressDir, { recursive: true });
    const { underLargeReload, underAutocompleteFlood } = await underStress(stressDir, plan, problems, complaints);

    return {
      plan,
      saturationRounds,
      saturation,
      pacedRounds: paced.map(({ stats }) => stats),
      paced: combineRounds(paced.map(({ stats }) => stats), pooled(paced.map(({ tally }) => tally))),
      underReload,
      reloads,
      underLargeReload,
      underAutocompleteFlood,
      protocolProblems: problems,
      botComplaints: complaints,
      profile: null,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function pool(into: Tally, from: Tally): void {
  into.latencies.push(...from.latencies);
  into.sent += from.sent;
  into.answered += from.answered;
  into.abstained += from.abstained;
  into.failed += from.failed;
  into.unanswered += from.unanswered;
  into.mixed += from.mixed;
  into.failureSamples.push(...from.failureSamples.slice(0, 3 - into.failureSamples.length));
}

/** The rounds as one: the median round's throughput and CPU, latencies pooled over every round, counts summed. */
function combineRounds(rounds: readonly LoadStats[], pooled: Tally): LoadStats {
  const byRate = [...rounds].sort((a, b) => a.answersPerSecond - b.answersPerSecond);
  const middle = byRate[Math.floor((byRate.length - 1) / 2)];
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const all = statsOf(pooled, seconds, { botCores: middle?.botCores ?? null, fakeCores: middle?.fakeCores ?? 0 });
  return { ...all, answersPerSecond: percentile(rounds.map((round) => round.answersPerSecond), 50) };
}

async function underReloads(root: string, dir: string, plan: EndToEndPlan, problems: string[], complaints: string[]): Promise<{ underReload: LoadStats; reloads: ReloadStats }> {
  let edition: Edition = EDITIONS[0];
  await writeEdition(root, dir, edition);
  const running = await startBot(dir);
  try {
    await warmUp(running, plan.warmup, plan.inFlight);
    const tally = new Tally();
    const reports: Promise<{ ok: boolean; answered: boolean; ms: number | null }>[] = [];
    const meter = cpuMeter(running.bot);
    const started = performance.now();
    const stopAt = started + (plan.reloads + 1) * 1000;
    const reloading = (async () => {
      for (let at = 1; at <= plan.reloads; at += 1) {
        await sleep(started + at * 1000 - performance.now());
        edition = EDITIONS[at % EDITIONS.length] ?? EDITIONS[0];
        await writeEdition(root, dir, edition);
        reports.push(reloadReport(running));
      }
    })();
    const seconds = await closedLoop(running.interactions, tally, plan.inFlight, () => performance.now() < stopAt, mixedQuestion);
    const underReload = statsOf(tally, seconds, meter());
    await reloading;
    const settled = await Promise.all(reports);
    const times = settled.flatMap((report) => (report.ms === null ? [] : [report.ms]));
    // Every reload is done: the beacon now answers from the edition written last.
    const last = new Tally();
    last.record(await running.interactions.ask(BEACON_QUESTIONS[0] ?? ''), true);
    const reloads: ReloadStats = {
      sent: settled.length,
      reloaded: settled.filter((report) => report.ok).length,
      failed: settled.filter((report) => report.answered && !report.ok).length,
      unanswered: settled.filter((report) => !report.answered).length,
      medianMs: percentile(times, 50),
      maxMs: largest(times),
      lastEditionServed: last.editions[edition.name] === 1,
    };
    return { underReload, reloads };
  } finally {
    await stopBot(running, problems, complaints);
  }
}

/** A question in the stress runs waits this long before it counts as unanswered: long enough to time a frozen bot. */
const STRESS_ANSWER_TIMEOUT_MS = 120_000;
/** The large document's file name: plain text, paragraphs separated by blank lines. */
const LARGE_FILE = 'bench-large.txt';

/**
 * A deterministic document of about `bytes` bytes (under the loader's 20 MiB cap): paragraphs of 3–6
 * sentences of made-up words from a fixed seed, with figures and years now and then, so the reload
 * builds figures and a timeline too.
 */
function largeDocument(bytes: number): { text: string; paragraphs: number } {
  let seed = 0x2f6b_1d3a;
  const next = (): number => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'qui', 'den', 'mar', 'su', 'ti', 'zan', 'or', 'pel', 'gra', 'hu', 'nes', 'bo', 'cai'];
  const words = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(syllables)).join(''));
  const common = ['the', 'of', 'and', 'in', 'to', 'a', 'was', 'for', 'with', 'by', 'that', 'from'];
  const parts: string[] = [];
  let size = 0;
  let paragraphs = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let count = 3 + Math.floor(next() * 4); count > 0; count -= 1) {
      const length = 8 + Math.floor(next() * 13);
      const sentence: string[] = [];
      for (let at = 0; at < length; at += 1) sentence.push(next() < 0.3 ? pick(common) : pick(words));
      const roll = next();
      if (roll < 0.15) sentence.push('in', String(1950 + Math.floor(next() * 75)));
      else if (roll < 0.3) sentence.push('counted', (100 + Math.floor(next() * 99_900)).toLocaleString('en-US'), pick(words));
      const text = sentence.join(' ');
      sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
    const paragraph = `${sentences.join(' ')}\n\n`;
    if (size + Buffer.byteLength(paragraph) > bytes) break;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
    paragraphs += 1;
  }
  return { text: parts.join(''), paragraphs };
}

/**
 * One bot on a copy of the article: a /reload that adds the large document while /ask is paced, then,
 * on the knowledge it now holds, one user's autocomplete flood while other users' /ask is paced.
 */
async function underStress(dir: string, plan: EndToEndPlan, problems: string[], complaints: string[]): Promise<{ underLargeReload: LargeReloadStats; underAutocompleteFlood: AutocompleteFloodStats }> {
  const running = await startBot(dir);
  try {
    await warmUp(running, plan.warmup, plan.inFlight);
    settleHarness(running.fake, problems);

    // (a) The large reload. The document goes in before the /reload, which reads it.
    const bytes = Math.min(plan.largeReload.megabytes * 1024 * 1024, MAX_DOCUMENT_BYTES - 64 * 1024);
    const document = largeDocument(bytes);
    await writeFile(join(dir, LARGE_FILE), document.text);
    const reloadTally = new Tally();
    const meter = cpuMeter(running.bot);
    const sentAt = performance.now();
    const report = reloadReport(running, STRESS_ANSWER_TIMEOUT_MS).then((result) => ({ ...result, at: performance.now() }));
    // The paced questions start with the /reload and stop when its report arrives: each one was sent while the reload ran.
    const seconds = await pacedLoop(running.interactions, reloadTally, plan.largeReload.askRate, STRESS_ANSWER_TIMEOUT_MS / 1000, {
      until: report,
      timeoutMs: STRESS_ANSWER_TIMEOUT_MS,
    });
    const reloaded = await report;
    const underLargeReload: LargeReloadStats = {
      documentBytes: Buffer.byteLength(document.text),
      paragraphs: document.paragraphs,
      reloadMs: reloaded.answered ? reloaded.at - sentAt : null,
      report: reloaded.content.split('\n')[0] ?? '',
      asks: statsOf(reloadTally, seconds, meter()),
    };
    settleHarness(running.fake, problems);

    // (b) The autocomplete flood, on the knowledge the reload left (the article and the large document).
    const flooder = makeUser({ username: 'flooder' });
    const flood = { sent: 0, answered: 0, withChoices: 0 };
    let flooding = true;
    const floodStarted = performance.now();
    const floodWorker = async () => {
      while (flooding) {
        const text = `${ARTICLE_QUESTIONS[flood.sent % ARTICLE_QUESTIONS.length] ?? 'zhejiang'} ${flood.sent}`.slice(0, 100);
        flood.sent += 1;
        const outcome = await running.interactions.autocomplete(text, flooder, STRESS_ANSWER_TIMEOUT_MS);
        if (outcome.kind !== 'replied') continue;
        flood.answered += 1;
        if (((outcome.body as { data?: { choices?: unknown[] } }).data?.choices ?? []).length > 0) flood.withChoices += 1;
      }
    };
    const flooders = Array.from({ length: plan.autocompleteFlood.inFlight }, floodWorker);
    const askTally = new Tally();
    const floodMeter = cpuMeter(running.bot);
    const askSeconds = await pacedLoop(running.interactions, askTally, plan.autocompleteFlood.askRate, plan.autocompleteFlood.seconds, { timeoutMs: STRESS_ANSWER_TIMEOUT_MS });
    flooding = false;
    const floodSeconds = (performance.now() - floodStarted) / 1000;
    await Promise.all(flooders);
    const underAutocompleteFlood: AutocompleteFloodStats = {
      asks: statsOf(askTally, askSeconds, floodMeter()),
      autocompletes: { ...flood, perSecond: flood.answered / floodSeconds },
      knowledge: reloaded.ok ? `the article and the ${(underLargeReload.documentBytes / 1024 / 1024).toFixed(1)} MB document` : 'the article (the large reload failed)',
    };
    return { underLargeReload, underAutocompleteFlood };
  } finally {
    await stopBot(running, problems, complaints);
  }
}

/** One /reload: its deferral, then the report it is edited into ("Reloaded in N ms." or "Reload failed …"). */
async function reloadReport({ fake, interactions }: RunningBot, timeoutMs = RELOAD_REPORT_TIMEOUT_MS): Promise<{ ok: boolean; answered: boolean; ms: number | null; content: string }> {
  const { id, callback } = interactions.reload(timeoutMs);
  const deferred = await callback;
  if (deferred.kind !== 'replied') return { ok: false, answered: deferred.kind === 'refused', ms: null, content: deferred.kind };
  try {
    const edit = await fake.waitForInteractionEdit(id, timeoutMs);
    const content = (edit.body as { content?: string }).content ?? '';
    const ms = /^Reloaded in (\d+) ms/.exec(content)?.[1];
    return { ok: ms !== undefined && (deferred.body as { type?: number }).type === 5, answered: true, ms: ms === undefined ? null : Number(ms), content };
  } catch {
    return { ok: false, answered: false, ms: null, content: 'no report' };
  }
}

/** What `measurePacedRounds` asks, beyond the plan: all optional. */
export interface PacedRoundsOptions {
  /** The bot runs under `--cpu-prof` into this directory; the summary covers the rounds only. */
  readonly cpuProfileDir?: string;
  /** The questions, in turn (default: the article's). */
  readonly questions?: readonly string[];
  /** Saturation rounds run first (`plan.inFlight` in flight), each of this many questions; none by default. */
  readonly saturationRounds?: number;
  readonly perSaturationRound?: number;
  /** `e2e-probe.ts` in the bot, its timings written to this file (read it after the bot stopped). */
  readonly probeFile?: string;
  /** A no-match reply counts as an answer (`LoadStats.abstained`), not a failure: for questions drawn at random from a corpus. */
  readonly abstentionsAnswer?: boolean;
  /** Called as each paced round starts (after the harness settled) and as it ends: the harness times its own pauses in and between rounds by it. */
  readonly onRound?: (round: number, phase: 'start' | 'end', botPid: number) => void;
  /** The bot through tsx (default) or compiled (`dist/`, what `npm start` runs: build it first). */
  readonly runtime?: BotChildOptions['runtime'];
  /** Compiled only: another build's entry point than `dist/src/main.js` (a copy of `dist/` from before a change). */
  readonly compiledMain?: string;
  /** Node's flags for the bot (`BotChildOptions.nodeFlags`). */
  readonly nodeFlags?: readonly string[];
  /** `e2e-written.mjs` in the bot, when each callback left it written to this file (read it after the bot stopped). */
  readonly writtenFile?: string;
  /** `e2e-gcs.mjs` in the bot, its main thread's collections written to this file (read it after the bot stopped). */
  readonly gcFile?: string;
}

/**
 * Paced rounds alone (after optional saturation rounds), on a fresh bot over `knowledgeDir` (a copy of it is
 * not made: the bot writes its snapshot in a hidden folder there): after the warm-up, `rounds` rounds of
 * `seconds` each at `rate` /ask a second, each round's answered questions traced (`Trace`).
 */
export async function measurePacedRounds(
  knowledgeDir: string,
  plan: Pick<EndToEndPlan, 'warmup' | 'inFlight' | 'pacedRate' | 'pacedRounds' | 'pacedSeconds'>,
  options: PacedRoundsOptions = {},
): Promise<{ saturation: LoadStats[]; rounds: LoadStats[]; traces: Trace[][]; problems: string[]; complaints: string[]; profile: ProfileSummary | null }> {
  const problems: string[] = [];
  const complaints: string[] = [];
  const saturation: LoadStats[] = [];
  const paced: PacedRound[] = [];
  const questions = options.questions ?? ARTICLE_QUESTIONS;
  const running = await startBot(knowledgeDir, {
    ...(options.cpuProfileDir === undefined ? {} : { cpuProfileDir: options.cpuProfileDir }),
    ...(options.probeFile === undefined ? {} : { probeFile: options.probeFile }),
    ...(options.runtime === undefined ? {} : { runtime: options.runtime }),
    ...(options.compiledMain === undefined ? {} : { compiledMain: options.compiledMain }),
    ...(options.nodeFlags === undefined ? {} : { nodeFlags: options.nodeFlags }),
    ...(options.writtenFile === undefined ? {} : { writtenFile: options.writtenFile }),
    ...(options.gcFile === undefined ? {} : { gcFile: options.gcFile }),
  });
  const window = { fromUs: 0, toUs: 0 };
  try {
    await warmUp(running, plan.warmup, plan.inFlight, questions, options.abstentionsAnswer);
    for (let round = 0; round < (options.saturationRounds ?? 0); round += 1) {
      settleHarness(running.fake, problems);
      const tally = new Tally(options.abstentionsAnswer);
      const meter = cpuMeter(running.bot);
      const seconds = await closedLoop(running.interactions, tally, plan.inFlight, (sent) => sent < (options.perSaturationRound ?? 0), (at) => [questions[at % questions.length] ?? '', false]);
      saturation.push(statsOf(tally, seconds, meter()));
    }
    window.fromUs = profileClockUs();
    paced.push(...(await pacedRounds(running, plan, problems, { questions, ...options })));
    window.toUs = profileClockUs();
  } finally {
    await stopBot(running, problems, complaints);
  }
  const profile = options.cpuProfileDir === undefined ? null : summariseProfile(await readCpuProfile(options.cpuProfileDir), 25, window);
  const timed = options.writtenFile === undefined ? paced : await timedAtWrite(paced, options.writtenFile, problems);
  return { saturation, rounds: timed.map((round) => round.stats), traces: timed.map((round) => round.tally.traces), problems, complaints, profile };
}

interface PacedRound {
  readonly stats: LoadStats;
  readonly tally: Tally;
}

/**
 * Another process's times on the machine's monotonic clock (`process.hrtime`, ms) as this process's epoch ms
 * (`performance.timeOrigin + performance.now()`, a trace's `sentAt`): that clock shifted by this process's origin.
 * Epoch ms are not comparable across processes: each takes its origin at start from two clocks read one after the
 * other, and under load two processes' were seen 25 ms apart.
 */
export function epochOfMonotonic(): (monotonicMs: number) => number {
  const shift = Number(process.hrtime.bigint()) / 1e6 - (performance.timeOrigin + performance.now());
  return (monotonicMs) => monotonicMs - shift;
}

/**
 * The paced rounds timed as issue 13 means them, from each interaction's send to the bot's write of its callback
 * (`e2e-written.mjs`), instead of to the fake's handling of it: the fake and the load generator share two cores with
 * the bot and with whatever else runs, and their event loop, stalled, holds a reply already in their socket, which
 * Discord, on machines of its own, would not. Every answer stays counted (one whose write was not recorded keeps the
 * fake's time), and the fake's figures stay beside (`atFake`). The tallies' latencies and traces are re-timed in place
 * (one latency per trace, in the same order), so rounds pooled from them are timed alike.
 */
async function timedAtWrite(paced: readonly PacedRound[], writtenFile: string, problems: string[]): Promise<PacedRound[]> {
  const written = new Map(JSON.parse(await readFile(writtenFile, 'utf8')) as [string, number][]);
  const toEpoch = epochOfMonotonic();
  let unrecorded = 0;
  let impossible = 0;
  const timed = paced.map(({ stats, tally }) => {
    const atFake = { p50Ms: stats.p50Ms, p99Ms: stats.p99Ms, maxMs: stats.maxMs };
    tally.traces.forEach((trace, at) => {
      const left = written.get(trace.id);
      if (left === undefined) {
        unrecorded += 1;
        return;
      }
      const leftBotMs = toEpoch(left) - trace.sentAt;
      // The fake cannot handle a callback before the bot wrote it: if it did, the two clocks disagree.
      if (leftBotMs > trace.ms) impossible += 1;
      tally.traces[at] = { ...trace, leftBotMs };
      tally.latencies[at] = leftBotMs;
    });
    return { tally, stats: { ...stats, p50Ms: percentile(tally.latencies, 50), p99Ms: percentile(tally.latencies, 99), maxMs: largest(tally.latencies), atFake } };
  });
  if (unrecorded > 0) problems.push(`bench: ${unrecorded} answers' callback writes were not recorded by the bot; they keep the fake's time`);
  if (impossible > 0) problems.push(`bench: ${impossible} callbacks were handled by the fake before the bot wrote them: the clocks disagree`);
  return timed;
}

/** The paced rounds on a running bot, each from a settled harness: each round's figures and its tally. */
async function pacedRounds(
  running: RunningBot,
  plan: Pick<EndToEndPlan, 'pacedRate' | 'pacedRounds' | 'pacedSeconds'>,
  problems: string[],
  options: Pick<PacedRoundsOptions, 'questions' | 'abstentionsAnswer' | 'onRound'> = {},
): Promise<PacedRound[]> {
  const { questions = ARTICLE_QUESTIONS, onRound } = options;
  const rounds: PacedRound[] = [];
  for (let round = 0; round < plan.pacedRounds; round += 1) {
    settleHarness(running.fake, problems);
    onRound?.(round, 'start', running.bot.pid);
    const tally = new Tally(options.abstentionsAnswer);
    const meter = cpuMeter(running.bot);
    const seconds = await pacedLoop(running.interactions, tally, plan.pacedRate, plan.pacedSeconds, { questions });
    onRound?.(round, 'end', running.bot.pid);
    rounds.push({ stats: statsOf(tally, seconds, meter()), tally });
  }
  return rounds;
}

function pooled(tallies: readonly Tally[]): Tally {
  const all = new Tally();
  for (const tally of tallies) pool(all, tally);
  return all;
}

/** Where the bot's CPU goes under saturation: a separate, profiled run (`--cpu-prof`), so the measured runs are not slowed. */
export async function profileEndToEnd(plan: EndToEndPlan, progress: (message: string) => void): Promise<ProfileSummary> {
  const root = await mkdtemp(join(tmpdir(), 'docent-bench-e2e-profile-'));
  try {
    const dir = join(root, 'article');
    const profiles = join(root, 'profile');
    await cp(ARTICLE_DIR, dir, { recursive: true });
    await mkdir(profiles);
    progress('end to end: a target was missed; profiling the bot under saturation');
    const running = await startBot(dir, { cpuProfileDir: profiles });
    const window = { fromUs: 0, toUs: 0 };
    try {
      await warmUp(running, plan.warmup, plan.inFlight);
      window.fromUs = profileClockUs();
      await closedLoop(running.interactions, new Tally(), plan.inFlight, (sent) => sent < plan.perRound, articleQuestion);
      window.toUs = profileClockUs();
    } finally {
      await stopBot(running, [], []);
    }
    // Only the samples of the measured load: not the start, the warm-up or the shutdown.
    return summariseProfile(await readCpuProfile(profiles), 15, window);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function largest(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((most, value) => Math.max(most, value));
}
