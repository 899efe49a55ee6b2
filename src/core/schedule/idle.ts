// Why a deck has nothing to study now, and when it will: the library says it beside a greyed-out Study
// button, the study screen when a session ends. One pass over the deck, only for decks with nothing due.
import { z } from 'zod';
import { dayStart, type TzOffset } from './day.js';
import { dayCompare, learnAhead, type Queue, type QueueCard } from './queue.js';
import type { SchedulerSettings } from './settings.js';
import { isLearning, type CardState } from './state.js';

/** Why a deck has nothing to study now, and when it will (epoch ms; null when no card ever comes due). */
export const idleSchema = z.object({
  /** learning: a learning card comes back later today; limit: today's new or review limit is reached;
   * done: nothing more today; suspended: every card is suspended; empty: the deck has no cards */
  reason: z.enum(['learning', 'limit', 'done', 'suspended', 'empty']),
  at: z.number().nullable(),
  /** cards study ahead could show now (learning later today and reviews of the next AHEAD_DAYS days) */
  ahead: z.number(),
});
export type Idle = z.output<typeof idleSchema>;

/** How many days study ahead looks, when offered from the library or the end of a session. */
export const AHEAD_DAYS = 7;

export function idleOf(
  queue: Queue, cards: readonly QueueCard[], states: ReadonlyMap<string, CardState>, now: number,
  settings: SchedulerSettings, tz: TzOffset, today: number, doneToday: { new: number; reviews: number },
): Idle | null {
  if (queue.learning.length || queue.review.length || queue.new.length || learnAhead(queue, now).length) return null;
  if (cards.length === 0) return { reason: 'empty', at: null, ahead: 0 };
  const dayOf = dayCompare(today, settings.dayStartHour, tz);
  const lastAhead = dayCompare(today + AHEAD_DAYS, settings.dayStartHour, tz);
  const tomorrow = dayStart(today + 1, settings.dayStartHour, tz);
  let open = 0;
  let waitingNew = 0;
  let dueReviews = 0;
  let ahead = 0;
  let nextReview = Infinity;
  let nextLearning = Infinity;
  for (const c of cards) {
    const s = states.get(c.id);
    if (s?.susp) continue;
    open++;
    if (!s || s.state === 0) {
      waitingNew++;
      continue;
    }
    nextLearning = Math.min(nextLearning, learningDue(s, now));
    if (s.buryDay !== undefined && s.buryDay > today) continue;
    if (s.due > now && lastAhead(s.due) <= 0) ahead++;
    if (s.state === 2) {
      if (dayOf(s.due) <= 0) dueReviews++;
      else nextReview = Math.min(nextReview, s.due);
    }
  }
  if (open === 0) return { reason: 'suspended', at: null, ahead: 0 };
  const learning = learningAt(queue, nextLearning);
  if (learning !== null) return { reason: 'learning', at: learning, ahead };
  // New cards or reviews held back by today's limits come tomorrow; so do siblings buried for the day.
  const limited = (waitingNew > 0 && doneToday.new >= settings.newPerDay) || (dueReviews > 0 && doneToday.reviews >= settings.reviewsPerDay);
  if (limited) return { reason: 'limit', at: tomorrow, ahead };
  if (waitingNew > 0 || dueReviews > 0) return { reason: 'done', at: tomorrow, ahead };
  return { reason: 'done', at: Number.isFinite(nextReview) ? Math.max(nextReview, tomorrow) : null, ahead };
}

/** When a learning card that is not due yet comes back (Infinity for any other card). */
const learningDue = (s: CardState, now: number): number =>
  isLearning(s.state) && s.due > now ? s.due : Infinity;

/** When the first learning card comes back, if one is waiting: today's queue holds those of today. One that comes
 * back after the day's end ("Good" at 03:45 with a 30-minute step, the day starting at 04:00) is not in it, but it is
 * still the next card (`later`, the first such due): the session's end says when. */
function learningAt(queue: Queue, later: number): number | null {
  if (queue.later.length) return queue.later[0]!.due;
  return Number.isFinite(later) ? later : null;
}
