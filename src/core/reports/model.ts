// The progress model behind the statistics screen and the reports: the counts of a tally of the review log
// (tally.ts: one pass, or carried forward from an earlier one; memory proportional to days and cards, never to
// reviews), drawn for today, the decks there are now and their states.
import type { Card } from '../deck.js';
import type { CardState } from '../schedule/state.js';
import type { LogEntry } from '../schedule/log.js';
import { dateDay, dayDate } from '../dates.js';
import type { DayStat, DeckStat, HardCard, ProgressModel, StateCounts, WeekStat } from './model-schema.js';
import { bump, cachedDayOf, emptyDeckTally, newTally, tallyEntry, type Tally } from './tally.js';

export { dateDay, dayDate };

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
export const HARDEST_MAX = 20;

export interface ReportDeck {
  id: string;
  title: string;
  cards: readonly Card[];
}

export interface ProgressInput {
  decks: readonly ReportDeck[];
  entries: Iterable<LogEntry>;
  states: ReadonlyMap<string, ReadonlyMap<string, CardState>>;
  now: number;
  /** study day number of an instant (day start hour and time zone applied) */
  dayOf: (t: number) => number;
  /** first instant of a study day */
  dayStartMs: (day: number) => number;
  /** count only answers at or after this instant */
  since?: number | undefined;
  /** only this deck */
  deckId?: string | undefined;
}

export type {
  Totals,
  DayStat,
  WeekStat,
  ForecastDay,
  StateCounts,
  DeckStat,
  HardCard,
  ProgressModel,
} from './model-schema.js';

const weekMonday = (week: number) => week * 7 - 3;

export function buildProgress(input: ProgressInput): ProgressModel {
  const b = progressBuilder(input);
  for (const e of input.entries) b.add(e);
  return b.finish();
}

export interface ProgressBuilder {
  add(e: LogEntry): void;
  finish(): ProgressModel;
}

/** The same, fed one entry at a time (for a log read with a callback). */
export function progressBuilder(input: Omit<ProgressInput, 'entries'>): ProgressBuilder {
  const tally = newTally();
  const dayOf = cachedDayOf(input.dayOf);
  return { add: (e) => tallyEntry(tally, e, dayOf, input.since), finish: () => progressFromTally(tally, input) };
}

/** The model drawn from a tally of the log (tally.ts): today's window, the decks there are now, their states. */
export function progressFromTally(tally: Tally, input: Omit<ProgressInput, 'entries'>): ProgressModel {
  const { now, since } = input;
  const dayOf = cachedDayOf(input.dayOf);
  const today = dayOf(now);
  const firstDay = today - HEATMAP_DAYS + 1;
  const decks = input.deckId === undefined ? input.decks : input.decks.filter((d) => d.id === input.deckId);
  const none = emptyDeckTally();
  const tallies = decks.map((d) => tally.decks.get(d.id) ?? none);
  const dayReviews = new Float64Array(HEATMAP_DAYS);
  const dayMs = new Float64Array(HEATMAP_DAYS);
  const weeks = new Map<number, [number, number]>();
  let unmatchedUndos = 0;
  for (const t of tallies) {
    for (const [day, [n, ms]] of t.days) {
      const i = day - firstDay;
      if (i < 0 || i >= HEATMAP_DAYS) continue;
      dayReviews[i]! += n;
      dayMs[i]! += ms;
    }
    for (const [w, [n, p]] of t.weeks) bump(weeks, w, n, p);
    unmatchedUndos += t.unmatchedUndos;
  }
  return finish();

  function finish(): ProgressModel {
    const days: DayStat[] = [];
    for (let i = 0; i < HEATMAP_DAYS; i++) {
      days.push({ date: dayDate(firstDay + i), reviews: dayReviews[i]!, seconds: Math.round(dayMs[i]! / 1000) });
    }
    const weekStats: WeekStat[] = [...weeks.entries()]
      .filter(([, [n]]) => n > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([w, [n, p]]) => ({ week: dayDate(weekMonday(w)), answers: n, passed: p, retention: p / n }));

    const forecastCounts = new Array<number>(FORECAST_DAYS).fill(0);
    const totalStates: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
    const deckStats: DeckStat[] = [];
    const hard: HardCard[] = [];
    let reviews = 0;
    let answers = 0;
    let passed = 0;
    let ms = 0;
    let cards = 0;
    decks.forEach((d, di) => {
      const t = tallies[di]!;
      const states = input.states.get(d.id);
      const sc: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
      for (const card of d.cards) {
        const s = states?.get(card.id);
        if (s?.susp) sc.suspended++;
        else if (!s || s.state === 0) sc.new++;
        else {
          if (s.state === 1) sc.learning++;
          else if (s.state === 2) sc.review++;
          else sc.relearning++;
          const offset = Math.max(0, dayOf(s.due) - today);
          if (offset < FORECAST_DAYS) forecastCounts[offset]!++;
        }
        const [ag, cardReviews] = t.cards.get(card.id) ?? [0, 0];
        const lapses = s?.lapses ?? 0;
        if (lapses > 0 || ag > 0) {
          hard.push({
            deckId: d.id,
            deckTitle: d.title,
            cardId: card.id,
            prompt: card.prompt,
            answer: card.answer,
            sentence: card.evidence?.sentence ?? null,
            lapses,
            again: ag,
            reviews: cardReviews,
          });
        }
      }
      for (const n of Object.keys(sc) as (keyof StateCounts)[]) totalStates[n] += sc[n];
      deckStats.push({
        id: d.id,
        title: d.title,
        cards: d.cards.length,
        reviews: t.reviews,
        retention: t.answers > 0 ? t.passed / t.answers : null,
        studyMinutes: minutes(t.ms),
        ...sc,
      });
      reviews += t.reviews;
      answers += t.answers;
      passed += t.passed;
      ms += t.ms;
      cards += d.cards.length;
    });
    hard.sort(
      (x, y) =>
        y.lapses + y.again - (x.lapses + x.again) ||
        y.lapses - x.lapses ||
        y.reviews - x.reviews ||
        x.prompt.localeCompare(y.prompt),
    );

    return {
      generatedAt: now,
      today: dayDate(today),
      since: since === undefined ? null : dayDate(dayOf(since)),
      deckId: input.deckId ?? null,
      totals: {
        reviews,
        cards,
        decks: decks.length,
        retention: answers > 0 ? passed / answers : null,
        studyMinutes: minutes(ms),
      },
      days,
      weeks: weekStats,
      forecast: forecastCounts.map((due, offset) => ({ date: dayDate(today + offset), offset, due })),
      decks: deckStats,
      states: totalStates,
      hardest: hard.slice(0, HARDEST_MAX),
      unmatchedUndos,
    };
  }
}

function minutes(ms: number): number {
  return Math.round(ms / 6_000) / 10;
}
