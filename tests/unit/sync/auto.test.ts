// Sync by itself, in the long-lived shells (the desktop app, `factdeck serve`): on open, after answers once the
// person has been idle a moment, and on close; never while off, or without a database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couchRequest, startCouch, type Couch } from '../../helpers/couch.js';
import { tempDir } from '../../helpers/tmp.js';
import { csv, openLib, syncOk, T0, useCouch, type Lib } from './helpers.js';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.stop();
});

const auto = { sync: { auto: true, idleMs: 300 } };

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function answersOn(db: string): Promise<number> {
  const r = await couchRequest(couch, 'GET', `/${db}/_all_docs?startkey=%22a:%22&endkey=%22a:%EF%BF%B0%22`);
  return (r.json as { rows?: unknown[] }).rows?.length ?? 0;
}

describe('sync by itself', () => {
  it('after answers when idle, on close, and on open', async () => {
    const dirA = tempDir();
    const a: Lib = openLib(dirA, 'A', { t: T0 }, auto);
    await useCouch(a, couch, 'auto');
    const { id } = await a.api.importFile({ name: 'auto.csv', data: csv('Auto', 5) });
    const cards = (await a.api.getDeck({ id })).cards;
    await a.api.answer({ deckId: id, cardId: cards[0]!.id, grade: 3 });
    // Idle after an answer: a sync starts by itself and sends it.
    const s = await until(
      'an idle sync',
      () => a.api.syncStatus({}),
      (x) => x.last?.ok === true && x.last.sent.answers === 1,
    );
    expect(s.lastOk).not.toBeNull();
    expect(await answersOn('auto')).toBe(1);

    // Answers and closing straight away (no time to be idle): closing syncs them.
    a.clock.t = T0 + 60_000;
    await a.api.answer({ deckId: id, cardId: cards[1]!.id, grade: 4 });
    await a.api.answer({ deckId: id, cardId: cards[2]!.id, grade: 2 });
    await a.api.closing();
    a.api.close();
    expect(await answersOn('auto')).toBe(3);

    // Another device set to this database: opening it syncs, and its answers are there without "Sync now".
    const dirB = tempDir();
    const setup = openLib(dirB, 'B', { t: T0 + 120_000 });
    await useCouch(setup, couch, 'auto');
    setup.api.close();
    const b = openLib(dirB, 'B', { t: T0 + 120_000 }, auto);
    const got = await until(
      'a sync on open',
      () => b.api.syncStatus({}),
      (x) => x.last?.ok === true,
    );
    expect(got.last!.received.answers).toBe(3);
    expect((await b.api.stats({})).totals.reviews).toBe(3);
    b.api.close();
  }, 60_000);

  it('does nothing by itself when turned off, or in a command-line run', async () => {
    const dir = tempDir();
    const off = openLib(dir, 'Off', { t: T0 }, auto);
    await useCouch(off, couch, 'auto-off');
    await off.api.setSync({ auto: false });
    const { id } = await off.api.importFile({ name: 'off.csv', data: csv('Off', 3) });
    await off.api.answer({ deckId: id, cardId: (await off.api.getDeck({ id })).cards[0]!.id, grade: 3 });
    await new Promise((r) => setTimeout(r, 1_500));
    await off.api.closing();
    expect((await off.api.syncStatus({})).last).toBeNull();
    off.api.close();
    // Without `auto` (the command line's commands), neither: only an asked-for sync.
    const cli = openLib(dir, 'Cli', { t: T0 });
    await cli.api.setSync({ auto: true });
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await cli.api.syncStatus({})).last).toBeNull();
    expect((await syncOk(cli)).sent.answers).toBe(1);
    cli.api.close();
  }, 30_000);
});
