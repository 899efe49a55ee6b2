// report.tally.json: the report's counts (core/reports/tally.ts) as of a place in the review log, so a report
// reads only the log written since. A cache: missing, damaged or not matching the log (a restored backup, a
// replaced or cut log, another day start or time zone), it is ignored and the log is counted from the start.
import fs from 'node:fs';
import path from 'node:path';
import { tallyFromJson, tallyToJson, type Tally } from '../../core/reports/tally.js';
import { writeFileAtomic } from './atomic.js';
import type { FileSystem } from './fsio.js';

export const TALLY_FILE = 'report.tally.json';

/** Where in which log a tally stands: the log file's identity, the bytes it covers and the last of them. */
export interface LogPlace {
  ino: number;
  offset: number;
  /** the last (up to) 64 bytes covered, base64: a log replaced by another of the same length differs here */
  tail: string;
  /** the study day's start and the time zone the days were counted in */
  days: string;
}

export function logPlace(logFile: string, offset: number, days: string): LogPlace | null {
  let fd: number;
  try {
    fd = fs.openSync(logFile, 'r');
  } catch {
    return null;
  }
  try {
    const { ino, size } = fs.fstatSync(fd);
    if (size < offset) return null;
    const tail = Buffer.alloc(Math.min(64, offset));
    fs.readSync(fd, tail, 0, tail.length, offset - tail.length);
    return { ino, offset, tail: tail.toString('base64'), days };
  } finally {
    fs.closeSync(fd);
  }
}

export const samePlace = (a: LogPlace, b: LogPlace | null) =>
  b !== null && a.ino === b.ino && a.offset === b.offset && a.tail === b.tail && a.days === b.days;

export function readTallyFile(dataDir: string): { place: LogPlace; tally: Tally } | null {
  try {
    const j = JSON.parse(fs.readFileSync(path.join(dataDir, TALLY_FILE), 'utf8')) as {
      v?: unknown;
      place?: LogPlace;
      tally?: unknown;
    };
    const p = j.place;
    if (j.v !== 1 || typeof p !== 'object' || p === null || typeof p.offset !== 'number' || typeof p.ino !== 'number')
      return null;
    const tally = tallyFromJson(j.tally);
    return tally ? { place: p, tally } : null;
  } catch {
    return null;
  }
}

/** Stores the tally; a disk that refuses it costs the next report time, nothing else. */
export function writeTallyFile(dataDir: string, place: LogPlace, tally: Tally, fsys: FileSystem): void {
  try {
    writeFileAtomic(path.join(dataDir, TALLY_FILE), JSON.stringify({ v: 1, place, tally: tallyToJson(tally) }), fsys);
  } catch {
    // a cache: the next report counts from the log again
  }
}
