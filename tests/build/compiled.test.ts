// The production build end to end: `tsc -p tsconfig.build.json` into a folder of its own (dist/ stays
// the developer's), then the compiled code run by plain node, with no TypeScript loader: the CLI that
// `npx docent` runs, the bot that `npm start` runs and the shard manager that `npm run start:sharded`
// runs, the last two logged in to the fake Discord, with the build's vendor bundles (`src/vendor/bundle.ts`)
// made as `npm run build` makes them. The paths come from package.json, so a script that points at a file
// the build does not make fails here. Nothing named `.ts` exists in the build: a
// worker thread, a shard or an import that still reached for TypeScript would fail to load.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../e2e/fake-discord/index.ts';
import { callbackOf, customIdOf, dataOf, embedOf, KNOWLEDGE_DIR, memoryLog, messageOf, TOKEN, visibleText, type MemoryLog } from '../e2e/start-bot.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The build's folder: inside the repository so that the compiled code finds node_modules as dist/ does,
 * under node_modules/.cache so git and the knowledge loader never see it; kept between runs, so a rebuild
 * of an unchanged tree is incremental.
 */
const OUT = join(ROOT, 'node_modules', '.cache', 'docent-build-test');
/** A full build takes about 12 s of CPU; on a busy shared machine several times that in wall time. */
const BUILD_TIMEOUT_MS = 240_000;
/** Each start, to the ready line; a test's own time-out leaves room for the question and the stop after it. */
const START_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = START_TIMEOUT_MS + 30_000;
const QUESTION = 'how many civil disputes has fengqiao mediated';

interface PackageJson {
  readonly bin: Readonly<Record<string, string>>;
  readonly scripts: Readonly<Record<string, string>>;
}

let pkg: PackageJson;
let dataDir: string;

/** A file of dist/ as package.json names it, in the test's build folder instead. */
function built(path: string): string {
  if (!path.startsWith('dist/')) throw new Error(`package.json names ${path}, which is not in dist/`);
  return join(OUT, path.slice('dist/'.length));
}

/** The compiled script an npm script runs: `node dist/…` → its file in the build folder. */
function scriptFile(name: string): string {
  const match = /^node (dist\/\S+\.js)$/.exec(pkg.scripts[name] ?? '');
  if (match?.[1] === undefined) throw new Error(`npm run ${name} is "${pkg.scripts[name]}", not node dist/….js`);
  return built(match[1]);
}

beforeAll(async () => {
  pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
  dataDir = await mkdtemp(join(tmpdir(), 'docent-build-data-'));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', OUT, '--tsBuildInfoFile', join(OUT, '.tsbuildinfo')], {
    cwd: ROOT,
    timeout: BUILD_TIMEOUT_MS,
  });
  // The build's second step, as package.json runs it on dist/: the vendor bundles, so what runs below is what `npm start` runs.
  const vendorStep = /&& node dist\/(\S+\.js) dist$/.exec(pkg.scripts['build'] ?? '');
  if (vendorStep?.[1] === undefined) throw new Error(`npm run build is "${pkg.scripts['build']}", without its vendor step`);
  await promisify(execFile)(process.execPath, [join(OUT, vendorStep[1]), OUT], { cwd: ROOT, timeout: BUILD_TIMEOUT_MS });
}, BUILD_TIMEOUT_MS + 10_000);
afterAll(async () => {
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

/** Runs compiled code by plain node in an empty working directory (no .env applies), with only these settings. */
function spawnCompiled(file: string, args: readonly string[], env: Readonly<Record<string, string>>): { child: ChildProcess; log: MemoryLog; output: () => string } {
  const child = spawn(process.execPath, [file, ...args], { cwd: dataDir, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = memoryLog();
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('{')) log.stream.write(`${line}\n`);
    });
  }
  return { child, log, output: () => output };
}

/** Asks /ask on the fake and returns what the user reads. */
async function ask(fake: FakeDiscord): Promise<string> {
  const sent = fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION } });
  return visibleText(dataOf(await fake.waitForInteractionResponse(sent.id, 15_000)));
}

/** SIGTERM, as a process manager stops the bot; resolves with the exit code. */
async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

