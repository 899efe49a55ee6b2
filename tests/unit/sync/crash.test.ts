// Sync cut short, the hard way. `factdeck sync` (the real command, in its own process group) is killed with
// SIGKILL at chosen points: while it sends, while it receives, while it merges. Run again, it finishes: the
// server and the other library hold every answer once. And the server itself is killed mid-sync: the command
// says so in one line, the library is as it was, and once the server is back the sync completes.
// Run `npm run build:node` first: the test spawns bin/factdeck.js.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { couchRequest, freePort, startCouch, type Couch } from '../../helpers/couch.js';
import { startProxy, type Proxy } from '../../helpers/proxy.js';
import { repoRoot, tempDir } from '../../helpers/tmp.js';
import { comparable, csv, MIN, openLib, serverWithProxy, standing, states, T0, type Lib } from './helpers.js';

const ANSWERS = 2_400;

interface Run {
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  requests: number;
}

/** `factdeck sync` through the proxy; `killAt(n)` says whether to SIGKILL it as its n-th request arrives
 * (after `delayMs`), or it runs to its end. */
function syncCli(
  dir: string,
  proxy: Proxy,
  couch: Couch,
  db: string,
  killAt: (n: number) => boolean = () => false,
  delayMs = 0,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'bin/factdeck.js'),
        '--data-dir',
        dir,
        'sync',
        `${proxy.origin}/${db}`,
        '--user',
        couch.admin.user,
      ],
      {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, FACTDECK_DATA_DIR: '', FACTDECK_SYNC_PASSWORD: couch.admin.password },
      },
    );
    let stdout = '';
    let stderr = '';
    let killed = false;
    const before = proxy.requests.length;
    proxy.onRequest = (n) => {
      if (killed || !killAt(n - before)) return;
      killed = true;
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, delayMs);
    };
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const guard = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      proxy.onRequest = null;
      resolve({ code, killed, stdout, stderr, requests: proxy.requests.length - before });
    });
  });
}

/** A library that studied a 600-card deck for a while: ANSWERS answers. */
async function studied(dir: string): Promise<{ deckId: string }> {
  const lib = openLib(dir, 'A', { t: T0 });
  await lib.api.setSettings({ settings: { newPerDay: 9999, reviewsPerDay: 99999 } });
  const { id } = await lib.api.importFile({ name: 'crash.csv', data: csv('Crash', 600) });
  const deck = await lib.api.getDeck({ id });
  for (let i = 0; i < ANSWERS; i++) {
    lib.clock.t = T0 + i * MIN;
    await lib.api.answer({ deckId: id, cardId: deck.cards[(i * 7) % 600]!.id, grade: ((i % 4) + 1) as 1 | 2 | 3 | 4 });
  }
  lib.api.close();
  return { deckId: id };
}

async function answerDocs(
  couch: Couch,
  db: string,
): Promise<{ id: string; doc: { card: string; t: number; grade: number } }[]> {
  const r = await couchRequest(
    couch,
    'GET',
    `/${db}/_all_docs?include_docs=true&startkey=%22a:%22&endkey=%22a:%EF%BF%B0%22`,
  );
  return (r.json as { rows: { id: string; doc: { card: string; t: number; grade: number } }[] }).rows;
}

/** The answers a library holds, as comparable text, and whether any document was merged twice. */
function heldAnswers(dir: string): { keys: string[]; doubled: number } {
  const held = standing(dir);
  const froms = held.filter((a) => a.from !== null).map((a) => a.from!);
  return { keys: held.map((a) => `${a.c}/${a.t}/${a.g}`).sort(), doubled: froms.length - new Set(froms).size };
}

describe('sync killed and resumed', () => {
  const server = serverWithProxy();

  it(`loses and doubles nothing when killed with SIGKILL while sending, receiving or merging (${ANSWERS} answers)`, async () => {
    const a = tempDir();
    await studied(a);
    const mine = heldAnswers(a).keys;
    const figures = { killedSending: 0, killedReceiving: 0, killedMerging: 0, runs: 0 };

    // A sends its answers; killed as its 3rd, 6th, ... request arrives.
    for (const k of [3, 6, 9, 14, 20]) {
      const r = await syncCli(a, server.proxy, server.couch, 'crash', (n) => n === k);
      figures.runs++;
      if (r.killed) figures.killedSending++;
      const onServer = await answerDocs(server.couch, 'crash');
      expect(new Set(onServer.map((d) => d.id)).size).toBe(onServer.length);
      expect(onServer.length).toBeLessThanOrEqual(ANSWERS);
    }
    const done = await syncCli(a, server.proxy, server.couch, 'crash');
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    const onServer = await answerDocs(server.couch, 'crash');
    expect(onServer.map((d) => `${d.doc.card}/${d.doc.t}/${d.doc.grade}`).sort()).toEqual(mine);

    // B receives them: killed while receiving (at a request), and while merging (a moment after the last
    // request of the pull, timed over a spread of delays).
    const b = tempDir();
    const partial: number[] = [];
    const trials: [number, number][] = [
      [3, 0],
      [8, 0],
      [15, 0],
      [25, 0],
    ];
    for (let delay = 0; delay <= 900; delay += 100) trials.push([-1, delay]);
    for (const [k, delay] of trials) {
      // k = -1: the kill comes `delay` ms after the pull's checkpoint is written (the merge follows it).
      const r = await syncCli(
        b,
        server.proxy,
        server.couch,
        'crash',
        (n) =>
          k > 0
            ? n === k
            : server.proxy.requests.at(-1)!.url.includes('/_local/') &&
              server.proxy.requests.at(-1)!.method === 'PUT' &&
              n > 3,
        delay,
      );
      figures.runs++;
      const held = heldAnswers(b);
      expect(held.doubled, 'an answer merged twice').toBe(0);
      expect(held.keys.every((x) => mine.includes(x))).toBe(true);
      if (r.killed) {
        if (k > 0) figures.killedReceiving++;
        else figures.killedMerging++;
        if (held.keys.length > 0 && held.keys.length < ANSWERS) partial.push(held.keys.length);
      }
      // Once everything is in, start again from an empty library, so the next trial has a sync to cut.
      if (held.keys.length === ANSWERS) {
        fs.rmSync(b, { recursive: true, force: true });
        fs.mkdirSync(b);
      }
    }
    const last = await syncCli(b, server.proxy, server.couch, 'crash');
    expect(last.code).toBe(0);
    const held = heldAnswers(b);
    expect(held.doubled).toBe(0);
    expect(held.keys).toEqual(mine);
    // And the same card states as A, which studied them.
    expect(comparable(states(b))).toEqual(comparable(states(a)));
    console.log(
      `[sync] SIGKILL: ${figures.runs} runs, killed ${figures.killedSending}x sending, ${figures.killedReceiving}x receiving, ${figures.killedMerging}x around the merge (${partial.length} left part of the answers merged: ${partial.join(', ') || 'none'}); 0 lost, 0 doubled`,
    );
  }, 300_000);
});

