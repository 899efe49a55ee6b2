// Deck option presets, custom study, why a deck is idle, media from Anki packages and .apkg exports that
// carry the history: through the real backend on a real library in a temp directory, with a test clock.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import type { Deck } from '../../../src/core/deck.js';
import { utc } from '../../../src/core/schedule/day.js';
import { beepWav, flagPng, mediaApkg } from '../../helpers/media-apkg.js';
import { tempDir } from '../../helpers/tmp.js';
import { sql } from '../formats/helpers.js';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 10);

function open(dir: string, clock: { t: number }): Backend {
  return createBackend(dir, { now: () => clock.t, tz: utc });
}

function deck(id: string, n: number, tags: (i: number) => string[] = () => []): Deck {
  return {
    format: 'factdeck/1', id, title: `Deck ${id}`, source: null, generator: null,
    cards: Array.from({ length: n }, (_, i) => ({ id: `${id}${i}`, kind: 'qa' as const, prompt: `Q${i}?`, answer: `A${i}`, tags: tags(i) })),
  };
}

describe('order cards', () => {
  it('a deck file saved by an earlier version (items shuffled, order in the answer) is read in the right order', async () => {
    const dir = tempDir();
    const api = open(dir, { t: T0 });
    await api.listDecks({});
    api.close();
    const old = { ...deck('old', 0), cards: [{ id: 'o1', kind: 'order', prompt: 'Put these in order.', answer: 'A → B → C', items: ['C', 'A', 'B'], tags: [] }] };
    fs.writeFileSync(path.join(dir, 'decks', 'old.json'), JSON.stringify(old));
    const again = open(dir, { t: T0 });
    const card = (await again.nextCard({ deckId: 'old' })).card!.card;
    again.close();
    expect(card.items).toEqual(['A', 'B', 'C']);
    expect(card.answer).toBe('A → B → C');
  });
});

describe('deck option presets', () => {
  it('a preset sets a deck\'s daily limits and desired retention; Default is the library\'s settings', async () => {
    const clock = { t: T0 };
    const api = open(tempDir(), clock);
    await api.saveDeck({ deck: deck('a', 40) });
    await api.saveDeck({ deck: deck('b', 40) });
    const light = await api.savePreset({ preset: { name: 'Light', newPerDay: 5, reviewsPerDay: 50, desiredRetention: 0.8, learningSteps: ['5m'], relearningSteps: ['5m'] } });
    expect(light.id).toBe('light');
    const opts = await api.setDeckPreset({ deckId: 'a', presetId: 'light' });
    expect(opts.presetId).toBe('light');
    expect(opts.presets.map((p) => p.name)).toEqual(['Default', 'Light']);
    const byId = Object.fromEntries((await api.listDecks({})).map((d) => [d.id, d]));
    expect(byId['a']).toMatchObject({ new: 5, preset: 'Light' });
    expect(byId['b']).toMatchObject({ new: 20, preset: 'Default' });
    // Its learning step (5m) shows on the Again button; Default's first step is 1m.
    expect((await api.nextCard({ deckId: 'a' })).card!.intervals['1']).toBe('5m');
    expect((await api.nextCard({ deckId: 'b' })).card!.intervals['1']).toBe('1m');
    // Saving Default changes the library's settings.
    await api.savePreset({ preset: { id: 'default', name: 'Default', newPerDay: 7, reviewsPerDay: 100, desiredRetention: 0.9, learningSteps: ['1m', '10m'], relearningSteps: ['10m'] } });
    expect((await api.getSettings({})).newPerDay).toBe(7);
    await api.deletePreset({ id: 'light' });
    const after = Object.fromEntries((await api.listDecks({})).map((d) => [d.id, d]));
    expect(after['a']).toMatchObject({ new: 7, preset: 'Default' });
    await expect(api.deletePreset({ id: 'default' })).rejects.toThrow(/cannot be removed/);
    api.close();
  });
});

