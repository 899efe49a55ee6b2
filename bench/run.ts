// `npm run bench`: how Factdeck feels as a library grows, from generated libraries in a temp directory.
// Prints the machine, a table (figure, target, pass), and as its last line one JSON object with the figures.
// Figures, not pass/fail: the exit code is 0 whatever they are.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../src/backend/backend.js';
import { makeCsv, makeLibrary } from './library.js';
import { benchStartup } from './startup.js';
import { benchSyntax } from './syntax.js';

const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-bench-'));
// A fixed "now" (mid-morning UTC) so every run sees the same queue.
const NOW = Date.UTC(2026, 5, 15, 10, 0, 0);
const utcTz = () => 0;
const log = (s: string) => process.stderr.write(s + '\n');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
/** A figure with its unit, or why there is none (no ../shared, no build). */
const shown = (x: number | null, unit: string, none = 'n/a') => (x === null ? none : `${x} ${unit}`);
/** Whether a figure meets its target (at most `target` when `sign` is -1, at least when 1); null when there is none. */
const within = (x: number | null, target: number, sign: 1 | -1) => (x === null ? null : sign * (x - target) >= 0);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: r1(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

function open(dataDir: string, now = () => NOW): Backend {
  return createBackend(dataDir, { now, tz: utcTz, owner: 'bench' });
}

// generate --------------------------------------------------------------------------------------
async function benchGenerateFigures(): Promise<{ seedMs: number; wordsPerSec: number; cpuWordsPerSec: number; ms2000: number }> {
  const mod = (await import('./generate.js')) as { benchGenerate: () => Promise<{ seedMs: number; wordsPerSec: number; cpuWordsPerSec: number; ms2000: number }> };
  return mod.benchGenerate();
}

// answers ---------------------------------------------------------------------------------------
interface Persist { median: number; p95: number; max: number; queueMs: number[]; maxGapMs: number }

interface Acc { times: number[]; queueMs: number[]; maxGapMs: number }

/** One card studied like a person: next card, answer it; times the answer (durable) and the next card. */
async function studyOne(b: Backend, deckId: string, i: number, fallbackIds: string[], acc: Acc): Promise<void> {
  const q0 = performance.now();
  const next = await b.nextCard({ deckId });
  acc.queueMs.push(performance.now() - q0);
  const cardId = next.card?.card.id ?? fallbackIds[i % fallbackIds.length]!;
  const grade = (i % 10 === 0 ? 1 : 3) as 1 | 3;
  const t0 = performance.now();
  await b.answer({ deckId, cardId, grade, ms: 4000 });
  acc.times.push(performance.now() - t0);
}

// open in a new process --------------------------------------------------------------------------
function coldOpen(dataDir: string): { ms: number; cpuMs: number; rssMb: number; out: string } {
  const args = [path.join(root, 'bin/factdeck.js'), '--data-dir', dataDir, 'decks', '--json'];
  const useTime = fs.existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M CPU_S=%U+%S', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`factdeck decks failed (${r.status}): ${r.stderr}`);
  const m = /MAXRSS_KB=(\d+) CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : NaN, rssMb: m ? Number(m[1]) / 1024 : NaN, out: r.stdout };
}

// the report -------------------------------------------------------------------------------------
/** The HTML report: the first ever (counting the whole log, which writes report.tally.json), then three reports
 * each on a freshly opened library (the tally read back, the log since added): the median of those. */
async function report(dir: string): Promise<{ firstMs: number; ms: number }> {
  const once = async () => {
    const b = open(dir);
    try {
      const t0 = performance.now();
      const out = await b.report({ format: 'html' });
      const ms = performance.now() - t0;
      return { ms, chars: out.content.length };
    } finally {
      b.close();
    }
  };
  const first = await once();
  log(`  report: ${first.chars} characters of output; the first, counting the whole log: ${Math.round(first.ms)} ms`);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await once()).ms);
  return { firstMs: first.ms, ms: median(times) };
}

