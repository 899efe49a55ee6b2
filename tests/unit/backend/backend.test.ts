import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import { utc } from '../../../src/core/schedule/day.js';
import type { Deck } from '../../../src/core/deck.js';
import { tempDir } from '../../helpers/tmp.js';

const DAY = 86_400_000;
// 2026-03-02 10:00 UTC: a plain weekday morning, well after the 4 a.m. day start.
const T0 = Date.UTC(2026, 2, 2, 10);

function open(dir: string, clock: { t: number }): Backend {
  return createBackend(dir, { now: () => clock.t, tz: utc });
}

function smallDeck(id = 'small', n = 3): Deck {
  return {
    format: 'factdeck/1', id, title: `Deck ${id}`, source: null, generator: null,
    cards: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, kind: 'qa' as const, prompt: `Question ${i}?`, answer: `Answer ${i}`, tags: [] })),
  };
}

async function studyAll(api: Backend, deckId: string, grade: 1 | 2 | 3 | 4): Promise<number> {
  let n = 0;
  for (let next = await api.nextCard({ deckId }); next.card; next = await api.nextCard({ deckId })) {
    await api.answer({ deckId, cardId: next.card.card.id, grade });
    if (++n > 500) throw new Error('session never ends');
  }
  return n;
}

describe('backend library', () => {
  it('a fresh library holds the built-in Japan Times deck', async () => {
    const api = open(tempDir(), { t: T0 });
    const decks = await api.listDecks({});
    api.close();
    expect(decks).toHaveLength(1);
    expect(decks[0]!.publisher).toBe('The Japan Times');
    expect(decks[0]!.publishedOn).toBe('2023-09-09');
    expect(decks[0]!.cards).toBeGreaterThan(5);
    expect(decks[0]!.new).toBe(Math.min(20, decks[0]!.cards));
  });

  it('keeps answers across a reopen, from the log alone and from the snapshot', async () => {
    const dir = tempDir();
    const clock = { t: T0 };
    let api = open(dir, clock);
    await api.saveDeck({ deck: smallDeck() });
    const first = await api.nextCard({ deckId: 'small' });
    const r = await api.answer({ deckId: 'small', cardId: first.card!.card.id, grade: 3 });
    expect(r.seq).toBe(1);
    // The answer is on disk before answer() resolved: read the log without closing.
    const line = fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8').trim();
    expect(JSON.parse(line)).toMatchObject({ k: 'r', c: first.card!.card.id, g: 3 });
    api.close();

    api = open(dir, clock);
    expect((await api.listDecks({}))[0]).toMatchObject({ id: 'small', new: 2, learning: 1 });
    api.close();
    fs.rmSync(path.join(dir, 'progress.snapshot.json'));
    api = open(dir, clock);
    expect((await api.listDecks({}))[0]).toMatchObject({ id: 'small', new: 2, learning: 1 });
    api.close();
  });

  it('drops a torn last line and says so', async () => {
    const dir = tempDir();
    const clock = { t: T0 };
    let api = open(dir, clock);
    await api.saveDeck({ deck: smallDeck() });
    await studyAll(api, 'small', 4);
    api.close();
    fs.rmSync(path.join(dir, 'progress.snapshot.json'));
    fs.appendFileSync(path.join(dir, 'reviews.log'), '{"k":"r","n":99,"t":1');
    api = open(dir, clock);
    const status = await api.status({});
    expect(status.notices.map((n) => n.message).join(' ')).toMatch(/incomplete and was dropped/);
    expect((await api.listDecks({}))[0]!.review).toBe(0);
    const next = await api.nextCard({ deckId: 'small' });
    expect(next.card).toBeNull();
    api.close();
    expect(fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8').endsWith('\n')).toBe(true);
  });

  it('brings cards back on a later day and resets the daily new-card limit', async () => {
    const dir = tempDir();
    const clock = { t: T0 };
    const api = open(dir, clock);
    await api.saveDeck({ deck: smallDeck('big', 30) });
    await api.setSettings({ settings: { newPerDay: 10 } });
    expect(await studyAll(api, 'big', 4)).toBe(10);
    expect((await api.nextCard({ deckId: 'big' })).card).toBeNull();
    clock.t += 40 * DAY;
    const next = await api.listDecks({});
    expect(next[0]).toMatchObject({ new: 10, review: 10 });
    api.close();
  });

  it('undo takes back the last answer, durably', async () => {
    const dir = tempDir();
    const clock = { t: T0 };
    let api = open(dir, clock);
    await api.saveDeck({ deck: smallDeck() });
    const first = (await api.nextCard({ deckId: 'small' })).card!.card.id;
    await api.answer({ deckId: 'small', cardId: first, grade: 1 });
    expect(await api.undo({})).toEqual({ deckId: 'small', cardId: first });
    expect(await api.undo({})).toBeNull();
    api.close();
    api = open(dir, clock);
    expect((await api.listDecks({}))[0]).toMatchObject({ new: 3, learning: 0 });
    api.close();
  });

  it('refuses a second writer with a clear message', () => {
    const dir = tempDir();
    const api = open(dir, { t: T0 });
    expect(() => open(dir, { t: T0 })).toThrow(/open in another Factdeck/);
    const reader = createBackend(dir, { readOnly: true });
    reader.close();
    api.close();
  });

  it('rejects an unknown deck as bad input', async () => {
    const api = open(tempDir(), { t: T0 });
    await expect(api.nextCard({ deckId: 'nope' })).rejects.toThrow(/no deck with id nope/);
    api.close();
  });
});
