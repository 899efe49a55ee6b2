// zstd with a size limit, for the newer Anki packages. fzstd allocates each frame's whole window up front,
// sized by the frame header: a damaged header in a 2 KB file made it take 1.2 GB and seconds before failing.
// So the frame headers are walked first (RFC 8878 section 3.1.1), and a frame whose window is larger than
// the limit is refused before anything is allocated.
import { Decompress } from 'fzstd';
import { InputError } from '../errors.js';

const MAGIC = 0xfd2fb528;
const SKIPPABLE = 0x184d2a50; // the low four bits are free

const u32 = (d: Uint8Array, p: number): number =>
  (d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16) | (d[p + 3]! << 24)) >>> 0;
const uint = (d: Uint8Array, p: number, n: number): number => {
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + d[p + i]!;
  return v;
};

/** One frame's header: its window (the memory a decoder needs) and where its blocks start. */
function frameHeader(d: Uint8Array, p: number): { window: number; blocks: number; checksum: boolean } {
  const flags = d[p + 4]!;
  const single = (flags >> 5) & 1;
  const dictBytes = [0, 1, 2, 4][flags & 3]!;
  const sizeBytes = [single, 2, 4, 8][flags >> 6]!;
  let at = p + 5;
  let window = 0;
  if (!single) {
    const wd = d[at++]!;
    const base = 2 ** (10 + (wd >> 3));
    window = base + (base / 8) * (wd & 7);
  }
  at += dictBytes;
  if (single) window = uint(d, at, sizeBytes) + (sizeBytes === 2 ? 256 : 0);
  return { window, blocks: at + sizeBytes, checksum: ((flags >> 2) & 1) === 1 };
}

/** The largest window any frame asks for; stops (returning what it saw) where the data stops making sense,
 * which the decoder then reports as damage. */
export function largestWindow(d: Uint8Array): number {
  let largest = 0;
  let p = 0;
  while (p + 8 <= d.length) {
    const magic = u32(d, p);
    if ((magic & 0xfffffff0) >>> 0 === SKIPPABLE) {
      p += 8 + u32(d, p + 4);
      continue;
    }
    if (magic !== MAGIC) break;
    const h = frameHeader(d, p);
    largest = Math.max(largest, h.window);
    p = h.blocks;
    for (let last = false; !last && p + 3 <= d.length;) {
      const b = d[p]! | (d[p + 1]! << 8) | (d[p + 2]! << 16);
      last = (b & 1) === 1;
      p += 3 + (((b >> 1) & 3) === 1 ? 1 : b >>> 3); // an RLE block holds one byte
    }
    if (h.checksum) p += 4;
  }
  return largest;
}

export function unzstd(data: Uint8Array, limit: number, what: string): Uint8Array {
  const mb = Math.round(limit / 1024 / 1024);
  if (largestWindow(data) > limit)
    throw new InputError(
      `${what} asks for more than ${mb} MB to unpack (the limit); refused as damaged or a possible zip bomb`,
    );
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const d = new Decompress((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    const step = 64 * 1024;
    for (let p = 0; p < data.length && !over; p += step) d.push(data.subarray(p, p + step), p + step >= data.length);
  } catch {
    throw new InputError(`${what} is not valid zstd data (damaged package?)`);
  }
  if (over) throw new InputError(`${what} unpacks to more than ${mb} MB (the limit); refused as a possible zip bomb`);
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
