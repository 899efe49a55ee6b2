// Today's queue for one deck, the way Anki orders it: learning cards that are due, then reviews due
// today, then new cards up to the daily limit. Siblings of a card studied today wait until tomorrow.
import { shuffle } from '../random.js';
import { dayNumber, dayStart, type TzOffset } from './day.js';
import type { SchedulerSettings } from './settings.js';
import { isLearning, type CardState } from './state.js';

export interface QueueCard {
  id: string;
  fact?: string | undefined;
}

export interface QueueInput {
  cards: readonly QueueCard[];
  states: ReadonlyMap<string, CardState>;
  now: number;
  settings: SchedulerSettings;
  tz: TzOffset;
  /** new cards introduced and reviews answered today in this deck, from the log */
  doneToday: { new: number; reviews: number };
}

export interface Queue {
  learning: string[];
  review: string[];
  new: string[];
  /** learning cards due later today, earliest first */
  later: { id: string; due: number }[];
  /** the earliest of them (epoch ms), or null */
  nextLearningAt: number | null;
}

/** Anki's learn-ahead limit: a learning card due within 20 minutes is shown when nothing else is. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function buildQueue(q: QueueInput): Queue {
  const { settings, now } = q;
  const today = dayNumber(now, settings.dayStartHour, q.tz);
  const dayOf = dayCompare(today, settings.dayStartHour, q.tz);
  const studiedFacts = settings.buryNewSiblings || settings.buryReviewSiblings ? factsStudiedToday(q, dayOf) : null;
  const learning: { id: string; due: number }[] = [];
  const review: { id: string; due: number }[] = [];
  const fresh: string[] = [];
  const later: { id: string; due: number }[] = [];
  const newRoom = Math.max(0, settings.newPerDay - q.doneToday.new);
  const reviewRoom = Math.max(0, settings.reviewsPerDay - q.doneToday.reviews);

  for (const card of q.cards) {
    const s = q.states.get(card.id);
    if (s?.susp) continue;
    if (s?.buryDay !== undefined && s.buryDay > today) continue;
    const state = s?.state ?? 0;
    if (isLearning(state)) {
      if (s!.due <= now) learning.push({ id: card.id, due: s!.due });
      else if (dayOf(s!.due) <= 0) later.push({ id: card.id, due: s!.due });
      continue;
    }
    const buried = studiedFacts !== null && card.fact !== undefined && studiedFacts.get(card.fact) !== undefined
      && studiedFacts.get(card.fact) !== card.id;
    if (state === 2) {
      if (buried && settings.buryReviewSiblings) continue;
      if (dayOf(s!.due) <= 0) review.push({ id: card.id, due: s!.due });
    } else if (fresh.length < newRoom) {
      if (buried && settings.buryNewSiblings) continue;
      fresh.push(card.id);
    }
  }
  learning.sort((a, b) => a.due - b.due);
  review.sort((a, b) => a.due - b.due);
  later.sort((a, b) => a.due - b.due);
  // Seeded by the day, so a reload shows the same order.
  const newCards = settings.newOrder === 'random' ? shuffle(fresh, today) : fresh;
  return {
    learning: learning.map((c) => c.id),
    review: review.slice(0, reviewRoom).map((c) => c.id),
    new: newCards,
    later,
    nextLearningAt: later[0]?.due ?? null,
  };
}

/** Learning cards due later today but within the learn-ahead limit: shown when nothing else is left. */
export function learnAhead(queue: Queue, now: number): string[] {
  const out: string[] = [];
  for (const c of queue.later) {
    if (c.due - now > LEARN_AHEAD_MS) break;
    out.push(c.id);
  }
  return out;
}

/** What is left in the session, as the study header counts it (learn-ahead cards included, as in Anki). */
export function queueCounts(queue: Queue, now: number): { new: number; learning: number; review: number } {
  return { new: queue.new.length, learning: queue.learning.length + learnAhead(queue, now).length, review: queue.review.length };
}

/**
 * The next card to show, or null: due learning cards, then reviews, then new cards, then a learning card due
 * within the learn-ahead limit. `avoid` (the card just answered) is not shown twice in a row when any other
 * card can be shown.
 */
export function pickNext(queue: Queue, now: number, avoid: string | null = null): string | null {
  const ahead = learnAhead(queue, now);
  let fallback: string | null = null;
  for (const list of [queue.learning, queue.review, queue.new, ahead]) {
    for (const id of list) {
      if (id !== avoid) return id;
      fallback = id;
    }
  }
  return fallback;
}

// Map fact -> the card of it studied today (the one that stays; its siblings wait).
function factsStudiedToday(q: QueueInput, dayOf: (t: number) => number): Map<string, string> {
  const out = new Map<string, string>();
  for (const card of q.cards) {
    if (card.fact === undefined) continue;
    const s = q.states.get(card.id);
    if (s?.last != null && dayOf(s.last) === 0) out.set(card.fact, card.id);
  }
  return out;
}

/** An instant's study day against today (-1 before, 0 today, 1 after) without asking the time zone for
 * every card of a 100,000-card deck: the day's bounds are computed once, and only instants within a few
 * hours of a bound (where a DST change could move it) go through dayNumber. */
export function dayCompare(today: number, dayStartHour: number, tz: TzOffset): (t: number) => -1 | 0 | 1 {
  const lo = dayStart(today, dayStartHour, tz);
  const hi = dayStart(today + 1, dayStartHour, tz);
  const margin = 3 * 3_600_000;
  return (t) => {
    if (t < lo - margin) return -1;
    if (t >= hi + margin) return 1;
    if (t >= lo + margin && t < hi - margin) return 0;
    const d = dayNumber(t, dayStartHour, tz);
    return d < today ? -1 : d > today ? 1 : 0;
  };
}
