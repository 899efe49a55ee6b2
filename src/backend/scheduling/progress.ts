// Card states and today's counts, rebuilt from snapshot + log tail, then kept current as answers come in.
import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../core/api.js';
import { dayNumber, type TzOffset } from '../../core/schedule/day.js';
import type { CardState } from '../../core/schedule/state.js';
import { table } from '../../core/ids.js';
import { keepAside } from '../storage/atomic.js';
import { diskCode, nodeFs, type FileSystem } from '../storage/fsio.js';
import type { LogEntry } from '../../core/schedule/log.js';
import { readLogFrom, ReviewLog } from '../storage/review-log.js';
import { readSnapshot, statesRecord, writeSnapshot, type DeckStates, type Snapshot, type SnapshotHead } from '../storage/snapshot.js';

/** Write a fresh snapshot after this many log entries, keeping every open's replay short. */
export const SNAPSHOT_EVERY = 5_000;

export class Progress {
  states: DeckStates = new Map();
  seq = 0;
  entries = 0;
  private daily = new Map<string, [number, number]>();
  private dailyDay = -1;
  private sinceSnapshot = 0;
  private log: ReviewLog | null = null;
  private covered = 0;

  constructor(
    readonly dataDir: string,
    private readonly dayOf: (t: number) => number,
    private readonly fsys: FileSystem = nodeFs,
  ) {}

  get logFile(): string {
    return path.join(this.dataDir, 'reviews.log');
  }

  get snapshotFile(): string {
    return path.join(this.dataDir, 'progress.snapshot.json');
  }

  open(notices: Notice[], readOnly: boolean, today: number): void {
    const snap = readSnapshot(this.snapshotFile);
    let offset = 0;
    if (snap === 'damaged') {
      if (!readOnly) keepAside(this.snapshotFile, 'damaged', this.fsys);
      notices.push({ level: 'warning', message: 'The progress snapshot was damaged; progress was rebuilt from the review log.' });
    } else if (snap !== 'missing') {
      offset = snap.offset;
      this.seq = snap.seq;
      this.entries = snap.entries ?? 0;
      this.states = snap.states;
      if (snap.day === today) for (const [deck, c] of Object.entries(snap.daily)) this.daily.set(deck, [...c]);
      this.dailyDay = today;
    }
    const logSize = fileSize(this.logFile);
    let shortLog = false;
    if (logSize < offset) {
      // The log is shorter than the snapshot says (cut or replaced): the snapshot holds more, so keep its
      // states, keep a copy of the log as found, and carry on from the log's end.
      shortLog = true;
      if (!readOnly && logSize > 0) copyAside(this.logFile, 'short', this.fsys);
      notices.push({
        level: 'warning',
        message: 'The review log was shorter than the progress snapshot covers; progress was kept from the snapshot (a copy of the log was kept).',
      });
      offset = lastLineEnd(this.logFile, logSize);
    }
    if (!readOnly && offset > 0 && !shortLog && mtime(this.logFile) > mtime(this.snapshotFile)) {
      // The log changed after the snapshot was written, with no Factdeck open (a crash, or damage): check
      // the part the snapshot covers too, so damage there is reported (no progress is lost: the snapshot holds it).
      const covered = readLogFrom(this.logFile, 0, () => {}, offset);
      if (covered.badLines > 0) {
        notices.push({
          level: 'warning',
          message: `${covered.badLines} unreadable line(s) in the review log's older part (progress is kept in the snapshot)${keptAs(copyAside(this.logFile, 'damaged', this.fsys))}.`,
        });
      }
    }
    const tail = readLogFrom(this.logFile, offset, (e) => this.apply(e));
    if (tail.badLines > 0) {
      const copy = readOnly ? '' : keptAs(copyAside(this.logFile, 'damaged', this.fsys), ' (', ')');
      notices.push({ level: 'warning', message: `${tail.badLines} unreadable line(s) in the review log were skipped${copy}.` });
    }
    this.covered = tail.end;
    this.sinceSnapshot = this.entries - (snap !== 'missing' && snap !== 'damaged' ? snap.entries ?? 0 : 0);
    if (readOnly) return;
    this.log = new ReviewLog(this.logFile, this.fsys);
    if (tail.tornBytes > 0) {
      // An answer cut short by a crash was never acknowledged, so nothing a person saw is lost: drop it.
      notices.push({ level: 'info', message: 'The last answer before a crash was incomplete and was dropped.' });
      keepTorn(this.logFile, tail.end);
      this.log.truncate(tail.end);
    }
    if (shortLog || this.sinceSnapshot >= SNAPSHOT_EVERY) this.snapshotIfDiskAllows(today);
  }

  get(deck: string, card: string): CardState | undefined {
    return this.states.get(deck)?.get(card);
  }

  deckStates(deck: string): Map<string, CardState> {
    let m = this.states.get(deck);
    if (!m) {
      m = new Map();
      this.states.set(deck, m);
    }
    return m;
  }

  /** [new introduced, reviews answered] today in a deck */
  doneToday(deck: string, today: number): { new: number; reviews: number } {
    if (today !== this.dailyDay) {
      this.daily.clear();
      this.dailyDay = today;
    }
    const c = this.daily.get(deck);
    return { new: c?.[0] ?? 0, reviews: c?.[1] ?? 0 };
  }

