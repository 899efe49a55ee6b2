// The FSRS optimiser's worker thread: reading a long history, fitting and scoring take seconds at a
// million answers, which must not freeze the app's main thread (the UI's Api calls run there).
import { parentPort, workerData } from 'node:worker_threads';
import { optimizeFromLog, type OptimizeJob } from './optimize-job.js';

const job = workerData as OptimizeJob;
optimizeFromLog(job).then(
  (run) => parentPort!.postMessage({ run }),
  (e: unknown) => parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) }),
);
