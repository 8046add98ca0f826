/** Resolves after the event loop has turned (timers and input waiting meanwhile run first). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
