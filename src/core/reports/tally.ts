// The running counts behind the progress report, kept per deck and card id and per study day (never per answer),
// so they can be carried forward: fed the log once, then only what was appended since. Undo entries take back
// the answer they undo (an undo only ever takes back one of a session's last answers; the ring keeps 4,096).
// A tally does not depend on today or on which decks exist now: the report picks those when it is drawn.
import { z } from 'zod';
import { quickCheck } from '../quick-parse.js';
import type { LogEntry } from '../schedule/log.js';

export const UNDO_WINDOW = 4_096;

export interface DeckTally {
  reviews: number;
  ms: number;
  /** answers on review cards, and those passed (Hard, Good, Easy) */
  answers: number;
  passed: number;
  /** undos whose answer was not found (older than the ring, or a damaged log) */
  unmatchedUndos: number;
  /** study day -> [reviews, ms] */
  days: Map<number, [number, number]>;
  /** Monday-based week -> [answers on review cards, passed] */
  weeks: Map<number, [number, number]>;
  /** card id -> [again, reviews] */
  cards: Map<string, [number, number]>;
}

export interface Tally {
  decks: Map<string, DeckTally>;
  /** answers recent enough to be undone, indexed by sequence number modulo the window */
  ring: {
    seq: Float64Array;
    deck: string[];
    card: string[];
    day: Int32Array;
    grade: Int8Array;
    p: Int8Array;
    ms: Float64Array;
  };
}

/** Monday-based week index (day 0, 1970-01-01, was a Thursday). */
export const weekOf = (day: number) => Math.floor((day + 3) / 7);

export function newTally(): Tally {
  return {
    decks: new Map(),
    ring: {
      seq: new Float64Array(UNDO_WINDOW).fill(-1),
      deck: new Array<string>(UNDO_WINDOW).fill(''),
      card: new Array<string>(UNDO_WINDOW).fill(''),
      day: new Int32Array(UNDO_WINDOW),
      grade: new Int8Array(UNDO_WINDOW),
      p: new Int8Array(UNDO_WINDOW),
      ms: new Float64Array(UNDO_WINDOW),
    },
  };
}

export const emptyDeckTally = (): DeckTally => ({
  reviews: 0,
  ms: 0,
  answers: 0,
  passed: 0,
  unmatchedUndos: 0,
  days: new Map(),
  weeks: new Map(),
  cards: new Map(),
});

function deckOf(t: Tally, id: string): DeckTally {
  let d = t.decks.get(id);
  if (!d) t.decks.set(id, (d = emptyDeckTally()));
  return d;
}

export function bump<K>(m: Map<K, [number, number]>, key: K, a: number, b: number): void {
  const v = m.get(key);
  if (v) {
    v[0] += a;
    v[1] += b;
  } else m.set(key, [a, b]);
}

function count(d: DeckTally, card: string, day: number, grade: number, p: number, ms: number, sign: 1 | -1): void {
  d.reviews += sign;
  d.ms += sign * ms;
  bump(d.days, day, sign, sign * ms);
  if (p === 2) {
    d.answers += sign;
    if (grade > 1) d.passed += sign;
    bump(d.weeks, weekOf(day), sign, grade > 1 ? sign : 0);
  }
  bump(d.cards, card, grade === 1 ? sign : 0, sign);
}

/** Adds one log entry. `dayOf` gives an instant's study day; `since` leaves out answers before it. */
export function tallyEntry(t: Tally, e: LogEntry, dayOf: (t: number) => number, since?: number): void {
  if (e.k === 'r') tallyAnswer(t, e, dayOf, since);
  else if (e.k === 'u' && e.u !== undefined) tallyUndo(t, e, e.u, since);
}

