// `npm run train:ranker`: learns which answers people ask about, from the 7,700 questions people wrote about 36 of
// SQuAD dev's 48 articles (the other 12 are held out, split by article, for the figures). Every answer candidate
// the generator finds in a paragraph is an example: positive when some person's answer is the same answer (the
// rule in src/core/cards/eval.ts). A logistic regression over the candidate's features (src/core/cards/
// features.ts), trained by plain gradient descent in a seeded order: the same data gives the same weights file.
// Prints precision at k on the held-out articles against the order the text gives, and writes the weights as a
// TypeScript module (committed). MultiRC's CNN articles stay out of training: they measure the decks.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { squadArticles } from '../bench/questions.js';
import { loadSyntaxModel } from '../src/backend/syntax-model.js';
import { sameAnswer, type EvalArticle } from '../src/core/cards/eval.js';
import { readArticle } from '../src/core/article/index.js';
import { isInputError } from '../src/core/errors.js';
import { parserOf } from '../src/core/article/parser.js';
import { exampleRows, type Row } from '../src/core/cards/examples.js';
import type { Weights } from '../src/core/cards/features.js';
import { mulberry32 } from '../src/core/random.js';
import { sharedFile } from './review-pieces.js';

const OUT = resolve(import.meta.dirname, '../src/core/cards/ranker-weights.ts');
const EPOCHS = 30;
const RATE = 0.05;
const L2 = 1e-4;

function rows(arts: EvalArticle[]): Row[][] {
  const parse = parserOf(loadSyntaxModel());
  const out: Row[][] = [];
  for (const art of arts) {
    // SQuAD's article title ("Super_Bowl_50") plays the headline. A paragraph the reader refuses (a formula, a
    // list) teaches nothing.
    let a;
    try {
      a = readArticle(art.text, { parse, title: (art.id.split('#')[0] ?? '').replaceAll('_', ' ') });
    } catch (e) {
      if (isInputError(e)) continue;
      throw e;
    }
    const answers = art.questions.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.text));
    out.push(exampleRows(a).map((r) => ({ ...r, y: answers.some((h) => sameAnswer(r.answer, h)) ? 1 : 0 })));
  }
  return out;
}

function train(data: Row[]): Weights {
  const w = new Map<string, number>();
  const order = data.map((_, i) => i);
  const rnd = mulberry32(20261204);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = RATE / (1 + epoch * 0.2);
    for (const i of order) {
      const r = data[i] as Row;
      let z = 0;
      for (const [k, v] of r.f) z += (w.get(k) ?? 0) * v;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - r.y;
      for (const [k, v] of r.f) {
        const old = w.get(k) ?? 0;
        w.set(k, old - rate * (g * v + L2 * old));
      }
    }
  }
  const out: Weights = {};
  for (const k of [...w.keys()].sort()) out[k] = Math.round((w.get(k) ?? 0) * 1e4) / 1e4;
  return out;
}

function predict(w: Weights, r: Row): number {
  let z = 0;
  for (const [k, v] of r.f) z += (w[k] ?? 0) * v;
  return z;
}

/** Per paragraph: of the k best-ranked distinct answers, how many did people ask about (k = 3 and 5). */
function precisionAt(paras: Row[][], rank: (r: Row) => number, k: number): number {
  let hit = 0;
  let n = 0;
  for (const p of paras) {
    const seen = new Set<string>();
    const ranked = p.slice().sort((x, y) => rank(y) - rank(x)).filter((r) => !seen.has(r.answer) && seen.add(r.answer)).slice(0, k);
    hit += ranked.filter((r) => r.y).length;
    n += ranked.length;
  }
  return n ? hit / n : 0;
}

// SQuAD is other people's data beside the repository: without it, one line and no weights written.
sharedFile('squad/squad-v1.1-dev.json');
const t0 = Date.now();
const trainParas = rows(squadArticles('train'));
const testParas = rows(squadArticles('test'));
const flat = trainParas.flat();
console.log(`examples: ${flat.length} from ${trainParas.length} paragraphs (${flat.filter((r) => r.y).length} positive); ${((Date.now() - t0) / 1000).toFixed(1)} s to analyse`);
const w = train(flat);
for (const k of [3, 5]) {
  const model = precisionAt(testParas, (r) => predict(w, r), k);
  const textOrder = precisionAt(testParas, (r) => -r.order, k);
  console.log(`held-out SQuAD (12 articles, ${testParas.length} paragraphs): precision at ${k} ${(100 * model).toFixed(1)}% (text order: ${(100 * textOrder).toFixed(1)}%)`);
}
const body = JSON.stringify(w, null, 2);
writeFileSync(OUT, `// Written by scripts/train-ranker.ts (npm run train:ranker) from SQuAD dev's training articles: do not edit.\n// A logistic regression over the features of src/core/cards/features.ts.\nimport type { Weights } from './features.js';\n\nexport const RANKER_WEIGHTS: Weights = ${body};\n`);
console.log(`wrote ${OUT}`);
