// Stable short ids and a seeded random order: the same input always gives the same deck.
import { mulberry32 as rng, shuffle } from '../random.js';

/** FNV-1a 32-bit, as 7 base-36 characters. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

export function hashNum(s: string): number {
  return parseInt(hash(s), 36);
}

/** Normalises text for keys and comparisons: lower case, letters and digits, single spaces. */
export function norm(s: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(s);
  return (ascii ? s.toLowerCase() : s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9$%.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A seeded generator and shuffle for distractor picks and item orders. */
export { rng, shuffle };

