/**
 * docent runs either as TypeScript through tsx (`npm run dev`, the tests, the bench) or compiled to
 * JavaScript (`npm run build` → `dist/`, what `npm start` runs, without tsx). A module that names a file
 * beside it to run or read (a worker thread's entry, a shard's script, the core's own source for the
 * snapshot key) takes that file's extension from its own URL: `x.ts` beside `y.ts`, `x.js` beside `y.js`.
 */
export type ModuleExtension = '.ts' | '.js';

/** The extension of the module at `moduleUrl` (pass `import.meta.url`): `.ts` when run as TypeScript. */
export function moduleExtension(moduleUrl: string): ModuleExtension {
  return new URL(moduleUrl).pathname.endsWith('.ts') ? '.ts' : '.js';
}
