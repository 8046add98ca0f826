import { randomBytes } from 'node:crypto';
import { DISCORD_LIMITS } from '../format/discord-text.ts';

/**
 * Carries a button's state in its custom id. A payload that fits in Discord's 100 characters rides
 * inline (`ask:more=…`), so it survives a restart; a longer one (a long question) is kept in memory
 * under a random key (`ask:more#Xq3…`, 96 bits), the oldest forgotten first.
 *
 * A kept payload is bound to its button kind (the prefix) and, when it has one, to its owner (the user
 * who may press it). Keys are random, never counters, so a key from before a restart, from another
 * shard's process, or made up by hand finds nothing; and a key pressed by anyone but its owner, or
 * under another prefix, finds nothing either. Each of these decodes as expired: the command says so
 * and shows nothing of what the key once held.
 */
export interface ButtonState {
  /** `owner`: the only user whose press may read a kept payload back (inline payloads carry their own checks). */
  encode(prefix: string, payload: string, options?: { readonly owner?: string }): string;
  /**
   * The prefix and payload of a custom id pressed by `userId`; the payload is null when it was forgotten,
   * never kept here, made for another prefix or owned by someone else. Null for an id that is not ours.
   */
  decode(customId: string, userId: string): { readonly prefix: string; readonly payload: string | null } | null;
}

/** How many long payloads are remembered: a day of busy paging costs a few megabytes at most. */
const REMEMBERED_PAYLOADS = 5000;

/** Random bytes in a key: 96 bits, 16 characters of base64url, so guessing or colliding is out of reach. */
const KEY_BYTES = 12;
/**
 * Keys are cut from a pool of random bytes this large (341 keys): one call to the system's random source
 * per few hundred answers rather than two or three an answer (the vote buttons' payloads are long).
 */
const KEY_POOL_BYTES = 4092;

interface Kept {
  readonly prefix: string;
  readonly owner: string | null;
  readonly payload: string;
}

export function createButtonState(capacity = REMEMBERED_PAYLOADS): ButtonState {
  const remembered = new Map<string, Kept>();
  let pool = Buffer.alloc(0);
  let used = 0;
  const newKey = (): string => {
    if (used + KEY_BYTES > pool.length) {
      pool = randomBytes(KEY_POOL_BYTES);
      used = 0;
    }
    used += KEY_BYTES;
    return pool.toString('base64url', used - KEY_BYTES, used);
  };
  return {
    encode(prefix, payload, options = {}) {
      const inline = `${prefix}=${payload}`;
      if (inline.length <= DISCORD_LIMITS.customId) return inline;
      const key = newKey();
      remembered.set(key, { prefix, owner: options.owner ?? null, payload });
      if (remembered.size > capacity) remembered.delete(remembered.keys().next().value as string);
      return `${prefix}#${key}`;
    },
    decode(customId, userId) {
      const match = /^([a-z]+:[a-z]+)([=#])(.*)$/s.exec(customId);
      if (match === null) return null;
      const [, prefix = '', kind, rest = ''] = match;
      if (kind === '=') return { prefix, payload: rest };
      const kept = remembered.get(rest);
      const valid = kept !== undefined && kept.prefix === prefix && (kept.owner === null || kept.owner === userId);
      return { prefix, payload: valid ? kept.payload : null };
    },
  };
}
