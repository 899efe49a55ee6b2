// What a card or a deck's own fields hold, as a short string: the same content gives the same fingerprint
// whatever order its keys were written in. Sync compares fingerprints to find what changed since the last sync.

/** JSON with object keys sorted, so equal content is equal text. */
export function canonical(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'null';
  if (Array.isArray(x)) return `[${x.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  const keys = Object.keys(x)
    .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(',')}}`;
}

const cache = new WeakMap<object, string>();

/** A 53-bit hash (cyrb53) of the canonical text, in base 36; cached per object (decks share unchanged cards). */
export function fingerprint(x: object): string {
  const hit = cache.get(x);
  if (hit !== undefined) return hit;
  const s = canonical(x);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const out = (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  cache.set(x, out);
  return out;
}
