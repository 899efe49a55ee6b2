import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { answerCard, formatInterval, previewIntervals } from '../../../src/core/schedule/scheduler.js';
import { buildQueue, pickNext, queueCounts } from '../../../src/core/schedule/queue.js';
import { dayNumber, utc } from '../../../src/core/schedule/day.js';
import { defaultSettings } from '../../../src/core/schedule/settings.js';
import { NEW_STATE, type CardState } from '../../../src/core/schedule/state.js';

const T0 = Date.UTC(2026, 2, 2, 10); // a Monday, 10:00 UTC
const MIN = 60_000;
const DAY = 86_400_000;

describe('answerCard', () => {
  it('gives the same states as ts-fsrs itself for a fixed history', () => {
    const settings = { ...defaultSettings(), fuzz: false };
    const f = fsrs(generatorParameters({ enable_fuzz: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
    let ours: CardState = NEW_STATE;
    let theirs = createEmptyCard(new Date(T0));
    const history: [number, Grade][] = [[0, Rating.Good], [10 * MIN, Rating.Good], [3 * DAY, Rating.Again], [3 * DAY + 10 * MIN, Rating.Good], [9 * DAY, Rating.Easy]];
    for (const [dt, g] of history) {
      ours = answerCard(ours, g as 1 | 2 | 3 | 4, T0 + dt, settings).state;
      theirs = f.next(theirs, new Date(T0 + dt), g).card;
      expect(ours.due).toBe(theirs.due.getTime());
      expect(ours.state).toBe(theirs.state);
      expect(ours.stab).toBeCloseTo(theirs.stability, 5);
      expect(ours.diff).toBeCloseTo(theirs.difficulty, 5);
      expect(ours.lapses).toBe(theirs.lapses);
    }
  });

  it('shows Anki-like intervals on the buttons of a new card', () => {
    const iv = previewIntervals(NEW_STATE, T0, { ...defaultSettings(), fuzz: false });
    expect(formatInterval(iv[1])).toBe('1m');
    expect(formatInterval(iv[2])).toBe('6m');
    expect(formatInterval(iv[3])).toBe('10m');
    expect(iv[4]).toBeGreaterThan(DAY);
  });

  it('formats intervals as Anki does', () => {
    expect([30_000, 10 * MIN, 3 * 3_600_000, 4 * DAY, 65 * DAY, 800 * DAY].map(formatInterval))
      .toEqual(['1m', '10m', '3h', '4d', '2.1mo', '2.2y']);
  });

  it('makes a card a leech at the 8th lapse: tagged and suspended', () => {
    const settings = defaultSettings();
    let s: CardState = { ...NEW_STATE, state: 2, stab: 10, diff: 5, reps: 20, lapses: 7, due: T0, last: T0 - 10 * DAY, sched: 10 };
    const out = answerCard(s, 1, T0, settings);
    expect(out.becameLeech).toBe(true);
    expect(out.state).toMatchObject({ leech: true, susp: true, lapses: 8 });
    s = out.state;
    expect(answerCard({ ...s, state: 2 }, 1, T0 + DAY, settings).becameLeech).toBe(false);
  });
});

describe('the study day', () => {
  it('starts at 4 a.m. local time', () => {
    const before = Date.UTC(2026, 2, 3, 3, 59);
    const after = Date.UTC(2026, 2, 3, 4, 0);
    expect(dayNumber(after, 4, utc) - dayNumber(before, 4, utc)).toBe(1);
    // At UTC+9, 4 a.m. local is 19:00 UTC the day before.
    const tokyo = () => 540;
    expect(dayNumber(Date.UTC(2026, 2, 2, 19, 0), 4, tokyo) - dayNumber(Date.UTC(2026, 2, 2, 18, 59), 4, tokyo)).toBe(1);
  });
});

describe('buildQueue', () => {
  const cards = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, fact: `f${Math.floor(i / 2)}` }));
  const base = { cards, now: T0, settings: defaultSettings(), tz: utc, doneToday: { new: 0, reviews: 0 } };

  it('puts due learning cards first, then reviews, then new cards within the daily limit', () => {
    const states = new Map<string, CardState>([
      ['c4', { ...NEW_STATE, state: 2, due: T0 - DAY, stab: 5, diff: 5, reps: 3, last: T0 - 6 * DAY, sched: 5 }],
      ['c7', { ...NEW_STATE, state: 1, due: T0 - MIN, reps: 1, last: T0 - 11 * MIN, step: 1 }],
      ['c9', { ...NEW_STATE, state: 2, due: T0 + 3 * DAY, stab: 9, diff: 5, reps: 3, last: T0 - 6 * DAY, sched: 9 }],
    ]);
    const q = buildQueue({ ...base, states, settings: { ...base.settings, buryNewSiblings: false, buryReviewSiblings: false } });
    expect(q.learning).toEqual(['c7']);
    expect(q.review).toEqual(['c4']);
    expect(q.new).toHaveLength(20);
    expect(q.new).not.toContain('c9');
    expect(pickNext(q, T0)).toBe('c7');
    // The card just answered is not shown twice in a row while another can be.
    expect(pickNext(q, T0, 'c7')).toBe('c4');
  });

  it('counts the learning cards it will show ahead (within 20 minutes) and shows them last', () => {
    const states = new Map<string, CardState>([
      ['c1', { ...NEW_STATE, state: 1, due: T0 + 5 * MIN, reps: 1, last: T0 - 5 * MIN, step: 1 }],
      ['c3', { ...NEW_STATE, state: 1, due: T0 + MIN, reps: 1, last: T0, step: 0 }],
      ['c5', { ...NEW_STATE, state: 3, due: T0 + 3 * 60 * MIN, reps: 4, lapses: 1, last: T0, step: 0 }],
    ]);
    const q = buildQueue({ ...base, states, settings: { ...base.settings, newPerDay: 0 } });
    expect(q.learning).toEqual([]);
    expect(q.later.map((c) => c.id)).toEqual(['c3', 'c1', 'c5']);
    expect(q.nextLearningAt).toBe(T0 + MIN);
    // c5 is three hours away: not counted, not shown ahead.
    expect(queueCounts(q, T0)).toEqual({ new: 0, learning: 2, review: 0 });
    expect(pickNext(q, T0)).toBe('c3');
    // c3 was just answered: c1 comes first; with only c3 left, c3 it is.
    expect(pickNext(q, T0, 'c3')).toBe('c1');
    const alone = buildQueue({ ...base, states: new Map([['c3', states.get('c3')!]]), settings: { ...base.settings, newPerDay: 0 } });
    expect(pickNext(alone, T0, 'c3')).toBe('c3');
    expect(pickNext(q, T0 - 30 * MIN)).toBeNull();
  });

  it('respects what was already done today', () => {
    const q = buildQueue({ ...base, states: new Map(), doneToday: { new: 15, reviews: 0 } });
    expect(q.new).toHaveLength(5);
  });

  it('buries the siblings of a card studied today, skips suspended and buried cards', () => {
    const states = new Map<string, CardState>([
      ['c0', { ...NEW_STATE, state: 2, due: T0 + 2 * DAY, stab: 3, diff: 5, reps: 1, last: T0 - 5 * MIN, sched: 2 }],
      ['c2', { ...NEW_STATE, susp: true }],
      ['c3', { ...NEW_STATE, buryDay: dayNumber(T0, 4, utc) + 1 }],
    ]);
    const q = buildQueue({ ...base, states });
    expect(q.new).not.toContain('c1'); // sibling of c0 (fact f0), studied today
    expect(q.new).not.toContain('c2');
    expect(q.new).not.toContain('c3');
    expect(q.new[0]).toBe('c4');
    const tomorrow = buildQueue({ ...base, states, now: T0 + DAY });
    expect(tomorrow.new).toContain('c1');
    expect(tomorrow.new).toContain('c3');
  });
});
