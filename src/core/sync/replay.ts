// A card's state from its whole history: every answer that stands, from every device, replayed through FSRS
// in time order. Two devices that hold the same answers compute the same state, whatever order the answers
// reached them in (ties in time are broken by the answer's id, which is the same everywhere).
import { answerCard, type GradeNumber } from '../schedule/scheduler.js';
import type { SchedulerSettings } from '../schedule/settings.js';
import { NEW_STATE, type CardState } from '../schedule/state.js';

export interface HistoryAnswer {
  /** the answer's document id (a:<device>:<seq>): unique, and the same on every device */
  id: string;
  t: number;
  grade: GradeNumber;
}

export interface Replayed {
  /** the answers in the order replayed (time, then id) */
  order: HistoryAnswer[];
  /** the state kind before each answer (0 new ... 3 relearning), by answer id */
  before: Map<string, 0 | 1 | 2 | 3>;
  /** the state after each answer, by answer id */
  after: Map<string, CardState>;
  /** FSRS's state after the last answer (without suspension or the leech mark: see withFlags) */
  final: CardState;
  /** the answer that made the card a leech, if one did */
  leechAt: string | null;
}

export function byTimeThenId(a: HistoryAnswer, b: HistoryAnswer): number {
  return a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Replays `answers` from a new card. */
export function replay(answers: readonly HistoryAnswer[], settings: SchedulerSettings): Replayed {
  const order = [...answers].sort(byTimeThenId);
  const before = new Map<string, 0 | 1 | 2 | 3>();
  const after = new Map<string, CardState>();
  let state: CardState = NEW_STATE;
  let leechAt: string | null = null;
  for (const a of order) {
    before.set(a.id, state.state);
    const out = answerCard(state, a.grade, a.t, settings);
    if (out.becameLeech) leechAt ??= a.id;
    state = out.state;
    after.set(a.id, state);
  }
  const { susp: _s, leech: _l, ...fsrs } = state;
  return { order, before, after, final: fsrs, leechAt };
}

/**
 * The card's state after a merge: FSRS's part from the replay; what FSRS does not decide stays as the device
 * has it (suspended, buried, a leech), and a leech found in answers new to this device is suspended, as it
 * would have been had they been given here.
 */
export function withFlags(r: Replayed, current: CardState | undefined, fresh: ReadonlySet<string>): CardState {
  const out: CardState = { ...r.final };
  const newLeech = r.leechAt !== null && fresh.has(r.leechAt);
  if (current?.susp || newLeech) out.susp = true;
  if (current?.leech || r.leechAt !== null) out.leech = true;
  if (current?.buryDay !== undefined) out.buryDay = current.buryDay;
  return out;
}

/** Whether two states are the same (what the log stores of them). */
export function sameState(a: CardState | undefined, b: CardState | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.due === b.due &&
    a.stab === b.stab &&
    a.diff === b.diff &&
    a.state === b.state &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.step === b.step &&
    a.last === b.last &&
    a.sched === b.sched &&
    Boolean(a.susp) === Boolean(b.susp) &&
    a.buryDay === b.buryDay &&
    Boolean(a.leech) === Boolean(b.leech)
  );
}
