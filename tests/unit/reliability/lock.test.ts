// The library lock's edge cases: a live holder refuses, a dead one is taken over (and said), a damaged
// lock is kept aside when old and respected while it may still be being written.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LibraryLockedError } from '../../../src/backend/safety/lock.js';
import { tempDir } from '../../helpers/tmp.js';

const lockOf = (dir: string) => path.join(dir, 'library.lock');

describe('library.lock', () => {
  it('refuses while a live process holds it, naming the holder', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(lockOf(dir), JSON.stringify({ pid: child.pid, what: 'factdeck serve', since: new Date().toISOString() }));
      expect(() => acquireLock(dir, 'test')).toThrow(LibraryLockedError);
      expect(() => acquireLock(dir, 'test')).toThrow(`(factdeck serve, pid ${child.pid}); close it first`);
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((r) => child.once('exit', r));
    const release = acquireLock(dir, 'test');
    expect(release.notices.map((n) => n.message).join()).toMatch(/had not closed cleanly \(factdeck serve/);
    expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(lockOf(dir))).toBe(false);
  });

  it('a damaged lock (the lock is written whole, so it is damage, not a write under way) is kept aside', () => {
    const dir = tempDir();
    fs.writeFileSync(lockOf(dir), '{"pid": 12');
    const release = acquireLock(dir, 'test');
    expect(release.notices.map((n) => n.message).join()).toMatch(/lock file was damaged; it was kept as library\.lock\.damaged-/);
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('library.lock.damaged-'))!;
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toBe('{"pid": 12');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    release();
  });

  it('one of many processes racing for a stale lock wins; the others are refused', async () => {
    const dir = tempDir();
    fs.writeFileSync(lockOf(dir), JSON.stringify({ pid: 999_999_999, what: 'dead', since: '2020-01-01' }));
    const script = `
      import { acquireLock } from ${JSON.stringify(path.resolve('src/backend/safety/lock.ts'))};
      try { acquireLock(${JSON.stringify(dir)}, 'racer ' + process.pid); console.log('won'); setTimeout(() => {}, 60000); }
      catch (e) { console.log('refused'); }`;
    const procs: ReturnType<typeof spawn>[] = [];
    const runs = Array.from({ length: 6 }, () => new Promise<string>((resolve) => {
      // The winner keeps the lock until killed, so a late starter cannot find it free again.
      const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      procs.push(p);
      let out = '';
      p.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      p.on('close', () => resolve(out.trim()));
    }));
    const results = await Promise.all(runs);
    for (const p of procs) p.kill('SIGKILL');
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
    expect(results.filter((r) => r === 'refused')).toHaveLength(5);
  }, 60_000);
});
