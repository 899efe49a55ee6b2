// A trainable averaged perceptron (Collins 2002) over hashed features with sparse rows: each feature keeps a
// linked list of the classes it was ever updated for, so a 100-class parser costs memory only for the
// (feature, class) pairs that training touched. Averaging uses Daume's trick: keep w and u = sum(c * delta),
// the average is w - u / c, with no per-weight timestamps.
import { makeWeights, type Weights } from '../weights.js';

/** The weights without those smaller than `fraction` of the largest (quantised weights: 32767 is the largest). */
export function pruneWeights(w: Weights, fraction: number): Weights {
  const minSteps = Math.max(1, Math.round(fraction * 32767));
  const keys: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const val: number[] = [];
  let at = 0;
  for (let i = 0; i < w.keys.length; i++) {
    let c = 0;
    for (let j = at; j < at + w.counts[i]!; j++) {
      if (Math.abs(w.val[j]!) < minSteps) continue;
      cls.push(w.cls[j]!);
      val.push(w.val[j]!);
      c++;
    }
    at += w.counts[i]!;
    if (c === 0) continue;
    keys.push(w.keys[i]!);
    counts.push(c);
  }
  return makeWeights(w.nClasses, Uint32Array.from(keys), Uint8Array.from(counts), Uint8Array.from(cls), Int16Array.from(val), w.scale);
}

export class Perceptron {
  private keys: Uint32Array;
  private heads: Int32Array;
  private mask: number;
  private used = 0;
  private next = new Int32Array(1 << 16);
  private cls = new Uint16Array(1 << 16);
  private w = new Float64Array(1 << 16);
  private u = new Float64Array(1 << 16);
  private n = 0;
  /** The update clock: one tick per training example. */
  c = 1;

  constructor(readonly nClasses: number, capacity = 1 << 16) {
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get features(): number {
    return this.used;
  }

  get entries(): number {
    return this.n;
  }

  private slot(k: number): number {
    let i = k & this.mask;
    const keys = this.keys;
    while (keys[i] !== 0 && keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  score(feats: Uint32Array, nf: number, out: Float64Array): void {
    const { heads, next, cls, w } = this;
    for (let f = 0; f < nf; f++) {
      const s = this.slot(feats[f]!);
      for (let e = heads[s]!; e >= 0; e = next[e]!) out[cls[e]!]! += w[e]!;
    }
  }

  /** Adds delta to the weights of class `c` for every feature. */
  update(feats: Uint32Array, nf: number, c: number, delta: number): void {
    const cu = this.c * delta;
    for (let f = 0; f < nf; f++) {
      const k = feats[f]!;
      let s = this.slot(k);
      if (this.keys[s] === 0) {
        if ((this.used + 1) * 2 > this.keys.length) {
          this.grow();
          s = this.slot(k);
        }
        this.keys[s] = k;
        this.used++;
      }
      let e = this.heads[s]!;
      while (e >= 0 && this.cls[e] !== c) e = this.next[e]!;
      if (e < 0) {
        if (this.n === this.w.length) this.growEntries();
        e = this.n++;
        this.cls[e] = c;
        this.next[e] = this.heads[s]!;
        this.heads[s] = e;
      }
      this.w[e]! += delta;
      this.u[e]! += cu;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k === 0) continue;
      const s = this.slot(k);
      this.keys[s] = k;
      this.heads[s] = oldHeads[i]!;
    }
  }

  private growEntries(): void {
    const len = this.w.length * 2;
    const grow = <T extends Int32Array | Uint16Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(len);
      b.set(a);
      return b;
    };
    this.next = grow(this.next, (n) => new Int32Array(n));
    this.cls = grow(this.cls, (n) => new Uint16Array(n));
    this.w = grow(this.w, (n) => new Float64Array(n));
    this.u = grow(this.u, (n) => new Float64Array(n));
  }

  /**
   * Averages, quantises to int16 steps (the largest weight maps to 32767) and drops weights smaller than
   * `prune` times the largest: the shipped table. Most features are seen in one update or two and end with tiny
   * averaged weights; on EWT dev, dropping those under 1% of the largest cost nothing and took 40% of the
   * weights (and of the scoring time) away. Cheap enough to call after every epoch to score the dev set.
   */
  freeze(prune = 0): Weights {
    if (this.nClasses > 255) throw new Error('frozen weights hold at most 255 classes');
    const { keys, heads, next, w, u, c } = this;
    let maxAbs = 0;
    for (let e = 0; e < this.n; e++) maxAbs = Math.max(maxAbs, Math.abs(w[e]! - u[e]! / c));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const minSteps = Math.max(1, Math.round(prune * 32767));
    const sorted = new Uint32Array(this.used);
    let m = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) sorted[m++] = keys[i]!;
    sorted.sort();
    const outKeys = new Uint32Array(m);
    const counts = new Uint8Array(m);
    let cls = new Uint8Array(this.n);
    let val = new Int16Array(this.n);
    let nk = 0;
    let ne = 0;
    const row: number[] = [];
    for (const k0 of sorted) {
      const s = this.slot(k0);
      row.length = 0;
      for (let e = heads[s]!; e >= 0; e = next[e]!) {
        const q = Math.max(-32767, Math.min(32767, Math.round((w[e]! - u[e]! / c) / scale)));
        if (Math.abs(q) >= minSteps) row.push(this.cls[e]!, q);
      }
      if (row.length === 0) continue;
      // Entries in class order, so the same training gives the same bytes whatever the update order was.
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < row.length; i += 2) pairs.push([row[i]!, row[i + 1]!]);
      pairs.sort((x, y) => x[0] - y[0]);
      outKeys[nk] = keys[s]!;
      counts[nk++] = pairs.length;
      for (const [k, q] of pairs) {
        cls[ne] = k;
        val[ne++] = q;
      }
    }
    cls = cls.slice(0, ne);
    val = val.slice(0, ne);
    return makeWeights(this.nClasses, outKeys.slice(0, nk), counts.slice(0, nk), cls, val, scale);
  }
}