describe('counts and idle decks', () => {
  it('says when a learning card comes back after the day has turned (Good at 03:45, a 30-minute step, the day starting at 04:00)', async () => {
    const clock = { t: Date.UTC(2026, 2, 2, 3, 45) };
    const api = open(tempDir(), clock);
    await api.saveDeck({ deck: deck('d', 1) });
    await api.setSettings({ settings: { learningSteps: ['1m', '30m'] } });
    let n = await api.nextCard({ deckId: 'd' });
    await api.answer({ deckId: 'd', cardId: n.card!.card.id, grade: 3 });
    n = await api.nextCard({ deckId: 'd' });
    expect(n.card).toBeNull();
    expect(n.idle).toMatchObject({ reason: 'learning', at: clock.t + 30 * MIN });
  });

  it('says when the next card comes, never shows a card twice in a row while others wait, and studies ahead', async () => {
    const clock = { t: T0 };
    const api = open(tempDir(), clock);
    await api.saveDeck({ deck: deck('d', 3) });
    // A second step longer than the 20-minute learn-ahead limit.
    await api.setSettings({ settings: { learningSteps: ['1m', '30m'] } });
    const seen: string[] = [];
    // Again on every card: each comes back 1 minute later.
    for (let i = 0; i < 3; i++) {
      const n = await api.nextCard({ deckId: 'd' });
      seen.push(n.card!.card.id);
      await api.answer({ deckId: 'd', cardId: n.card!.card.id, grade: 1 });
    }
    // All three are learning, due within the learn-ahead limit: counted, and none twice in a row.
    let next = await api.nextCard({ deckId: 'd' });
    expect(next.counts).toEqual({ new: 0, learning: 3, review: 0 });
    for (let i = 0; i < 6; i++) {
      const id = next.card!.card.id;
      expect(id).not.toBe(seen.at(-1));
      seen.push(id);
      await api.answer({ deckId: 'd', cardId: id, grade: 3 });
      next = await api.nextCard({ deckId: 'd' });
      if (!next.card) break;
    }
    // All Good: each is 30 minutes away. Nothing now; the deck says why and when.
    expect(seen).toHaveLength(6);
    expect(next.card).toBeNull();
    expect(next.idle?.reason).toBe('learning');
    const summary = (await api.listDecks({})).find((d) => d.id === 'd')!;
    expect(summary.due).toBe(0);
    expect(summary.idle?.reason).toBe('learning');
    expect(summary.idle!.at! - clock.t).toBe(30 * MIN);
    expect(summary.idle!.ahead).toBe(3);
    // Study ahead shows them now.
    const s = await api.customStudy({ deckId: 'd', mode: 'ahead', days: 1 });
    expect(s.cards).toBe(3);
    const first = await api.nextCard({ deckId: 'd', session: s.session });
    expect(first.counts.learning).toBe(3);
    expect(first.card).not.toBeNull();
    api.close();
  });

  it('the card just answered Again is not next when another learning card can be shown ahead', async () => {
    const api = open(tempDir(), { t: T0 });
    await api.saveDeck({ deck: deck('g', 2) });
    await api.answer({ deckId: 'g', cardId: 'g1', grade: 1 });
    await api.answer({ deckId: 'g', cardId: 'g1', grade: 3 }); // g1: due in 10 minutes
    await api.answer({ deckId: 'g', cardId: 'g0', grade: 1 }); // g0: due in 1 minute, the earliest
    const next = await api.nextCard({ deckId: 'g' });
    expect(next.card?.card.id).toBe('g1');
    expect(next.counts).toEqual({ new: 0, learning: 2, review: 0 });
    // Taken back, g0's answer is the one to give again: it comes first.
    await api.undo({});
    expect((await api.nextCard({ deckId: 'g' })).card?.card.id).toBe('g0');
    api.close();
  });

  it('says a daily limit is reached, and that a deck of suspended cards has nothing to study', async () => {
    const clock = { t: T0 };
    const api = open(tempDir(), clock);
    await api.saveDeck({ deck: deck('e', 3) });
    await api.setSettings({ settings: { newPerDay: 1 } });
    const n = await api.nextCard({ deckId: 'e' });
    await api.answer({ deckId: 'e', cardId: n.card!.card.id, grade: 4 });
    expect((await api.listDecks({})).find((d) => d.id === 'e')!.idle).toMatchObject({ reason: 'limit', at: Date.UTC(2026, 2, 3, 4) });
    for (const c of ['e0', 'e1', 'e2']) await api.cardAction({ deckId: 'e', cardId: c, action: 'suspend' });
    expect((await api.listDecks({})).find((d) => d.id === 'e')!.idle).toMatchObject({ reason: 'suspended' });
    api.close();
  });
});

describe('custom study', () => {
  it('the cards forgotten today (answers taken back left out) and a tag\'s cards', async () => {
    const clock = { t: T0 };
    const api = open(tempDir(), clock);
    await api.saveDeck({ deck: deck('f', 6, (i) => (i % 2 ? ['odd'] : ['even'])) });
    const grades = [1, 3, 1, 4, 1] as const;
    for (const [i, g] of grades.entries()) {
      await api.answer({ deckId: 'f', cardId: `f${i}`, grade: g });
      clock.t += MIN;
    }
    await api.undo({}); // the last Again (f4) is taken back
    const opts = await api.customStudyOptions({ deckId: 'f' });
    expect(opts.forgotten).toBe(2);
    expect(opts.tags).toEqual([{ tag: 'even', cards: 3 }, { tag: 'odd', cards: 3 }]);
    const s = await api.customStudy({ deckId: 'f', mode: 'forgotten' });
    expect(s).toMatchObject({ cards: 2, title: 'The cards forgotten today' });
    const ids: string[] = [];
    for (let n = await api.nextCard({ deckId: 'f', session: s.session }); n.card; n = await api.nextCard({ deckId: 'f', session: s.session })) {
      ids.push(n.card.card.id);
      await api.answer({ deckId: 'f', cardId: n.card.card.id, grade: 4 });
      if (ids.length > 10) break;
    }
    expect(ids.sort()).toEqual(['f0', 'f2']);
    const tag = await api.customStudy({ deckId: 'f', mode: 'tag', tag: 'odd' });
    expect(tag.cards).toBe(3);
    clock.t += DAY;
    api.close();
  });
});

