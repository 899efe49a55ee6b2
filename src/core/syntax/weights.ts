// Frozen perceptron weights. In the file: features as sorted 32-bit keys, a count per feature, and its entries
// as (class, int16 weight) pairs: compact, and the same bytes for the same training. At load time they become an
// open-addressing table of [key, offset << 8 | count] pairs (load factor at most 0.7) over entries packed as
// class << 16 | weight, so a lookup touches one cache line for the key and one for its row: on a shared machine
// the scoring loop is bound by memory, not arithmetic.

export interface Weights {
  nClasses: number;
  /** Feature keys, ascending (as stored). */
  keys: Uint32Array;
  /** How many entries each feature has. */
  counts: Uint8Array;
  cls: Uint8Array;
  val: Int16Array;
  /** Weight of one quantisation step: score = sum(val) * scale. */
  scale: number;
  // Built at load time:
  table: Uint32Array;
  mask: number;
  packed: Int32Array;
}

export function makeWeights(nClasses: number, keys: Uint32Array, counts: Uint8Array, cls: Uint8Array, val: Int16Array, scale: number): Weights {
  const n = keys.length;
  // Load factor between 0.35 and 0.7: probes stay short and the table small enough to stay in cache longer.
  let cap = 16;
  while (cap * 0.7 < n) cap *= 2;
  const table = new Uint32Array(2 * cap);
  const mask = cap - 1;
  const packed = new Int32Array(val.length);
  for (let j = 0; j < val.length; j++) packed[j] = (cls[j]! << 16) | (val[j]! & 0xffff);
  if (val.length >= 1 << 24) throw new Error('too many weights for the table');
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    let s = k & mask;
    while (table[2 * s] !== 0) s = (s + 1) & mask;
    table[2 * s] = k;
    table[2 * s + 1] = ((offset << 8) | counts[i]!) >>> 0;
    offset += counts[i]!;
  }
  return { nClasses, keys, counts, cls, val, scale, table, mask, packed };
}

const rows = new Uint32Array(512);

/**
 * Adds the rows of the given features into `scores` (integer units: multiply by `scale` for the real score).
 * Two passes: first every feature's slot is probed (independent loads the processor can overlap), then the rows
 * found are summed. On a busy machine each probe is a cache miss, and overlapping them is most of the speed.
 */
export function addScores(w: Weights, feats: Uint32Array, nf: number, scores: Float64Array): void {
  const { table, mask, packed } = w;
  let found = 0;
  for (let f = 0; f < nf; f++) {
    const k = feats[f]!;
    let s = k & mask;
    let t = table[2 * s]!;
    while (t !== k && t !== 0) {
      s = (s + 1) & mask;
      t = table[2 * s]!;
    }
    if (t !== 0) rows[found++] = table[2 * s + 1]!;
  }
  for (let r = 0; r < found; r++) {
    const oc = rows[r]!;
    for (let j = oc >>> 8, e = j + (oc & 0xff); j < e; j++) {
      const p = packed[j]!;
      scores[p >>> 16]! += (p << 16) >> 16;
    }
  }
}
