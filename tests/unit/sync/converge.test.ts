// Two and three libraries study different and overlapping cards offline, then sync with one database in
// every order: each ends with the same progress (the same answers, counted once, and the same card states),
// and those states are what FSRS makes of all the answers in time order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type Couch } from '../../helpers/couch.js';
import { tempDir } from '../../helpers/tmp.js';
import {
  comparable,
  csv,
  expectedStates,
  MIN,
  openLib,
  standing,
  states,
  syncOk,
  T0,
  useCouch,
  type Lib,
} from './helpers.js';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.stop();
});

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** A deck made on the first library and brought to the others by sync; returns its id and card ids. */
async function sharedDeck(libs: Lib[], db: string): Promise<{ deckId: string; cards: string[] }> {
  for (const lib of libs) await useCouch(lib, couch, db);
  const { id } = await libs[0]!.api.importFile({ name: 'sync.csv', data: csv('Sync', 30) });
  for (const lib of libs) await syncOk(lib);
  const deck = await libs.at(-1)!.api.getDeck({ id });
  return { deckId: id, cards: deck.cards.map((c) => c.id) };
}

/** Library i answers cards [from, to) of the deck, twice each, at times interleaved with the others'. */
async function study(lib: Lib, i: number, deckId: string, cards: string[], from: number, to: number): Promise<void> {
  const grades = [3, 1, 4, 2] as const;
  for (let round = 0; round < 2; round++) {
    for (let k = from; k < to; k++) {
      lib.clock.t = T0 + round * 20 * MIN + k * MIN + i * 7_000;
      await lib.api.answer({ deckId, cardId: cards[k]!, grade: grades[(k + i + round) % 4]! });
    }
  }
}

async function checkConverged(libs: Lib[]): Promise<void> {
  const all = libs.map((l) => standing(l.dir));
  // Every library holds every answer given anywhere, once.
  const local = all.flatMap((a) => a.filter((x) => x.from === null));
  for (const [i, a] of all.entries()) {
    expect(a.length, `${libs[i]!.name}'s answers`).toBe(local.length);
    const keys = a.map((x) => `${x.d}/${x.c}/${x.t}/${x.g}`).sort();
    expect(keys).toEqual(local.map((x) => `${x.d}/${x.c}/${x.t}/${x.g}`).sort());
  }
  // The same card states everywhere, and the ones FSRS gives for all the answers in time order.
  const want = comparable(expectedStates(local));
  for (const lib of libs) {
    const got = comparable(states(lib.dir));
    expect(got, `${lib.name}'s card states`).toEqual(want);
  }
  // And what a person sees: the same review count in each library's statistics.
  const counts = await Promise.all(libs.map(async (l) => (await l.api.stats({})).totals.reviews));
  expect(new Set(counts)).toEqual(new Set([local.length]));
}

describe('sync converges', () => {
  for (const order of [
    ['A', 'B'],
    ['B', 'A'],
  ]) {
    it(`two libraries, overlapping cards, synced ${order.join(' then ')} (twice)`, async () => {
      const clock = { t: T0 - 60 * MIN };
      const libs = ['A', 'B'].map((n) => openLib(tempDir(), n, { ...clock }));
      const { deckId, cards } = await sharedDeck(libs, `two-${order.join('').toLowerCase()}`);
      await study(libs[0]!, 0, deckId, cards, 0, 12);
      await study(libs[1]!, 1, deckId, cards, 8, 20);
      const byName = new Map(libs.map((l) => [l.name, l]));
      for (let round = 0; round < 2; round++) for (const n of order) await syncOk(byName.get(n)!);
      await checkConverged(libs);
      // Syncing again changes nothing: the same answers arriving twice count once.
      for (const l of libs) {
        const r = await syncOk(l);
        expect(r.received.answers).toBe(0);
      }
      await checkConverged(libs);
      for (const l of libs) l.api.close();
    }, 60_000);
  }

  it('three libraries in every order of syncing', async () => {
    const orders = permutations(['A', 'B', 'C']);
    for (const [n, order] of orders.entries()) {
      const libs = ['A', 'B', 'C'].map((name) => openLib(tempDir(), name, { t: T0 - 60 * MIN }));
      const { deckId, cards } = await sharedDeck(libs, `three-${n}`);
      await study(libs[0]!, 0, deckId, cards, 0, 10);
      await study(libs[1]!, 1, deckId, cards, 5, 15);
      await study(libs[2]!, 2, deckId, cards, 12, 24);
      const byName = new Map(libs.map((l) => [l.name, l]));
      for (let round = 0; round < 2; round++) for (const name of order) await syncOk(byName.get(name)!);
      await checkConverged(libs);
      for (const l of libs) l.api.close();
    }
  }, 240_000);
});
