// The file-system seam: every writer of the library (review log, deck files, snapshot, backups) takes
// its writes through this interface, node:fs by default. Tests pass one that fails on cue (short writes,
// ENOSPC, EIO on write, fsync or rename), so what happens on a full or failing disk is tested exactly.
// Also here: writing a buffer whole (a write may take only part of it) and the one error a person sees
// when the disk refuses a write.
import fs from 'node:fs';

export interface FileSystem {
  openSync(path: string, flags: string): number;
  /** may write fewer bytes than asked: see writeAll */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  fdatasyncSync(fd: number): void;
  ftruncateSync(fd: number, len: number): void;
  fstatSync(fd: number): { size: number };
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  copyFileSync(from: string, to: string): void;
  linkSync(from: string, to: string): void;
  mkdirSync(path: string, opts?: { recursive?: boolean }): unknown;
  rmSync(path: string, opts?: { recursive?: boolean; force?: boolean }): void;
}

export const nodeFs: FileSystem = fs;

/** Writes all of `buf` at `position` (null: the file's current offset, or its end when opened to append),
 * looping over short writes; an error stops it and is thrown as is. */
export function writeAll(fsys: FileSystem, fd: number, buf: Uint8Array, position: number | null = null): void {
  let done = 0;
  while (done < buf.length) {
    const n = fsys.writeSync(fd, buf, done, buf.length - done, position === null ? null : position + done);
    // A write that makes no progress and reports no error would loop for ever: treat it as a full disk.
    if (!(n > 0)) throw Object.assign(new Error(`write made no progress (${done} of ${buf.length} bytes)`), { code: 'ENOSPC' });
    done += n;
  }
}

const REASONS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for this disk',
  EIO: 'disk error (EIO)',
  EROFS: 'the disk is read-only',
  EACCES: 'no permission to write there',
  EPERM: 'no permission to write there',
});

/** A write the disk refused. Its message is one line for a person: what happened, what was (not) saved,
 * and what to do. Shells show it as it is (the CLI exits 1, HTTP answers 507). */
export class DiskError extends Error {
  override readonly name = 'DiskError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function isDiskError(e: unknown): e is DiskError {
  return e instanceof Error && e.name === 'DiskError';
}

/** The errno of a refused write, or null when `e` is something else (a bug). */
export function diskCode(e: unknown): string | null {
  if (isDiskError(e)) return e.code;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in REASONS ? code : null;
}

/**
 * Runs a write; a refused write becomes a DiskError saying `consequence` ("the answer was not saved")
 * and `retry` ("answer again"). Anything else passes through untouched.
 */
export function onDiskError<T>(consequence: string, retry: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw asDiskError(e, consequence, retry);
  }
}

export function asDiskError(e: unknown, consequence: string, retry: string): unknown {
  const code = diskCode(e);
  if (code === null) return e;
  const fix = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' ? 'free some space' : 'check the disk';
  return new DiskError(code, `${REASONS[code]}: ${consequence}; ${fix} and ${retry}`);
}
