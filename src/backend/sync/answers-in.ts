// Answers from other devices into this library. The review log stays the source of truth: merged answers are
// appended to it (each with `from`, its document id), and the states of the cards they touch are recomputed by
// replaying each card's whole history, from every device, through FSRS in time order. The same answer arriving
// twice counts once: the log says which documents it already holds. An answer taken back on its device
// (its document deleted) is taken back here too.
import type { AnswerDoc } from '../../core/sync/docs.js';
import { replay, sameState, withFlags, type HistoryAnswer } from '../../core/sync/replay.js';
import type { GradeNumber } from '../../core/schedule/scheduler.js';
import { leanEntry } from '../storage/lean-entry.js';
import type { SyncLibrary } from './library.js';
import { readLogFrom } from '../storage/review-log.js';
import type { SyncedEntry } from './answers-out.js';
import type { Identity } from './device.js';

export interface IncomingAnswers {
  live: AnswerDoc[];
  /** ids of answer documents deleted (taken back on their device) */
  gone: string[];
}

export interface Merged {
  answers: number;
  undone: number;
}

/** Appended per write: each write is one fsync'd append, and a million answers are not one line of work. */
const RECORD_STEP = 1_000;

interface Past {
  /** merged entries by their document id: log sequence number, state kind before, card */
  merged: Map<string, { n: number; p: 0 | 1 | 2 | 3 | undefined; d: string; c: string }>;
  /** sequence numbers of answers taken back */
  undone: Set<number>;
  /** answers of the cards asked for, from the log: [id, t, grade, n] */
  history: Map<string, { id: string; t: number; grade: GradeNumber; n: number }[]>;
}

const key = (d: string, c: string) => `${d}\u0000${c}`;

/** One pass over the log: what it already holds from other devices, and the history of the cards in `cards`. */
function readPast(logFile: string, who: Identity, cards: (k: string) => boolean): Past {
  const past: Past = { merged: new Map(), undone: new Set(), history: new Map() };
  // Most lines are this device's own answers of other cards: the lean reader (no card state) will do for
  // them; lines with `from` are read in full.
  const parse = (line: string) => (line.includes('"from"') ? null : leanEntry(line));
  readLogFrom(
    logFile,
    0,
    (raw) => {
      const e = raw as SyncedEntry;
      if (e.k === 'u' && e.u !== undefined) past.undone.add(e.u);
      if (e.k !== 'r' || e.g === undefined) return;
      if (e.from !== undefined) past.merged.set(e.from, { n: e.n, p: e.p, d: e.d, c: e.c });
      const k = key(e.d, e.c);
      if (!cards(k)) return;
      let h = past.history.get(k);
      if (!h) past.history.set(k, (h = []));
      h.push({ id: e.from ?? who.idOf(e.n), t: e.t, grade: e.g, n: e.n });
    },
    Infinity,
    parse,
  );
  return past;
}

export function mergeAnswers(lib: SyncLibrary, incoming: IncomingAnswers, who: Identity): Merged {
  const live = incoming.live.filter((a) => !who.own(a.device, a.seq));
  const gone = incoming.gone.filter((id) => {
    const m = /^a:([a-z0-9]{8,32}):(\d+)$/.exec(id);
    return m !== null && !who.own(m[1]!, Number(m[2]));
  });
  if (live.length === 0 && gone.length === 0) return { answers: 0, undone: 0 };
  const liveCards = new Set(live.map((a) => key(a.deck, a.card)));
  let past = readPast(lib.progress.logFile, who, (k) => liveCards.has(k));
  const fresh = live.filter((a) => !past.merged.has(a._id));
  const takeBack = gone.flatMap((id) => {
    const m = past.merged.get(id);
    return m && !past.undone.has(m.n) ? [{ id, ...m }] : [];
  });
  if (fresh.length === 0 && takeBack.length === 0) return { answers: 0, undone: 0 };
  // Cards whose answers are taken back need their history too: read again when they were not in the first pass.
  const cards = new Set([...fresh.map((a) => key(a.deck, a.card)), ...takeBack.map((m) => key(m.d, m.c))]);
  if ([...cards].some((k) => !liveCards.has(k))) past = readPast(lib.progress.logFile, who, (k) => cards.has(k));

  const now = lib.now();
  const answers: SyncedEntry[] = [];
  const after: SyncedEntry[] = [];
  const freshByCard = group(fresh, (a) => key(a.deck, a.card));
  const backByCard = group(takeBack, (m) => key(m.d, m.c));
  for (const k of cards) {
    const [d, c] = k.split('\u0000') as [string, string];
    const mine = freshByCard.get(k) ?? [];
    const back = new Set((backByCard.get(k) ?? []).map((m) => m.n));
    const standing: HistoryAnswer[] = (past.history.get(k) ?? []).filter(
      (h) => !past.undone.has(h.n) && !back.has(h.n),
    );
    const all = [...standing, ...mine.map((a) => ({ id: a._id, t: a.t, grade: a.grade }))];
    const r = replay(all, lib.settingsFor(d));
    const final = withFlags(r, lib.progress.get(d, c), new Set(mine.map((a) => a._id)));
    for (const a of mine) {
      answers.push({
        k: 'r',
        n: 0,
        t: a.t,
        d,
        c,
        g: a.grade,
        ms: a.ms,
        p: r.before.get(a._id)!,
        s: r.after.get(a._id)!,
        from: a._id,
      });
    }
    for (const m of backByCard.get(k) ?? []) {
      after.push({
        k: 'u',
        n: 0,
        t: now,
        d,
        c,
        u: m.n,
        ...(m.p !== undefined ? { p: m.p } : {}),
        s: final,
        from: m.id,
      });
    }
    const lastNew = r.order.filter((a) => mine.some((x) => x._id === a.id)).at(-1);
    const lastWritten = back.size ? final : lastNew ? r.after.get(lastNew.id) : undefined;
    if (!sameState(lastWritten, final)) after.push({ k: 'x', n: 0, t: now, d, c, s: final, sync: 1 });
  }
  answers.sort((a, b) => a.t - b.t || (a.from! < b.from! ? -1 : 1));
  const entries = [...answers, ...after].map(({ n: _n, ...e }) => e);
  for (let i = 0; i < entries.length; i += RECORD_STEP)
    lib.progress.record(entries.slice(i, i + RECORD_STEP), lib.today());
  return { answers: fresh.length, undone: takeBack.length };
}

function group<T>(items: readonly T[], by: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = by(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
