// Snowflake ids, real-looking because @discordjs/rest buckets routes by `\d{17,19}` ids and guild
// ids decide the shard.
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake, 18-19 digits. */
export function snowflake(timestampMs: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(timestampMs) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The shard Discord routes a guild to: `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A snowflake whose timestamp bits route it to `shard` of `shardCount`. */
export function snowflakeForShard(shard: number, shardCount: number): string {
  const elapsed = BigInt(Date.now()) - DISCORD_EPOCH;
  const count = BigInt(shardCount);
  return snowflake(Number(DISCORD_EPOCH + elapsed - (elapsed % count) + BigInt(shard) - count));
}
