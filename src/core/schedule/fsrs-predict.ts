// Replays a card's history through FSRS-6 (ts-fsrs) and says how likely recall was at each review
// after the first. This is the model Factdeck schedules with, so measuring it measures us.
import { FSRSAlgorithm, default_w, generatorParameters } from 'ts-fsrs';
import type { ReviewHistory } from './history.js';

/** FSRS-6 default parameters (21 numbers) as shipped by ts-fsrs. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/** One predictor per parameter set: building ts-fsrs's algorithm object is not free. */
export function fsrsPredictor(w: readonly number[] = DEFAULT_PARAMETERS): (h: ReviewHistory) => number[] {
  if (w.length !== 21) throw new RangeError(`FSRS-6 needs 21 parameters, got ${w.length}`);
  // Short-term (same-day) stability is part of FSRS-6; it only acts when deltaDays is 0.
  const algo = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
  return (h) => {
    const first = h[0];
    if (!first) return [];
    let state = algo.next_state(null, 0, first.grade);
    const out: number[] = [];
    for (let j = 1; j < h.length; j++) {
      const r = h[j]!;
      // R before the review, from the stability the previous reviews left.
      out.push(algo.forgetting_curve(r.deltaDays, state.stability));
      state = algo.next_state(state, r.deltaDays, r.grade);
    }
    return out;
  };
}

/** Predicted R before each review after the first (length = history length - 1). */
export function predictFsrs(h: ReviewHistory, w: readonly number[] = DEFAULT_PARAMETERS): number[] {
  return fsrsPredictor(w)(h);
}
