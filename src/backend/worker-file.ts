// Starting one of the backend's worker threads (the FSRS optimiser, the deck generator) from wherever
// this code runs: the compiled files (the CLI, `factdeck serve`), the Electron bundle, or the TypeScript
// sources under tsx (benchmarks) or vitest.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker for `name` (a file under src/backend, without extension: 'optimiser/optimize-worker'), or null where
 * none can start.
 * `fromSources`: also start it from the .ts source in a process that is not tsx itself (vitest), by
 * registering tsx inside the worker.
 */
export function startWorker(name: string, workerData: unknown, fromSources = false): Worker | null {
  // Beside this file when built by tsc (dist/node/backend); one folder up in the Electron bundle, where
  // this code sits in out/main/chunks and the worker is its own entry in out/main.
  for (const rel of [`./${name}.js`, `../${name.split('/').at(-1)}.js`]) {
    const js = new URL(rel, import.meta.url);
    if (fs.existsSync(fileURLToPath(js))) return new Worker(js, { workerData });
  }
  const ts = new URL(`./${name}.ts`, import.meta.url);
  if (!fs.existsSync(fileURLToPath(ts))) return null;
  if (!fromSources && !process.execArgv.some((a) => a.includes('tsx'))) return null;
  // A worker does not inherit tsx's loader on Node 20: register it in the worker, then load the source.
  const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(ts.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
