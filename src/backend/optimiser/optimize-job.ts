// Optimising FSRS on a person's own history: gather their answers from the log (undone ones left out),
// fit parameters with the optional binding, and measure log loss before and after on that history.
import { logLoss } from '../../core/schedule/metrics.js';
import { predictFsrs } from '../../core/schedule/fsrs-predict.js';
import { outcomes, type ReviewHistory } from '../../core/schedule/history.js';
import type { TzOffset } from '../../core/schedule/day.js';
import { historiesFromLog, optimizeParameters } from './optimizer.js';
import { leanEntry } from '../storage/lean-entry.js';
import { readLogFrom } from '../storage/review-log.js';
import { startWorker } from '../worker-file.js';

/** Fewer answers than this give parameters worse than the defaults. */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

export interface OptimizationRun {
  at: number;
  reviews: number;
  params: number[];
  logLossBefore: number;
  logLossAfter: number;
  /** false where the optimiser package could not load: defaults stay */
  loaded: boolean;
  reason?: string;
}

export function answersInLog(logFile: string): { card: string; t: number; grade: number }[] {
  const answers = new Map<number, { card: string; t: number; grade: number }>();
  // Only who, when and the grade are needed, never the card state: the lean reader parses far less.
  readLogFrom(logFile, 0, (e) => {
    if (e.k === 'r' && e.g) answers.set(e.n, { card: `${e.d}\u0000${e.c}`, t: e.t, grade: e.g });
    else if (e.k === 'u' && e.u !== undefined) answers.delete(e.u);
  }, Infinity, leanEntry);
  return [...answers.values()];
}

/**
 * Log loss over reviews made on a later day than the one before, as Anki reports it: a same-day
 * learning step says nothing about long-term memory, and FSRS predicts it at R = 1.
 */
export function historyLogLoss(histories: readonly ReviewHistory[], w: readonly number[]): number {
  const p: number[] = [];
  const y: number[] = [];
  for (const h of histories) {
    if (h.length < 2) continue;
    const ps = predictFsrs(h, w);
    const ys = outcomes(h);
    for (let j = 1; j < h.length; j++) {
      if (h[j]!.deltaDays <= 0) continue;
      p.push(ps[j - 1]!);
      y.push(ys[j - 1]!);
    }
  }
  return p.length ? logLoss(p, y) : NaN;
}

/** What a run needs: plain data, so it can cross into a worker thread. */
export interface OptimizeJob {
  logFile: string;
  weights: readonly number[];
  dayStartHour: number;
  /** minutes east of UTC, or null for this machine's local time (DST included) */
  tzMinutes: number | null;
  now: number;
}

const localTz: TzOffset = (t) => -new Date(t).getTimezoneOffset();

export async function optimizeFromLog(job: OptimizeJob): Promise<OptimizationRun> {
  const { logFile, weights: current, dayStartHour, now } = job;
  const tz: TzOffset = job.tzMinutes === null ? localTz : () => job.tzMinutes!;
  const answers = answersInLog(logFile);
  const histories = [...historiesFromLog(answers, { dayStartHour, tzOffsetMinutes: tz }).values()];
  const result = await optimizeParameters(histories);
  const before = historyLogLoss(histories, current);
  const after = historyLogLoss(histories, result.params);
  // Keep what predicts better: a fit that does worse on the person's own history is not used.
  const params = after <= before ? result.params : [...current];
  return {
    at: now, reviews: answers.length, params, logLossBefore: round(before), logLossAfter: round(Math.min(after, before)),
    loaded: result.loaded, ...(result.reason ? { reason: result.reason } : {}),
  };
}

export interface RunningJob {
  result: Promise<OptimizationRun>;
  cancel(): void;
}

/** Runs the job in a worker thread where it can (worker-file.ts), otherwise in this thread. */
export function startOptimizeJob(job: OptimizeJob): RunningJob {
  // Elsewhere (vitest runs the sources its own way) the job runs in this thread.
  const worker = startWorker('optimiser/optimize-worker', job);
  if (!worker) return { result: optimizeFromLog(job), cancel: () => {} };
  const result = new Promise<OptimizationRun>((resolve, reject) => {
    worker.once('message', (m: { run?: OptimizationRun; error?: string }) => (m.run ? resolve(m.run) : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the optimiser stopped (exit ${code})`)));
  }).finally(() => void worker.terminate());
  return { result, cancel: () => void worker.terminate() };
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10000) / 10000 : x;
}
