import { parentPort, workerData } from 'node:worker_threads';
import type { BuildRequest } from './build.ts';
import { buildInWorkerThread, transferablesOf } from './build-thread.ts';

/**
 * The entry of a build's worker thread (see `build.ts`): reads the folder, builds or restores the
 * knowledge, writes the snapshot, and posts the result to the thread that started it.
 */
const request = workerData as BuildRequest;
const outcome = await buildInWorkerThread(request);
parentPort?.postMessage(outcome, transferablesOf(outcome));
