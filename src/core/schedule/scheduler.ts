// FSRS-6 through ts-fsrs: one answer in, the card's next state out; previews for the grade buttons.
import { FSRS, generatorParameters, type Grade, type StepUnit } from 'ts-fsrs';
import type { SchedulerSettings } from './settings.js';
import { toFsrs, fromFsrs, type CardState } from './state.js';

export type GradeNumber = 1 | 2 | 3 | 4;
export const gradeNames = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof gradeNames)[number];

export interface AnswerOutcome {
  state: CardState;
  /** true when this answer made the card a leech (it is then suspended) */
  becameLeech: boolean;
}

const cache = new WeakMap<SchedulerSettings, FSRS>();

export function scheduler(settings: SchedulerSettings): FSRS {
  let f = cache.get(settings);
  if (!f) {
    f = new FSRS(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumIntervalDays,
        w: settings.weights,
        enable_fuzz: settings.fuzz,
        enable_short_term: true,
        learning_steps: settings.learningSteps as StepUnit[],
        relearning_steps: settings.relearningSteps as StepUnit[],
      }),
    );
    cache.set(settings, f);
  }
  return f;
}

export function answerCard(
  prev: CardState,
  grade: GradeNumber,
  now: number,
  settings: SchedulerSettings,
): AnswerOutcome {
  const next = scheduler(settings).next(toFsrs(prev, now), new Date(now), grade as Grade);
  const state = fromFsrs(next.card, prev);
  // A leech is a card forgotten again and again: Anki tags and suspends it at the threshold.
  const becameLeech = grade === 1 && prev.state === 2 && state.lapses >= settings.leechThreshold && !prev.leech;
  if (becameLeech) {
    state.leech = true;
    state.susp = true;
  }
  return { state, becameLeech };
}

/** Milliseconds from now until the card would be due after each grade. */
export function previewIntervals(prev: CardState, now: number, settings: SchedulerSettings): Record<GradeNumber, number> {
  const f = scheduler(settings);
  const card = toFsrs(prev, now);
  const at = new Date(now);
  const out = {} as Record<GradeNumber, number>;
  for (const g of [1, 2, 3, 4] as const) {
    out[g] = f.next(card, at, g as Grade).card.due.getTime() - now;
  }
  return out;
}

/** "1m", "10m", "3h", "4d", "2.1mo", "1.5y": what Anki shows on its buttons. */
export function formatInterval(ms: number): string {
  const m = ms / 60_000;
  if (m < 60) return `${Math.max(1, Math.round(m))}m`;
  const h = m / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  const mo = d / 30.4375;
  if (mo < 12) return `${trim(mo)}mo`;
  return `${trim(d / 365.25)}y`;
}

function trim(x: number): string {
  return x < 10 ? x.toFixed(1).replace(/\.0$/, '') : String(Math.round(x));
}
