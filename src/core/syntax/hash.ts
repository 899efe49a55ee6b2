// Feature hashing: a feature is a template id and a few integers (word hashes, tag ids, distances), mixed into one
// 32-bit key with murmur3's steps. No strings are built per feature; words are hashed once per token.

const SEED = 0x5f3759df;

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche so nearby strings spread. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

function step(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Key 0 marks an empty slot in the weight tables, so no feature may hash to it. */
const nz = (h: number) => (h === 0 ? 1 : h);

export const key1 = (t: number, a: number): number => nz(fmix(step(step(SEED, t), a)));
export const key2 = (t: number, a: number, b: number): number => nz(fmix(step(step(step(SEED, t), a), b)));
export const key3 = (t: number, a: number, b: number, c: number): number =>
  nz(fmix(step(step(step(step(SEED, t), a), b), c)));
export const key4 = (t: number, a: number, b: number, c: number, d: number): number =>
  nz(fmix(step(step(step(step(step(SEED, t), a), b), c), d)));
