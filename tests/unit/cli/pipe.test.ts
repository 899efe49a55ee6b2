// Output through a real pipe: every command that writes to stdout finishes writing before it exits. A
// pipe takes 64 KB at a time; the reader here waits before reading, so each command meets a full pipe.
// Each output (over 1 MB) must equal what the same command writes with -o. Needs `npm run build:node`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../bench/library.js';
import { factdeck } from '../../helpers/cli.js';
import { builtinArticle, repoRoot } from '../../helpers/tmp.js';

/** Runs the CLI with stdout on a pipe that is not read for `holdMs`; returns the bytes and exit code. */
function throughPipe(args: string[], holdMs = 400): Promise<{ code: number | null; out: Buffer; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factdeck.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), holdMs);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks), err }));
  });
}

describe('stdout through a pipe', () => {
  // one library for all the cases (tempDir's are removed after each test)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-pipe-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const data = path.join(dir, 'lib');
  const lib = makeLibrary(data, { cards: 4000, reviews: 15_000, now: Date.UTC(2026, 2, 2, 12) });
  const deckId = lib.deckIds[0]!;

  const MB = 1024 * 1024;
  const sizes: string[] = [];
  const cases: [string, string[], number][] = [
    ['export json', ['--data-dir', data, 'export', deckId, '--format', 'json'], MB],
    ['export csv', ['--data-dir', data, 'export', deckId, '--format', 'csv'], MB],
    ['report csv', ['--data-dir', data, 'report', '--format', 'csv'], MB],
    // the HTML report is charts and tables: about 80 KB, still more than a pipe holds
    ['report html', ['--data-dir', data, 'report', '--format', 'html'], 64 * 1024],
  ];
  it.each(cases)('%s: whole, the same as with -o', async (_name, args, atLeast) => {
    const file = path.join(dir, `out-${args.join('-').length}-${args.at(-1)}`);
    const viaFile = factdeck([...args, '-o', file]);
    expect(viaFile.code, viaFile.stderr).toBe(0);
    const r = await throughPipe(args);
    expect(r.code, r.err).toBe(0);
    expect(r.out.length).toBeGreaterThan(atLeast);
    // (The HTML report says the minute it was made: two runs a second apart may straddle a minute.)
    const minute = (b: Buffer): string => b.toString('utf8').replace(/ on \d{4}-\d\d-\d\d \d\d:\d\d UTC\./, '');
    expect(r.out.length).toBe(fs.statSync(file).size);
    expect(minute(r.out)).toBe(minute(fs.readFileSync(file)));
    sizes.push(`${_name} ${r.out.length}`);
  });

  it('generate: a 1 MB deck, whole through the pipe (parses as JSON)', async () => {
    const article = path.join(dir, 'long.txt');
    const text = fs.readFileSync(builtinArticle, 'utf8');
    // Every copy's paragraphs are its own: a paragraph the text repeats word for word is read once.
    const copy = (i: number): string => text.replace(/Hayashi/g, `Hayashi${i}`).replace(/Kyiv/g, `Kyiv${i}`).replace(/Japan\b/g, `Japan${i}`);
    // (The deck keeps its article's text, and at most 16 cards: 360 copies make it over 1 MB.)
    fs.writeFileSync(article, Array.from({ length: 360 }, (_, i) => copy(i)).join('\n\n'));
    const r = await throughPipe(['generate', article, '--date', '2023-09-09']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.length).toBeGreaterThan(1024 * 1024);
    expect((JSON.parse(r.out.toString('utf8')) as { format: string }).format).toBe('factdeck/1');
    sizes.push(`generate ${r.out.length}`);
    console.log(`[reliability] pipes: whole through a held pipe (bytes): ${sizes.join(', ')}`);
  }, 180_000);

  it('a reader that stops early ends the command quietly (no stack trace)', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factdeck.js'), '--data-dir', data, 'export', deckId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
