import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historiesFromLog, optimizeParameters } from '../../../src/backend/optimiser/optimizer.js';
import { DEFAULT_PARAMETERS, fsrsPredictor } from '../../../src/core/schedule/fsrs-predict.js';
import { logLoss } from '../../../src/core/schedule/metrics.js';
import { outcomes, type ReviewHistory } from '../../../src/core/schedule/history.js';
import { parseSeq2seq, splitHalf } from '../../../bench/seq2seq.js';
import { mulberry32 } from '../../../src/core/random.js';
import { itWith, sharedFile } from '../../helpers/shared-data.js';

const DATA = sharedFile('revlogs/fsrs-optimizer-tiny-seq2seq.tsv', "a real review history published by the author of FSRS, open-spaced-repetition/fsrs-optimizer-tiny");

/** Histories of a learner whose memory follows FSRS with parameters `w`: each review recalled with the
 * probability the model gives, at intervals that vary as a scheduler's would. */
function simulated(w: readonly number[], cards: number, seed: number): ReviewHistory[] {
  const predict = fsrsPredictor(w);
  const rand = mulberry32(seed);
  const out: ReviewHistory[] = [];
  for (let c = 0; c < cards; c++) {
    const h = [{ deltaDays: 0, grade: rand() < 0.3 ? 1 : 3 }];
    for (let k = 0; k < 8; k++) {
      const deltaDays = 1 + Math.floor(rand() * 2 ** (1 + k));
      const p = predict([...h, { deltaDays, grade: 3 }]).at(-1)!;
      h.push({ deltaDays, grade: rand() < p ? (rand() < 0.15 ? 4 : 3) : 1 });
    }
    out.push(h);
  }
  return out;
}

function heldOutLogLoss(test: readonly ReviewHistory[], w: readonly number[]): number {
  const predict = fsrsPredictor(w);
  return logLoss(test.flatMap((h) => predict(h)), test.flatMap((h) => outcomes(h)));
}

describe('optimizeParameters', () => {
  it('fits parameters that predict held-out cards of a simulated learner better than the defaults', async () => {
    // A learner who forgets much faster than FSRS's defaults expect: initial stabilities a tenth of theirs.
    const w = DEFAULT_PARAMETERS.map((x, i) => (i < 4 ? x / 10 : x));
    const r = await optimizeParameters(simulated(w, 600, 1));
    expect(r.loaded).toBe(true);
    expect(r.params).toHaveLength(21);
    const test = simulated(w, 600, 2);
    expect(heldOutLogLoss(test, r.params)).toBeLessThan(heldOutLogLoss(test, DEFAULT_PARAMETERS) - 0.01);
  });

  itWith(DATA, 'fits parameters that predict held-out cards better than the defaults', async () => {
    const [a, b] = splitHalf(parseSeq2seq(readFileSync(DATA.path, 'utf8')), 7);
    const train = a.slice(0, 1500);
    const test = b.slice(0, 1500);
    const r = await optimizeParameters(train);
    expect(r.loaded).toBe(true);
    expect(r.reason).toBeUndefined();
    expect(r.params).toHaveLength(21);
    expect(heldOutLogLoss(test, r.params)).toBeLessThan(heldOutLogLoss(test, DEFAULT_PARAMETERS));
  });

  it('keeps the defaults and says why when the binding cannot load', async () => {
    const r = await optimizeParameters([[{ deltaDays: 0, grade: 3 }, { deltaDays: 2, grade: 3 }]], {
      load: () => Promise.reject(new Error('Cannot find module')),
    });
    expect(r).toEqual({ params: [...DEFAULT_PARAMETERS], loaded: false, reason: 'FSRS optimizer unavailable: Cannot find module' });
  });

  it('keeps the defaults when no card has two reviews', async () => {
    const r = await optimizeParameters([[{ deltaDays: 0, grade: 3 }]]);
    expect(r.params).toEqual([...DEFAULT_PARAMETERS]);
    expect(r.reason).toMatch(/reviewed twice/);
  });
});

describe('optimizeParameters on learning-step histories', () => {
  it('survives cards reviewed only within one day (fsrs-rs would abort the process on them)', async () => {
    const sameDay: ReviewHistory[] = Array.from({ length: 50 }, () => [
      { deltaDays: 0, grade: 1 }, { deltaDays: 0, grade: 3 }, { deltaDays: 0, grade: 3 },
    ]);
    const spaced: ReviewHistory[] = Array.from({ length: 50 }, (_, i) => [
      { deltaDays: 0, grade: 3 }, { deltaDays: 0, grade: 3 }, { deltaDays: 1 + (i % 3), grade: i % 5 ? 3 : 1 }, { deltaDays: 4, grade: 3 },
    ]);
    const r = await optimizeParameters([...sameDay, ...spaced]);
    expect(r.loaded).toBe(true);
    expect(r.params).toHaveLength(21);
  });
});

describe('historiesFromLog', () => {
  const H = 3_600_000;
  const day0 = Date.UTC(2024, 0, 10); // midnight UTC

  it('counts study days from 4 a.m. local time', () => {
    const log = [
      { card: 'a', t: day0 + 22 * H, grade: 3 }, // 22:00 on the 10th
      { card: 'a', t: day0 + 27 * H, grade: 3 }, // 03:00 on the 11th: still the 10th's study day
      { card: 'a', t: day0 + 29 * H, grade: 1 }, // 05:00 on the 11th: next day
      { card: 'b', t: day0 + 12 * H, grade: 4 },
    ];
    const h = historiesFromLog(log);
    expect(h.get('a')).toEqual([{ deltaDays: 0, grade: 3 }, { deltaDays: 0, grade: 3 }, { deltaDays: 1, grade: 1 }]);
    expect(h.get('b')).toEqual([{ deltaDays: 0, grade: 4 }]);
  });

  it('applies the time-zone offset and sorts by time', () => {
    // 02:30 UTC and 05:30 UTC; at UTC+2 they are 04:30 and 07:30 local: the same study day
    const log = [
      { card: 'a', t: day0 + 5.5 * H, grade: 3 },
      { card: 'a', t: day0 + 2.5 * H, grade: 3 },
      { card: 'a', t: day0 + 2.5 * H, grade: 0 }, // not a recall grade: ignored
    ];
    expect(historiesFromLog(log).get('a')!.map((r) => r.deltaDays)).toEqual([0, 1]);
    expect(historiesFromLog(log, { tzOffsetMinutes: 120 }).get('a')!.map((r) => r.deltaDays)).toEqual([0, 0]);
  });
});
