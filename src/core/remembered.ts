/**
 * A function of a string remembered by its argument, up to `limit` arguments, then forgotten all at once and remembered
 * anew: the same sentences and words come back question after question, and a stream of new ones (a long document, a
 * user's made-up words) cannot grow the memory past the bound. The bound is a memory ceiling, not a tuning.
 */
export function rememberedBy<T>(limit: number, read: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = read(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