function tallyAnswer(t: Tally, e: LogEntry, dayOf: (t: number) => number, since?: number): void {
  if ((since !== undefined && e.t < since) || e.g === undefined) return;
  const r = t.ring;
  const ms = typeof e.ms === 'number' && e.ms > 0 ? e.ms : 0;
  const day = dayOf(e.t);
  const p = e.p ?? -1;
  count(deckOf(t, e.d), e.c, day, e.g, p, ms, 1);
  const i = e.n % UNDO_WINDOW;
  r.seq[i] = e.n;
  r.deck[i] = e.d;
  r.card[i] = e.c;
  r.day[i] = day;
  r.grade[i] = e.g;
  r.p[i] = p;
  r.ms[i] = ms;
}

function tallyUndo(t: Tally, e: LogEntry, undone: number, since?: number): void {
  const r = t.ring;
  const i = undone % UNDO_WINDOW;
  if (r.seq[i] === undone) {
    count(deckOf(t, r.deck[i]!), r.card[i]!, r.day[i]!, r.grade[i]!, r.p[i]!, r.ms[i]!, -1);
    r.seq[i] = -1;
  } else if (since === undefined || e.t >= since) {
    deckOf(t, e.d).unmatchedUndos++;
  }
}

/** Study days begin on a quarter hour (whole-hour day start; every time zone and DST change is a multiple of
 * 15 minutes), so the day of the last quarter hour seen answers most lookups in a log written in time order. */
export function cachedDayOf(dayOf: (t: number) => number): (t: number) => number {
  let bucket = NaN;
  let day = 0;
  return (t) => {
    const b = Math.floor(t / 900_000);
    if (b !== bucket) {
      bucket = b;
      day = dayOf(b * 900_000);
    }
    return day;
  };
}

// A tally as JSON: lists rather than objects keyed by id, so any id (even "__proto__") comes back as it went.
const num = z.number();
const triple = <K extends z.ZodType>(k: K) => z.array(z.tuple([k, num, num]));
const tallyJsonSchema = z.object({
  decks: z.array(z.tuple([z.string(), num, num, num, num, num, triple(num), triple(num), triple(z.string())])),
  ring: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.string(), num, num, num, num])),
});
export type TallyJson = z.infer<typeof tallyJsonSchema>;
const checkTallyJson = quickCheck(tallyJsonSchema);

export function tallyToJson(t: Tally): TallyJson {
  const triples = <K>(m: Map<K, [number, number]>) => [...m].map(([k, [a, b]]) => [k, a, b] as [K, number, number]);
  const r = t.ring;
  const ring: TallyJson['ring'] = [];
  for (let i = 0; i < UNDO_WINDOW; i++)
    if (r.seq[i]! >= 0) ring.push([r.seq[i]!, r.deck[i]!, r.card[i]!, r.day[i]!, r.grade[i]!, r.p[i]!, r.ms[i]!]);
  return {
    decks: [...t.decks].map(([id, d]) => [
      id,
      d.reviews,
      d.ms,
      d.answers,
      d.passed,
      d.unmatchedUndos,
      triples(d.days),
      triples(d.weeks),
      triples(d.cards),
    ]),
    ring,
  };
}

/** A tally read back from JSON, or null when it is not one (the caller then counts afresh). */
export function tallyFromJson(raw: unknown): Tally | null {
  const j = checkTallyJson(raw);
  if (j === null) return null;
  const t = newTally();
  const pairs = <K>(xs: [K, number, number][]) => new Map(xs.map(([k, a, b]) => [k, [a, b] as [number, number]]));
  for (const [id, reviews, ms, answers, passed, unmatchedUndos, days, weeks, cards] of j.decks) {
    t.decks.set(id, {
      reviews,
      ms,
      answers,
      passed,
      unmatchedUndos,
      days: pairs(days),
      weeks: pairs(weeks),
      cards: pairs(cards),
    });
  }
  for (const [seq, deck, card, day, grade, p, ms] of j.ring) {
    const i = seq % UNDO_WINDOW;
    t.ring.seq[i] = seq;
    t.ring.deck[i] = deck;
    t.ring.card[i] = card;
    t.ring.day[i] = day;
    t.ring.grade[i] = grade;
    t.ring.p[i] = p;
    t.ring.ms[i] = ms;
  }
  return t;
}
