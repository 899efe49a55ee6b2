// The syntax layer's figures: model load in a fresh process, tag+parse speed on UD English EWT test (the treebank's
// words; skipped when ../shared is absent) and analyze() (tokenizer included) on news text, and generateDeck on the
// built-in article with and without the parser. Figures, not a test. Run alone: npx tsx bench/syntax.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { loadSyntaxModel, syntaxModelPath } from '../src/backend/syntax-model.js';
import { sentenceSpans } from '../src/core/article/index.js';
import { parseConllu, words } from '../src/core/syntax/conllu.js';
import { analyze, tagAndParse } from '../src/core/syntax/index.js';

const root = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(root, '../shared');
const EWT_TEST = path.join(SHARED, 'data/ud-english-ewt/en_ewt-ud-test.conllu.gz');
const DEV_ARTICLES = path.join(SHARED, 'data/articles-dev/multirc-cnn.json');

export interface SyntaxBench {
  /** null when the Node build is missing. */
  loadMs: number | null;
  fileMb: number;
  /** tagAndParse on EWT test's words (null without ../shared): wall clock, and per second of this process's CPU
   * time (steadier when other work shares the machine). */
  tokensPerSec: number | null;
  tokensPerCpuSec: number | null;
  /** analyze() per sentence of news text, tokenizer included. */
  analyzeTokensPerSec: number;
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Reading and decoding the file in a new Node process, as the CLI or a worker would on first use; null when the
 * build it loads is not there (`npm run bench` builds first; run alone on a fresh clone, this said so with a stack). */
function loadInFreshProcess(): number | null {
  const built = path.join(root, 'dist/node/backend/syntax-model.js');
  if (!fs.existsSync(built)) return null;
  const entry = pathToFileURL(built).href;
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(entry)}); const t1 = performance.now();
m.loadSyntaxModel(); console.log(performance.now() - t1);`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`loading the syntax model failed: ${r.stderr}`);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

const cpuSecs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Items per second, best of three runs: wall clock and CPU time. */
function bestOf3(run: () => number): { wall: number; cpu: number } {
  let best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const c0 = cpuSecs();
    const n = run();
    best = Math.min(best, (performance.now() - t0) / 1000 / n);
    bestCpu = Math.min(bestCpu, (cpuSecs() - c0) / n);
  }
  return { wall: Math.round(1 / best), cpu: Math.round(1 / bestCpu) };
}

export async function benchSyntax(): Promise<SyntaxBench> {
  const loadMs = loadInFreshProcess();
  const model = loadSyntaxModel();
  let tokensPerSec: number | null = null;
  let tokensPerCpuSec: number | null = null;
  if (fs.existsSync(EWT_TEST)) {
    const sents = parseConllu(zlib.gunzipSync(fs.readFileSync(EWT_TEST)).toString('utf8')).map((s) => words(s).map((w) => w.form));
    const r = bestOf3(() => {
      let n = 0;
      for (const s of sents) n += tagAndParse(model, s).length;
      return n;
    });
    tokensPerSec = r.wall;
    tokensPerCpuSec = r.cpu;
  }
  const builtin = fs.readFileSync(path.join(root, 'decks/japan-times-hayashi-kyiv.txt'), 'utf8');
  const texts = fs.existsSync(DEV_ARTICLES) ? (JSON.parse(fs.readFileSync(DEV_ARTICLES, 'utf8')) as Array<{ text: string }>).map((a) => a.text) : [builtin];
  const spans = texts.map((t) => sentenceSpans(t));
  const analyzeTokensPerSec = bestOf3(() => {
    let n = 0;
    texts.forEach((t, i) => {
      for (const sp of spans[i]!) n += analyze(model, t, sp.start, sp.end).length;
    });
    return n;
  }).wall;
  return {
    loadMs: loadMs === null ? null : r1(loadMs), fileMb: Math.round(fs.statSync(syntaxModelPath()).size / 1e4) / 100, tokensPerSec, tokensPerCpuSec, analyzeTokensPerSec,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchSyntax();
  const load = r.loadMs === null ? 'n/a (not built: npm run build:node)' : `${r.loadMs} ms`;
  console.log(`syntax model: ${r.fileMb} MB, loaded in ${load} in a fresh process (target <= 300)`);
  console.log(`tag + parse: ${r.tokensPerSec ?? 'n/a (no ../shared)'} tokens/s on EWT test (target >= 20000; ${r.tokensPerCpuSec ?? 'n/a'} per CPU second); analyze() with tokenizer: ${r.analyzeTokensPerSec} tokens/s`);
}
