// Seeded randomness: the same seed gives the same sequence on every machine, so decks, splits and test
// libraries are reproducible.

/** mulberry32: a tiny, fast seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a seeded random order (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const r = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** An order card's items as a puzzle: seeded by the card (the same order every time it is shown) and never
 * already in the right order when another order exists. */
export function puzzleOrder<T>(items: readonly T[], seed: number): T[] {
  const out = shuffle(items, seed);
  const solved = out.every((x, i) => x === items[i]);
  return solved && new Set(items).size > 1 ? [...items.slice(1), items[0] as T] : out;
}
