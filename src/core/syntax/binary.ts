// The model file's container: a header ("FDSYNTAX", format version, section count), a directory of named typed
// arrays, and the arrays themselves, each 8-byte aligned so loading wraps them in place without copying or
// parsing. Strings travel as UTF-8 sections of newline-separated lines. Little-endian, as every platform
// Electron runs on is.
import { InputError } from '../errors.js';

const MAGIC = 'FDSYNTAX';
export const FORMAT_VERSION = 1;

type Typed = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
const KINDS = [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float32Array, Float64Array] as const;

export type Sections = Map<string, Typed>;

const align8 = (n: number) => (n + 7) & ~7;

export function encodeSections(sections: Sections): Uint8Array {
  const enc = new TextEncoder();
  const names = [...sections.keys()].sort();
  const dir: Array<{ name: Uint8Array; kind: number; count: number; offset: number; bytes: number }> = [];
  let headerBytes = 16;
  for (const name of names) headerBytes += 4 + enc.encode(name).length + 12;
  let offset = align8(headerBytes);
  for (const name of names) {
    const a = sections.get(name)!;
    const kind = KINDS.findIndex((K) => a instanceof K);
    dir.push({ name: enc.encode(name), kind, count: a.length, offset, bytes: a.byteLength });
    offset = align8(offset + a.byteLength);
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  out.set(enc.encode(MAGIC), 0);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, names.length, true);
  let p = 16;
  for (const d of dir) {
    view.setUint32(p, d.name.length, true);
    out.set(d.name, p + 4);
    p += 4 + d.name.length;
    view.setUint32(p, d.kind, true);
    view.setUint32(p + 4, d.count, true);
    view.setUint32(p + 8, d.offset, true);
    p += 12;
  }
  for (let i = 0; i < names.length; i++) {
    const a = sections.get(names[i]!)!;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dir[i]!.offset);
  }
  return out;
}

export function decodeSections(input: Uint8Array): Sections {
  // Typed views need aligned offsets; a Buffer from a pool may start anywhere.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const bad = (why: string) => new InputError(`not a Factdeck syntax model: ${why}`);
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw bad('wrong header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) throw bad(`format version ${version}, this build reads ${FORMAT_VERSION}`);
  const n = view.getUint32(12, true);
  const dec = new TextDecoder();
  const out: Sections = new Map();
  let p = 16;
  for (let i = 0; i < n; i++) {
    if (p + 4 > bytes.length) throw bad('truncated directory');
    const len = view.getUint32(p, true);
    const name = dec.decode(bytes.subarray(p + 4, p + 4 + len));
    p += 4 + len;
    const kind = KINDS[view.getUint32(p, true)];
    const count = view.getUint32(p + 4, true);
    const offset = view.getUint32(p + 8, true);
    p += 12;
    if (!kind || offset + count * kind.BYTES_PER_ELEMENT > bytes.length) throw bad(`section ${name} is out of range`);
    out.set(name, new kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, count));
  }
  return out;
}

export function encodeStrings(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\n'));
}

export function decodeStrings(a: Uint8Array): string[] {
  const s = new TextDecoder().decode(a);
  return s === '' ? [] : s.split('\n');
}

export function section<K extends Typed>(s: Sections, name: string, kind: new (n: number) => K): K {
  const a = s.get(name);
  if (!(a instanceof kind)) throw new InputError(`not a Factdeck syntax model: section ${name} is missing`);
  return a;
}
