// Two writers on one library: `factdeck serve` (as the desktop app would) holds it; `factdeck study` on the
// same data directory is refused with a clear message and exit 1, and nothing is lost or duplicated.
// Then the holder dies by SIGKILL: its stale lock is taken over and study goes on where the log ended.
// Run `npm run build:node` first: the test spawns bin/factdeck.js.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLogFrom } from '../../../src/backend/storage/review-log.js';
import { factdeck } from '../../helpers/cli.js';
import { repoRoot, tempDir } from '../../helpers/tmp.js';
import { csvDeck, open, T0 } from './library.js';

function serve(dataDir: string): Promise<{ proc: ChildProcess; url: URL }> {
  const proc = spawn(process.execPath, [path.join(repoRoot, 'bin/factdeck.js'), '--data-dir', dataDir, 'serve'], {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (m) resolve({ proc, url: new URL(m[1]!) });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

function call(url: URL, method: string, arg: unknown): Promise<{ status: number; body: { result?: unknown } }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port: url.port, path: `/api/${method}`, method: 'POST',
      headers: { host: url.host, 'x-factdeck-token': url.searchParams.get('token')!, 'content-type': 'application/json' },
    }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) as { result?: unknown } }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(arg));
  });
}

function exited(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));
}

async function library(): Promise<{ dir: string; deckId: string }> {
  const dir = path.join(tempDir(), 'lib');
  const lib = open(dir, T0);
  await lib.listDecks({});
  const r = await lib.importFile({ name: 'two.csv', data: csvDeck('Two', 50) });
  lib.close();
  return { dir, deckId: r.id };
}

async function answerVia(url: URL, deckId: string, n: number): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < n; i++) {
    const next = await call(url, 'nextCard', { deckId });
    const card = (next.body.result as { card: { card: { id: string } } }).card.card.id;
    const r = await call(url, 'answer', { deckId, cardId: card, grade: 3 });
    expect(r.status).toBe(200);
    seqs.push((r.body.result as { seq: number }).seq);
  }
  return seqs;
}

describe('two writers on one library', () => {
  it('study is refused while serve holds the library; nothing lost or duplicated', async () => {
    const { dir, deckId } = await library();
    const { proc, url } = await serve(dir);
    try {
      const before = await answerVia(url, deckId, 3);
      const study = factdeck(['--data-dir', dir, 'study', deckId], { input: 'good\ngood\n' });
      expect(study.code).toBe(1);
      expect(study.stdout).toBe('');
      expect(study.stderr).toMatch(/is open in another Factdeck \(factdeck serve, pid \d+\); close it first/);
      expect(study.stderr.trim().split('\n')).toHaveLength(1);
      const after = await answerVia(url, deckId, 3);
      expect([...before, ...after]).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      proc.kill('SIGTERM');
      await exited(proc);
    }
    const entries = readLogFrom(path.join(dir, 'reviews.log'), 0).entries;
    expect(entries.map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6]);
    // serve closed cleanly: study now runs, continuing the sequence
    const study = factdeck(['--data-dir', dir, 'study', deckId], { input: 'good\n' });
    expect(study.code, study.stderr).toBe(0);
    expect((JSON.parse(study.stdout.trim()) as { seq: number }).seq).toBe(7);
  }, 60_000);

  it('a lock left by a holder killed with SIGKILL is taken over', async () => {
    const { dir, deckId } = await library();
    const { proc, url } = await serve(dir);
    await answerVia(url, deckId, 2);
    process.kill(-proc.pid!, 'SIGKILL');
    await exited(proc);
    const study = factdeck(['--data-dir', dir, 'study', deckId], { input: 'good\neasy\n' });
    expect(study.code, study.stderr).toBe(0);
    const seqs = study.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { seq: number }).seq);
    expect(seqs).toEqual([3, 4]);
    const entries = readLogFrom(path.join(dir, 'reviews.log'), 0).entries;
    expect(entries.map((e) => e.n)).toEqual([1, 2, 3, 4]);
  }, 60_000);
});