describe('the compiled code', () => {
  it('imports discord.js, zod and yaml from the vendor bundles beside it, not from the project\'s node_modules', async () => {
    const script = "for (const name of ['discord.js', 'zod', 'yaml']) console.log(import.meta.resolve(name));";
    // Resolved as a module in the build's src/ folder resolves them.
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: join(OUT, 'src') });
    expect(stdout.trim().split('\n')).toEqual(['discord.js', 'zod', 'yaml'].map((name) => pathToFileURL(join(OUT, 'node_modules', name, 'index.js')).href));
  });
});

describe('the compiled CLI (package.json bin "docent")', () => {
  it('starts with a shebang and prints only the JSON of an answer', async () => {
    const cli = built(pkg.bin['docent'] ?? '');
    expect((await readFile(cli, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'ask', '--json', '--limit', '1', QUESTION], {
      cwd: dataDir,
      env: { PATH: process.env['PATH'] ?? '', KNOWLEDGE_DIR, DATA_DIR: dataDir },
      timeout: START_TIMEOUT_MS,
    });
    expect(stderr).toBe('');
    const answer = JSON.parse(stdout) as { kind: string; results: { text: string }[] };
    expect(answer.kind).toBe('answer');
    expect(answer.results[0]?.text).toContain('more than 1,300 civil disputes');
  }, TEST_TIMEOUT_MS);
});

describe('the compiled bot (npm start) against the fake Discord', () => {
  it('logs in, answers /ask, its autocomplete, its More results button and a DM, keeps the token out of its output and exits 0 on SIGTERM', async () => {
    const fake = await startFakeDiscord();
    const bot = spawnCompiled(scriptFile('start'), [], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR, DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    try {
      await bot.log.waitFor((line) => line.msg === 'ready', START_TIMEOUT_MS);
      expect(await ask(fake)).toContain('more than 1,300 civil disputes');
      // The other kinds of event the bundled discord.js turns into structures: autocomplete, a button, a DM.
      const typed = fake.sendAutocomplete({ name: 'ask', options: { question: 'zhej' }, focused: 'question' });
      const choices = dataOf(await fake.waitForInteractionResponse(typed.id, 15_000)).choices ?? [];
      expect(choices.some((choice) => choice.name.toLowerCase().includes('zhejiang'))).toBe(true);
      const asked = fake.sendSlashCommand({ name: 'ask', options: { question: QUESTION } });
      const first = dataOf(await fake.waitForInteractionResponse(asked.id, 15_000));
      const pressed = fake.sendButton({ customId: customIdOf(first, 'More results') });
      const page = await fake.waitForInteractionResponse(pressed.id, 15_000);
      expect(callbackOf(page).type).toBe(7);
      expect(embedOf(dataOf(page)).footer?.text).toMatch(/result 2 of \d+/);
      const dm = fake.sendDirectMessage({ content: QUESTION });
      expect(visibleText(messageOf(await fake.waitForChannelMessage(dm.channelId, 15_000)))).toContain('more than 1,300 civil disputes');
      expect(await stop(bot.child), bot.output()).toBe(0);
      expect(bot.output()).not.toContain(TOKEN);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.close();
    }
  }, TEST_TIMEOUT_MS);
});

describe('the compiled shard manager (npm run start:sharded) against the fake Discord', () => {
  it('spawns its compiled shard, which answers /ask; SIGTERM stops both', async () => {
    const fake = await startFakeDiscord({ shardCount: 1 });
    const manager = spawnCompiled(scriptFile('start:sharded'), [], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR,
      DATA_DIR: dataDir,
      SHARD_COUNT: '1',
      LOG_LEVEL: 'info',
    });
    try {
      await manager.log.waitFor((line) => line.msg === 'all shards ready', START_TIMEOUT_MS);
      expect(await ask(fake)).toContain('more than 1,300 civil disputes');
      expect(await stop(manager.child), manager.output()).toBe(0);
      await manager.log.waitFor((line) => line.msg === 'shards stopped');
      expect(manager.output()).not.toContain(TOKEN);
    } finally {
      manager.child.kill('SIGKILL');
      await fake.close();
    }
  }, TEST_TIMEOUT_MS);
});
