import type { Client } from 'discord.js';

/**
 * A failed login, saying what failed, where and what to check. `retryable` when trying again with a
 * fresh client may help: Discord or the network failed (a 5xx, a reset, a timeout), not the token,
 * the intents or the request.
 */
export class LoginError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'LoginError';
  }
}

/**
 * Logs the client in, and when that fails says what failed, where and what to check: login starts with
 * `GET /gateway/bot` (which the REST client tries 4 times), then the gateway. A refused token says so.
 *
 * Not retried here: discord.js destroys a client whose login failed, and a destroyed client stays
 * destroyed. `startBot` retries a `retryable` failure with a fresh client and backoff.
 */
export async function logIn(client: Client, token: string, options: { apiUrl: string }): Promise<void> {
  try {
    await client.login(token);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'TokenInvalid') {
      throw new LoginError(`logging in: Discord refused the token (GET /gateway/bot at ${options.apiUrl}); check DISCORD_TOKEN`, false, { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new LoginError(
      `logging in to Discord failed (GET /gateway/bot at ${options.apiUrl}, then the gateway): ${message}; is Discord reachable and DISCORD_API_URL right?`,
      isRetryable(error),
      { cause: error },
    );
  }
}

/**
 * A 5xx, a 429 or an error with no HTTP status (the network) may pass; a 4xx will not, nor the
 * gateway closing for a bad token, bad intents or bad sharding (4004, 4010–4014).
 */
function isRetryable(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return status >= 500 || status === 429;
  const message = error instanceof Error ? error.message : String(error);
  return !/authentication failed|intent|shard/i.test(message);
}
