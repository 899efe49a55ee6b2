// A card's scheduling state as stored in the review log and snapshot: compact, JSON-friendly,
// converted to and from ts-fsrs's Card at the edges.
import { State, type Card as FsrsCard } from 'ts-fsrs';

export interface CardState {
  /** due time, epoch ms */
  due: number;
  stab: number;
  diff: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs State) */
  state: 0 | 1 | 2 | 3;
  reps: number;
  lapses: number;
  /** current (re)learning step index */
  step: number;
  /** last review, epoch ms */
  last: number | null;
  /** scheduled interval in days */
  sched: number;
  susp?: boolean;
  /** buried until the start of this day number */
  buryDay?: number;
  leech?: boolean;
}

/** Learning or relearning: on the short steps of the day, whether the card is new or has lapsed. */
export const isLearning = (state: CardState['state']): boolean =>
  state === State.Learning || state === State.Relearning;

export const NEW_STATE: CardState = Object.freeze({
  due: 0, stab: 0, diff: 0, state: 0, reps: 0, lapses: 0, step: 0, last: null, sched: 0,
}) as CardState;

export function toFsrs(s: CardState, now: number): FsrsCard {
  const isNew = s.state === State.New;
  return {
    due: new Date(isNew ? now : s.due),
    stability: s.stab,
    difficulty: s.diff,
    elapsed_days: 0,
    scheduled_days: s.sched,
    learning_steps: s.step,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.last !== null ? { last_review: new Date(s.last) } : {}),
  };
}

export function fromFsrs(c: FsrsCard, keep: Pick<CardState, 'susp' | 'leech'> = {}): CardState {
  const out: CardState = {
    due: c.due.getTime(),
    stab: round(c.stability),
    diff: round(c.difficulty),
    state: c.state as 0 | 1 | 2 | 3,
    reps: c.reps,
    lapses: c.lapses,
    step: c.learning_steps,
    last: c.last_review ? c.last_review.getTime() : null,
    sched: c.scheduled_days,
  };
  if (keep.susp) out.susp = true;
  if (keep.leech) out.leech = true;
  return out;
}

// Six significant decimals keep log lines short without changing any interval.
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export type StateName = 'new' | 'learning' | 'review' | 'relearning';
export const stateNames: readonly StateName[] = ['new', 'learning', 'review', 'relearning'];
