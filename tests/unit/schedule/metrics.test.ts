import { describe, expect, it } from 'vitest';
import { auc, binOf, logLoss, rmseBins } from '../../../src/core/schedule/metrics.js';

describe('logLoss', () => {
  it('is ln 2 for coin-flip predictions', () => {
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.LN2, 12);
  });
  it('averages -ln p for recalls and -ln(1-p) for lapses', () => {
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
  });
  it('stays finite for a confident miss', () => {
    expect(Number.isFinite(logLoss([1], [0]))).toBe(true);
  });
  it('rejects mismatched lengths', () => {
    expect(() => logLoss([0.5], [1, 0])).toThrow(RangeError);
  });
});

describe('auc', () => {
  it('matches the textbook example (sklearn roc_auc_score docs)', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
  });
  it('counts ties as half', () => {
    expect(auc([0.5, 0.5], [1, 0])).toBeCloseTo(0.5, 12);
  });
  it('is 1 for a perfect ranking and NaN with one class', () => {
    expect(auc([0.2, 0.9], [0, 1])).toBe(1);
    expect(auc([0.2, 0.9], [1, 1])).toBeNaN();
  });
});

describe('rmseBins', () => {
  it('without keys, compares mean p and mean y per predicted-R bin, weighted by size', () => {
    // bin 0.9: mean p 0.9, mean y 0.5 (gap 0.4, 2 reviews); bin 0.2: gap 0.2 (1 review)
    expect(rmseBins([0.9, 0.9, 0.2], [1, 0, 0])).toBeCloseTo(Math.sqrt((2 * 0.16 + 0.04) / 3), 12);
  });
  it('puts reviews on srs-benchmark’s geometric grid', () => {
    expect(binOf({ elapsedDays: 1, reviewIndex: 2, lapses: 0 })).toBe('2.48|4|0');
    expect(binOf({ elapsedDays: 3, reviewIndex: 3, lapses: 1 })).toBe('2.48|4|2');
    expect(binOf({ elapsedDays: 4, reviewIndex: 4, lapses: 2 })).toBe('8.98|7|3') // 1.99 * 1.89^2 = 7.11;
  });
  it('with keys, groups by elapsed days, review index and lapses, not by p', () => {
    const keys = [
      { elapsedDays: 1, reviewIndex: 2, lapses: 0 },
      { elapsedDays: 3, reviewIndex: 3, lapses: 0 }, // same bin as the first
      { elapsedDays: 30, reviewIndex: 2, lapses: 0 },
    ];
    // bin A: mean p 0.7, mean y 0.5 (2 reviews); bin B: p 0.6, y 1
    expect(rmseBins([0.9, 0.5, 0.6], [1, 0, 1], keys)).toBeCloseTo(Math.sqrt((2 * 0.04 + 0.16) / 3), 12);
  });
  it('is 0 when every bin is calibrated', () => {
    expect(rmseBins([0.5, 0.5], [1, 0])).toBe(0);
  });
});
