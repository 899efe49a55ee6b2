// Media in Anki packages. A package holds its files as zip entries named "0", "1", ... and a `media` entry
// mapping those numbers to the names the cards use: JSON in legacy packages, a zstd-compressed protobuf
// (MediaEntries) in the newer format, whose files are zstd-compressed too. In the library a file is named by
// its content (16 hex digits of its SHA-1 and its extension), so the same picture imported twice is one file.
import type { MediaRef } from '../deck.js';
import { InputError } from '../errors.js';
import { sha1Hex } from './hash.js';
import { readProto } from './protobuf.js';
import type { ZipEntry } from './zip.js';

const IMAGE = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp']);
const SOUND = new Set(['mp3', 'ogg', 'oga', 'opus', 'wav', 'm4a', 'aac', 'flac', 'webm']);

export const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', bmp: 'image/bmp',
  mp3: 'audio/mpeg', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', m4a: 'audio/mp4', aac: 'audio/aac',
  flac: 'audio/flac', webm: 'audio/webm',
};

/** A lower-case extension Factdeck shows (no SVG: it can carry scripts), or null. */
export function mediaExt(name: string, kind: MediaRef['kind']): string | null {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  return (kind === 'image' ? IMAGE : SOUND).has(ext) ? ext : null;
}

export function storedName(bytes: Uint8Array, ext: string): string {
  return `${sha1Hex(bytes).slice(0, 16)}.${ext}`;
}

export interface PackageMedia {
  /** zip entry of each name the cards use */
  entries: Map<string, ZipEntry>;
  /** the newer format compresses each file with zstd */
  zstd: boolean;
}

/** The package's media map; an unreadable one is an empty map and a notice (the cards still import). */
export function readMediaMap(
  entries: readonly ZipEntry[], read: (e: ZipEntry) => Uint8Array, unzstd: (b: Uint8Array) => Uint8Array, notices: string[],
): PackageMedia {
  const byNumber = new Map(entries.filter((e) => /^\d+$/.test(e.name)).map((e) => [e.name, e]));
  const out: PackageMedia = { entries: new Map(), zstd: false };
  const mapEntry = entries.find((e) => e.name === 'media');
  if (!mapEntry || byNumber.size === 0) return out;
  const raw = read(mapEntry);
  try {
    if (raw[0] === 0x7b) {
      const map = JSON.parse(new TextDecoder().decode(raw)) as Record<string, unknown>;
      for (const [n, name] of Object.entries(map)) {
        const e = byNumber.get(n);
        if (e && typeof name === 'string') out.entries.set(name, e);
      }
    } else {
      // MediaEntries { repeated MediaEntry entries = 1 }, MediaEntry { string name = 1; ...;
      // optional uint32 legacy_zip_filename = 255 }: the n-th entry is zip entry "n" unless it says otherwise.
      out.zstd = true;
      readProto(unzstd(raw)).filter((f) => f.field === 1 && f.bytes).forEach((f, i) => {
        const fields = readProto(f.bytes!);
        const name = fields.find((x) => x.field === 1 && x.bytes);
        const legacy = fields.find((x) => x.field === 255 && x.varint !== undefined)?.varint;
        const e = byNumber.get(String(legacy ?? i));
        if (name?.bytes && e) out.entries.set(new TextDecoder().decode(name.bytes), e);
      });
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    notices.push('the package\'s media list could not be read: its images and sounds were left out');
    out.entries.clear();
  }
  return out;
}

/** A name as a card field writes it, as the package's map may write it (Anki URL-encodes some). */
export function findMedia(media: PackageMedia, name: string): ZipEntry | undefined {
  const direct = media.entries.get(name);
  if (direct) return direct;
  try {
    return media.entries.get(decodeURIComponent(name));
  } catch {
    return undefined;
  }
}
