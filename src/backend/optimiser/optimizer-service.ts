// Runs the FSRS optimiser in the background once enough answers exist, and again as history grows;
// never on the answer path (answer() has already resolved when a run starts).
import type { OptimizerStatus } from '../../core/api.js';
import { MIN_REVIEWS_TO_OPTIMIZE, startOptimizeJob, type OptimizationRun, type RunningJob } from './optimize-job.js';

export interface OptimizerDeps {
  logFile: string;
  /** entries in the log so far (a cheap stand-in for the answer count between runs) */
  entries(): number;
  weights(): readonly number[];
  dayStartHour(): number;
  /** a fixed offset in minutes east of UTC, or null for local time */
  tzMinutes: number | null;
  now(): number;
  lastRun(): OptimizationRun | null;
  /** stores the run and, where it is an improvement, the new weights */
  adopt(run: OptimizationRun): void;
  onError(message: string): void;
}

/** Run again once the history has grown by this factor since the last run. */
const GROWTH = 1.5;

export class OptimizerService {
  private running: Promise<OptimizationRun> | null = null;
  private job: RunningJob | null = null;
  private closed = false;

  constructor(private readonly deps: OptimizerDeps) {}

  status(): OptimizerStatus {
    const last = this.deps.lastRun();
    return {
      reviews: this.deps.entries(),
      minReviews: MIN_REVIEWS_TO_OPTIMIZE,
      running: this.running !== null,
      last: last
        ? { at: last.at, reviews: last.reviews, logLossBefore: measured(last.logLossBefore), logLossAfter: measured(last.logLossAfter),
          loaded: last.loaded, ...(last.reason ? { reason: last.reason } : {}) }
        : null,
      personalised: last !== null && last.loaded && last.logLossAfter < last.logLossBefore,
    };
  }

  /** Called after answers: starts a run when due, without waiting for it. */
  maybeStart(): void {
    if (this.running) return;
    const n = this.deps.entries();
    const last = this.deps.lastRun();
    if (n < MIN_REVIEWS_TO_OPTIMIZE || (last && n < last.reviews * GROWTH)) return;
    setTimeout(() => {
      if (this.closed) return;
      this.run().catch((e: unknown) => {
        if (!this.closed) this.deps.onError(`Optimising FSRS failed: ${e instanceof Error ? e.message : String(e)}`);
      });
    }, 50).unref();
  }

  run(): Promise<OptimizationRun> {
    if (this.closed) return Promise.reject(new Error('the library is closed'));
    if (!this.running) {
      this.job = startOptimizeJob({
        logFile: this.deps.logFile, weights: [...this.deps.weights()], dayStartHour: this.deps.dayStartHour(),
        tzMinutes: this.deps.tzMinutes, now: this.deps.now(),
      });
      this.running = this.job.result.then((run) => {
        // A run that ends after the library closed must not write into it.
        if (!this.closed) this.deps.adopt(run);
        return run;
      }).finally(() => {
        this.running = null;
        this.job = null;
      });
    }
    return this.running;
  }

  /** Stops a run in progress (the library is closing). */
  close(): void {
    this.closed = true;
    this.job?.cancel();
  }
}

/** NaN (nothing to measure on) as JSON carries it: null (the preferences file stores it so too). */
function measured(x: number | null): number | null {
  return x === null || Number.isNaN(x) ? null : x;
}
