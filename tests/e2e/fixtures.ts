// Each test gets its own library in a temp directory and its own `factdeck serve` process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface RunningApp {
  url: string;
  dataDir: string;
  /** stops the server (as a person closing the app) and starts it again on the same library */
  restart(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

/** `args`: the command line after `factdeck` (global options before the command, unless a test says otherwise) */
export function startServe(dataDir: string, args = ['--data-dir', dataDir, 'serve']): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [path.join(root, 'bin/factdeck.js'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // every result the browser gets is checked against the contract's output schema: one it does not describe fails
    env: { ...process.env, FACTDECK_CHECK_OUTPUT: '1' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 20_000);
    proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, proc });
      }
    });
    proc.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

export function stop(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

// An object, not a bare function: Playwright would take a function for a fixture of its own.
export type Seed = { prepare(dataDir: string): Promise<void> | void } | null;

export const test = base.extend<{ app: RunningApp; seed: Seed }>({
  // Prepares the library on disk before the app starts (through the real backend).
  seed: [null, { option: true }],
  app: async ({ seed }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-'));
    if (seed) await seed.prepare(dataDir);
    let running = await startServe(dataDir);
    const app: RunningApp = {
      url: running.url,
      dataDir,
      async restart() {
        await stop(running.proc);
        running = await startServe(dataDir);
        app.url = running.url;
      },
    };
    await use(app);
    await stop(running.proc);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** How many cards the built-in deck has, generated through the command line from decks/ as a new library does. */
export function builtinDeckSize(): number {
  const meta = JSON.parse(fs.readFileSync(path.join(root, 'decks/japan-times-hayashi-kyiv.meta.json'), 'utf8')) as { title: string; publisher: string; publishedOn: string };
  const out = execFileSync(process.execPath, [path.join(root, 'bin/factdeck.js'), 'generate', path.join(root, 'decks/japan-times-hayashi-kyiv.txt'),
    '--title', meta.title, '--publisher', meta.publisher, '--date', meta.publishedOn], { encoding: 'utf8', maxBuffer: 16 << 20 });
  return (JSON.parse(out) as { cards: unknown[] }).cards.length;
}
