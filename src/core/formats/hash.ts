// Hashes in plain TypeScript (sync, no crypto.subtle). SHA-1: deck ids from file bytes and Anki's note checksum (csum = first 8 hex digits of sha1 of the first field). contentId: fast stable card ids.
const enc = new TextEncoder();

export function sha1(input: Uint8Array | string): Uint8Array {
  const msg = typeof input === 'string' ? enc.encode(input) : input;
  const ml = msg.length;
  // Whole blocks are read where they are; only the last one or two (with the padding) are copied, so a
  // 100 MB file is not held twice.
  const whole = ml - (ml % 64);
  const tail = new Uint8Array((((ml - whole + 8) >> 6) + 1) << 6);
  tail.set(msg.subarray(whole));
  tail[ml - whole] = 0x80;
  const tv = new DataView(tail.buffer);
  const bits = ml * 8;
  tv.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
  tv.setUint32(tail.length - 4, bits >>> 0);
  const mv = new DataView(msg.buffer, msg.byteOffset, msg.byteLength);
  let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  const blocks = whole / 64 + tail.length / 64;
  for (let b64 = 0; b64 < blocks; b64++) {
    const [view, off] = b64 * 64 < whole ? [mv, b64 * 64] : [tv, b64 * 64 - whole];
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) >>> 0;
      e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = t;
    }
    h0 = (h0 + a) >>> 0; h1 = (h1 + b) >>> 0; h2 = (h2 + c) >>> 0; h3 = (h3 + d) >>> 0; h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => ov.setUint32(i * 4, h));
  return out;
}

export function sha1Hex(input: Uint8Array | string): string {
  let s = '';
  for (const b of sha1(input)) s += b.toString(16).padStart(2, '0');
  return s;
}

/** 32-bit murmur-style hash of a string's UTF-16 code units, with a seed. */
function hash32(s: string, seed: number): number {
  let h = seed ^ s.length;
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A short stable id: prefix + 16 hex digits (64 bits from two seeded 32-bit hashes) of the parts joined
 * by U+001F. Not cryptographic (sha1 per card made 50,000-row imports slow); collisions are checked by callers.
 */
export function contentId(prefix: string, ...parts: string[]): string {
  const s = parts.join('\x1f');
  return prefix + hash32(s, 0x9747b28c).toString(16).padStart(8, '0') + hash32(s, 0x2f6b1d35).toString(16).padStart(8, '0');
}
