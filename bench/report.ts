// Report speed on a big history: a synthetic review log of 1,000,000 entries over 100,000 cards (100 decks),
// written to a temp dir; then the HTML (and CSV, JSON) report is timed, reading the log included.
// Run: tsx bench/report.ts [entries] [cards]     Prints ms per format; last line is one JSON object.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Deck } from '../src/core/deck.js';
import type { CardState } from '../src/core/schedule/state.js';
import { progressReport, type ReportLibrary } from '../src/backend/methods/reports.js';
import type { LogEntry } from '../src/core/schedule/log.js';

const ENTRIES = Number(process.argv[2] ?? 1_000_000);
const CARDS = Number(process.argv[3] ?? 100_000);
const DECKS_DEFAULT = 100;
const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 28, 20);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function synthesize(dir: string, entries = ENTRIES, cardCount = CARDS, deckCount = DECKS_DEFAULT): ReportLibrary {
  const rand = rng(42);
  const perDeck = Math.ceil(cardCount / deckCount);
  const decks: Deck[] = [];
  for (let d = 0; d < deckCount; d++) {
    decks.push({
      format: 'factdeck/1', id: `deck-${d}`, title: `Deck ${d}: news of week ${d}`,
      cards: Array.from({ length: perDeck }, (_, i) => ({
        id: `c${d}-${i}`, kind: 'qa' as const, prompt: `Who did thing number ${i} in story ${d}?`, answer: `Person ${i}`, tags: [],
        evidence: { sentence: `Person ${i} did thing number ${i}, the paper said.`, start: 0, end: 10 },
      })),
    });
  }
  const states = new Map<string, Map<string, CardState>>();
  const logFile = path.join(dir, 'reviews.log');
  const fd = fs.openSync(logFile, 'w');
  let buf: string[] = [];
  const start = now - 730 * DAY;
  let n = 0;
  for (let i = 0; n < entries; i++) {
    const t = start + Math.floor((i / entries) * 730 * DAY);
    const d = Math.floor(rand() * deckCount);
    const c = Math.floor(rand() * perDeck);
    const deckStates = states.get(`deck-${d}`) ?? new Map<string, CardState>();
    states.set(`deck-${d}`, deckStates);
    const prev = deckStates.get(`c${d}-${c}`);
    const g = (rand() < 0.12 ? 1 : rand() < 0.1 ? 2 : rand() < 0.9 ? 3 : 4) as 1 | 2 | 3 | 4;
    const sched = g === 1 ? 0 : Math.max(1, Math.round((prev?.sched ?? 1) * 2.5));
    const s: CardState = {
      due: t + (g === 1 ? 600_000 : sched * DAY), stab: sched, diff: 5, state: g === 1 ? (prev ? 3 : 1) : 2,
      reps: (prev?.reps ?? 0) + 1, lapses: (prev?.lapses ?? 0) + (g === 1 && prev?.state === 2 ? 1 : 0), step: 0, last: t, sched,
    };
    const e: LogEntry = { k: 'r', n: ++n, t, d: `deck-${d}`, c: `c${d}-${c}`, g, ms: 3000 + Math.floor(rand() * 9000), p: prev?.state ?? 0, s };
    buf.push(JSON.stringify(e));
    deckStates.set(e.c, s);
    // One answer in 200 is taken back.
    if (n < entries && rand() < 0.005) {
      buf.push(JSON.stringify({ k: 'u', n: ++n, t: t + 1000, d: e.d, c: e.c, u: e.n, p: e.p, s: prev ?? s } satisfies LogEntry));
      if (prev) deckStates.set(e.c, prev);
    }
    if (buf.length >= 10_000) {
      fs.writeSync(fd, buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length) fs.writeSync(fd, buf.join('\n') + '\n');
  fs.closeSync(fd);
  // The backend's own time zone function (a Date per call), as a real library sees it.
  return { logFile, decks, states, now, dayStartHour: 4, tz: (t) => -new Date(t).getTimezoneOffset(), version: 'bench' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-bench-report-'));
  try {
    let t0 = performance.now();
    const lib = synthesize(dir);
    const size = fs.statSync(lib.logFile).size;
    console.log(`synthetic log: ${ENTRIES} entries, ${CARDS} cards, ${(size / 1e6).toFixed(0)} MB, written in ${Math.round(performance.now() - t0)} ms`);
    const result: Record<string, number> = {};
    for (const format of ['html', 'csv', 'json'] as const) {
      t0 = performance.now();
      const c0 = process.cpuUsage();
      const file = progressReport(lib, { format });
      const ms = Math.round(performance.now() - t0);
      const c1 = process.cpuUsage(c0);
      const cpu = Math.round((c1.user + c1.system) / 1000);
      result[format] = ms;
      result[`${format}Cpu`] = cpu;
      console.log(`${format.padEnd(4)} report: ${ms} ms wall, ${cpu} ms CPU (${(file.content.length / 1e6).toFixed(1)} MB)`);
    }
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs; peak RSS: ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
    console.log(JSON.stringify({ entries: ENTRIES, cards: CARDS, ms: result }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
