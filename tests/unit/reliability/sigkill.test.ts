// Crash safety, the hard way: `factdeck study` (scripted: grades on stdin, one JSON line out per answer,
// printed only after the answer is fsync'd) is killed with SIGKILL at a random moment, in its own process
// group. Then the library must open (createBackend), and every acknowledged answer must be in the log
// with its card and grade. Two lanes (libraries) run side by side to stay inside the time bound.
// Run `npm run build:node` first: the test spawns bin/factdeck.js.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend.js';
import type { LogEntry } from '../../../src/core/schedule/log.js';
import { readLogFrom } from '../../../src/backend/storage/review-log.js';
import { repoRoot } from '../../helpers/tmp.js';
import { csvDeck, rng } from './library.js';

const TRIALS_PER_LANE = 26;
const LANES = 2;
const BUDGET_MS = 75_000;

interface Ack {
  seq: number;
  card: string;
  grade: number;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-sigkill-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function makeLibrary(dir: string): Promise<string> {
  const empty = path.join(root, 'no-builtin');
  fs.mkdirSync(empty, { recursive: true });
  const lib = createBackend(dir, { builtinDir: empty });
  await lib.listDecks({}); // marks the library seeded (no built-in deck to generate)
  await lib.setSettings({ settings: { newPerDay: 9999, reviewsPerDay: 99999 } });
  const r = await lib.importFile({ name: 'crash.csv', data: csvDeck('Crash', 4000) });
  lib.close();
  return r.id;
}

/** One study session killed at a random moment: either on a timer (during start-up, open, or answers)
 * or just after its k-th acknowledged answer (plus a few ms), when the next write is under way. */
function trial(dir: string, deckId: string, rand: () => number): Promise<{ acks: Ack[]; killed: boolean }> {
  const grades = Array.from({ length: 3000 }, () => String(1 + Math.floor(rand() * 4))).join('\n') + '\n';
  const onTimer = rand() < 0.4;
  const delay = onTimer ? Math.floor(rand() * 2000) : Math.floor(rand() * 8);
  const afterLines = 1 + Math.floor(rand() * 60);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factdeck.js'), '--data-dir', dir, 'study', deckId], {
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    if (onTimer) setTimeout(kill, delay);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (!onTimer && out.split('\n').length - 1 >= afterLines) setTimeout(kill, delay);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdin.on('error', () => {}); // EPIPE when killed while writing
    child.stdin.end(grades);
    const guard = setTimeout(kill, 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      if (!killed && code !== 0) return reject(new Error(`study exited ${code}: ${err}`));
      // Only whole lines count: a line cut short was never fully acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolve({ acks: lines.map((l) => JSON.parse(l) as Ack), killed });
    });
  });
}

describe('SIGKILL during study', () => {
  it(`loses no acknowledged answer (${LANES * TRIALS_PER_LANE} trials)`, async () => {
    const started = Date.now();
    const failures: string[] = [];
    const figures = { trials: 0, killed: 0, acked: 0, lost: 0, opened: 0, tornDropped: 0, staleLocks: 0 };
    const lane = async (n: number) => {
      const dir = path.join(root, `lane-${n}`);
      const deckId = await makeLibrary(dir);
      const rand = rng(1000 + n);
      const all: Ack[] = [];
      const empty = path.join(root, 'no-builtin');
      for (let i = 0; i < TRIALS_PER_LANE && Date.now() - started < BUDGET_MS; i++) {
        const { acks, killed } = await trial(dir, deckId, rand);
        figures.trials++;
        if (killed) figures.killed++;
        figures.acked += acks.length;
        all.push(...acks);
        // The library opens every time (the dead holder's lock is taken over, a torn line dropped).
        try {
          const lib = createBackend(dir, { builtinDir: empty });
          const status = await lib.status({});
          if (status.notices.some((x) => /incomplete/.test(x.message))) figures.tornDropped++;
          if (status.notices.some((x) => /not closed cleanly/.test(x.message))) figures.staleLocks++;
          lib.close();
          figures.opened++;
        } catch (e) {
          failures.push(`lane ${n} trial ${i}: ${e instanceof Error ? e.message : String(e)}`);
        }
        const bySeq = new Map<number, LogEntry>();
        for (const e of readLogFrom(path.join(dir, 'reviews.log'), 0).entries) bySeq.set(e.n, e);
        for (const a of acks) {
          const e = bySeq.get(a.seq);
          if (!e || e.k !== 'r' || e.c !== a.card || e.g !== a.grade) figures.lost++;
        }
      }
      // And at the end, every answer acknowledged in any trial of this lane is still there.
      const bySeq = new Map<number, LogEntry>();
      for (const e of readLogFrom(path.join(dir, 'reviews.log'), 0).entries) bySeq.set(e.n, e);
      const missing = all.filter((a) => bySeq.get(a.seq)?.c !== a.card);
      expect(missing).toEqual([]);
      expect(new Set(all.map((a) => a.seq)).size).toBe(all.length); // no seq given twice
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`[reliability] SIGKILL: ${figures.trials} trials (${figures.killed} killed mid-session), ${figures.acked} acknowledged answers, ${figures.lost} lost; library opened ${figures.opened}/${figures.trials}; torn last line dropped ${figures.tornDropped}x; stale lock taken over ${figures.staleLocks}x; ${secs} s`);
    expect(failures).toEqual([]);
    expect(figures.lost).toBe(0);
    expect(figures.opened).toBe(figures.trials);
    expect(figures.trials).toBeGreaterThanOrEqual(50);
    expect(figures.acked).toBeGreaterThan(0);
  }, 120_000);
});