describe('media from Anki packages', () => {
  it('an .apkg with a picture and a sound: both stored in the library and read back through the Api', async () => {
    const dir = tempDir();
    const api = open(dir, { t: T0 });
    const r = await api.importFile({ name: 'flags.apkg', data: mediaApkg(await sql()) });
    expect(r.notices).toContain('1 image(s) and 1 sound(s) imported with the cards');
    const d = await api.getDeck({ id: r.id });
    const flag = d.cards.find((c) => c.prompt.startsWith('Which country'))!;
    expect(flag.answer).toBe('Japan');
    expect(flag.media?.map((m) => [m.kind, m.side])).toEqual([['image', 'front'], ['sound', 'back']]);
    const image = await api.media({ file: flag.media![0]!.file });
    expect(image.mimeType).toBe('image/png');
    expect(Buffer.from(image.data, 'base64')).toEqual(Buffer.from(flagPng()));
    const sound = await api.media({ file: flag.media![1]!.file });
    expect(sound.mimeType).toBe('audio/wav');
    expect(Buffer.from(sound.data, 'base64')).toEqual(Buffer.from(beepWav()));
    expect(fs.readdirSync(path.join(dir, 'media')).sort()).toEqual(flag.media!.map((m) => m.file).sort());
    await expect(api.media({ file: '0000000000000000.png' })).rejects.toThrow(/not in the library/);
    api.close();
  });

  it('an exported .apkg carries the history, the schedule and the media; imported again it keeps its review count', async () => {
    const clock = { t: T0 };
    const api = open(tempDir(), clock);
    const r = await api.importFile({ name: 'flags.apkg', data: mediaApkg(await sql()) });
    let answers = 0;
    for (let day = 0; day < 3; day++) {
      for (let n = await api.nextCard({ deckId: r.id }); n.card; n = await api.nextCard({ deckId: r.id })) {
        await api.answer({ deckId: r.id, cardId: n.card.card.id, grade: day === 0 && answers === 0 ? 1 : 3, ms: 4_000 });
        answers++;
        clock.t += 2 * MIN;
        if (answers > 50) throw new Error('no end');
      }
      clock.t = T0 + (day + 1) * 5 * DAY;
    }
    // One more answer, taken back: it is not part of the history.
    const extra = await api.customStudy({ deckId: r.id, mode: 'ahead', days: 365 });
    const n = await api.nextCard({ deckId: r.id, session: extra.session });
    await api.answer({ deckId: r.id, cardId: n.card!.card.id, grade: 3 });
    await api.undo({});
    const file = await api.exportDeck({ id: r.id, format: 'apkg' });
    const bytes = Buffer.from(file.data, 'base64');

    // What Anki reads: the revlog, each card's schedule and the media files.
    const { unzipSync } = await import('fflate');
    const zip = unzipSync(bytes);
    expect(JSON.parse(new TextDecoder().decode(zip['media']))).toEqual({ 0: expect.stringMatching(/\.png$/), 1: expect.stringMatching(/\.wav$/) });
    const SQL = await sql();
    const db = new SQL.Database(zip['collection.anki2']);
    expect(db.exec('SELECT COUNT(*) FROM revlog')[0]!.values[0]![0]).toBe(answers);
    const [type, queue, ivl, data] = db.exec('SELECT type, queue, ivl, data FROM cards ORDER BY id')[0]!.values[0]!;
    expect([type, queue]).toEqual([2, 2]);
    expect(ivl).toBeGreaterThan(0);
    expect(JSON.parse(String(data))).toMatchObject({ s: expect.any(Number), d: expect.any(Number) });
    const fronts = db.exec('SELECT flds FROM notes')[0]!.values.map((v) => String(v[0]));
    expect(fronts.some((f) => /<img src="[0-9a-f]{16}\.png">/.test(f) && /\[sound:[0-9a-f]{16}\.wav\]/.test(f))).toBe(true);
    db.close();

    const back = await api.importFile({ name: file.fileName, data: bytes });
    expect(back.reviews).toBe(answers);
    const stats = await api.stats({ deckId: back.id });
    const original = await api.stats({ deckId: r.id });
    expect(stats.totals.reviews).toBe(answers);
    expect(stats.states).toEqual(original.states);
    const again = await api.getDeck({ id: back.id });
    expect(again.cards.find((c) => c.media)?.media?.map((m) => m.kind)).toEqual(['image', 'sound']);
    api.close();
  });
});
