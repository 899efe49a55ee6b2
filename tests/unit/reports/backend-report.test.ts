// stats and report through the real backend on a temp library, with an injected clock (UTC, 4 a.m. day start).
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend.js';
import { utc } from '../../../src/core/schedule/day.js';
import type { Deck } from '../../../src/core/deck.js';
import { tempDir } from '../../helpers/tmp.js';

const DAY = 86_400_000;
const deck: Deck = {
  format: 'factdeck/1', id: 'small', title: 'Small deck', source: null, generator: null,
  cards: Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, kind: 'qa' as const, prompt: `Q${i}?`, answer: `A${i}`, tags: [] })),
};

describe('Api stats and report', () => {
  it('counts answers on the study day they belong to, leaves out undone ones, forecasts what comes back', async () => {
    const clock = { t: Date.UTC(2026, 2, 2, 3, 30) }; // 03:30 on the 2nd: still the study day of the 1st
    const api = createBackend(tempDir(), { now: () => clock.t, tz: utc, builtinDir: tempDir() });
    try {
      await api.saveDeck({ deck });
      await api.answer({ deckId: 'small', cardId: 'c0', grade: 3, ms: 4000 });
      clock.t = Date.UTC(2026, 2, 2, 10);
      await api.answer({ deckId: 'small', cardId: 'c1', grade: 1, ms: 8000 });
      await api.answer({ deckId: 'small', cardId: 'c2', grade: 4, ms: 2000 });
      await api.undo({});
      await api.answer({ deckId: 'small', cardId: 'c2', grade: 3, ms: 6000 });
      const m = await api.stats({});
      expect(m.totals).toMatchObject({ reviews: 3, cards: 4, retention: null, studyMinutes: 0.3 });
      expect(m.today).toBe('2026-03-02');
      expect(m.days.at(-1)).toEqual({ date: '2026-03-02', reviews: 2, seconds: 14 });
      expect(m.days.at(-2)).toEqual({ date: '2026-03-01', reviews: 1, seconds: 4 });
      expect(m.decks[0]).toMatchObject({ id: 'small', new: 1, learning: 3 });
      expect(m.forecast[0]!.due).toBe(3);
      expect(m.hardest.map((c) => c.cardId)).toEqual(['c1']);

      const one = await api.stats({ deckId: 'small' });
      expect(one.totals.reviews).toBe(3);
      await expect(api.stats({ deckId: 'nope' })).rejects.toThrow('no deck with id nope');

      const since = await api.report({ format: 'json', since: '2026-03-02' });
      expect(JSON.parse(since.content).totals.reviews).toBe(2);
      expect(since.fileName).toBe('factdeck-report-2026-03-02.json');
      const csv = await api.report({ format: 'csv', deckId: 'small' });
      expect(csv.fileName).toBe('factdeck-report-2026-03-02-small.csv');
      expect(csv.mimeType).toMatch(/^text\/csv/);
      expect(csv.content.trim().split('\r\n').map((l) => l.split(',')[4])).toEqual(['grade', 'good', 'again', 'good']);
      const html = await api.report({ format: 'html' });
      expect(html.content).toContain('data-day="2026-03-02" data-count="2"');
      await expect(api.report({ format: 'html', since: '2026-02-30' })).rejects.toThrow(/not a date/);

      // Ten days on: the forecast moves, and the answers are still in the calendar.
      clock.t += 10 * DAY;
      const later = await api.stats({});
      expect(later.days.at(-11)!.reviews).toBe(2);
      expect(later.forecast[0]!.due).toBe(3);
    } finally {
      api.close();
    }
  });
});
