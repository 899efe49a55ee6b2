// Frozen perceptron weights as shipped: features (32-bit keys, sorted) each with a short row of (class, weight)
// entries. Lookups go through a bucket index on the keys' top bits, built at load time, so a miss (the common
// case: most feature instances were never seen in training) costs one index read and a scan of a few keys.

export interface Weights {
  nClasses: number;
  /** Feature keys, ascending. */
  keys: Uint32Array;
  /** How many entries each feature has. */
  counts: Uint8Array;
  cls: Uint8Array;
  val: Int16Array;
  /** Weight of one quantisation step: score = sum(val) * scale. */
  scale: number;
  // Derived at load time:
  offsets: Uint32Array;
  buckets: Uint32Array;
  shift: number;
}

export function makeWeights(nClasses: number, keys: Uint32Array, counts: Uint8Array, cls: Uint8Array, val: Int16Array, scale: number): Weights {
  const n = keys.length;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  // About four keys per bucket.
  let bits = 1;
  while (bits < 30 && 2 ** (bits + 2) < n) bits++;
  const shift = 32 - bits;
  const buckets = new Uint32Array(2 ** bits + 1);
  let b = 0;
  for (let i = 0; i < n; i++) {
    const kb = keys[i]! >>> shift;
    while (b <= kb) buckets[b++] = i;
  }
  while (b < buckets.length) buckets[b++] = n;
  return { nClasses, keys, counts, cls, val, scale, offsets, buckets, shift };
}

/** Adds the rows of the given features into `scores` (integer units: multiply by `scale` for the real score). */
export function addScores(w: Weights, feats: Uint32Array, nf: number, scores: Float64Array): void {
  const { keys, buckets, shift, offsets, cls, val } = w;
  for (let f = 0; f < nf; f++) {
    const k = feats[f]!;
    const bk = k >>> shift;
    let i = buckets[bk]!;
    const end = buckets[bk + 1]!;
    while (i < end && keys[i]! < k) i++;
    if (i === end || keys[i] !== k) continue;
    for (let j = offsets[i]!, e = offsets[i + 1]!; j < e; j++) scores[cls[j]!]! += val[j]!;
  }
}