async function main(): Promise<void> {
  const t00 = performance.now();
  const m = machine();
  log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.os}`);
  log(`temp: ${tmp}`);

  log('build:node (for the cold-open figure) ...');
  execFileSync('npm', ['run', '-s', 'build:node'], { cwd: root, stdio: 'inherit' });

  log('command-line start-up ...');
  const startup = benchStartup(tmp);

  log('generate ...');
  const gen = await benchGenerateFigures();
  log('syntax ...');
  const syn = await benchSyntax();

  // Answer cost at three log sizes; the largest library is also the 100k-card / 1M-review library.
  const persist: Record<string, Persist> = {};
  const sizes: [number, number][] = [[1_000, 1_000], [100_000, 20_000], [1_000_000, 100_000]];
  let big = '';
  let queueColdMs = NaN;
  let queueMs: number[] = [];
  // All three libraries are open at once and studied in turn, card by card, so the machine's load
  // (other processes, disk) falls on each size alike and the figures compare.
  const open3: { reviews: number; dir: string; deckId: string; ids: string[]; b: Backend; cold: number; acc: Acc }[] = [];
  try {
    for (const [reviews, cards] of sizes) {
      const dir = path.join(tmp, `lib-${reviews}`);
      const t0 = performance.now();
      // The snapshot lags the log by 4,900 answers (it is written every 5,000), so the study below crosses one.
      const lib = makeLibrary(dir, { cards, reviews, now: NOW, snapshotLag: Math.min(4_900, reviews) });
      log(`library ${cards} cards / ${reviews} reviews made in ${Math.round(performance.now() - t0)} ms`);
      const o0 = performance.now();
      const b = open(dir);
      log(`  opened in-process in ${Math.round(performance.now() - o0)} ms`);
      const q0 = performance.now();
      await b.nextCard({ deckId: lib.deckIds[0]! });
      const cold = performance.now() - q0;
      open3.push({ reviews, dir, deckId: lib.deckIds[0]!, ids: lib.cardIds[0]!, b, cold, acc: { times: [], queueMs: [], maxGapMs: 0 } });
    }
    for (let i = 0; i < 300; i++) {
      for (const o of open3) {
        // Between cards the app is idle (a person reads the card): timers run, such as a snapshot that is due.
        const g0 = performance.now();
        await new Promise((r) => setImmediate(r));
        o.acc.maxGapMs = Math.max(o.acc.maxGapMs, performance.now() - g0);
        await studyOne(o.b, o.deckId, i, o.ids, o.acc);
      }
      if (i % 50 === 49) await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    for (const o of open3) o.b.close();
  }
  for (const o of open3) {
    const p: Persist = {
      median: median(o.acc.times), p95: pct(o.acc.times, 0.95), max: Math.max(...o.acc.times), queueMs: o.acc.queueMs, maxGapMs: o.acc.maxGapMs,
    };
    persist[String(o.reviews)] = p;
    log(`${o.reviews} reviews: answer median ${r2(p.median)} ms, p95 ${r2(p.p95)} ms, max ${r2(p.max)} ms; next card: first ${r1(o.cold)} ms, median ${r1(median(p.queueMs))} ms; longest main-thread task before a card ${r1(p.maxGapMs)} ms`);
    if (o.reviews === 1_000_000) {
      big = o.dir;
      queueColdMs = o.cold;
      queueMs = p.queueMs;
    } else fs.rmSync(o.dir, { recursive: true, force: true });
  }

  log('cold open (new process) ...');
  const opens: { ms: number; cpuMs: number; rssMb: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const r = coldOpen(big);
    if (i === 0) {
      const rows = JSON.parse(r.out) as { cards: number; due: number }[];
      log(`  decks --json: ${rows.length} deck(s), ${rows.reduce((a, d) => a + d.cards, 0)} cards, ${rows.reduce((a, d) => a + d.due, 0)} due`);
    }
    opens.push(r);
  }
  const openMs = median(opens.map((o) => o.ms));
  const openRss = median(opens.map((o) => o.rssMb));
  const openCpu = median(opens.map((o) => o.cpuMs));
  const load = os.loadavg()[0]!;

  log('report ...');
  const rep = await report(big);
  const reportMs = rep.ms;

  log('import 50,000-row CSV ...');
  const csv = makeCsv(50_000);
  const imports: number[] = [];
  for (let i = 0; i < 3; i++) {
    const dir = path.join(tmp, `import-${i}`);
    makeLibrary(dir, { cards: 0, reviews: 0, decks: 0, now: NOW });
    const b = open(dir);
    try {
      const t0 = performance.now();
      const res = await b.importFile({ name: 'big.csv', data: csv });
      imports.push(performance.now() - t0);
      if (res.cards !== 50_000) throw new Error(`imported ${res.cards} cards, expected 50000`);
    } finally {
      b.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const importMs = median(imports);

  const p1k = persist['1000']!.median;
  const p1m = persist['1000000']!.median;
  const queueMed = median(queueMs);
  type Row = [string, string, string, boolean | null];
  const rows: Row[] = [
    ['`factdeck --help` (new process, median of 10)', `${Math.round(startup.help.ms)} ms`, '<= 100 ms', startup.help.ms <= 100],
    ['`factdeck --version`', `${Math.round(startup.version.ms)} ms`, '<= 100 ms', startup.version.ms <= 100],
    ['`factdeck decks`, small library', `${Math.round(startup.decks.ms)} ms`, '<= 250 ms', startup.decks.ms <= 250],
    ['  its CPU time (user + system)', `${Math.round(startup.decks.cpuMs)} ms`, '', null],
    ['built-in deck generated (warm, parser included)', `${r1(gen.seedMs)} ms`, '<= 300 ms', gen.seedMs <= 300],
    ['generation speed (parser included)', `${gen.wordsPerSec} words/s`, '>= 10,000', gen.wordsPerSec >= 10_000],
    ['  the same per second of CPU time', `${gen.cpuWordsPerSec} words/s`, '', null],
    ['a 2,000-word article, whole deck (first cards shown)', `${r1(gen.ms2000)} ms`, '<= 1000 ms', gen.ms2000 <= 1000],
    ['syntax model load (fresh process)', shown(syn.loadMs, 'ms', 'n/a (not built)'), '<= 300 ms', within(syn.loadMs, 300, -1)],
    ['syntax model file', `${syn.fileMb} MB`, '<= 20 MB', syn.fileMb <= 20],
    ['tag + parse (EWT test words)', shown(syn.tokensPerSec, 'tokens/s'), '>= 20,000', within(syn.tokensPerSec, 20_000, 1)],
    ['  the same per second of CPU time', shown(syn.tokensPerCpuSec, 'tokens/s'), '', null],
    ['  analyze() with tokenizer, news text', `${syn.analyzeTokensPerSec} tokens/s`, '', null],
    ['answer saved, 1k reviews', `${r2(p1k)} ms`, '', null],
    ['answer saved, 100k reviews', `${r2(persist['100000']!.median)} ms`, '', null],
    ['answer saved, 1M reviews', `${r2(p1m)} ms`, '<= 10 ms, <= 3x 1k', p1m <= 10 && p1m <= 3 * p1k],
    ['  worst answer of 300, 1M reviews', `${r2(persist['1000000']!.max)} ms`, '', null],
    ['  longest main-thread task between cards', `${Math.round(Math.max(...Object.values(persist).map((x) => x.maxGapMs)))} ms`, '', null],
    ['next card, 100k-card deck (median)', `${r1(queueMed)} ms`, '<= 100 ms', queueMed <= 100],
    ['  first next card of a session', `${r1(queueColdMs)} ms`, '', null],
    ['cold `decks --json`, 100k cards / 1M reviews', `${Math.round(openMs)} ms`, '<= 500 ms', openMs <= 500],
    ['  its CPU time (user + system)', `${Math.round(openCpu)} ms`, '', null],
    ['  first open of the day (writes the daily backup)', `${Math.round(opens[0]!.ms)} ms`, '', null],
    ['  its peak RSS', `${Math.round(openRss)} MB`, '', null],
    ['HTML report, 1M reviews (library opened before)', `${Math.round(reportMs)} ms`, '<= 1000 ms', reportMs <= 1000],
    ['  the first report ever (counts the whole log)', `${Math.round(rep.firstMs)} ms`, '', null],
    ['import 50,000-row CSV', `${Math.round(importMs)} ms`, '', null],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  const out: string[] = [];
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, Node ${m.node} (${m.os}); load average ${r2(load)} at the end`);
  out.push('');
  out.push(`| ${'what'.padEnd(w0)} | ${'figure'.padEnd(w1)} | ${'target'.padEnd(w2)} | ok |`);
  out.push(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|${'-'.repeat(w2 + 2)}|----|`);
  for (const [a, b, c, ok] of rows) {
    out.push(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c.padEnd(w2)} | ${ok === null ? '  ' : ok ? 'ok' : 'NO'} |`);
  }
  out.push('');
  out.push(`(${Math.round((performance.now() - t00) / 1000)} s in all)`);
  process.stdout.write(out.join('\n') + '\n');
  const json = {
    machine: { ...m, loadAverage: r2(load) },
    startup: { helpMs: Math.round(startup.help.ms), versionMs: Math.round(startup.version.ms), decksMs: Math.round(startup.decks.ms), decksCpuMs: Math.round(startup.decks.cpuMs) },
    generate: { seedMs: r1(gen.seedMs), wordsPerSec: gen.wordsPerSec, cpuWordsPerSec: gen.cpuWordsPerSec, ms2000: r1(gen.ms2000) },
    syntax: syn,
    review: {
      persistMs: { '1000': r2(p1k), '100000': r2(persist['100000']!.median), '1000000': r2(p1m) },
      persistMaxMs: { '1000': r2(persist['1000']!.max), '100000': r2(persist['100000']!.max), '1000000': r2(persist['1000000']!.max) },
    },
    queue: { ms100k: r1(queueMed), firstMs100k: r1(queueColdMs) },
    open: { ms1M: Math.round(openMs), cpuMs1M: Math.round(openCpu), firstOfDayMs1M: Math.round(opens[0]!.ms), peakRssMb: Math.round(openRss) },
    report: { ms1M: Math.round(reportMs), firstMs1M: Math.round(rep.firstMs) },
    import: { csv50kMs: Math.round(importMs) },
  };
  process.stdout.write(JSON.stringify(json) + '\n');
}

// The FSRS optimiser started by the answers above can outlive close() and write into the library: clear at exit too.
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
try {
  await main();
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
