// The deck generator's worker thread. One long-lived worker reads articles into decks, one at a time, so
// the main thread (every other Api call: answers, listing) never waits for a long article, and what the
// generator loads once (a parser's model) is loaded once for every article. The generator itself is
// core's pure generateDeck; this file only runs it, reports progress, and stops it when told.
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../core/deck.js';
import { isInputError } from '../core/errors.js';
import { generateDeck } from '../core/generate.js';
import { loadSyntaxModel } from './syntax-model.js';

export interface GenerateJob {
  id: number;
  input: ArticleInput;
  /** Int32Array view: set to 1 to ask the job to stop at its next progress point */
  stop: SharedArrayBuffer;
}

export type WorkerReply =
  | { id: number; progress: [done: number, total: number] }
  | { id: number; deck: unknown }
  | { id: number; error: { kind: 'input' | 'cancelled' | 'bug'; message: string } };

class Cancelled extends Error {}

/** The syntax model, loaded here once for every article this worker reads. */
const loaded = Promise.resolve().then(() => ({ syntax: loadSyntaxModel() }));
const port = parentPort!;

port.on('message', (job: GenerateJob) => {
  void loaded.then((resources) => {
    const stop = new Int32Array(job.stop);
    const reply = (r: WorkerReply) => port.postMessage(r);
    try {
      const deck = generateDeck(job.input, {
        ...resources,
        onProgress: (done, total) => {
          if (Atomics.load(stop, 0) === 1) throw new Cancelled();
          reply({ id: job.id, progress: [done, total] });
        },
      });
      reply({ id: job.id, deck });
    } catch (e) {
      const kind = e instanceof Cancelled ? 'cancelled' : isInputError(e) ? 'input' : 'bug';
      reply({ id: job.id, error: { kind, message: e instanceof Error ? (kind === 'bug' ? e.stack ?? e.message : e.message) : String(e) } });
    }
  }, (e: unknown) => port.postMessage({ id: job.id, error: { kind: 'bug', message: `the generator could not load: ${e instanceof Error ? e.message : String(e)}` } }));
});
