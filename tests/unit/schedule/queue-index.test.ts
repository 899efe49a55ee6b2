// The queue index gives exactly the queue the whole deck gives, whatever the states, limits and burying.
import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCard } from '../../../src/core/schedule/queue.js';
import { indexAdd, indexCovers, indexQueue } from '../../../src/core/schedule/queue-index.js';
import { defaultSettings, type SchedulerSettings } from '../../../src/core/schedule/settings.js';
import type { CardState } from '../../../src/core/schedule/state.js';
import { dayNumber, utc } from '../../../src/core/schedule/day.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 10);

function rng(seed: number): () => number {
  let h = seed >>> 0 || 1;
  return () => {
    h ^= h << 13; h >>>= 0; h ^= h >>> 17; h ^= h << 5; h >>>= 0;
    return h / 4_294_967_296;
  };
}

function library(seed: number, n: number) {
  const r = rng(seed);
  const cards: QueueCard[] = [];
  const states = new Map<string, CardState>();
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    cards.push(r() < 0.7 ? { id, fact: `f${Math.floor(i / 3)}` } : { id });
    const x = r();
    if (x < 0.35) continue; // new
    const base: CardState = { due: NOW, stab: 1, diff: 5, state: 2, reps: 3, lapses: 0, step: 0, last: NOW - 3 * DAY, sched: 3 };
    if (x < 0.4) states.set(id, { ...base, state: 1, due: NOW + Math.floor((r() - 0.5) * 6 * 3_600_000), last: NOW - 600_000 });
    else if (x < 0.43) states.set(id, { ...base, susp: true });
    else if (x < 0.46) states.set(id, { ...base, buryDay: dayNumber(NOW, 4, utc) + 1 });
    else if (x < 0.5) states.set(id, { ...base, last: NOW - Math.floor(r() * 5 * 3_600_000), due: NOW + 5 * DAY });
    else if (x < 0.52) states.set(id, { ...base, state: 0, last: null });
    else states.set(id, { ...base, due: NOW + Math.floor((r() - 0.6) * 40 * DAY), last: NOW - 20 * DAY });
  }
  return { cards, states };
}

function settingsFor(seed: number): SchedulerSettings {
  const r = rng(seed * 7 + 1);
  return {
    ...defaultSettings(),
    newPerDay: Math.floor(r() * 30),
    reviewsPerDay: Math.floor(r() * 60),
    buryNewSiblings: r() < 0.7,
    buryReviewSiblings: r() < 0.5,
    newOrder: r() < 0.5 ? 'random' : defaultSettings().newOrder,
  };
}

describe('queue index', () => {
  it('gives the whole deck\'s queue, before and after answers', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const { cards, states } = library(seed, 2_000);
      const settings = settingsFor(seed);
      const done = { new: seed % 5, reviews: seed % 7 };
      const index = indexQueue(cards, states, NOW, settings, utc);
      expect(index.cards.length).toBeLessThan(cards.length);
      const input = { states, now: NOW, settings, tz: utc, doneToday: done };
      for (let step = 0; step < 15; step++) {
        const whole = buildQueue({ ...input, cards });
        let q = buildQueue({ ...input, cards: index.cards });
        if (!indexCovers(index, q, states, settings, done)) {
          q = buildQueue({ ...input, cards: indexQueue(cards, states, NOW, settings, utc, true).cards });
        }
        expect(q).toEqual(whole);
        // answer the first card of the queue (or any card): it becomes a review card studied now
        const id = whole.learning[0] ?? whole.review[0] ?? whole.new[0] ?? cards[step * 37]!.id;
        const prev = states.get(id);
        if (prev === undefined || prev.state === 0) done.new++;
        else if (prev.state === 2) done.reviews++;
        states.set(id, { due: NOW + 2 * DAY, stab: 2, diff: 5, state: 2, reps: 1, lapses: 0, step: 0, last: NOW, sched: 2 });
        indexAdd(index, cards, Number(id.slice(1)));
      }
    }
  });
});
