// A frozen map from 32-bit keys (hashes of words and the like) to 32-bit values: sorted keys, binary search.
// Two typed arrays in the model file, nothing to build at load time.

export interface U32Map {
  keys: Uint32Array;
  vals: Uint32Array;
}

export const NONE = -1;

export function lookup(m: U32Map, k: number): number {
  const { keys } = m;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid]!;
    if (v < k) lo = mid + 1;
    else if (v > k) hi = mid - 1;
    else return m.vals[mid]!;
  }
  return NONE;
}

export function buildMap(entries: Map<number, number>): U32Map {
  const keys = Uint32Array.from(entries.keys()).sort();
  const vals = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) vals[i] = entries.get(keys[i]!)!;
  return { keys, vals };
}
