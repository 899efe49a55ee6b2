// The generator always finishes: a loop that stops advancing would hang the whole test run rather than fail a test,
// so every known article (and scrambled copies) is generated in a worker that is stopped after a time limit.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';

// The MultiRC articles are other people's data beside the repository: without them the check runs on the project's
// own articles, and says so in one line (tests/helpers/skip-reporter.ts prints it).
if (!existsSync(new URL('../../../../shared/data/articles-dev/multirc-cnn.json', import.meta.url)))
  it.skip("../shared/data is missing articles-dev/multirc-cnn.json (MultiRC's dev set; other people's data, beside the repository): generated the project's own articles only", () => {});

it('generates a deck for every known article and scrambled copies, in a worker stopped after 60 s', async () => {
  // Node 20 workers do not inherit the TypeScript loader: register tsx inside, then load the worker's source.
  const src = new URL('./terminates.worker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(src)}); })`, { eval: true });
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    new Promise<{ done: number; total: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }),
    new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running after 60 s: the generator hangs'), 60_000))),
  ]);
  clearTimeout(timer);
  await worker.terminate();
  // 12 MultiRC articles (when ../shared is there) + the test articles + the built-in one, each also scrambled twice.
  expect(typeof result === 'string' ? result : result.done).toBe(typeof result === 'string' ? 'done' : result.total);
  if (typeof result !== 'string') expect(result.total).toBeGreaterThanOrEqual(36);
}, 90_000);
