// Custom study, as Anki's: a session over cards picked once, when it starts (Anki builds a filtered deck).
// Study ahead takes learning cards due later today and reviews due in the next days; "forgotten" the cards
// answered Again today; "tag" a tag's cards. Answers in a session are stored and scheduled like any other:
// FSRS sees the real time since a card's last review, so a card studied early grows its interval less.
import { dayCompare, LEARN_AHEAD_MS, type QueueCard } from './queue.js';
import type { TzOffset } from './day.js';
import { isLearning, type CardState } from './state.js';

/** The most cards a session picks (Anki's custom study asks for a number; it offers 100 for a tag). */
export const CUSTOM_LIMIT = 1_000;
export const TAG_LIMIT = 100;

const studiable = (s: CardState | undefined, today: number): boolean =>
  !s?.susp && !(s?.buryDay !== undefined && s.buryDay > today);

/** Learning cards and reviews not due now but due by the end of the study day `days` days from today
 * (1: tomorrow), earliest first. */
export function aheadCards(
  cards: readonly QueueCard[], states: ReadonlyMap<string, CardState>, now: number, days: number,
  today: number, dayStartHour: number, tz: TzOffset,
): string[] {
  const last = dayCompare(today + days, dayStartHour, tz);
  const out: { id: string; due: number }[] = [];
  for (const c of cards) {
    const s = states.get(c.id);
    if (!s || s.state === 0 || !studiable(s, today)) continue;
    if (s.due > now && last(s.due) <= 0) out.push({ id: c.id, due: s.due });
  }
  return out.sort((a, b) => a.due - b.due).slice(0, CUSTOM_LIMIT).map((c) => c.id);
}

/** A tag's cards in deck order, those due first, at most TAG_LIMIT. */
export function tagCards(
  cards: readonly (QueueCard & { tags: readonly string[] })[], states: ReadonlyMap<string, CardState>, tag: string, now: number, today: number,
): string[] {
  const due: string[] = [];
  const rest: string[] = [];
  for (const c of cards) {
    if (!c.tags.includes(tag)) continue;
    const s = states.get(c.id);
    if (!studiable(s, today)) continue;
    (s && s.state !== 0 && s.due <= now ? due : rest).push(c.id);
  }
  return [...due, ...rest].slice(0, TAG_LIMIT);
}

export interface Session {
  /** the cards picked when it started, in the order they come */
  ids: readonly string[];
  /** cards answered in the session */
  done: Set<string>;
}

/** The next card of a session, and what is left. A card answered Again comes back when its learning step
 * is due (as in a filtered deck); the card just answered is not shown twice in a row while another can be. */
export function sessionNext(
  session: Session, states: ReadonlyMap<string, CardState>, now: number, avoid: string | null,
): { id: string | null; counts: { new: number; learning: number; review: number }; nextLearningAt: number | null } {
  const counts = { new: 0, learning: 0, review: 0 };
  const dueLearning: { id: string; due: number }[] = [];
  const ahead: { id: string; due: number }[] = [];
  let nextLearningAt: number | null = null;
  const fresh: string[] = [];
  for (const id of session.ids) {
    const s = states.get(id);
    if (s?.susp) continue;
    if (!session.done.has(id)) {
      fresh.push(id);
      if (!s || s.state === 0) counts.new++;
      else if (s.state === 2) counts.review++;
      else counts.learning++;
    } else if (s && isLearning(s.state)) {
      if (s.due <= now) dueLearning.push({ id, due: s.due });
      else if (s.due - now <= LEARN_AHEAD_MS) ahead.push({ id, due: s.due });
      else nextLearningAt = Math.min(nextLearningAt ?? Infinity, s.due);
    }
  }
  counts.learning += dueLearning.length + ahead.length;
  const byDue = (a: { due: number }, b: { due: number }) => a.due - b.due;
  const order = [...dueLearning.sort(byDue).map((c) => c.id), ...fresh, ...ahead.sort(byDue).map((c) => c.id)];
  const id = order.find((x) => x !== avoid) ?? order[0] ?? null;
  return { id, counts, nextLearningAt };
}
