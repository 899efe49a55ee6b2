// A card's review history in the shape schedulers are measured on: whole days between reviews
// and the grade given. Shared by the benchmark's predictors (SM-2, FSRS) and the optimiser.
import type { BinKey } from './metrics.js';

export interface ReviewStep {
  /** whole days since the card's previous review; 0 for its first review */
  deltaDays: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy */
  grade: number;
}

export type ReviewHistory = readonly ReviewStep[];

/** Outcome of each review after the first: recalled unless graded Again. */
export function outcomes(h: ReviewHistory): number[] {
  return h.slice(1).map((r) => (r.grade > 1 ? 1 : 0));
}

/**
 * srs-benchmark's RMSE(bins) keys for each review after the first. Lapses count Again grades on
 * earlier reviews that were not same-day or first reviews (their `t != "0"` test).
 */
export function binKeys(h: ReviewHistory): BinKey[] {
  const keys: BinKey[] = [];
  let lapses = 0;
  for (let j = 1; j < h.length; j++) {
    const prev = h[j - 1]!;
    if (prev.deltaDays !== 0 && prev.grade === 1) lapses++;
    keys.push({ elapsedDays: h[j]!.deltaDays, reviewIndex: j + 1, lapses });
  }
  return keys;
}
