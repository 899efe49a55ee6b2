// `npm run bench:memory`: the peak memory (max RSS) of `factdeck import` on large CSV files and Anki
// packages, each in its own process, to find the largest file that imports within 1 GB; and of
// `factdeck serve` taking four 140 MB request bodies at once. Figures, not pass/fail; the last line is one
// JSON object. Needs `npm run build:node` (it runs the built CLI). Sizes: `tsx bench/memory.ts 250000 1000000`;
// FACTDECK_BENCH_CLI=/other/checkout/dist/node/cli/main.js measures another build (before and after a change).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import type { Deck } from '../src/core/deck.js';
import { toApkg } from '../src/core/formats/apkg-write.js';
import { makeCsv } from './library.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = process.env.FACTDECK_BENCH_CLI ?? path.join(root, 'dist/node/cli/main.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-memory-'));
const log = (s: string) => process.stderr.write(s + '\n');
const MB = 1024 * 1024;

// The CLI in a child process that reports its own peak RSS when it exits.
const RUN = `const { main } = await import(${JSON.stringify(new URL(`file://${cli}`).href)});
process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
process.exitCode = await main(process.argv.slice(1));`;

function peakOf(args: string[]): { mb: number; ms: number; code: number | null; err: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', RUN, '--', ...args], { encoding: 'utf8', maxBuffer: 64 * MB });
  const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { mb: Math.round(kb / 1024), ms: Math.round(performance.now() - t0), code: r.status, err: r.stderr.replace(/\n?maxrss \d+\n/, '').trim() };
}

function importPeak(file: string): { mb: number; ms: number; fileMb: number } {
  const data = path.join(tmp, `lib-${path.basename(file)}`);
  const r = peakOf(['--data-dir', data, 'import', file]);
  if (r.code !== 0) throw new Error(`import ${path.basename(file)} failed: ${r.err}`);
  fs.rmSync(data, { recursive: true, force: true });
  return { mb: r.mb, ms: r.ms, fileMb: Math.round((fs.statSync(file).size / MB) * 10) / 10 };
}

async function apkgFile(notes: number): Promise<string> {
  const SQL = await initSqlJs({ locateFile: (f: string) => path.join(root, 'node_modules/sql.js/dist', f) });
  const csv = Buffer.from(makeCsv(notes)).toString('utf8').split('\n').slice(1, notes + 1);
  const deck: Deck = {
    format: 'factdeck/1', id: `bench-${notes}`, title: `Bench ${notes}`, source: null, generator: null,
    cards: csv.map((line, i) => {
      const [, front, back] = /^"(.*)","(.*)",/.exec(line) ?? [];
      return { id: `c${i}`, kind: 'qa' as const, prompt: front ?? `q${i}`, answer: back ?? `a${i}`, tags: [`tag${i % 7}`] };
    }),
  };
  const file = path.join(tmp, `notes-${notes}.apkg`);
  fs.writeFileSync(file, toApkg(deck, SQL, { now: Date.UTC(2026, 0, 1) }));
  return file;
}

/** `factdeck serve` with four importFile requests of `bodyMb` MB each at once; the server's peak RSS. */
async function servePeak(bodyMb: number): Promise<{ mb: number; statuses: number[] }> {
  const data = path.join(tmp, 'serve-lib');
  const child = spawn(process.execPath, ['--input-type=module', '-e', RUN, '--', '--data-dir', data, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(new URL(m[0]));
    });
    child.once('exit', () => reject(new Error(`serve ended: ${err}`)));
  });
  // A body of base64 text: what the UI sends for a file that large (refused after decoding: over 100 MB).
  const data64 = 'QUFB'.repeat(Math.floor((bodyMb * MB - 40) / 4));
  const body = Buffer.from(`{"name":"big.csv","data":"${data64}"}`);
  const post = () => new Promise<number>((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port: url.port, path: '/api/importFile', method: 'POST',
      headers: { 'x-factdeck-token': url.searchParams.get('token')!, 'content-type': 'application/json', 'content-length': body.length },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
  const statuses = await Promise.all([post(), post(), post(), post()]);
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  const kb = Number(/maxrss (\d+)/.exec(err)?.[1] ?? NaN);
  return { mb: Math.round(kb / 1024), statuses };
}

async function main(): Promise<void> {
  if (!fs.existsSync(cli)) throw new Error('run `npm run build:node` first');
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const csvRows = sizes.length ? sizes : [250_000, 500_000, 1_000_000, 1_250_000];
  const apkgNotes = sizes.length ? sizes : [100_000, 250_000, 500_000];
  const csv: Record<string, { mb: number; ms: number; fileMb: number }> = {};
  for (const rows of csvRows) {
    log(`import a CSV of ${rows} rows ...`);
    const file = path.join(tmp, `rows-${rows}.csv`);
    fs.writeFileSync(file, makeCsv(rows));
    csv[rows] = importPeak(file);
    fs.rmSync(file);
    log(`  ${csv[rows]!.fileMb} MB file: peak ${csv[rows]!.mb} MB, ${csv[rows]!.ms} ms`);
  }
  const apkg: Record<string, { mb: number; ms: number; fileMb: number }> = {};
  for (const notes of apkgNotes) {
    log(`import an .apkg of ${notes} notes ...`);
    const file = await apkgFile(notes);
    apkg[notes] = importPeak(file);
    fs.rmSync(file);
    log(`  ${apkg[notes]!.fileMb} MB file: peak ${apkg[notes]!.mb} MB, ${apkg[notes]!.ms} ms`);
  }
  log('factdeck serve, four 140 MB bodies at once ...');
  const serve = await servePeak(140);
  log(`  peak ${serve.mb} MB (answers ${serve.statuses.join(', ')})`);
  const out = ['| import | file | peak RSS | time |', '|---|---:|---:|---:|'];
  for (const [n, r] of Object.entries(csv)) out.push(`| CSV, ${Number(n).toLocaleString('en')} rows | ${r.fileMb} MB | ${r.mb} MB | ${(r.ms / 1000).toFixed(1)} s |`);
  for (const [n, r] of Object.entries(apkg)) out.push(`| .apkg, ${Number(n).toLocaleString('en')} notes | ${r.fileMb} MB | ${r.mb} MB | ${(r.ms / 1000).toFixed(1)} s |`);
  out.push('', `factdeck serve, four 140 MB request bodies at once: peak ${serve.mb} MB`);
  process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(JSON.stringify({ machine: { cores: os.cpus().length, node: process.version, load: os.loadavg()[0] }, csv, apkg, serve }) + '\n');
}

try {
  await main();
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
