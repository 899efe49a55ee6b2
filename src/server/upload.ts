// A file upload (importFile, previewImport) read as it arrives: the body is a JSON object whose `data`
// field holds the file in base64. That field is decoded chunk by chunk into the file's bytes, and only the
// rest of the object (a name, a title, a column mapping: a few hundred bytes) is kept as JSON text. So a
// 140 MB body costs its 105 MB of file, not the body, its text, the parsed string and the decoded bytes
// (four copies). A body over the limit is refused where it crosses it, without reading the rest.
import type http from 'node:http';
import { declaredLength } from './body.js';

export type Upload =
  | { ok: true; arg: Record<string, unknown>; bytes: Buffer }
  | { ok: false; why: 'tooLarge' | 'notJson' };

/** The JSON text around `data`, kept whole; anything larger is not an upload's small fields. */
const MAX_REST = 1024 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function readUpload(req: http.IncomingMessage, limit: number): Promise<Upload> {
  const declared = declaredLength(req);
  if (declared !== null && declared > limit) return Promise.resolve({ ok: false, why: 'tooLarge' });
  return new Promise((resolve, reject) => {
    const scan = new UploadScanner(declared);
    let size = 0;
    let settled = false;
    const finish = (u: Upload) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      if (!u.ok) req.pause();
      resolve(u);
    };
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) return finish({ ok: false, why: 'tooLarge' });
      if (!scan.push(c)) finish({ ok: false, why: 'notJson' });
    };
    const onEnd = () => finish(scan.end());
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** Walks the JSON text byte by byte outside `data`, and hands the inside of `data` to the base64 decoder. */
class UploadScanner {
  private readonly rest = Buffer.allocUnsafe(MAX_REST);
  private restSize = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** bytes of the current top-level string, while it may be a key */
  private token: number[] | null = null;
  private lastKey = '';
  private expectKey = false;
  /** after `"data":`, waiting for the opening quote */
  private dataNext = false;
  private inData = false;
  private dataDone = false;
  private readonly decoder: Base64Sink;

  constructor(declared: number | null) {
    this.decoder = new Base64Sink(declared === null ? null : Math.ceil((declared * 3) / 4));
  }

  /** false when the text cannot be an upload's JSON */
  push(c: Buffer): boolean {
    let i = 0;
    while (i < c.length) {
      if (this.inData) {
        const q = c.indexOf(QUOTE, i);
        const end = q === -1 ? c.length : q;
        if (!this.decoder.push(c.subarray(i, end))) return false;
        if (q === -1) return true;
        if (this.decoder.pendingEscape) return false; // an escaped quote: not base64
        // The closing quote is kept: `"data":""` stays valid JSON around the file.
        this.inData = false;
        this.dataDone = true;
        if (!this.keep(QUOTE)) return false;
        i = q + 1;
        continue;
      }
      const b = c[i]!;
      if (!this.keep(b)) return false;
      i++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) {
          this.inString = false;
          if (this.token) this.lastKey = Buffer.from(this.token).toString('utf8');
          this.token = null;
          continue;
        }
        this.token?.push(b);
      } else if (b === QUOTE) {
        if (this.dataNext) {
          this.dataNext = false;
          if (this.dataDone) return false; // two `data` fields
          this.inData = true;
          continue;
        }
        this.inString = true;
        if (this.depth === 1 && this.expectKey) {
          this.token = [];
          this.expectKey = false;
        }
      } else if (b === 0x7b || b === 0x5b) {
        this.depth++;
        if (this.depth === 1) this.expectKey = b === 0x7b;
      } else if (b === 0x7d || b === 0x5d) {
        this.depth--;
      } else if (b === 0x2c && this.depth === 1) {
        this.expectKey = true;
      } else if (b === 0x3a && this.depth === 1) {
        this.dataNext = this.lastKey === 'data';
      } else if (this.dataNext && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
        this.dataNext = false; // `data` is not a string: the argument check will say so
      }
    }
    return true;
  }

  private keep(b: number): boolean {
    if (this.restSize >= MAX_REST) return false;
    this.rest[this.restSize++] = b;
    return true;
  }

  end(): Upload {
    if (this.inData || this.inString || this.depth !== 0) return { ok: false, why: 'notJson' };
    let arg: unknown;
    try {
      arg = JSON.parse(this.rest.toString('utf8', 0, this.restSize));
    } catch {
      return { ok: false, why: 'notJson' };
    }
    if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return { ok: false, why: 'notJson' };
    return { ok: true, arg: arg as Record<string, unknown>, bytes: this.decoder.end() };
  }
}

/** base64 text in pieces -> bytes, into one buffer when the size is known beforehand. A JSON encoder may
 * write "/" as "\/"; no other escape can occur in base64. */
class Base64Sink {
  private carry = '';
  private readonly whole: Buffer | null;
  private chunks: Buffer[] = [];
  private size = 0;
  /** the last piece ended with a backslash */
  pendingEscape = false;

  constructor(maxBytes: number | null) {
    this.whole = maxBytes === null ? null : Buffer.allocUnsafe(maxBytes);
  }

  push(piece: Uint8Array): boolean {
    let text = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('latin1');
    if (this.pendingEscape || text.includes('\\')) {
      text = (this.pendingEscape ? '\\' : '') + text;
      this.pendingEscape = text.endsWith('\\') && !text.endsWith('\\\\');
      if (this.pendingEscape) text = text.slice(0, -1);
      if (/\\[^/]/.test(text)) return false;
      text = text.replace(/\\\//g, '/');
    }
    const s = this.carry + text;
    const cut = s.length - (s.length % 4);
    this.carry = s.slice(cut);
    if (cut > 0) this.add(Buffer.from(s.slice(0, cut), 'base64'));
    return true;
  }

  private add(b: Buffer): void {
    if (!this.whole) this.chunks.push(b);
    else if (this.size + b.length > this.whole.length) throw new Error('base64 decoded beyond the body size');
    else b.copy(this.whole, this.size);
    this.size += b.length;
  }

  end(): Buffer {
    if (this.carry) this.add(Buffer.from(this.carry, 'base64'));
    return this.whole ? this.whole.subarray(0, this.size) : Buffer.concat(this.chunks);
  }
}
