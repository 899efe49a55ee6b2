// Accuracy metrics for recall predictions, as the public srs-benchmark
// (open-spaced-repetition/srs-benchmark, utils.py `evaluate` / `rmse_matrix`) computes them,
// so Factdeck's figures can be compared with theirs. Pure functions: p = predicted recall
// probability, y = 1 if the card was recalled (grade > 1), else 0.

/** Probabilities are clipped so a confident miss costs a large but finite amount (as sklearn does). */
const EPS = 1e-15;

function checkLengths(p: readonly number[], y: readonly number[]): void {
  if (p.length !== y.length) throw new RangeError(`p has ${p.length} values, y has ${y.length}`);
}

/** Mean binary cross-entropy (natural log), every review weighted equally. */
export function logLoss(p: readonly number[], y: readonly number[]): number {
  checkLengths(p, y);
  if (p.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - EPS, Math.max(EPS, p[i]!));
    sum -= y[i]! > 0 ? Math.log(q) : Math.log(1 - q);
  }
  return sum / p.length;
}

/** What srs-benchmark bins a review by: days since the previous review, its position, past lapses. */
export interface BinKey {
  /** days elapsed since the previous review of the card */
  elapsedDays: number;
  /** 1-based index of this review among the card's reviews (the first review is 1) */
  reviewIndex: number;
  /** reviews before this one graded Again, not counting the card's first review */
  lapses: number;
}

// srs-benchmark rounds each feature down to a geometric grid; these constants are theirs.
function geometricBin(x: number, base: number, scale: number, digits: number): number {
  const v = scale * Math.pow(base, Math.floor(Math.log(x) / Math.log(base)));
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export function binOf(k: BinKey): string {
  const dt = geometricBin(Math.max(k.elapsedDays, 1e-6), 3.62, 2.48, 2);
  const i = geometricBin(k.reviewIndex, 1.89, 1.99, 0);
  const lapse = k.lapses === 0 ? 0 : geometricBin(k.lapses, 1.73, 1.65, 0);
  return `${dt}|${i}|${lapse}`;
}

/**
 * RMSE(bins). Variant implemented: the current srs-benchmark `rmse_matrix` (utils.py): reviews are
 * grouped by (elapsed days, review index, lapse count), each on a geometric grid — NOT by predicted
 * R; per group the mean y and mean p are compared, and the squared gaps are weighted by group size.
 * An older, commented-out variant there compared each review's own p with its group's mean y; we
 * do not use it. Without keys (a caller that only has p and y) we fall back to grouping by predicted
 * R in 20 equal-width bins, which is what calibration plots use; say which one you report.
 */
export function rmseBins(p: readonly number[], y: readonly number[], keys?: readonly BinKey[]): number {
  checkLengths(p, y);
  if (keys && keys.length !== p.length) throw new RangeError(`keys has ${keys.length} values, p has ${p.length}`);
  if (p.length === 0) return NaN;
  const groups = new Map<string, { n: number; sp: number; sy: number }>();
  for (let i = 0; i < p.length; i++) {
    const key = keys ? binOf(keys[i]!) : String(Math.min(19, Math.floor(p[i]! * 20)));
    const g = groups.get(key) ?? { n: 0, sp: 0, sy: 0 };
    g.n++;
    g.sp += p[i]!;
    g.sy += y[i]!;
    groups.set(key, g);
  }
  let se = 0;
  for (const g of groups.values()) se += g.n * ((g.sp - g.sy) / g.n) ** 2;
  return Math.sqrt(se / p.length);
}

/** Area under the ROC curve (Mann-Whitney U with average ranks for ties); NaN if only one class. */
export function auc(p: readonly number[], y: readonly number[]): number {
  checkLengths(p, y);
  const idx = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
  let pos = 0;
  let rankSumPos = 0;
  for (let start = 0; start < idx.length; ) {
    let end = start;
    while (end + 1 < idx.length && p[idx[end + 1]!] === p[idx[start]!]) end++;
    const avgRank = (start + end) / 2 + 1; // ranks are 1-based
    for (let k = start; k <= end; k++) {
      if (y[idx[k]!]! > 0) {
        pos++;
        rankSumPos += avgRank;
      }
    }
    start = end + 1;
  }
  const neg = p.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
