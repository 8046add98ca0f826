/** `global.gc`, which node exposes only with --expose-gc; without it heap figures would be noise. */
function collectGarbage(): void {
  if (typeof globalThis.gc !== 'function') {
    throw new Error('bench: heap measurements need node run with --expose-gc (npm run bench sets NODE_OPTIONS)');
  }
  globalThis.gc();
}

/** Heap in use after a full collection: what live objects hold, without garbage awaiting collection. */
export function liveHeapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * What live objects hold after a full collection, heap and typed arrays together: an index that keeps its
 * postings in typed arrays holds them outside the JS heap, so heap alone would flatter it.
 */
export function liveMemoryBytes(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
