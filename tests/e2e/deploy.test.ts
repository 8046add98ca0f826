import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, contextMenus } from '../../commands/index.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const NAMES = [...commands, ...contextMenus].map((command) => command.data.name);

let fake: FakeDiscord;
let cwd: string;
beforeAll(async () => {
  fake = await startFakeDiscord();
  // An empty working directory: no .env of the developer's can add a guild id or a token.
  cwd = await mkdtemp(join(tmpdir(), 'docent-deploy-'));
});
afterAll(async () => {
  await fake.close();
  await rm(cwd, { recursive: true, force: true });
});

/** Runs `npm run deploy`'s script against the fake, as an operator would with these settings. */
function deploy(env: Record<string, string>) {
  return run(TSX, [join(ROOT, 'src/deploy.ts')], {
    cwd,
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'deploy.test.token', DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, ...env },
  });
}

describe('npm run deploy', () => {
  it('registers the one command list to the development server when DISCORD_GUILD_ID is set, and says so', async () => {
    const { stdout } = await deploy({ DISCORD_GUILD_ID: fake.guildId });
    const put = await fake.waitForRequest((request) => request.method === 'PUT' && request.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    const body = put.body as { name: string; contexts?: number[]; integration_types?: number[]; default_member_permissions?: string | null }[];
    expect(body.map((command) => command.name)).toEqual(NAMES);
    // Usable in servers and in DMs with the bot, installed to servers.
    for (const command of body) {
      expect(command.contexts).toEqual([0, 1]);
      expect(command.integration_types).toEqual([0]);
    }
    expect(body.find((command) => command.name === 'reload')?.default_member_permissions).toBe('32');
    expect(stdout).toContain(`to server ${fake.guildId}`);
    for (const command of commands) expect(stdout).toContain(`/${command.data.name}`);
    for (const menu of contextMenus) expect(stdout).toContain(`Apps › ${menu.data.name}`);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const { stdout } = await deploy({});
    await fake.waitForRequest((request) => request.method === 'PUT' && request.path === `/applications/${fake.applicationId}/commands`);
    expect(stdout).toMatch(/globally/);
  });

  it('exits 2 with a clear message when the application id is missing', async () => {
    const failed = await deploy({ DISCORD_CLIENT_ID: '' }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/DISCORD_CLIENT_ID must be set/);
  });
});
