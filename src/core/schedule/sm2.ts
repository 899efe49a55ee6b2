// Anki's classic scheduler (SM-2 as Anki changed it: v2/v3 review intervals, default deck
// options), used only as a baseline in the scheduler benchmark. Its intervals are turned into
// recall probabilities the way srs-benchmark does for its "Anki"/"SM-2" models
// (models/anki.py and models/sm_2.py: `forgetting_curve = 0.9 ** (t / s)`, s = the interval),
// i.e. it is read as promising 90% recall exactly when a card is due.
// Differences from srs-benchmark's models/anki.py: we follow Anki's Rust code (rslib
// scheduler/states/review.rs) for which grade gets which formula, and do not cap ease at 5.5.
import type { ReviewHistory } from './history.js';

export interface Sm2Settings {
  graduatingInterval: number;
  easyInterval: number;
  startingEase: number;
  easyBonus: number;
  hardInterval: number;
  /** fraction of the old interval kept after a lapse ("New interval") */
  lapseNewInterval: number;
  minimumLapseInterval: number;
  intervalModifier: number;
  maximumInterval: number;
}

/** Anki's defaults. */
export const SM2_DEFAULTS: Readonly<Sm2Settings> = Object.freeze({
  graduatingInterval: 1,
  easyInterval: 4,
  startingEase: 2.5,
  easyBonus: 1.3,
  hardInterval: 1.2,
  lapseNewInterval: 0,
  minimumLapseInterval: 1,
  intervalModifier: 1,
  maximumInterval: 36500,
});

export interface Sm2State {
  /** scheduled interval, days */
  ivl: number;
  ease: number;
}

/**
 * The state after one review. `elapsed` = days since the previous review. Same-day learning steps
 * are not modelled: a new card's first day-level grade graduates it (Easy -> easy interval).
 */
export function sm2Step(s: Sm2State | null, elapsed: number, grade: number, o: Sm2Settings = SM2_DEFAULTS): Sm2State {
  const fit = (x: number, min: number) => Math.min(o.maximumInterval, Math.max(1, min, Math.round(x * o.intervalModifier)));
  if (!s) return { ivl: grade === 4 ? o.easyInterval : o.graduatingInterval, ease: o.startingEase };
  const { ivl, ease } = s;
  if (grade === 1) {
    return { ivl: Math.max(o.minimumLapseInterval, fit(ivl * o.lapseNewInterval, 1)), ease: Math.max(1.3, ease - 0.2) };
  }
  const late = elapsed - ivl;
  let next: number;
  if (late < 0) {
    // Reviewed early: credit only the time that actually passed (Anki's passing_early_review_intervals).
    if (grade === 2) next = fit(Math.max(elapsed * o.hardInterval, (ivl * o.hardInterval) / 2), 0);
    else if (grade === 3) next = fit(Math.max(elapsed * ease, ivl), 0);
    else next = fit(Math.max(elapsed * ease, ivl) * (o.easyBonus - (o.easyBonus - 1) / 2), 0);
  } else {
    const hard = fit(ivl * o.hardInterval, o.hardInterval > 1 ? ivl + 1 : 0);
    const good = fit((ivl + late / 2) * ease, o.hardInterval > 1 ? hard + 1 : ivl + 1);
    const easy = fit((ivl + late) * ease * o.easyBonus, good + 1);
    next = grade === 2 ? hard : grade === 3 ? good : easy;
  }
  const dEase = grade === 2 ? -0.15 : grade === 4 ? 0.15 : 0;
  return { ivl: next, ease: Math.max(1.3, ease + dEase) };
}

/** R = 0.9^(t / interval): predicted recall before each review after the first. */
export function predictSm2(h: ReviewHistory, o: Sm2Settings = SM2_DEFAULTS): number[] {
  const out: number[] = [];
  let s: Sm2State | null = null;
  for (let j = 0; j < h.length; j++) {
    const r = h[j]!;
    if (s) out.push(Math.pow(0.9, r.deltaDays / s.ivl));
    s = sm2Step(s, r.deltaDays, r.grade, o);
  }
  return out;
}
