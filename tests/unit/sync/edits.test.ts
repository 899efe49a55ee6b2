// Deck edits on two devices: edits of different cards both survive whatever the order of syncing; the same card
// edited on both: the later edit wins everywhere, the other is kept as a conflict the person can see and choose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type Couch } from '../../helpers/couch.js';
import { tempDir } from '../../helpers/tmp.js';
import { syncResultSchema, syncStatusSchema } from '../../../src/core/sync/api.js';
import { csv, MIN, openLib, syncOk, T0, useCouch, type Lib } from './helpers.js';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.stop();
});

async function twoDevices(db: string): Promise<{ a: Lib; b: Lib; deckId: string; ids: string[] }> {
  const a = openLib(tempDir(), 'A', { t: T0 });
  const b = openLib(tempDir(), 'B', { t: T0 });
  for (const l of [a, b]) await useCouch(l, couch, db);
  const { id } = await a.api.importFile({ name: 'edit.csv', data: csv('Edit', 6) });
  await syncOk(a);
  await syncOk(b);
  return { a, b, deckId: id, ids: (await b.api.getDeck({ id })).cards.map((c) => c.id) };
}

async function edit(lib: Lib, deckId: string, cardId: string, answer: string, t: number): Promise<void> {
  lib.clock.t = t;
  const card = (await lib.api.getDeck({ id: deckId })).cards.find((c) => c.id === cardId)!;
  await lib.api.editCard({ deckId, card: { ...card, answer } });
}

const answers = async (lib: Lib, deckId: string) => (await lib.api.getDeck({ id: deckId })).cards.map((c) => c.answer);

describe('deck edits on two devices', () => {
  for (const order of [
    ['a', 'b', 'a'],
    ['b', 'a', 'b'],
  ] as const) {
    it(`different cards: both edits survive (synced ${order.join(', ')})`, async () => {
      const { a, b, deckId, ids } = await twoDevices(`edits-${order.join('')}`);
      await edit(a, deckId, ids[0]!, 'changed on A', T0 + MIN);
      await edit(b, deckId, ids[3]!, 'changed on B', T0 + 2 * MIN);
      // and B adds a card
      b.clock.t = T0 + 3 * MIN;
      const deck = await b.api.getDeck({ id: deckId });
      await b.api.saveDeck({
        deck: {
          ...deck,
          cards: [...deck.cards, { id: 'new-on-b', kind: 'qa', prompt: 'Added on B?', answer: 'yes', tags: [] }],
        },
      });
      const lib = { a, b };
      for (const n of order) await syncOk(lib[n]);
      const want = await answers(lib[order[0]], deckId);
      expect(want[0]).toBe('changed on A');
      expect(want[3]).toBe('changed on B');
      expect(want).toHaveLength(7);
      expect(await answers(lib[order[1]], deckId)).toEqual(want);
      expect((await a.api.syncStatus({})).conflicts).toEqual([]);
      a.api.close();
      b.api.close();
    }, 60_000);
  }

  it('the same card: the later edit wins on both, the other is a conflict to choose from', async () => {
    const { a, b, deckId, ids } = await twoDevices('edits-same');
    await edit(a, deckId, ids[1]!, 'A says so', T0 + 5 * MIN);
    await edit(b, deckId, ids[1]!, 'B says so (later)', T0 + 9 * MIN);
    await syncOk(a);
    const r = await syncOk(b);
    await syncOk(a);
    expect((await answers(a, deckId))[1]).toBe('B says so (later)');
    expect((await answers(b, deckId))[1]).toBe('B says so (later)');
    const seen = [...(await a.api.syncStatus({})).conflicts, ...(await b.api.syncStatus({})).conflicts];
    // The results are what the contract says they are (a conflict's cards included).
    syncResultSchema.parse(r);
    for (const l of [a, b]) syncStatusSchema.parse(await l.api.syncStatus({}));
    expect(r.conflicts + seen.length).toBeGreaterThan(0);
    const c = seen[0]!;
    expect(c.kept.card?.answer).toBe('B says so (later)');
    expect(c.other.card?.answer).toBe('A says so');
    // The person prefers A's: it goes in place, and the next syncs carry it to the other device.
    const holder = (await a.api.syncStatus({})).conflicts.length ? a : b;
    const other = holder === a ? b : a;
    holder.clock.t = T0 + 20 * MIN;
    const after = await holder.api.resolveConflict({ id: c.id, use: 'other' });
    expect(after.conflicts.map((x) => x.id)).not.toContain(c.id);
    await syncOk(holder);
    await syncOk(other);
    expect((await answers(a, deckId))[1]).toBe('A says so');
    expect((await answers(b, deckId))[1]).toBe('A says so');
    a.api.close();
    b.api.close();
  }, 60_000);

  it('a choice made while a sync runs stays made (the sync does not bring the conflict back)', async () => {
    const { a, b, deckId, ids } = await twoDevices('edits-during');
    await edit(a, deckId, ids[2]!, 'A first', T0 + 5 * MIN);
    await edit(b, deckId, ids[2]!, 'B later', T0 + 9 * MIN);
    await syncOk(a);
    await syncOk(b);
    await syncOk(a);
    const holder = (await a.api.syncStatus({})).conflicts.length ? a : b;
    const c = (await holder.api.syncStatus({})).conflicts[0]!;
    // A sync starts (on open, or by the button) and the person chooses before it ends.
    const running = holder.api.syncNow({});
    for (let i = 0; i < 10_000 && !(await holder.api.syncStatus({})).running; i++)
      await new Promise((r) => setImmediate(r));
    expect((await holder.api.syncStatus({})).running).not.toBeNull();
    const chosen = holder.api.resolveConflict({ id: c.id, use: 'kept' });
    await Promise.all([running, chosen]);
    expect((await holder.api.syncStatus({})).conflicts.map((x) => x.id)).not.toContain(c.id);
    a.api.close();
    b.api.close();
  }, 60_000);
});
