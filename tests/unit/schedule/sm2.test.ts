import { describe, expect, it } from 'vitest';
import { predictSm2, sm2Step, SM2_DEFAULTS } from '../../../src/core/schedule/sm2.js';

describe('SM-2 with Anki defaults', () => {
  it('follows a known sequence: graduate, two Goods, a lapse, a Good', () => {
    let s = sm2Step(null, 0, 3);
    expect(s).toEqual({ ivl: 1, ease: 2.5 });
    s = sm2Step(s, 1, 3); // good = max(round(1 * 2.5), hard + 1 = 2) = 3
    expect(s).toEqual({ ivl: 3, ease: 2.5 });
    s = sm2Step(s, 3, 3); // round(7.5) = 8
    expect(s).toEqual({ ivl: 8, ease: 2.5 });
    s = sm2Step(s, 10, 1); // lapse: new interval 0% -> minimum 1 day, ease - 0.2
    expect(s.ivl).toBe(1);
    expect(s.ease).toBeCloseTo(2.3, 12);
    s = sm2Step(s, 1, 3); // max(round(2.3), hard 2 + 1) = 3
    expect(s.ivl).toBe(3);
  });

  it('applies hard 1.2, easy bonus 1.3 and late days as Anki does', () => {
    const s = { ivl: 10, ease: 2.5 };
    expect(sm2Step(s, 10, 2)).toEqual({ ivl: 12, ease: 2.35 });
    expect(sm2Step(s, 14, 3).ivl).toBe(Math.round((10 + 2) * 2.5)); // half the lateness counts
    expect(sm2Step(s, 14, 4)).toEqual({ ivl: Math.round(14 * 2.5 * 1.3), ease: 2.65 });
  });

  it('credits only elapsed time when reviewed early', () => {
    // first Easy -> 4 days; reviewed after 2 with Easy: max(2 * 2.5, 4) * (1.3 - 0.15)
    const s = sm2Step(sm2Step(null, 0, 4), 2, 4);
    expect(s.ivl).toBe(Math.round(5 * 1.15));
    expect(sm2Step(null, 0, 4).ivl).toBe(SM2_DEFAULTS.easyInterval);
  });

  it('reads an interval as 90% recall when due (srs-benchmark)', () => {
    const h = [{ deltaDays: 0, grade: 3 }, { deltaDays: 1, grade: 3 }, { deltaDays: 6, grade: 3 }];
    const p = predictSm2(h);
    expect(p).toHaveLength(2);
    expect(p[0]).toBeCloseTo(0.9, 12);
    expect(p[1]).toBeCloseTo(Math.pow(0.9, 6 / 3), 12);
  });
});
