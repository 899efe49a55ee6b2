// Fits a learner's own FSRS-6 parameters from their review history with fsrs-rs, through the
// optional native package @open-spaced-repetition/binding. The package may be missing (an
// unsupported platform, a trimmed install): then the defaults stand, and the caller is told why.
import { createRequire } from 'node:module';
import { DEFAULT_PARAMETERS } from '../../core/schedule/fsrs-predict.js';
import type { ReviewHistory } from '../../core/schedule/history.js';
import { dayNumber, type TzOffset } from '../../core/schedule/day.js';

export type { ReviewHistory, ReviewStep } from '../../core/schedule/history.js';

/** The part of the binding we use; declared here so the package stays optional at type level too. */
export interface BindingModule {
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
  FSRSBindingItem: new (reviews: unknown[]) => unknown;
  computeParameters(
    items: unknown[],
    options?: { enableShortTerm: boolean; numRelearningSteps?: number; timeout?: number; progress?: (cur: number, total: number) => boolean | undefined | void },
  ): Promise<number[]>;
}

export interface OptimizeOptions {
  /** fit the same-day (short-term) parameters too; fsrs-rs and Anki default to true */
  enableShortTerm?: boolean;
  /** fsrs-rs progress callback throttle in ms */
  timeoutMs?: number;
  progress?: (current: number, total: number) => void;
  /** how to load the binding; tests replace it to exercise the fallback */
  load?: () => Promise<BindingModule>;
}

export interface OptimizeResult {
  params: number[];
  /** whether the binding could be loaded at all */
  loaded: boolean;
  /** why the defaults were kept, when they were */
  reason?: string;
}

/**
 * The binding's wrapper package only picks the prebuilt native package for this platform and
 * re-exports it. The registry this project installs from carries the 0.5 native package for
 * linux-x64 (glibc) alone, and a wrapper whose other platform packages are missing breaks `npm ci`;
 * so the project depends on the native package directly, and the wrapper is used where present.
 */
const loadBinding = async (): Promise<BindingModule> => {
  const require = createRequire(import.meta.url);
  const names = ['@open-spaced-repetition/binding', `@open-spaced-repetition/binding-${process.platform}-${process.arch}${process.platform === 'linux' ? '-gnu' : ''}`];
  const errors: string[] = [];
  for (const name of names) {
    try {
      // eslint-disable-next-line no-restricted-syntax -- the platform's native package, named at run time
      return require(name) as BindingModule;
    } catch (e) {
      errors.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  throw new Error(`no FSRS optimizer for ${process.platform}-${process.arch} (${errors.join('; ')})`);
};

/**
 * fsrs-rs trains on one item per review after the first: the card's history up to and including
 * that review, whose grade (Again or not) is the label. Cards seen once teach nothing and are skipped.
 */
export function toTrainingItems(binding: BindingModule, histories: readonly ReviewHistory[]): unknown[] {
  const items: unknown[] = [];
  for (const h of histories) pushItems(binding, h, items);
  return items;
}

function pushItems(binding: BindingModule, h: ReviewHistory, items: unknown[]): void {
  const reviews = h.map((r, j) => new binding.FSRSBindingReview(r.grade, j === 0 ? 0 : r.deltaDays));
  // fsrs-rs aborts the whole process (a panic it cannot unwind) on an item whose reviews all fall on
  // one day, as learning steps do: such an item carries no long-term signal, so it is left out.
  let acrossDays = false;
  for (let k = 2; k <= reviews.length; k++) {
    if (h[k - 1]!.deltaDays > 0) acrossDays = true;
    if (acrossDays) items.push(new binding.FSRSBindingItem(reviews.slice(0, k)));
  }
}

/**
 * Building native items costs about 7 ms per 1,000 reviews on the calling thread (0.6 s for 84k),
 * so yield to the event loop every few thousand items: a backend serving the UI stays responsive.
 * (computeParameters itself runs off the main thread.)
 */
async function toTrainingItemsYielding(binding: BindingModule, histories: readonly ReviewHistory[]): Promise<unknown[]> {
  const items: unknown[] = [];
  let sinceYield = 0;
  for (const h of histories) {
    pushItems(binding, h, items);
    sinceYield += h.length;
    if (sinceYield >= 5000) {
      sinceYield = 0;
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  return items;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function optimizeParameters(histories: readonly ReviewHistory[], opts: OptimizeOptions = {}): Promise<OptimizeResult> {
  const defaults = [...DEFAULT_PARAMETERS];
  let binding: BindingModule;
  try {
    binding = await (opts.load ?? loadBinding)();
  } catch (e) {
    return { params: defaults, loaded: false, reason: `FSRS optimizer unavailable: ${message(e)}` };
  }
  const items = await toTrainingItemsYielding(binding, histories);
  if (items.length === 0) return { params: defaults, loaded: true, reason: 'no card has been reviewed twice yet' };
  try {
    const progress = opts.progress;
    const params = await binding.computeParameters(items, {
      enableShortTerm: opts.enableShortTerm ?? true,
      ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : {}),
      ...(progress ? { progress: (c: number, t: number) => { progress(c, t); } } : {}),
    });
    if (params.length !== 21 || !params.every(Number.isFinite)) {
      return { params: defaults, loaded: true, reason: `optimizer returned ${params.length} parameters` };
    }
    return { params, loaded: true };
  } catch (e) {
    return { params: defaults, loaded: true, reason: `optimisation failed: ${message(e)}` };
  }
}

/** A review as Factdeck's log stores it. */
export interface LogEntry {
  card: string;
  /** answer time, epoch ms */
  t: number;
  grade: number;
}

/**
 * Groups log entries by card into histories measured in study days: a day starts at
 * `dayStartHour` local time (Anki's "next day starts at", default 4 a.m.), so two answers either
 * side of midnight are one day apart only if the day boundary lies between them.
 * `tz` is minutes east of UTC, or a function of the instant for DST-aware callers.
 */
export function historiesFromLog(
  log: readonly LogEntry[],
  opts: { dayStartHour?: number; tzOffsetMinutes?: number | TzOffset } = {},
): Map<string, ReviewHistory> {
  const hour = opts.dayStartHour ?? 4;
  const tzOpt = opts.tzOffsetMinutes ?? 0;
  const tz: TzOffset = typeof tzOpt === 'number' ? () => tzOpt : tzOpt;
  const byCard = new Map<string, LogEntry[]>();
  for (const e of log) {
    if (!(e.grade >= 1 && e.grade <= 4)) continue; // manual rescheduling etc. is not a recall
    const list = byCard.get(e.card) ?? [];
    list.push(e);
    byCard.set(e.card, list);
  }
  const out = new Map<string, ReviewHistory>();
  for (const [card, entries] of byCard) {
    entries.sort((a, b) => a.t - b.t);
    let prevDay: number | null = null;
    out.set(card, entries.map((e) => {
      const day = dayNumber(e.t, hour, tz);
      const deltaDays: number = prevDay === null ? 0 : day - prevDay;
      prevDay = day;
      return { deltaDays, grade: e.grade };
    }));
  }
  return out;
}
