// Generating decks off the main thread: articles queue for the one long-lived generator worker
// (generate-worker.ts), which is started on first use and kept. Each job may carry a name chosen by the
// caller, by which the UI asks how far it has got (the Api is request/response: the UI polls) or stops
// it. Stopping asks the job to stop at its next progress point; a job that does not stop within a moment
// is ended with its worker, and the next job starts a fresh one.
import type { Worker } from 'node:worker_threads';
import type { GenerateProgress } from '../core/api.js';
import type { ArticleInput, Deck } from '../core/deck.js';
import { InputError } from '../core/errors.js';
import type { GenerateJob, WorkerReply } from './generate-worker.js';
import { startWorker } from './worker-file.js';

/** How long a stopped job may run on before its worker is ended. */
const STOP_GRACE_MS = 1_000;
/** Finished jobs remembered for a late progress question. */
const REMEMBER = 50;

interface Job {
  id: number;
  name: string | null;
  input: ArticleInput;
  stop: Int32Array;
  progress: GenerateProgress;
  resolve(deck: Deck): void;
  reject(e: Error): void;
}

export class Generation {
  private worker: Worker | null = null;
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private readonly byName = new Map<string, GenerateProgress>();
  private nextId = 1;
  private closed = false;

  /** `inThisThread`: where no worker can start (never in the built app), generate here instead. */
  constructor(private readonly inThisThread: (input: ArticleInput, onProgress: (done: number, total: number) => void) => Promise<Deck>) {}

  generate(input: ArticleInput, name?: string): Promise<Deck> {
    if (this.closed) return Promise.reject(new Error('the library is closed'));
    return new Promise<Deck>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++, name: name ?? null, input, stop: new Int32Array(new SharedArrayBuffer(4)),
        progress: { state: 'queued', done: 0, total: 0, message: null }, resolve, reject,
      };
      if (job.name !== null) this.remember(job.name, job.progress);
      this.queue.push(job);
      this.pump();
    });
  }

  progress(name: string): GenerateProgress {
    return this.byName.get(name) ?? { state: 'unknown', done: 0, total: 0, message: null };
  }

  /** Stops the named job, queued or running; false when there is no such job still to stop. */
  cancel(name: string): boolean {
    const queued = this.queue.findIndex((j) => j.name === name);
    if (queued >= 0) {
      const [job] = this.queue.splice(queued, 1);
      this.finish(job!, { state: 'cancelled' }, new InputError('the deck was not made: generation was cancelled'));
      return true;
    }
    const job = this.running;
    if (!job || job.name !== name) return false;
    Atomics.store(job.stop, 0, 1);
    setTimeout(() => {
      if (this.running === job) this.endWorker(new InputError('the deck was not made: generation was cancelled'), 'cancelled');
    }, STOP_GRACE_MS).unref();
    return true;
  }

  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.finish(job, { state: 'cancelled' }, new Error('the library was closed'));
    this.endWorker(new Error('the library was closed'), 'cancelled');
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    job.progress.state = 'running';
    const worker = this.worker ?? this.spawn();
    if (!worker) {
      // No worker file (tests of the sources without tsx): the same generator, in this thread.
      this.inThisThread(job.input, (done, total) => Object.assign(job.progress, { done, total })).then(
        (deck) => this.finish(job, { state: 'done' }, deck),
        (e: unknown) => this.finish(job, { state: 'failed' }, e instanceof Error ? e : new Error(String(e))),
      );
      return;
    }
    const message: GenerateJob = { id: job.id, input: job.input, stop: job.stop.buffer as SharedArrayBuffer };
    // A job in progress keeps the process alive (a script awaiting its deck); an idle worker does not.
    worker.ref();
    worker.postMessage(message);
  }

  private spawn(): Worker | null {
    const worker = startWorker('generate-worker', null, true);
    if (!worker) return null;
    this.worker = worker;
    worker.unref();
    worker.on('message', (r: WorkerReply) => this.onReply(r));
    worker.on('error', (e) => this.endWorker(e, 'failed'));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.endWorker(new Error(`the generator stopped (exit ${code})`), 'failed');
    });
    return worker;
  }

  private onReply(r: WorkerReply): void {
    const job = this.running;
    if (!job || job.id !== r.id) return;
    if ('progress' in r) {
      job.progress.done = r.progress[0];
      job.progress.total = r.progress[1];
    } else if ('deck' in r) {
      this.finish(job, { state: 'done' }, r.deck as Deck);
    } else if (r.error.kind === 'input' || r.error.kind === 'cancelled') {
      const message = r.error.kind === 'cancelled' ? 'the deck was not made: generation was cancelled' : r.error.message;
      this.finish(job, { state: r.error.kind === 'cancelled' ? 'cancelled' : 'failed' }, new InputError(message));
    } else {
      this.finish(job, { state: 'failed' }, new Error(`the generator failed: ${r.error.message}`));
    }
  }

  /** Ends the worker (a job that would not stop, a crash, closing); the running job ends with `e`. */
  private endWorker(e: Error, state: 'failed' | 'cancelled'): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    const job = this.running;
    if (job) this.finish(job, { state }, e);
  }

  private finish(job: Job, end: { state: GenerateProgress['state'] }, outcome: Deck | Error): void {
    job.progress.state = end.state;
    if (outcome instanceof Error) {
      job.progress.message = outcome.message;
      job.reject(outcome);
    } else {
      job.progress.done = job.progress.total;
      job.resolve(outcome);
    }
    if (this.running === job) {
      this.running = null;
      this.worker?.unref();
      this.pump();
    }
  }

  private remember(name: string, progress: GenerateProgress): void {
    this.byName.delete(name);
    this.byName.set(name, progress);
    if (this.byName.size > REMEMBER) this.byName.delete(this.byName.keys().next().value!);
  }
}
