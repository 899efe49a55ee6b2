// Scheduler benchmark: how well SM-2 (Anki classic), FSRS-6 with default parameters and FSRS-6
// with parameters fitted on other cards predict recall, on a real review history. Figures, not a test.
// Run: npx tsx bench/scheduler.ts [path/to/seq2seq.tsv]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auc, logLoss, rmseBins, type BinKey } from '../src/core/schedule/metrics.js';
import { predictSm2 } from '../src/core/schedule/sm2.js';
import { DEFAULT_PARAMETERS, fsrsPredictor } from '../src/core/schedule/fsrs-predict.js';
import { binKeys, outcomes, type ReviewHistory } from '../src/core/schedule/history.js';
import { optimizeParameters } from '../src/backend/optimiser/optimizer.js';
import { parseSeq2seq, splitHalf } from './seq2seq.js';

const DATA = resolve(import.meta.dirname, '../../shared/data/revlogs/fsrs-optimizer-tiny-seq2seq.tsv');
const SEED = 42;

export interface Scores { logLoss: number; rmseBins: number; auc: number }

export function score(test: readonly ReviewHistory[], predict: (h: ReviewHistory) => number[]): Scores {
  const p: number[] = [], y: number[] = [], keys: BinKey[] = [];
  for (const h of test) {
    p.push(...predict(h));
    y.push(...outcomes(h));
    keys.push(...binKeys(h));
  }
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { logLoss: r(logLoss(p, y)), rmseBins: r(rmseBins(p, y, keys)), auc: r(auc(p, y)) };
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? DATA;
  // The review log is other people's data beside the repository: without it, one line.
  if (!existsSync(file)) {
    console.log(`scheduler: skipped (needs ${file}; see ../shared/data/README.md)`);
    return;
  }
  const cards = parseSeq2seq(readFileSync(file, 'utf8'));
  const [train, test] = splitHalf(cards, SEED);
  const targets = (hs: readonly ReviewHistory[]) => hs.reduce((n, h) => n + h.length - 1, 0);
  console.log(`data: ${file}`);
  console.log(`cards: ${cards.length}; train ${train.length} cards / ${targets(train)} targets, test ${test.length} cards / ${targets(test)} targets (seed ${SEED})`);

  const t0 = performance.now();
  const opt = await optimizeParameters(train);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`optimisation: ${seconds.toFixed(2)} s, binding loaded: ${opt.loaded}${opt.reason ? `, ${opt.reason}` : ''}`);
  console.log(`optimised w: [${opt.params.map((x) => x.toFixed(4)).join(', ')}]`);

  const results = {
    sm2: score(test, (h) => predictSm2(h)),
    fsrsDefault: score(test, fsrsPredictor(DEFAULT_PARAMETERS)),
    fsrsOptimized: score(test, fsrsPredictor(opt.params)),
  };
  const names: Record<keyof typeof results, string> = {
    sm2: 'SM-2 (Anki defaults)', fsrsDefault: 'FSRS-6 default', fsrsOptimized: 'FSRS-6 optimised',
  };
  console.log(`\nheld-out cards: ${test.length}; RMSE(bins) groups by elapsed days x review index x lapses (srs-benchmark rmse_matrix)`);
  console.log('\n| scheduler | log loss | RMSE(bins) | AUC |\n|---|---:|---:|---:|');
  for (const k of Object.keys(results) as (keyof typeof results)[]) {
    const s = results[k];
    console.log(`| ${names[k]} | ${s.logLoss.toFixed(4)} | ${s.rmseBins.toFixed(4)} | ${s.auc.toFixed(4)} |`);
  }
  console.log('');
  console.log(JSON.stringify(results));
}

await main();
