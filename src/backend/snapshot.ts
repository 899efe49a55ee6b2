// The progress snapshot: every card's state plus the log offset it covers, so opening a library
// reads the snapshot and replays only the log's tail instead of a million lines.
import fs from 'node:fs';
import type { CardState } from '../core/schedule/state.js';
import { writeFileAtomic } from './atomic.js';

export interface Snapshot {
  v: 1;
  /** bytes of the review log this snapshot covers */
  offset: number;
  /** sequence number of the last entry covered */
  seq: number;
  /** entries covered (answers, undos, changes) */
  entries: number;
  /** study day the daily counts belong to */
  day: number;
  /** per deck: [new cards introduced, reviews answered] on `day` */
  daily: Record<string, [number, number]>;
  states: Record<string, Record<string, CardState>>;
}

export function readSnapshot(file: string): Snapshot | 'missing' | 'damaged' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const s = JSON.parse(text) as Snapshot;
    if (s.v !== 1 || typeof s.offset !== 'number' || typeof s.states !== 'object' || s.states === null) return 'damaged';
    return s;
  } catch {
    return 'damaged';
  }
}

export function writeSnapshot(file: string, s: Snapshot): void {
  writeFileAtomic(file, JSON.stringify(s));
}
