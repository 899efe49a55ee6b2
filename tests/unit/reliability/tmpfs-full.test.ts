// A real full disk: a small tmpfs mounted by the test (root only; skipped with one line where mounting is
// refused), a library on it with a 5,000-card deck, the disk filled up, then what issue 12 found:
// `factdeck study` answering until the disk is full, a card edited over HTTP, a deck imported. Each must
// say so in one line, keep every acknowledged answer and the deck, and leave the library to open whole
// once space is freed. Run `npm run build:node` first: the test spawns bin/factdeck.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend.js';
import { readLogFrom } from '../../../src/backend/storage/review-log.js';
import { startServer } from '../../../src/server/server.js';
import { factdeck } from '../../helpers/cli.js';
import { csvDeck } from './library.js';

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-tmpfs-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mountPoint], { encoding: 'utf8' });
const canMount = mounted.status === 0;
if (!canMount) console.log(`[reliability] tmpfs full-disk test skipped: cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || 'refused').trim()})`);

afterAll(() => {
  if (canMount) spawnSync('umount', [mountPoint]);
  fs.rmSync(mountPoint, { recursive: true, force: true });
});

const data = path.join(mountPoint, 'lib');
const filler = path.join(mountPoint, 'filler');
const empty = path.join(os.tmpdir(), 'factdeck-no-builtin');

/** Fills the disk, then frees `room` bytes (tmpfs hands out whole 4 KB pages). */
function fillLeaving(room: number): void {
  const fd = fs.openSync(filler, 'a');
  const chunk = Buffer.alloc(64 * 1024, 120);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - room));
}

function leftovers(): string[] {
  const out: string[] = [];
  for (const sub of ['', 'decks', 'backups']) {
    const d = path.join(data, sub);
    if (fs.existsSync(d)) for (const n of fs.readdirSync(d)) if (/\.tmp$/.test(n) || n.startsWith('.tmp-')) out.push(path.join(sub, n));
  }
  return out;
}

function post(port: number, token: string, method: string, arg: unknown): Promise<{ status: number; body: { result?: unknown; error?: { kind: string; message: string } } }> {
  const body = JSON.stringify(arg);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST',
      headers: { host: `127.0.0.1:${port}`, 'x-factdeck-token': token, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.runIf(canMount)('a real full disk (tmpfs)', () => {
  let deckId = '';
  const acknowledged: { seq: number; card: string; grade: number }[] = [];

  it('sets up: a library with a 5,000-card deck on a 6 MB tmpfs', async () => {
    fs.mkdirSync(empty, { recursive: true });
    const csv = path.join(mountPoint, 'big.csv');
    fs.writeFileSync(csv, csvDeck('Full disk', 5000));
    const r = factdeck(['--data-dir', data, 'import', csv]);
    expect(r.code, r.stderr).toBe(0);
    deckId = r.stdout.trim().split('\n').at(-1)!;
    fs.rmSync(csv);
    // New cards without a daily limit: the session goes on until the disk is full.
    const lib = createBackend(data, { builtinDir: empty });
    await lib.setSettings({ settings: { newPerDay: 9999, reviewsPerDay: 99999 } });
    lib.close();
    expect(fs.statSync(path.join(data, 'decks', `${deckId}.json`)).size).toBeGreaterThan(500_000);
  });

  it('`factdeck study` on a filling disk: every printed answer is stored, the refused one gets one line', () => {
    fillLeaving(24 * 1024);
    const grades = Array.from({ length: 3000 }, (_, i) => String(1 + (i % 4))).join('\n') + '\n';
    const r = factdeck(['--data-dir', data, 'study', deckId], { input: grades });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('factdeck: disk full: the answer was not saved; free some space and answer again\n');
    const lines = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { seq: number; card: string; grade: number });
    expect(lines.length).toBeGreaterThan(10);
    acknowledged.push(...lines.map(({ seq, card, grade }) => ({ seq, card, grade })));
    const log = readLogFrom(path.join(data, 'reviews.log'), 0);
    expect(log.tornBytes).toBe(0);
    expect(log.entries.map((e) => ({ seq: e.n, card: e.c, grade: e.g }))).toEqual(acknowledged);
    console.log(`[reliability] tmpfs: study acknowledged ${acknowledged.length} answers before the disk was full; ${log.entries.length} in the log; refused with one line`);
  });

  it('editCard over HTTP on the full disk: 507 with one line; the deck file is untouched', async () => {
    fillLeaving(8 * 1024);
    const deckFile = path.join(data, 'decks', `${deckId}.json`);
    const before = fs.readFileSync(deckFile);
    const api = createBackend(data, { builtinDir: empty });
    const server = await startServer({ api, token: 't0ken', staticDir: mountPoint });
    try {
      const deck = (await post(server.port, 't0ken', 'getDeck', { id: deckId })).body.result as { cards: { id: string; prompt: string }[] };
      const card = { ...deck.cards[7]!, answer: 'edited on a full disk' };
      const r = await post(server.port, 't0ken', 'editCard', { deckId, card });
      expect(r.status).toBe(507);
      expect(r.body.error).toEqual({ kind: 'disk', message: 'disk full: the card was not changed (the deck file is as it was); free some space and save again' });
    } finally {
      await server.close();
      api.close();
    }
    expect(fs.readFileSync(deckFile).equals(before)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('`factdeck import` on the full disk: one line, exit 1, nothing left behind', () => {
    fillLeaving(64 * 1024);
    const csv = path.join(os.tmpdir(), `factdeck-tmpfs-import-${process.pid}.csv`);
    fs.writeFileSync(csv, csvDeck('Too big', 3000));
    const decksBefore = fs.readdirSync(path.join(data, 'decks')).sort();
    try {
      const r = factdeck(['--data-dir', data, 'import', csv]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('factdeck: disk full: nothing was imported; free some space and import again\n');
    } finally {
      fs.rmSync(csv, { force: true });
    }
    expect(fs.readdirSync(path.join(data, 'decks')).sort()).toEqual(decksBefore);
    expect(leftovers()).toEqual([]);
  });

  it('with space freed, the library opens with the 5,000-card deck and every acknowledged answer', () => {
    fs.rmSync(filler);
    const list = JSON.parse(factdeck(['--data-dir', data, 'decks', '--json']).stdout) as { id: string; cards: number }[];
    expect(list.find((d) => d.id === deckId)?.cards).toBe(5000);
    const report = factdeck(['--data-dir', data, 'report', '--format', 'csv']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout.trim().split('\r\n')).toHaveLength(1 + acknowledged.length);
    const more = factdeck(['--data-dir', data, 'study', deckId], { input: 'good\n' });
    expect(more.code, more.stderr).toBe(0);
    expect((JSON.parse(more.stdout) as { seq: number }).seq).toBe(acknowledged.length + 1);
    const backups = fs.readdirSync(path.join(data, 'backups')).filter((n) => !n.startsWith('.'));
    expect(backups.length).toBeGreaterThan(0);
  });
});
