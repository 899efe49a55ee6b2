// Minimal zip reading with zip-bomb limits. The central directory is read first and the declared sizes
// are checked before anything is inflated; inflation then streams and stops as soon as an entry
// outgrows what its directory entry declared (a lying directory cannot get past the limit either).
import { Inflate } from 'fflate';
import { InputError } from '../errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

const damaged = (why: string): InputError => new InputError(`damaged zip file: ${why}`);

export function listZip(bytes: Uint8Array): ZipEntry[] {
  // End of central directory: 22 bytes + up to 65535 bytes of comment, at the end of the file.
  let e = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 65535);
  while (e >= stop && u32(bytes, e) !== 0x06054b50) e--;
  if (e < stop) throw damaged('no zip directory at the end (truncated file?)');
  const count = u16(bytes, e + 10);
  let o = u32(bytes, e + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== 0x02014b50) throw damaged(`directory entry ${i + 1} is broken`);
    const nameLen = u16(bytes, o + 28);
    const extraLen = u16(bytes, o + 30);
    const commentLen = u16(bytes, o + 32);
    if (o + 46 + nameLen > bytes.length) throw damaged(`directory entry ${i + 1} is cut off`);
    const name = new TextDecoder().decode(bytes.subarray(o + 46, o + 46 + nameLen));
    entries.push({
      name,
      method: u16(bytes, o + 10),
      encrypted: (u16(bytes, o + 8) & 1) === 1,
      compressedSize: u32(bytes, o + 20),
      size: u32(bytes, o + 24),
      localOffset: u32(bytes, o + 42),
    });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function checkZipSizes(entries: ZipEntry[], limit: number): void {
  let total = 0;
  for (const en of entries) {
    total += en.size;
    // 0xffffffff marks a zip64 size: more than 4 GB, far beyond any deck.
    if (en.size === 0xffffffff || total > limit) {
      throw new InputError(`the zip would unpack to more than ${Math.round(limit / 1024 / 1024)} MB (the limit); refused as a possible zip bomb`);
    }
  }
}

export function readZipEntry(bytes: Uint8Array, en: ZipEntry, limit: number): Uint8Array {
  if (en.encrypted) throw new InputError(`zip entry ${en.name} is encrypted`);
  const lo = en.localOffset;
  if (lo + 30 > bytes.length || u32(bytes, lo) !== 0x04034b50) throw damaged(`entry ${en.name} cannot be found`);
  const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
  const end = start + en.compressedSize;
  if (end > bytes.length) throw damaged(`entry ${en.name} is cut off (truncated file?)`);
  const data = bytes.subarray(start, end);
  const max = Math.min(limit, en.size);
  if (en.method === 0) return data.slice();
  if (en.method !== 8) throw new InputError(`zip entry ${en.name} uses an unsupported compression method (${en.method})`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inf = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) over = true; else chunks.push(chunk);
  });
  // Small pushes bound the overshoot: 64 KB of deflate inflates to at most ~64 MB before we stop.
  const step = 64 * 1024;
  try {
    for (let p = 0; p < data.length && !over; p += step) inf.push(data.subarray(p, p + step), p + step >= data.length);
  } catch {
    throw damaged(`entry ${en.name} does not inflate`);
  }
  if (over) {
    throw new InputError(`zip entry ${en.name} inflates beyond its declared size or the ${Math.round(limit / 1024 / 1024)} MB limit; refused as a possible zip bomb`);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) { out.set(c, p); p += c.length; }
  return out;
}
