import { describe, expect, it } from 'vitest';
import { buildProgress, dateDay, dayDate } from '../../../src/core/reports/model.js';
import type { LogEntry } from '../../../src/core/schedule/log.js';
import { reportJson } from '../../../src/core/reports/json.js';
import { dayNumber, dayStart, type TzOffset } from '../../../src/core/schedule/day.js';
import { dayOf, dayStartMs, decks, entries, now, states, at } from './history.js';

const model = (over: { entries?: LogEntry[]; since?: number; deckId?: string } = {}) =>
  buildProgress({ decks, states, now, dayOf, dayStartMs, entries: over.entries ?? entries, since: over.since, deckId: over.deckId });

const day = (m: ReturnType<typeof model>, date: string) => m.days.find((d) => d.date === date);

describe('buildProgress on a known history', () => {
  it('counts answers, leaving out the undone one and the deleted deck', () => {
    const m = model();
    expect(m.totals).toEqual({ reviews: 6, cards: 10, decks: 2, retention: 0.5, studyMinutes: 0.4 });
    expect(m.unmatchedUndos).toBe(0);
    expect(m.decks.map((d) => [d.id, d.reviews, d.retention])).toEqual([['A', 4, 0.5], ['B', 2, 0.5]]);
  });

  it('puts answers on study days that start at 4 a.m.', () => {
    const m = model();
    expect(m.today).toBe('2026-03-10');
    expect(m.days).toHaveLength(365);
    expect(m.days.at(-1)!.date).toBe('2026-03-10');
    expect(day(m, '2026-03-09')).toEqual({ date: '2026-03-09', reviews: 1, seconds: 5 });
    expect(day(m, '2026-03-10')).toEqual({ date: '2026-03-10', reviews: 3, seconds: 16 });
    expect(day(m, '2026-03-02')!.reviews).toBe(1);
    expect(day(m, '2026-03-03')!.reviews).toBe(1);
    expect(m.days.reduce((n, d) => n + d.reviews, 0)).toBe(6);
  });

  it('computes true retention per Monday-based week from answers on review cards', () => {
    expect(model().weeks).toEqual([
      { week: '2026-03-02', answers: 2, passed: 1, retention: 0.5 },
      { week: '2026-03-09', answers: 2, passed: 1, retention: 0.5 },
    ]);
  });

  it('forecasts what is due per day for 30 days, overdue today, day boundary at 4 a.m.', () => {
    const f = model().forecast;
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ date: '2026-03-10', offset: 0, due: 5 });
    expect(f[1]!.due).toBe(1);
    expect(f[5]).toEqual({ date: '2026-03-15', offset: 5, due: 1 });
    expect(f.reduce((n, x) => n + x.due, 0)).toBe(7);
  });

  it('counts cards by state per deck, suspended apart', () => {
    const m = model();
    const [a, b] = m.decks;
    expect(a).toMatchObject({ new: 1, learning: 2, review: 1, relearning: 1, suspended: 0, cards: 5 });
    expect(b).toMatchObject({ new: 0, learning: 0, review: 3, relearning: 1, suspended: 1, cards: 5 });
    expect(m.states).toEqual({ new: 1, learning: 2, review: 4, relearning: 2, suspended: 1 });
  });

  it('ranks the hardest cards by lapses and Again answers, with their sentences', () => {
    const h = model().hardest;
    expect(h.map((c) => [c.cardId, c.lapses, c.again, c.reviews])).toEqual([['b1', 2, 1, 2], ['a3', 1, 1, 1], ['a2', 0, 1, 1]]);
    expect(h[0]!.sentence).toBe('Sentence for b1.');
    expect(h[0]!.answer).toBe('Answer b1');
  });

  it('--since counts only answers from that study day on; an undo of an uncounted answer changes nothing', () => {
    const since = dayStartMs(dayOf(at('2026-03-10T12:00:00Z')));
    const m = model({ since });
    expect(m.since).toBe('2026-03-10');
    expect(m.totals.reviews).toBe(3);
    expect(m.totals.retention).toBe(0.5);
    const undoOld: LogEntry = { k: 'u', n: 11, t: at('2026-03-10T07:00:00Z'), d: 'B', c: 'b1', u: 8, s: entries[7]!.s };
    const m2 = model({ since, entries: [...entries, undoOld] });
    expect(m2.totals.reviews).toBe(3);
    expect(m2.unmatchedUndos).toBe(1);
  });

  it('undo takes back exactly the answer it names, also among many', () => {
    const many: LogEntry[] = [];
    let n = 0;
    for (let i = 0; i < 10_000; i++) {
      const t = at('2026-03-10T08:00:00Z') + i;
      many.push({ k: 'r', n: ++n, t, d: 'A', c: 'a1', g: 1, ms: 1000, p: 2, s: entries[0]!.s });
      if (i % 10 === 9) many.push({ k: 'u', n: ++n, t, d: 'A', c: 'a1', u: n - 1, s: entries[0]!.s });
    }
    const m = model({ entries: many });
    expect(m.totals.reviews).toBe(9_000);
    expect(m.totals.retention).toBe(0);
    expect(day(m, '2026-03-10')!.reviews).toBe(9_000);
    expect(m.hardest[0]).toMatchObject({ cardId: 'a1', again: 9_000 });
  });

  it('one deck only', () => {
    const m = model({ deckId: 'B' });
    expect(m.totals).toEqual({ reviews: 2, cards: 5, decks: 1, retention: 0.5, studyMinutes: 0.1 });
    expect(m.deckId).toBe('B');
    expect(m.forecast[0]!.due).toBe(2);
  });

  it('an empty library reports zeros, and retention as null', () => {
    const m = buildProgress({ decks: [], states: new Map(), now, dayOf, dayStartMs, entries: [] });
    expect(m.totals).toEqual({ reviews: 0, cards: 0, decks: 0, retention: null, studyMinutes: 0 });
    expect(JSON.parse(reportJson(m)).totals.retention).toBeNull();
  });

  it('JSON starts with totals and decks', () => {
    const j = JSON.parse(reportJson(model())) as Record<string, unknown>;
    expect(Object.keys(j).slice(0, 2)).toEqual(['totals', 'decks']);
    expect(j.totals).toEqual({ reviews: 6, cards: 10, decks: 2, retention: 0.5, studyMinutes: 0.4 });
  });

  it('keeps the 4 a.m. boundary to the millisecond in a +5:45 zone and across a DST change', () => {
    // Kathmandu, and a zone that moves from +1:00 to +2:00 at 2026-03-29 01:00 UTC
    const zones: TzOffset[] = [() => 345, (t) => (t >= Date.UTC(2026, 2, 29, 1) ? 120 : 60)];
    for (const tz of zones) {
      const of = (t: number) => dayNumber(t, 4, tz);
      const times: number[] = [];
      for (let d = dayNumber(Date.UTC(2026, 2, 25), 4, tz); d < dayNumber(Date.UTC(2026, 3, 2), 4, tz); d++) {
        const start = dayStart(d, 4, tz);
        times.push(start - 1, start, start + 1, start + 3_600_000);
      }
      const log: LogEntry[] = times.map((t, i) => ({ k: 'r', n: i + 1, t, d: 'A', c: 'a1', g: 3, ms: 0, p: 0, s: entries[0]!.s }));
      const m = buildProgress({ decks, states, now: Date.UTC(2026, 3, 3, 12), dayOf: of, dayStartMs: (d) => dayStart(d, 4, tz), entries: log });
      const expected = new Map<string, number>();
      for (const t of times) expected.set(dayDate(of(t)), (expected.get(dayDate(of(t))) ?? 0) + 1);
      for (const [date, n] of expected) expect(m.days.find((x) => x.date === date)?.reviews, date).toBe(n);
    }
  });

  it('dates and day numbers convert both ways', () => {
    expect(dayDate(dateDay('2024-02-29')!)).toBe('2024-02-29');
    expect(dateDay('2023-02-29')).toBeNull();
    expect(dateDay('2026-13-01')).toBeNull();
    expect(dateDay('yesterday')).toBeNull();
  });
});
