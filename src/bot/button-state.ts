import { DISCORD_LIMITS } from '../format/discord-text.ts';

/**
 * Carries a button's state in its custom id. A payload that fits in Discord's 100 characters rides
 * inline (`ask:more=…`), so it survives a restart; a longer one (a long question) is kept in memory
 * under a short key (`ask:more#17`), the oldest forgotten first, and a press on a forgotten one is
 * answered "expired".
 */
export interface ButtonState {
  encode(prefix: string, payload: string): string;
  /** The prefix and payload of a custom id, or the prefix alone when its payload was forgotten. */
  decode(customId: string): { readonly prefix: string; readonly payload: string | null } | null;
}

/** How many long payloads are remembered: a day of busy paging costs a few megabytes at most. */
export const REMEMBERED_PAYLOADS = 5000;

export function createButtonState(capacity = REMEMBERED_PAYLOADS): ButtonState {
  const remembered = new Map<string, string>();
  let nextKey = 0;
  return {
    encode(prefix, payload) {
      const inline = `${prefix}=${payload}`;
      if (inline.length <= DISCORD_LIMITS.customId) return inline;
      const key = (nextKey++).toString(36);
      remembered.set(key, payload);
      if (remembered.size > capacity) remembered.delete(remembered.keys().next().value as string);
      return `${prefix}#${key}`;
    },
    decode(customId) {
      const match = /^([a-z]+:[a-z]+)([=#])(.*)$/s.exec(customId);
      if (match === null) return null;
      const [, prefix = '', kind, rest = ''] = match;
      return { prefix, payload: kind === '=' ? rest : (remembered.get(rest) ?? null) };
    },
  };
}