describe('the server stopped mid-sync', () => {
  it('fails in one line, changes nothing here, and completes once the server is back', async () => {
    const serverDir = tempDir('factdeck-couch-disk-');
    const port = await freePort();
    const admin = { user: 'admin', password: 'stop-test-secret' };
    let couch = await startCouch({ dir: serverDir, port, admin });
    const proxy = await startProxy(couch.origin);
    try {
      const a = tempDir();
      await studied(a);
      // A sends; the server dies at A's 6th request.
      let r = await syncCliKillServer(a, proxy, couch, 6);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(
        /^factdeck: sync failed: (the connection to 127\.0\.0\.1:\d+ was cut off|cannot reach 127\.0\.0\.1:\d+|127\.0\.0\.1:\d+ failed)/,
      );
      expect(r.stderr).toMatch(/nothing here changed/);
      couch = await startCouch({ dir: serverDir, port, admin });
      r = await syncCli(a, proxy, couch, 'stopped');
      expect(r.code).toBe(0);

      // B receives; the server dies at B's 8th request: B's library is byte for byte as it was.
      const b = tempDir();
      const lib: Lib = openLib(b, 'B', { t: T0 });
      await lib.api.listDecks({});
      lib.api.close();
      const before = snapshotOf(b);
      r = await syncCliKillServer(b, proxy, couch, 8);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(snapshotOf(b)).toEqual(before);
      couch = await startCouch({ dir: serverDir, port, admin });
      r = await syncCli(b, proxy, couch, 'stopped');
      expect(r.code).toBe(0);
      expect(heldAnswers(b).keys).toEqual(heldAnswers(a).keys);
      expect(comparable(states(b))).toEqual(comparable(states(a)));
    } finally {
      await proxy.close();
      await couch.stop();
    }
  }, 180_000);
});

describe('the server stopped mid-sync, in a long-lived process (the app, factdeck serve)', () => {
  it('is a failed result in one line, the process goes on, and the next sync completes', async () => {
    const serverDir = tempDir('factdeck-couch-disk-');
    const port = await freePort();
    const admin = { user: 'admin', password: 'inproc-secret' };
    let couch = await startCouch({ dir: serverDir, port, admin });
    const proxy = await startProxy(couch.origin);
    try {
      const dir = tempDir();
      await studied(dir);
      const lib = openLib(dir, 'A', { t: T0 + ANSWERS * MIN });
      await lib.api.setSync({ url: `${proxy.origin}/inproc`, user: admin.user, password: admin.password });
      const logBefore = fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8');
      for (const at of [3, 7]) {
        const before = proxy.requests.length;
        proxy.onRequest = (n) => {
          if (n - before === at) void couch.kill();
        };
        const r = await lib.api.syncNow({});
        proxy.onRequest = null;
        expect(r.ok).toBe(false);
        expect(r.message.split('\n')).toHaveLength(1);
        expect(r.message).toMatch(/^sync failed: .*127\.0\.0\.1:\d+.*; nothing here changed$/);
        expect((await lib.api.syncStatus({})).last?.message).toBe(r.message);
        expect(fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8')).toBe(logBefore);
        couch = await startCouch({ dir: serverDir, port, admin });
      }
      const done = await lib.api.syncNow({});
      expect(done.ok, done.message).toBe(true);
      expect(await answerDocs(couch, 'inproc')).toHaveLength(ANSWERS);
      lib.api.close();
    } finally {
      await proxy.close();
      await couch.stop();
    }
  }, 120_000);
});

function syncCliKillServer(dir: string, proxy: Proxy, couch: Couch, at: number): Promise<Run> {
  const before = proxy.requests.length;
  const run = syncCli(dir, proxy, couch, 'stopped');
  const hook = proxy.onRequest;
  proxy.onRequest = (n, req) => {
    hook?.(n, req);
    if (n - before === at) void couch.kill();
  };
  return run;
}

/** What a person's library holds on disk: the log, the decks (sync's own cache of the server left out). */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const log = path.join(dir, 'reviews.log');
  out['reviews.log'] = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
  for (const f of fs.readdirSync(path.join(dir, 'decks')).sort())
    out[`decks/${f}`] = fs.readFileSync(path.join(dir, 'decks', f), 'utf8');
  return out;
}
