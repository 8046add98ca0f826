/**
 * A function of a string remembered by its argument, up to `limit` arguments, then forgotten all at once and remembered
 * anew: the same sentences and words come back question after question, and a stream of new ones (a long document, a
 * user's made-up words) cannot grow the memory past the bound. The bound is a memory ceiling, not a tuning.
 */
export function rememberedBy<T>(limit: number, read: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    // One look-up on a hit, not `has` then `get`: this runs thousands of times an answer (perf71). A value read as
    // undefined is still remembered, and told from a key never read by `has`.
    const held = known.get(key);
    if (held !== undefined || known.has(key)) return held as T;
    const value = read(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

/**
 * `rememberedBy` for a function of an owner (a lexicon) and a string: each owner has its own bounded memory, dropped with
 * the owner, so a reading made with one lexicon is never served for another's.
 */
export function rememberedFor<O extends object, T>(limit: number, read: (owner: O, key: string) => T): (owner: O, key: string) => T {
  const byOwner = new WeakMap<O, (key: string) => T>();
  return (owner, key) => {
    let remembered = byOwner.get(owner);
    if (remembered === undefined) byOwner.set(owner, (remembered = rememberedBy(limit, (some) => read(owner, some))));
    return remembered(key);
  };
}

/**
 * A function of an object (a parsed question) and its settings, read once an object: the last object asked is kept with
 * its settings and reading, as ranking and abstaining ask the same reading of the same question one after the other.
 * Another object, or other settings (another lexicon, another bound), read afresh and are kept instead. One slot, not a
 * WeakMap: a WeakMap's entry for each new question cost about 0.6 µs a reading (three readings, asked twice a question).
 */
export function rememberedOn<O extends object, A extends readonly unknown[], T>(read: (owner: O, ...settings: A) => T): (owner: O, ...settings: A) => T {
  let last: { readonly owner: O; readonly settings: A; readonly value: T } | undefined;
  return (owner, ...settings) => {
    if (last !== undefined && last.owner === owner && last.settings.every((setting, at) => setting === settings[at])) return last.value;
    const value = read(owner, ...settings);
    last = { owner, settings, value };
    return value;
  };
}
