// How fast the command line starts: `--help`, `--version` and `decks` on a small library, each a new process,
// median of 10 (wall clock and CPU). Part of `npm run bench`; `npm run bench:startup` runs it alone.
// Needs dist/ built (`npm run build:node`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeLibrary } from './library.js';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 10;

export interface StartupFigure {
  ms: number;
  cpuMs: number;
}
export interface Startup {
  help: StartupFigure;
  version: StartupFigure;
  decks: StartupFigure;
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** One `factdeck` process: wall-clock ms from spawn to exit, and its CPU time (user + system) from /usr/bin/time. */
function once(args: string[]): StartupFigure {
  const useTime = fs.existsSync('/usr/bin/time');
  const argv = [path.join(root, 'bin/factdeck.js'), ...args];
  const t0 = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'CPU_S=%U+%S', process.execPath, ...argv], { encoding: 'utf8' })
    : spawnSync(process.execPath, argv, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`factdeck ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const m = /CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { ms, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

function medianOf(args: string[]): StartupFigure {
  once(args); // warm the file cache: a person's second run, not the disk's first
  const runs = Array.from({ length: RUNS }, () => once(args));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

export function benchStartup(tmp: string): Startup {
  // a small library: three decks of 100 cards and 2,000 answers, opened once so its daily backup is written
  const dir = path.join(tmp, 'startup-lib');
  makeLibrary(dir, { cards: 300, reviews: 2_000, decks: 3 });
  const decksArgs = ['--data-dir', dir, 'decks'];
  once(decksArgs);
  return { help: medianOf(['--help']), version: medianOf(['--version']), decks: medianOf(decksArgs) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-startup-'));
  try {
    const s = benchStartup(tmp);
    const row = (what: string, f: StartupFigure, target: number) =>
      `| ${what.padEnd(29)} | ${`${Math.round(f.ms)} ms`.padEnd(7)} | ${`${Math.round(f.cpuMs)} ms`.padEnd(7)} | <= ${target} ms | ${f.ms <= target ? 'ok' : 'NO'} |`;
    process.stdout.write(
      [
        `median of ${RUNS}, each a new process; load average ${os.loadavg()[0]!.toFixed(2)}`,
        '| what                          | wall    | CPU     | target    | ok |',
        '|-------------------------------|---------|---------|-----------|----|',
        row('factdeck --help', s.help, 100),
        row('factdeck --version', s.version, 100),
        row('factdeck decks, small library', s.decks, 250),
        '',
      ].join('\n'),
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
