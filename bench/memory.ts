// `npm run bench:memory`: the peak memory (max RSS) of `factdeck import` on large CSV files and Anki
// packages, each in its own process, to find the largest file that imports within 1 GB; and `factdeck
// serve` taking four 140 MB request bodies at once (peak memory), then generating a 2 MB article (1,999,000 characters) while
// small calls keep coming (how long they wait), and stopping one. Figures, not pass/fail; the last line is one
// JSON object. Needs `npm run build:node` (it runs the built CLI). `tsx bench/memory.ts --csv=250000 --apkg=1000 --no-serve`;
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

// The CLI in a child process that reports its own peak RSS when it exits. A file, not `node -e`: workers
// inherit the parent's flags, and `--input-type` would stop them.
const RUN = path.join(tmp, 'run-cli.mjs');
fs.writeFileSync(RUN, `const { main } = await import(${JSON.stringify(new URL(`file://${cli}`).href)});
process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));
process.exitCode = await main(process.argv.slice(2));
`);

function peakOf(args: string[]): { mb: number; ms: number; code: number | null; err: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [RUN, ...args], { encoding: 'utf8', maxBuffer: 64 * MB });
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

interface ServeFigures {
  /** peak RSS after four 140 MB bodies at once */
  bodiesMb: number;
  statuses: number[];
  /** a 2 MB article (the longest taken): how long it took, and how long a small call waited meanwhile */
  generateMs: number;
  statusWhileGeneratingMs: { median: number; max: number; calls: number };
  /** from cancelGenerate to the generateDeck call ending */
  stopMs: number | null;
}

/** `factdeck serve`: four importFile requests of 140 MB at once (peak RSS), then a 2 MB article generated
 * while small calls keep coming (their wait), then one stopped part way. */
async function serveFigures(): Promise<ServeFigures> {
  const data = path.join(tmp, 'serve-lib');
  const child = spawn(process.execPath, [RUN, '--data-dir', data, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const post = (method: string, body: Buffer | string) => new Promise<{ status: number; ms: number; error: string }>((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request({
      host: '127.0.0.1', port: url.port, path: `/api/${method}`, method: 'POST',
      headers: { 'x-factdeck-token': url.searchParams.get('token')!, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let error = '';
      res.on('data', (c: Buffer) => {
        if (res.statusCode !== 200 && error.length < 2000) error += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, error }));
    });
    req.on('error', reject);
    req.end(body);
  });
  // A body of base64 text: what the UI sends for a file that large (refused after decoding: over 100 MB).
  const body = Buffer.from(`{"name":"big.csv","data":"${'QUFB'.repeat(Math.floor((140 * MB - 40) / 4))}"}`);
  const statuses = (await Promise.all([0, 1, 2, 3].map(() => post('importFile', body)))).map((r) => r.status);
  const bodiesMb = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);

  const article = fs.readFileSync(path.join(root, 'decks/japan-times-hayashi-kyiv.txt'), 'utf8');
  // Just under the generator's limit of 2,000,000 characters.
  const copies = Math.ceil(2_000_000 / article.length);
  // (Each copy its own paragraphs: one the text repeats is read once.)
  const text = Array.from({ length: copies }, (_, i) => article.replace(/Hayashi/g, `Hayashi${i}`).replace(/Kyiv/g, `Kyiv${i}`).replace(/Japan\b/g, `Japan${i}`)).join('\n\n').slice(0, 1_999_000);
  const waits: number[] = [];
  let done = false;
  const gen = post('generateDeck', JSON.stringify({ text, publishedOn: '2023-09-09' })).then((r) => ((done = true), r));
  while (!done) {
    waits.push((await post('status', '{}')).ms);
    await new Promise((r) => setTimeout(r, 100));
  }
  const generated = await gen;
  if (generated.status !== 200) throw new Error(`generateDeck answered ${generated.status}: ${generated.error}`);
  const stopping = post('generateDeck', JSON.stringify({ text, publishedOn: '2023-09-09', job: 'stop' }));
  await new Promise((r) => setTimeout(r, 1500));
  const t0 = performance.now();
  await post('cancelGenerate', '{"job":"stop"}');
  const stopped = await stopping;
  // A build without cancelGenerate (FACTDECK_BENCH_CLI pointing at an older one) has no figure here.
  const stopMs = /cancelled/.test(stopped.error) ? Math.round(performance.now() - t0) : null;
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  const sorted = waits.slice().sort((a, b) => a - b);
  return {
    bodiesMb, statuses, generateMs: Math.round(generated.ms), stopMs,
    statusWhileGeneratingMs: { median: Math.round(sorted[sorted.length >> 1] ?? NaN), max: Math.round(sorted.at(-1) ?? NaN), calls: waits.length },
  };
}

/** `--csv=250000,1000000 --apkg=100000 --no-serve`: what to measure (default: all, at the sizes below). */
function plan(): { csv: number[]; apkg: number[]; serve: boolean } {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',').map(Number).filter((n) => n > 0);
  return {
    csv: arg('csv') ?? [250_000, 500_000, 1_000_000],
    // 500,000 of these notes unpack past the 200 MB limit for packages: refused
    apkg: arg('apkg') ?? [100_000, 250_000, 400_000, 500_000],
    serve: !process.argv.includes('--no-serve'),
  };
}

interface Figure { mb: number; ms: number; fileMb: number; refused?: string }

function measure(file: string): Figure {
  try {
    return importPeak(file);
  } catch (e) {
    return { mb: NaN, ms: NaN, fileMb: Math.round((fs.statSync(file).size / MB) * 10) / 10, refused: (e as Error).message };
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(cli)) throw new Error('run `npm run build:node` first');
  const p = plan();
  const csv: Record<string, Figure> = {};
  const show = (r: Figure) => (r.refused ? `refused: ${r.refused}` : `peak ${r.mb} MB, ${r.ms} ms`);
  for (const rows of p.csv) {
    log(`import a CSV of ${rows} rows ...`);
    const file = path.join(tmp, `rows-${rows}.csv`);
    fs.writeFileSync(file, makeCsv(rows));
    csv[rows] = measure(file);
    fs.rmSync(file);
    log(`  ${csv[rows]!.fileMb} MB file: ${show(csv[rows]!)}`);
  }
  // The largest text file the importer takes is 100 MB: long rows up to that size.
  const longRows = p.csv.length ? Math.floor((97 * MB) / (makeCsv(1000, 30).length / 1000)) : 0;
  if (longRows) {
    log(`import a CSV of ${longRows} long rows (just under 100 MB) ...`);
    const file = path.join(tmp, 'long-rows.csv');
    fs.writeFileSync(file, makeCsv(longRows, 30));
    csv[`${longRows} long`] = measure(file);
    fs.rmSync(file);
    log(`  ${csv[`${longRows} long`]!.fileMb} MB file: ${show(csv[`${longRows} long`]!)}`);
  }
  const apkg: Record<string, Figure> = {};
  for (const notes of p.apkg) {
    log(`import an .apkg of ${notes} notes ...`);
    const file = await apkgFile(notes);
    apkg[notes] = measure(file);
    fs.rmSync(file);
    log(`  ${apkg[notes]!.fileMb} MB file: ${show(apkg[notes]!)}`);
  }
  let serve: ServeFigures | null = null;
  if (p.serve) {
    log('factdeck serve: four 140 MB bodies at once, then a 2 MB article ...');
    serve = await serveFigures();
    log(`  ${JSON.stringify(serve)}`);
  }
  const row = (what: string, r: Figure) => `| ${what} | ${r.fileMb} MB | ${r.refused ? 'refused' : `${r.mb} MB`} | ${r.refused ? '' : `${(r.ms / 1000).toFixed(1)} s`} |`;
  const out = ['| import | file | peak RSS | time |', '|---|---:|---:|---:|'];
  for (const [n, r] of Object.entries(csv)) out.push(row(`CSV, ${n.replace(/\d+/, (d) => Number(d).toLocaleString('en'))} rows`, r));
  for (const [n, r] of Object.entries(apkg)) out.push(row(`.apkg, ${Number(n).toLocaleString('en')} notes`, r));
  if (serve) {
    out.push('', `factdeck serve, four 140 MB request bodies at once: peak ${serve.bodiesMb} MB (answers ${serve.statuses.join(', ')})`);
    out.push(`a 2 MB article generated in ${(serve.generateMs / 1000).toFixed(1)} s; meanwhile ${serve.statusWhileGeneratingMs.calls} status calls answered in ${serve.statusWhileGeneratingMs.median} ms (median), ${serve.statusWhileGeneratingMs.max} ms at most; stopped ${serve.stopMs} ms after cancelGenerate`);
  }
  process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(JSON.stringify({ machine: { cores: os.cpus().length, node: process.version, load: os.loadavg()[0] }, csv, apkg, serve }) + '\n');
}

try {
  await main();
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