  /** Stores entries durably, then applies them. Returns the sequence numbers given. */
  record(entries: Omit<LogEntry, 'n'>[], today: number): LogEntry[] {
    if (!this.log) throw new Error('library is open read-only');
    const full = entries.map((e, i) => ({ ...e, n: this.seq + 1 + i }) as LogEntry);
    this.log.append(full);
    this.doneToday('', today);
    for (const e of full) this.apply(e);
    this.covered = this.log.size;
    this.sinceSnapshot += full.length;
    if (this.sinceSnapshot >= SNAPSHOT_EVERY) this.snapshotSoon(today);
    return full;
  }

  // The snapshot is written a moment after the answer that calls for it, not inside it: at 100,000 cards
  // it takes a few hundred ms, which an answer must not wait for (the log already holds the answer).
  private pendingSnapshot: ReturnType<typeof setTimeout> | null = null;
  private snapshotSoon(today: number): void {
    if (this.pendingSnapshot) return;
    this.pendingSnapshot = setTimeout(() => {
      this.pendingSnapshot = null;
      if (this.sinceSnapshot >= SNAPSHOT_EVERY) this.snapshotIfDiskAllows(today);
    }, 1_000);
    this.pendingSnapshot.unref();
  }

  private apply(e: LogEntry): void {
    this.seq = Math.max(this.seq, e.n);
    this.entries++;
    this.deckStates(e.d).set(e.c, e.s);
    if (e.k === 'x') return;
    const day = this.dayOf(e.t);
    if (this.dailyDay !== day) {
      if (day < this.dailyDay) return;
      this.daily.clear();
      this.dailyDay = day;
    }
    const c = this.daily.get(e.d) ?? [0, 0];
    const sign = e.k === 'u' ? -1 : 1;
    if (e.p === 0) c[0] = Math.max(0, c[0] + sign);
    if (e.p === 2) c[1] = Math.max(0, c[1] + sign);
    this.daily.set(e.d, c);
  }

  snapshot(today: number): void {
    if (!this.log) return;
    writeSnapshot(this.snapshotFile, this.snapshotHead(today), this.states, this.fsys);
    this.sinceSnapshot = 0;
  }

  /** The snapshot only saves time on the next open (the log holds everything): a disk that refuses it
   * leaves the previous snapshot in place, and it is tried again later. */
  private snapshotIfDiskAllows(today: number): void {
    try {
      this.snapshot(today);
    } catch (e) {
      if (diskCode(e) === null) throw e;
    }
  }

  /** What a snapshot would hold now (also what a backup stores). */
  snapshotData(today: number): Snapshot {
    return { v: 1, ...this.snapshotHead(today), states: statesRecord(this.states) };
  }

  /** What a snapshot says now besides the card states. */
  private snapshotHead(today: number): SnapshotHead {
    const daily = table(this.dailyDay === today ? this.daily : []);
    return { offset: this.covered, seq: this.seq, entries: this.entries, day: today, daily };
  }

  get logSize(): number {
    return this.covered;
  }

  close(today: number): void {
    if (this.pendingSnapshot) clearTimeout(this.pendingSnapshot);
    this.pendingSnapshot = null;
    if (!this.log) return;
    if (this.sinceSnapshot > 0) this.snapshotIfDiskAllows(today);
    this.log.close();
    this.log = null;
  }
}

/** Copies a file aside (the original stays in use) and returns the copy's name; null when the disk
 * has no room for the copy (the original is left as it is either way). */
function copyAside(file: string, why: string, fsys: FileSystem): string | null {
  const aside = `${file}.${why}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    fsys.copyFileSync(file, aside);
    return aside;
  } catch (e) {
    if (diskCode(e) === null) throw e;
    try {
      fsys.rmSync(aside, { force: true });
    } catch {
      // nothing more to do: a partial copy is only a copy
    }
    return null;
  }
}

function keptAs(copy: string | null, open = '; ', close = ''): string {
  return copy ? `${open}a copy of the log as found was kept as ${path.basename(copy)}${close}` : `${open}no copy of it could be kept (the disk is full)${close}`;
}

/** The bytes of a torn last line are kept aside before the log is cut back. */
function keepTorn(file: string, end: number): void {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const buf = Buffer.alloc(Math.min(size - end, 1 << 20));
      fs.readSync(fd, buf, 0, buf.length, end);
      fs.writeFileSync(`${file}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`, buf);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // keeping the torn bytes is a courtesy; the line was never acknowledged
  }
}

/** The byte offset just past the last newline in the file (0 if none within its last 1 MB). */
function lastLineEnd(file: string, size: number): number {
  if (size === 0) return 0;
  const fd = fs.openSync(file, 'r');
  try {
    const len = Math.min(size, 1 << 20);
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    const i = buf.lastIndexOf(10);
    return i === -1 ? size - len : size - len + i + 1;
  } finally {
    fs.closeSync(fd);
  }
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

export function dayFn(dayStartHour: () => number, tz: TzOffset): (t: number) => number {
  return (t) => dayNumber(t, dayStartHour(), tz);
}
