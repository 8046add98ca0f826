import type { Client } from 'discord.js';

/**
 * Logs the client in, and when that fails says what failed, where and what to check: login starts with
 * `GET /gateway/bot` (which the REST client tries 4 times), then the gateway. A refused token says so.
 *
 * Not retried here: discord.js destroys a client whose login failed, and a destroyed client stays
 * destroyed. The sharded bot's manager retries `GET /gateway/bot` with backoff (`fetchGatewayBot`).
 */
export async function logIn(client: Client, token: string, options: { apiUrl: string }): Promise<void> {
  try {
    await client.login(token);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'TokenInvalid') {
      throw new Error(`logging in: Discord refused the token (GET /gateway/bot at ${options.apiUrl}); check DISCORD_TOKEN`, { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `logging in to Discord failed (GET /gateway/bot at ${options.apiUrl}, then the gateway): ${message}; is Discord reachable and DISCORD_API_URL right?`,
      { cause: error },
    );
  }
}
