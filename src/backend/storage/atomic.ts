// Durable file writes: a file is either the old version or the new one, never half of each. The new
// version goes to a temp file, written whole (short writes looped), checked for size and fsync'd; only
// then is it renamed over the old one. Any failure removes the temp file and leaves the old file as it was.
import fs from 'node:fs';
import path from 'node:path';
import { nodeFs, writeAll, type FileSystem } from './fsio.js';

/** The content of a file to write: text, bytes, or pieces of either (a large deck is written piece by
 * piece, never held as one string). */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

export function writeFileAtomic(file: string, data: FileContent, fsys: FileSystem = nodeFs): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeSyncedFile(tmp, data, fsys);
    fsys.renameSync(tmp, file);
  } catch (e) {
    removeQuietly(tmp, fsys);
    throw e;
  }
  fsyncDir(dir);
}

/** Creates `file` with `data`, whole and on disk, or throws (leaving whatever part was written: callers
 * write temp files, and remove them). */
export function writeSyncedFile(file: string, data: FileContent, fsys: FileSystem = nodeFs): void {
  const fd = fsys.openSync(file, 'w');
  let closed = false;
  try {
    let size = 0;
    for (const buf of chunks(data)) {
      writeAll(fsys, fd, buf);
      size += buf.length;
    }
    fsys.fsyncSync(fd);
    // What is on disk is what was meant: a write that claimed success but left the file short is a failure.
    const got = fsys.fstatSync(fd).size;
    if (got !== size) throw Object.assign(new Error(`${file}: ${got} of ${size} bytes written`), { code: 'EIO' });
    closed = true;
    fsys.closeSync(fd);
  } finally {
    if (!closed) {
      try {
        fsys.closeSync(fd);
      } catch {
        // the write already failed; that error is the one to report
      }
    }
  }
}

/** The content as buffers of about a megabyte: small pieces are joined, so a deck of 100,000 cards is
 * a hundred writes, not 100,000. */
function* chunks(data: FileContent): Iterable<Uint8Array> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    yield typeof data === 'string' ? Buffer.from(data) : data;
    return;
  }
  let pending: string[] = [];
  let length = 0;
  for (const piece of data) {
    if (typeof piece !== 'string') {
      if (pending.length) yield Buffer.from(pending.join(''));
      pending = [];
      length = 0;
      yield piece;
      continue;
    }
    pending.push(piece);
    length += piece.length;
    if (length >= CHUNK) {
      yield Buffer.from(pending.join(''));
      pending = [];
      length = 0;
    }
  }
  if (pending.length) yield Buffer.from(pending.join(''));
}

const CHUNK = 1 << 20;

export function removeQuietly(file: string, fsys: FileSystem = nodeFs): void {
  try {
    fsys.rmSync(file, { force: true });
  } catch {
    // a temp file that cannot be removed now is cleared on the next open (recovery.ts clearLeftovers)
  }
}

// The rename itself must reach the disk, or a crash can bring the old name back.
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is as durable as they allow.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Moves a damaged file aside (never deletes it) and returns where it went. */
export function keepAside(file: string, why: string, fsys: FileSystem = nodeFs): string {
  const aside = `${file}.${why}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fsys.renameSync(file, aside);
  return aside;
}
