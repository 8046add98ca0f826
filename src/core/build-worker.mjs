// The build's worker thread starts here, in JavaScript: a worker thread does not get the TypeScript
// loader the process was started with (`tsx`), so it registers tsx itself, then runs the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
