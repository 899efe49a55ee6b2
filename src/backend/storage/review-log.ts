// The append-only review log: one JSON line per event, fsync'd before an answer is acknowledged.
// It is the source of truth for progress; the snapshot only caches it.
import fs from 'node:fs';
import type { LogEntry } from '../../core/schedule/log.js';
import { leanEntry } from './lean-entry.js';
import { nodeFs, writeAll, type FileSystem } from './fsio.js';

export interface TailRead {
  entries: LogEntry[];
  /** byte offset just past the last good line */
  end: number;
  /** bytes at the end that do not form a whole line (a write cut short by a crash) */
  tornBytes: number;
  /** lines in the middle that could not be read */
  badLines: number;
}

export class ReviewLog {
  private fd: number;
  /** bytes of whole lines in the file: everything acknowledged, nothing else */
  size: number;

  constructor(readonly file: string, private readonly fsys: FileSystem = nodeFs) {
    this.fd = fsys.openSync(file, 'a+');
    this.size = fsys.fstatSync(this.fd).size;
  }

  /**
   * Appends entries and returns once they are on disk. When the disk refuses (full, EIO, on write or on
   * fdatasync), the file is cut back to its last whole line and the error thrown: nothing was
   * acknowledged, and the next append starts clean.
   */
  append(entries: readonly LogEntry[]): void {
    if (entries.length === 0) return;
    const buf = Buffer.from(entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    this.cutBackIfNeeded();
    try {
      writeAll(this.fsys, this.fd, buf);
      this.fsys.fdatasyncSync(this.fd);
    } catch (e) {
      this.cutBack();
      throw e;
    }
    this.size += buf.length;
  }

  /** Cuts the file back to `end` (dropping a torn last line that was kept aside first). */
  truncate(end: number): void {
    this.fsys.ftruncateSync(this.fd, end);
    this.fsys.fdatasyncSync(this.fd);
    this.size = end;
  }

  /** A failed append may have left part of a line: cut it off (best effort now, checked again before the
   * next append; a part left by a crash is dropped on the next open). */
  private cutBack(): void {
    try {
      this.fsys.ftruncateSync(this.fd, this.size);
      this.fsys.fdatasyncSync(this.fd);
    } catch {
      // cutBackIfNeeded tries again before anything else is appended
    }
  }

  private cutBackIfNeeded(): void {
    if (this.fsys.fstatSync(this.fd).size !== this.size) this.fsys.ftruncateSync(this.fd, this.size);
  }

  close(): void {
    this.fsys.closeSync(this.fd);
  }
}

/** Reads the log from a byte offset, in chunks so a million lines never sit in one string. `parse` may read a
 * line faster (reports: lean-entry.ts); where it returns null, the line is parsed in full. */
export function readLogFrom(
  file: string, offset: number, onEntry?: (e: LogEntry) => void, until = Infinity, parse?: (line: string) => LogEntry | null,
): TailRead {
  const entries: LogEntry[] = [];
  let badLines = 0;
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return { entries, end: 0, tornBytes: 0, badLines };
  }
  try {
    const size = Math.min(fs.fstatSync(fd).size, until);
    const chunk = Buffer.alloc(1 << 22);
    let pos = offset;
    let carry = Buffer.alloc(0);
    let end = offset;
    while (pos < size) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, pos);
      if (n <= 0) break;
      pos += n;
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let i = buf.indexOf(10, start); i !== -1; i = buf.indexOf(10, start)) {
        const line = buf.toString('utf8', start, i);
        start = i + 1;
        end += line.length === 0 ? 1 : Buffer.byteLength(line) + 1;
        if (line.length === 0) continue;
        const e = parse?.(line) ?? parseEntry(line);
        const got = e ? [e] : salvage(line);
        if (!e) badLines++;
        for (const g of got) {
          if (onEntry) onEntry(g);
          else entries.push(g);
        }
      }
      carry = Buffer.from(buf.subarray(start));
    }
    return { entries, end, tornBytes: carry.length, badLines };
  } finally {
    fs.closeSync(fd);
  }
}

/** A damaged line may hold whole entries after the damage (a newline garbled away merges two lines):
 * every `{"k":` starts a candidate entry. */
function salvage(line: string): LogEntry[] {
  const out: LogEntry[] = [];
  const starts: number[] = [0];
  for (let i = line.indexOf('{"k":', 1); i !== -1; i = line.indexOf('{"k":', i + 1)) starts.push(i);
  for (const [j, start] of starts.entries()) {
    const seg = line.slice(start, starts[j + 1] ?? line.length);
    // a byte garbled in place of the newline trails the entry: try up to its last brace too
    const e = (j > 0 ? parseEntry(seg) : null) ?? parseEntry(seg.slice(0, seg.lastIndexOf('}') + 1));
    if (e) out.push(e);
  }
  return out;
}

function parseEntry(line: string): LogEntry | null {
  try {
    const e = JSON.parse(line) as LogEntry;
    if (typeof e !== 'object' || e === null || typeof e.n !== 'number' || typeof e.c !== 'string'
      || typeof e.d !== 'string' || typeof e.s !== 'object' || e.s === null || typeof e.s.due !== 'number') return null;
    return e;
  } catch {
    return null;
  }
}

/** Calls onEntry for every readable entry of the log, in order; returns how many lines were unreadable.
 * `lean`: entries carry no card state (`s` is a placeholder), which reads a big log several times faster. */
export function readReviews(
  logFile: string, onEntry: (e: LogEntry) => void, opts: { lean?: boolean } = {},
): { badLines: number; tornBytes: number } {
  const r = readLogFrom(logFile, 0, onEntry, Infinity, opts.lean ? leanEntry : undefined);
  return { badLines: r.badLines, tornBytes: r.tornBytes };
}
