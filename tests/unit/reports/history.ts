// A small hand-built history with known numbers (UTC, days start at 4 a.m.), shared by the report tests.
import type { Card } from '../../../src/core/deck.js';
import type { ReportDeck } from '../../../src/core/reports/model.js';
import type { LogEntry } from '../../../src/core/schedule/log.js';
import { dayNumber, dayStart, utc } from '../../../src/core/schedule/day.js';
import { NEW_STATE, type CardState } from '../../../src/core/schedule/state.js';

export const at = (iso: string) => Date.parse(iso);
export const now = at('2026-03-10T12:00:00Z');
export const dayOf = (t: number) => dayNumber(t, 4, utc);
export const dayStartMs = (d: number) => dayStart(d, 4, utc);

export const HOSTILE = '<img src=x onerror=alert(1)>';

const card = (id: string, prompt = `Prompt ${id}?`): Card => ({
  id, kind: 'qa', prompt, answer: `Answer ${id}`, tags: [], evidence: { sentence: `Sentence for ${id}.`, start: 0, end: 1 },
});

export const decks: ReportDeck[] = [
  { id: 'A', title: 'Deck A', cards: ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => card(id)) },
  { id: 'B', title: `Deck B ${HOSTILE}`, cards: [card('b1', `Who? ${HOSTILE}`), ...['b2', 'b3', 'b4', 'b5'].map((id) => card(id))] },
];

const st = (state: 0 | 1 | 2 | 3, due: string, extra: Partial<CardState> = {}): CardState =>
  ({ ...NEW_STATE, state, due: at(due), sched: state === 2 ? 5 : 0, ...extra });

export const states = new Map<string, Map<string, CardState>>([
  ['A', new Map([
    ['a1', st(1, '2026-03-10T12:10:00Z')],
    ['a2', st(1, '2026-03-10T12:01:00Z')],
    ['a3', st(3, '2026-03-10T13:00:00Z', { lapses: 1 })],
    ['a4', st(2, '2026-03-15T06:00:00Z')],
  ])],
  ['B', new Map([
    // before 4 a.m. tomorrow: still today's study day
    ['b1', st(3, '2026-03-11T03:00:00Z', { lapses: 2 })],
    ['b2', st(2, '2026-03-12T06:00:00Z', { susp: true })],
    ['b3', st(2, '2026-03-11T05:00:00Z')],
    ['b4', st(2, '2026-05-01T06:00:00Z')],
    ['b5', st(2, '2026-03-01T06:00:00Z')],
  ])],
]);

const s = (state: 0 | 1 | 2 | 3, due: string, sched = 0): CardState => ({ ...NEW_STATE, state, due: at(due), sched });

export const entries: LogEntry[] = [
  // 03:59 on the 10th belongs to the study day of the 9th
  { k: 'r', n: 1, t: at('2026-03-10T03:59:00Z'), d: 'A', c: 'a1', g: 3, ms: 5000, p: 0, s: s(1, '2026-03-10T04:09:00Z') },
  { k: 'r', n: 2, t: at('2026-03-10T04:00:00Z'), d: 'A', c: 'a2', g: 1, ms: 10000, p: 0, s: s(1, '2026-03-10T04:01:00Z') },
  { k: 'r', n: 3, t: at('2026-03-10T05:00:00Z'), d: 'A', c: 'a3', g: 1, ms: 4000, p: 2, s: s(3, '2026-03-10T05:10:00Z') },
  { k: 'r', n: 4, t: at('2026-03-10T05:01:00Z'), d: 'A', c: 'a4', g: 3, ms: 6000, p: 2, s: s(2, '2026-03-15T05:01:00Z', 5) },
  { k: 'u', n: 5, t: at('2026-03-10T05:01:30Z'), d: 'A', c: 'a4', u: 4, p: 2, s: s(2, '2026-03-10T00:00:00Z', 3) },
  { k: 'r', n: 6, t: at('2026-03-10T05:02:00Z'), d: 'A', c: 'a4', g: 4, ms: 2000, p: 2, s: s(2, '2026-03-15T05:02:00Z', 5) },
  { k: 'r', n: 7, t: at('2026-03-02T10:00:00Z'), d: 'B', c: 'b1', g: 2, ms: 3000, p: 2, s: s(2, '2026-03-03T10:00:00Z', 1) },
  { k: 'r', n: 8, t: at('2026-03-03T10:00:00Z'), d: 'B', c: 'b1', g: 1, ms: 1000, p: 2, s: s(3, '2026-03-03T10:10:00Z') },
  { k: 'x', n: 9, t: at('2026-03-03T10:05:00Z'), d: 'B', c: 'b2', s: s(2, '2026-03-12T06:00:00Z', 9) },
  // a deck that no longer exists
  { k: 'r', n: 10, t: at('2026-03-10T06:00:00Z'), d: 'gone', c: 'z', g: 3, ms: 1000, p: 0, s: s(1, '2026-03-10T06:10:00Z') },
];
