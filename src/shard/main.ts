// `npm run start:sharded`: docent on discord.js's ShardingManager. config → logger → the manager, which
// loads the knowledge once (writing its snapshot) and spawns SHARD_COUNT shards (src/shard/shard.ts).
import { loadConfigOrExplain } from '../env.ts';
import { createLogger } from '../logger.ts';
import { startShardManager } from './manager.ts';

async function main(): Promise<void> {
  const config = await loadConfigOrExplain();
  if (config === null) return;
  if (config.DISCORD_TOKEN === undefined) {
    process.stderr.write('docent: start:sharded needs DISCORD_TOKEN (`npm start` without a token runs the local console).\n');
    process.exitCode = 2;
    return;
  }
  const logger = createLogger(config.LOG_LEVEL, { secrets: [config.DISCORD_TOKEN] }).child({ role: 'shard-manager' });
  await startShardManager({ config: { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, logger, handleSignals: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`docent: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
