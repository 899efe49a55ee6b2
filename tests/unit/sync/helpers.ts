// Libraries for the sync tests: real backends over temp folders, each with its own clock, syncing with a real
// pouchdb-server. What a library holds is read back from its review log, the source of truth.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import { readLogFrom } from '../../../src/backend/storage/review-log.js';
import type { LogEntry } from '../../../src/core/schedule/log.js';
import { answerCard, type GradeNumber } from '../../../src/core/schedule/scheduler.js';
import { defaultSettings } from '../../../src/core/schedule/settings.js';
import { NEW_STATE, type CardState } from '../../../src/core/schedule/state.js';
import { afterAll, beforeAll } from 'vitest';
import { startCouch, type Couch } from '../../helpers/couch.js';
import { startProxy, type Proxy } from '../../helpers/proxy.js';

export const MIN = 60_000;
export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

export interface Lib {
  name: string;
  dir: string;
  clock: { t: number };
  api: Backend;
}

export function openLib(
  dir: string,
  name: string,
  clock: { t: number },
  extra: Parameters<typeof createBackend>[1] = {},
): Lib {
  const builtinDir = path.join(path.dirname(dir), 'no-builtin');
  fs.mkdirSync(builtinDir, { recursive: true });
  const api = createBackend(dir, { now: () => clock.t, tz: () => 0, builtinDir, ...extra });
  return { name, dir, clock, api };
}

export function csv(name: string, n: number): Buffer {
  const rows = ['Front,Back'];
  for (let i = 1; i <= n; i++) rows.push(`${name} question ${i}?,${name} answer ${i}`);
  return Buffer.from(rows.join('\n') + '\n');
}

/** Points a library at the server's database, with the admin's credentials. */
export async function useCouch(lib: Lib, couch: Couch, db = 'factdeck-me'): Promise<void> {
  await lib.api.setSync({ url: couch.db(db), user: couch.admin.user, password: couch.admin.password });
}

export async function syncOk(lib: Lib): Promise<Awaited<ReturnType<Backend['syncNow']>>> {
  const r = await lib.api.syncNow({});
  if (!r.ok) throw new Error(`${lib.name}: ${r.message}`);
  return r;
}

/** Each card's state as the library holds it: the state of its last log entry. */
export function states(dir: string): Map<string, CardState> {
  const out = new Map<string, CardState>();
  for (const e of readLogFrom(path.join(dir, 'reviews.log'), 0).entries) out.set(`${e.d}/${e.c}`, e.s);
  return out;
}

/** The answers that stand in a library's log (answers not taken back), from every device, by card. */
export function standing(dir: string): { d: string; c: string; t: number; g: GradeNumber; from: string | null }[] {
  const entries = readLogFrom(path.join(dir, 'reviews.log'), 0).entries as (LogEntry & { from?: string })[];
  const undone = new Set(entries.filter((e) => e.k === 'u').map((e) => e.u));
  return entries
    .filter((e) => e.k === 'r' && !undone.has(e.n))
    .map((e) => ({ d: e.d, c: e.c, t: e.t, g: e.g!, from: e.from ?? null }));
}

/** What FSRS makes of these answers, replayed per card in time order: computed here without sync's code. */
export function expectedStates(answers: { d: string; c: string; t: number; g: GradeNumber }[]): Map<string, CardState> {
  const settings = defaultSettings();
  const byCard = new Map<string, { t: number; g: GradeNumber }[]>();
  for (const a of answers) {
    const k = `${a.d}/${a.c}`;
    byCard.set(k, [...(byCard.get(k) ?? []), a]);
  }
  const out = new Map<string, CardState>();
  for (const [k, list] of byCard) {
    let s = NEW_STATE;
    for (const a of list.sort((x, y) => x.t - y.t)) s = answerCard(s, a.g, a.t, settings).state;
    out.set(k, s);
  }
  return out;
}

/** The card states of a library, without the keys sync does not decide (for comparing libraries). */
export function comparable(m: Map<string, CardState>): Record<string, CardState> {
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A server (in memory) and a recording proxy in front of it, for the tests of one file or describe block. */
export function serverWithProxy(): { couch: Couch; proxy: Proxy } {
  const held = {} as { couch: Couch; proxy: Proxy };
  beforeAll(async () => {
    held.couch = await startCouch();
    held.proxy = await startProxy(held.couch.origin);
  });
  afterAll(async () => {
    await held.proxy.close();
    await held.couch.stop();
  });
  return held;
}
