import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCORD_API_URL, parseConfig } from '../src/config.ts';

describe('parseConfig', () => {
  it('runs with nothing set: no token means the local console', () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({ DISCORD_API_URL: DEFAULT_DISCORD_API_URL, KNOWLEDGE_DIR: 'knowledge', ADMIN_USER_IDS: [], LOG_LEVEL: 'info' }),
    });
    expect(result.ok && result.config.DISCORD_TOKEN).toBeUndefined();
  });

  it('reads lists and numbers, treating empty settings as unset', () => {
    const result = parseConfig({ ADMIN_USER_IDS: '123456789012345678, 223456789012345678', RATE_LIMIT_COUNT: '3', DISCORD_GUILD_ID: '' });
    expect(result.ok && result.config).toMatchObject({ ADMIN_USER_IDS: ['123456789012345678', '223456789012345678'], RATE_LIMIT_COUNT: 3 });
    expect(result.ok && result.config.DISCORD_GUILD_ID).toBeUndefined();
  });

  it('lists every problem at once', () => {
    const result = parseConfig({ DISCORD_CLIENT_ID: 'abc', LOG_LEVEL: 'loud', RATE_LIMIT_COUNT: '-1', DISCORD_API_URL: 'not a url' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const name of ['DISCORD_CLIENT_ID', 'LOG_LEVEL', 'RATE_LIMIT_COUNT', 'DISCORD_API_URL']) expect(result.message).toContain(name);
    }
  });
});
