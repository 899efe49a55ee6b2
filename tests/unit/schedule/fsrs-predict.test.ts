import { describe, expect, it } from 'vitest';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { DEFAULT_PARAMETERS, predictFsrs } from '../../../src/core/schedule/fsrs-predict.js';

describe('predictFsrs', () => {
  it('uses the initial stability of the first grade: R = 90% after S days', () => {
    const s0 = default_w[2]!; // initial stability for Good
    const p = predictFsrs([{ deltaDays: 0, grade: 3 }, { deltaDays: s0, grade: 3 }]);
    expect(p).toHaveLength(1);
    expect(p[0]).toBeCloseTo(0.9, 6);
  });
  it('gives one prediction per review after the first, falling with time', () => {
    const h = [{ deltaDays: 0, grade: 3 }, { deltaDays: 2, grade: 3 }, { deltaDays: 30, grade: 1 }, { deltaDays: 1, grade: 3 }];
    const p = predictFsrs(h);
    expect(p).toHaveLength(3);
    expect(p[1]!).toBeLessThan(p[0]!);
    expect(p[0]).toBeCloseTo(forgetting_curve(DEFAULT_PARAMETERS, 2, default_w[2]!), 12);
    expect(predictFsrs([])).toEqual([]);
  });
  it('rejects parameter lists that are not FSRS-6', () => {
    expect(() => predictFsrs([{ deltaDays: 0, grade: 3 }], [1, 2, 3])).toThrow(RangeError);
  });
});
