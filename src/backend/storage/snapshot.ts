// The progress snapshot: every card's state plus the log offset it covers, so opening a library
// reads the snapshot and replays only the log's tail instead of a million lines.
// On disk (v2) each deck's states are columns: its card ids in one array, each field in another ("due": [...]),
// the rare fields (suspended, buried, leech) by index. JSON.parse reads arrays of numbers about three times as fast
// as 100,000 objects of the same keys, and no object is made per card until the Map's: opening a library of 100,000
// cards took 190 ms here in v1, 105 ms in v2. v1 files (written before) are still read; backups keep v1 (Snapshot).
// Ids are array values on disk and Map keys in memory, so an id such as "__proto__" is kept like any other.
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

/** What a snapshot says besides its card states. */
export type SnapshotHead = Omit<Snapshot, 'v' | 'states'>;

/** A snapshot as read back: its card states already as Maps. */
export type SnapshotRead = SnapshotHead & { states: DeckStates };

/** One deck's states on disk (v2): ids and the fields every state has as columns, any other field by index. */
interface Columns {
  deck: string;
  ids: string[];
  cols: Record<(typeof FIELDS)[number], unknown[]>;
  extra: Array<[number, Partial<CardState>]>;
}

const FIELDS = ['due', 'stab', 'diff', 'state', 'reps', 'lapses', 'step', 'last', 'sched'] as const;

export function readSnapshot(file: string): SnapshotRead | 'missing' | 'damaged' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const s = JSON.parse(text) as Omit<Snapshot, 'v'> & { v: number; decks?: unknown };
    if (typeof s.offset !== 'number') return 'damaged';
    const states = s.v === 2 ? columnsOf(s.decks) : s.v === 1 && isRecord(s.states) ? recordsOf(s.states) : null;
    if (!states) return 'damaged';
    return {
      offset: s.offset,
      seq: s.seq,
      entries: s.entries,
      day: s.day,
      daily: isRecord(s.daily) ? s.daily : table(),
      states,
    };
  } catch {
    return 'damaged';
  }
}

/** v1's states (deck -> card -> state), as Maps; null when not that shape. */
function recordsOf(states: Record<string, unknown>): DeckStates | null {
  return Object.values(states).every(isRecord) ? statesOf(states as Snapshot['states']) : null;
}

/** v2's decks of columns, as Maps; null when any deck's columns are not its ids' length. */
function columnsOf(decks: unknown): DeckStates | null {
  if (!Array.isArray(decks)) return null;
  const out: DeckStates = new Map();
  for (const d of decks as Columns[]) {
    const n = Array.isArray(d?.ids) ? d.ids.length : -1;
    if (
      typeof d?.deck !== 'string' ||
      n < 0 ||
      !FIELDS.every((f) => Array.isArray(d.cols?.[f]) && d.cols[f].length === n)
    )
      return null;
    out.set(d.deck, cardsOf(d));
  }
  return out;
}

function cardsOf(d: Columns): Map<string, CardState> {
  const { due, stab, diff, state, reps, lapses, step, last, sched } = d.cols as Record<
    (typeof FIELDS)[number],
    never[]
  >;
  const m = new Map<string, CardState>();
  for (let i = 0; i < d.ids.length; i++)
    m.set(d.ids[i]!, {
      due: due[i]!,
      stab: stab[i]!,
      diff: diff[i]!,
      state: state[i]!,
      reps: reps[i]!,
      lapses: lapses[i]!,
      step: step[i]!,
      last: last[i]!,
      sched: sched[i]!,
    });
  for (const [i, more] of Array.isArray(d.extra) ? d.extra : []) {
    const card = m.get(d.ids[i] ?? '');
    if (card && isRecord(more)) Object.assign(card, more);
  }
  return m;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Writes the snapshot (v2) straight from the Maps progress keeps (no record of records made on the way). */
export function writeSnapshot(file: string, head: SnapshotHead, states: DeckStates, fsys: FileSystem = nodeFs): void {
  const decks = [...states].map(([deck, cards]) => columns(deck, cards));
  writeFileAtomic(file, JSON.stringify({ ...head, v: 2, decks }), fsys);
}

/** One deck's states as columns (v2). */
function columns(deck: string, cards: Map<string, CardState>): Columns {
  const ids = [...cards.keys()];
  const list = [...cards.values()];
  const cols = Object.fromEntries(FIELDS.map((f) => [f, list.map((c) => c[f])])) as Columns['cols'];
  const extra: Columns['extra'] = [];
  list.forEach((card, i) => {
    const more = Object.fromEntries(
      Object.entries(card).filter(([k, v]) => !(FIELDS as readonly string[]).includes(k) && v !== undefined),
    );
    if (Object.keys(more).length) extra.push([i, more]);
  });
  return { deck, ids, cols, extra };
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
