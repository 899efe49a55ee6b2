// Today's queue without reading every card of a big deck on every "next card": an index of the few cards
// that can matter today (learning, suspended, studied today, the earliest reviews due, the first new cards),
// built with one pass over the deck once a day (or when something other than an answer changes), then
// kept up to date by adding each answered card. buildQueue over the index gives exactly what it gives over
// the whole deck; `indexCovers` says when the index ran short and must be rebuilt whole.
import { dayNumber } from './day.js';
import { dayCompare, type Queue, type QueueCard } from './queue.js';
import type { SchedulerSettings } from './settings.js';
import { isLearning, type CardState } from './state.js';
import type { TzOffset } from './day.js';

export interface QueueIndex {
  /** positions in the deck of the cards that can matter today, ascending */
  positions: number[];
  /** the same cards, in the same order: what buildQueue reads */
  cards: QueueCard[];
  /** new cards were left out after the first few */
  newCut: boolean;
  /** review cards due after this instant were left out (Infinity: none were) */
  reviewCut: number;
}

/** Beyond the daily limits, this many spare cards cover siblings buried during the day. */
const SPARE = 100;

export function indexQueue(
  cards: readonly QueueCard[], states: ReadonlyMap<string, CardState>, now: number, settings: SchedulerSettings,
  tz: TzOffset, whole = false,
): QueueIndex {
  const today = dayNumber(now, settings.dayStartHour, tz);
  const dayOf = dayCompare(today, settings.dayStartHour, tz);
  const newWant = whole ? Infinity : 2 * settings.newPerDay + SPARE;
  const reviewWant = whole ? Infinity : 2 * settings.reviewsPerDay + SPARE;
  const keep: number[] = [];
  const reviews: { i: number; due: number }[] = [];
  let fresh = 0;
  let newCut = false;
  for (let i = 0; i < cards.length; i++) {
    const s = states.get(cards[i]!.id);
    if (s === undefined || (s.state === 0 && !s.susp)) {
      if (s?.buryDay !== undefined && s.buryDay > today) {
        if (s.last != null && dayOf(s.last) === 0) keep.push(i);
        continue;
      }
      if (fresh < newWant) {
        keep.push(i);
        fresh++;
      } else if (s?.last != null && dayOf(s.last) === 0) {
        // a new card studied today (reset, say) past the cut would be read as a candidate: read all
        return indexQueue(cards, states, now, settings, tz, true);
      } else newCut = true;
    } else if (s.susp || isLearning(s.state) || (s.last != null && dayOf(s.last) === 0)) {
      keep.push(i);
    } else if (s.state === 2 && dayOf(s.due) <= 0 && !(s.buryDay !== undefined && s.buryDay > today)) {
      reviews.push({ i, due: s.due });
    }
  }
  let reviewCut = Infinity;
  if (reviews.length > reviewWant) {
    const dues = reviews.map((r) => r.due).sort((a, b) => a - b);
    reviewCut = dues[reviewWant - 1]!;
    for (const r of reviews) if (r.due <= reviewCut) keep.push(r.i);
    if (dues[dues.length - 1]! <= reviewCut) reviewCut = Infinity;
  } else {
    for (const r of reviews) keep.push(r.i);
  }
  keep.sort((a, b) => a - b);
  return { positions: keep, cards: keep.map((i) => cards[i]!), newCut, reviewCut };
}

/** Adds a card (just answered) to the index, in deck order. */
export function indexAdd(index: QueueIndex, cards: readonly QueueCard[], position: number): void {
  const ps = index.positions;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  if (ps[lo] === position) return;
  ps.splice(lo, 0, position);
  index.cards.splice(lo, 0, cards[position]!);
}

/** Whether a queue built from the index is the one the whole deck gives (else: rebuild it whole). */
export function indexCovers(
  index: QueueIndex, queue: Queue, states: ReadonlyMap<string, CardState>, settings: SchedulerSettings,
  doneToday: { new: number; reviews: number },
): boolean {
  const newRoom = Math.max(0, settings.newPerDay - doneToday.new);
  const reviewRoom = Math.max(0, settings.reviewsPerDay - doneToday.reviews);
  if (index.newCut && queue.new.length < newRoom) return false;
  if (index.reviewCut !== Infinity) {
    if (queue.review.length < reviewRoom) return false;
    const last = queue.review[queue.review.length - 1];
    if (last !== undefined && (states.get(last)?.due ?? Infinity) > index.reviewCut) return false;
  }
  return true;
}
