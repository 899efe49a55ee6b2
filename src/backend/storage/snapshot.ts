// The progress snapshot: every card's state plus the log offset it covers, so opening a library
// reads the snapshot and replays only the log's tail instead of a million lines.
// Deck and card ids are keys here: read into Maps and written from prototype-less objects (core/ids.ts),
// so an id such as "__proto__" is kept like any other.
import fs from 'node:fs';
import { table } from '../../core/ids.js';
import type { CardState } from '../../core/schedule/state.js';
import { writeFileAtomic } from './atomic.js';
import { nodeFs, type FileSystem } from './fsio.js';

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

export type DeckStates = Map<string, Map<string, CardState>>;

export function readSnapshot(file: string): Snapshot | 'missing' | 'damaged' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const s = JSON.parse(text) as Snapshot;
    if (s.v !== 1 || typeof s.offset !== 'number' || !isRecord(s.states) || !Object.values(s.states).every(isRecord)) return 'damaged';
    if (!isRecord(s.daily)) s.daily = table();
    return s;
  } catch {
    return 'damaged';
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function writeSnapshot(file: string, s: Snapshot, fsys: FileSystem = nodeFs): void {
  writeFileAtomic(file, JSON.stringify(s), fsys);
}

/** A snapshot's (or backup's) card states as Maps. */
export function statesOf(states: Snapshot['states']): DeckStates {
  const out: DeckStates = new Map();
  // Key by key rather than through Object.entries: no [key, value] pair made per card, which at 100,000
  // cards took twice the time and fed the garbage collector on every open.
  for (const deck of Object.keys(states)) {
    const cards = states[deck]!;
    const m = new Map<string, CardState>();
    for (const card of Object.keys(cards)) m.set(card, cards[card]!);
    out.set(deck, m);
  }
  return out;
}

/** Card states as the snapshot file holds them. */
export function statesRecord(states: DeckStates): Snapshot['states'] {
  const out = table<Record<string, CardState>>();
  for (const [deck, cards] of states) out[deck] = table(cards);
  return out;
}

