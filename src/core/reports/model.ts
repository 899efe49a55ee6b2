// The progress model behind the statistics screen and the reports: built in ONE pass over the review log,
// with memory proportional to days and cards (never to reviews). Undo entries cancel the answer they undo.
import type { Card } from '../deck.js';
import type { CardState } from '../schedule/state.js';
import type { LogEntry } from '../schedule/log.js';
import { dateDay, dayDate } from '../dates.js';
import type { DayStat, DeckStat, HardCard, ProgressModel, StateCounts, WeekStat } from './model-schema.js';

export { dateDay, dayDate };

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
export const HARDEST_MAX = 20;
/** An undo only ever takes back one of the last answers of a session (the backend keeps 100). */
const UNDO_WINDOW = 4_096;

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

export type { Totals, DayStat, WeekStat, ForecastDay, StateCounts, DeckStat, HardCard, ProgressModel } from './model-schema.js';

/** Monday-based week index (day 0, 1970-01-01, was a Thursday). */
const weekOf = (day: number) => Math.floor((day + 3) / 7);
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
  const { now, since } = input;
  const dayOf = cachedDayOf(input.dayOf);
  const today = dayOf(now);
  const firstDay = today - HEATMAP_DAYS + 1;
  const decks = input.deckId === undefined ? input.decks : input.decks.filter((d) => d.id === input.deckId);
  // Everything per deck and per card lives in typed arrays indexed by position: one pass over a million
  // answers allocates nothing per answer.
  const deckIndex = new Map<string, number>(decks.map((d, i) => [d.id, i]));
  const cardIndex: Map<string, number>[] = [];
  let cardCount = 0;
  for (const d of decks) {
    const m = new Map<string, number>();
    for (const c of d.cards) if (!m.has(c.id)) m.set(c.id, cardCount++);
    cardIndex.push(m);
  }
  const deckReviews = new Float64Array(decks.length);
  const deckMs = new Float64Array(decks.length);
  const deckAnswers = new Float64Array(decks.length);
  const deckPassed = new Float64Array(decks.length);
  const cardAgain = new Int32Array(cardCount);
  const cardReviews = new Int32Array(cardCount);
  const dayReviews = new Float64Array(HEATMAP_DAYS);
  const dayMs = new Float64Array(HEATMAP_DAYS);
  const weeks = new Map<number, [number, number]>();
  // Answers recent enough to be undone, in a ring indexed by sequence number, so an undo can take one back out.
  const ringSeq = new Float64Array(UNDO_WINDOW).fill(-1);
  const ringDeck = new Int32Array(UNDO_WINDOW);
  const ringCard = new Int32Array(UNDO_WINDOW);
  const ringDay = new Int32Array(UNDO_WINDOW);
  const ringGrade = new Int8Array(UNDO_WINDOW);
  const ringP = new Int8Array(UNDO_WINDOW);
  const ringMs = new Float64Array(UNDO_WINDOW);
  let unmatchedUndos = 0;

  const count = (deck: number, card: number, day: number, grade: number, p: number, ms: number, sign: 1 | -1) => {
    deckReviews[deck]! += sign;
    deckMs[deck]! += sign * ms;
    const i = day - firstDay;
    if (i >= 0 && i < HEATMAP_DAYS) {
      dayReviews[i]! += sign;
      dayMs[i]! += sign * ms;
    }
    if (p === 2) {
      deckAnswers[deck]! += sign;
      if (grade > 1) deckPassed[deck]! += sign;
      const w = weekOf(day);
      let wk = weeks.get(w);
      if (!wk) weeks.set(w, (wk = [0, 0]));
      wk[0] += sign;
      if (grade > 1) wk[1] += sign;
    }
    if (card >= 0) {
      cardReviews[card]! += sign;
      if (grade === 1) cardAgain[card]! += sign;
    }
  };

  const addEntry = (e: LogEntry) => {
    if (e.k === 'r') {
      const deck = deckIndex.get(e.d);
      if (deck === undefined || (since !== undefined && e.t < since) || e.g === undefined) return;
      const ms = typeof e.ms === 'number' && e.ms > 0 ? e.ms : 0;
      const card = cardIndex[deck]!.get(e.c) ?? -1;
      const day = dayOf(e.t);
      const p = e.p ?? -1;
      count(deck, card, day, e.g, p, ms, 1);
      const r = e.n % UNDO_WINDOW;
      ringSeq[r] = e.n;
      ringDeck[r] = deck;
      ringCard[r] = card;
      ringDay[r] = day;
      ringGrade[r] = e.g;
      ringP[r] = p;
      ringMs[r] = ms;
    } else if (e.k === 'u' && e.u !== undefined) {
      const r = e.u % UNDO_WINDOW;
      if (ringSeq[r] === e.u) {
        count(ringDeck[r]!, ringCard[r]!, ringDay[r]!, ringGrade[r]!, ringP[r]!, ringMs[r]!, -1);
        ringSeq[r] = -1;
      } else if (deckIndex.has(e.d) && (since === undefined || e.t >= since)) {
        unmatchedUndos++;
      }
    }
  };
  return { add: addEntry, finish };

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
        const ci = cardIndex[di]!.get(card.id)!;
        const lapses = s?.lapses ?? 0;
        const ag = cardAgain[ci]!;
        if (lapses > 0 || ag > 0) {
          hard.push({
            deckId: d.id, deckTitle: d.title, cardId: card.id, prompt: card.prompt, answer: card.answer,
            sentence: card.evidence?.sentence ?? null, lapses, again: ag, reviews: cardReviews[ci]!,
          });
        }
      }
      for (const n of Object.keys(sc) as (keyof StateCounts)[]) totalStates[n] += sc[n];
      deckStats.push({
        id: d.id, title: d.title, cards: d.cards.length, reviews: deckReviews[di]!,
        retention: deckAnswers[di]! > 0 ? deckPassed[di]! / deckAnswers[di]! : null, studyMinutes: minutes(deckMs[di]!), ...sc,
      });
      reviews += deckReviews[di]!;
      answers += deckAnswers[di]!;
      passed += deckPassed[di]!;
      ms += deckMs[di]!;
      cards += d.cards.length;
    });
    hard.sort((x, y) => y.lapses + y.again - (x.lapses + x.again) || y.lapses - x.lapses || y.reviews - x.reviews
      || x.prompt.localeCompare(y.prompt));

    return {
      generatedAt: now,
      today: dayDate(today),
      since: since === undefined ? null : dayDate(dayOf(since)),
      deckId: input.deckId ?? null,
      totals: { reviews, cards, decks: decks.length, retention: answers > 0 ? passed / answers : null, studyMinutes: minutes(ms) },
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

/** Study days begin on a quarter hour (whole-hour day start; every time zone and DST change is a multiple of
 * 15 minutes), so the day of the last quarter hour seen answers most lookups in a log written in time order. */
function cachedDayOf(dayOf: (t: number) => number): (t: number) => number {
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

function minutes(ms: number): number {
  return Math.round(ms / 6_000) / 10;
}
