// `npm run train:acceptance`: learns which cards blind reviewers accept, from their grades (docs/reviews/grades.json)
// of the decks made from the articles of docs/reviews/rounds.json (read from ../shared/data). Every graded card the
// generator still makes word for word, with the acceptance floor off, is an example: positive when the reviewer
// passed it. A logistic regression over the ranker's features, its score and the answer's length
// (src/core/cards/acceptance.ts), trained by plain gradient descent. Prints, for five folds split by round, how
// well it tells the graded cards of rounds it did not see apart, and what leaving out the lowest-scored would have
// kept and lost; sets the floor at the share it leaves out (FLOOR_SHARE of the cards, by those held-out scores), and
// writes the weights as a TypeScript module (committed).
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { loadSyntaxModel } from '../src/backend/syntax-model.js';
import type { Article } from '../src/core/article/types.js';
import { parserOf } from '../src/core/article/parser.js';
import { acceptanceFeatures } from '../src/core/cards/acceptance.js';
import { deckCards } from '../src/core/cards/deck.js';
import { DEFAULT_DENSITY } from '../src/core/cards/budget.js';
import { articleStats, features, score, type Features, type Weights } from '../src/core/cards/features.js';
import { RANKER_WEIGHTS } from '../src/core/cards/ranker-weights.js';
import { MAX_PER_SENTENCE, pick } from '../src/core/cards/select.js';
import { wellFormed } from '../src/core/cards/wellformed.js';
import { clausesOf } from '../src/core/facts/clauses.js';
import { generateDeck } from '../src/core/generate.js';
import { isInputError } from '../src/core/errors.js';
import { gradesById, readGrades, readRounds, textHash, type Grade } from './grades.js';
import { allPieces } from './review-pieces.js';

const root = resolve(import.meta.dirname, '..');
const OUT = resolve(root, 'src/core/cards/acceptance-weights.ts');
/** The share of the graded cards (by held-out score) the floor leaves out. At 15% it left out 771 graded cards of
 * which 34% were acceptable, but also the built-in deck's "has sent [nonlethal defense gear] to Kyiv", a card the
 * deck must ask: the model tells cards apart only so well (AUC 0.63), so it takes only the surest. */
const FLOOR_SHARE = 0.08;
const STEPS = 1500;
const RATE = 0.5;
const L2 = 5;

interface Row {
  round: number;
  f: Features;
  y: number;
}

function examples(): Row[] {
  const byId = gradesById(readGrades());
  const rounds = readRounds();
  const pieces = allPieces();
  const syntax = loadSyntaxModel();
  const parse = parserOf(syntax);
  const check = (q: string, intended: Parameters<typeof wellFormed>[1]): boolean =>
    wellFormed(parse(q, 0, q.length), intended);
  const out: Row[] = [];
  for (const r of rounds) {
    for (const id of r.articles) {
      const piece = pieces.get(id);
      if (!piece) continue;
      let a: Article | null = null;
      try {
        generateDeck(
          { text: piece.text, title: piece.title, publishedOn: piece.date ?? null },
          { syntax, onArticle: (x) => (a = x) },
        );
      } catch (e) {
        if (!isInputError(e)) throw e;
      }
      if (!a) continue;
      out.push(...rowsOf(a, r.seed, byId, check));
    }
  }
  return out;
}

/** The graded cards of one article's deck (made with the floor off), with the features of the options they ask. */
function rowsOf(
  a: Article,
  round: number,
  byId: Map<string, Grade>,
  check: (q: string, intended: Parameters<typeof wellFormed>[1]) => boolean,
): Row[] {
  const clauses = a.sentences.map((s) => clausesOf(a, s));
  const cards = deckCards(a, RANKER_WEIGHTS, DEFAULT_DENSITY, check, null);
  const picked = pick(a, RANKER_WEIGHTS, 1e6, MAX_PER_SENTENCE, undefined, clauses, null);
  const st = articleStats(a);
  const out: Row[] = [];
  for (const c of cards) {
    const g = byId.get(`${round}|${c.id}`);
    if (!g || g.text !== textHash(c)) continue;
    const x = picked.find(
      (p) =>
        a.sentences[p.draft.cand.sent]?.text === c.evidence?.sentence &&
        (p.draft.answer === c.answer || p.cloze?.answer === c.answer),
    );
    if (!x) continue;
    const f = features(a, st, x.draft.cand, x.draft.kind === 'qa', x.draft.vague);
    out.push({ round, f: acceptanceFeatures(f, x.p, x.draft.answer), y: g.ok ? 1 : 0 });
  }
  return out;
}

/** The log loss's gradient over all rows, feature by feature. */
function gradient(data: Row[], w: Map<string, number>, names: string[]): Map<string, number> {
  const g = new Map<string, number>(names.map((k) => [k, 0]));
  for (const r of data) {
    let z = 0;
    for (const [k, v] of r.f) z += (w.get(k) ?? 0) * v;
    const err = 1 / (1 + Math.exp(-z)) - r.y;
    for (const [k, v] of r.f) g.set(k, (g.get(k) ?? 0) + err * v);
  }
  return g;
}

/** Batch gradient descent on the log loss with an L2 penalty (none on the bias). */
function train(data: Row[]): Weights {
  const names = [...new Set(data.flatMap((r) => [...r.f.keys()]))].sort();
  const w = new Map<string, number>(names.map((k) => [k, 0]));
  for (let step = 0; step < STEPS; step++) {
    const g = gradient(data, w, names);
    for (const k of names) {
      const penalty = k === 'bias' ? 0 : L2 * (w.get(k) ?? 0);
      w.set(k, (w.get(k) ?? 0) - (RATE * ((g.get(k) ?? 0) + penalty)) / data.length);
    }
  }
  return Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 1e-4).map(([k, v]) => [k, Number(v.toFixed(4))]));
}

/** The area under the ROC curve: how often an accepted card scores above a failed one. */
function auc(scored: Array<[number, number]>): number {
  const sorted = scored.slice().sort((x, y) => x[0] - y[0]);
  let rankSum = 0;
  let pos = 0;
  sorted.forEach(([, y], i) => {
    if (y === 1) {
      rankSum += i;
      pos++;
    }
  });
  const neg = sorted.length - pos;
  return (rankSum - (pos * (pos - 1)) / 2) / Math.max(1, pos * neg);
}

if (!existsSync(resolve(root, '../shared/data'))) {
  console.log('skipped: train:acceptance needs ../shared/data (the graded articles)');
  process.exit(0);
}
const data = examples();
const seeds = [...new Set(data.map((r) => r.round))].sort((x, y) => x - y);
const held: Array<[number, number]> = [];
for (let k = 0; k < 5; k++) {
  const test = new Set(seeds.filter((_, i) => i % 5 === k));
  const w = train(data.filter((r) => !test.has(r.round)));
  for (const r of data) if (test.has(r.round)) held.push([score(w, r.f), r.y]);
}
const floor = held.map(([s]) => s).sort((x, y) => x - y)[Math.floor(held.length * FLOOR_SHARE)] ?? 0;
const out = held.filter(([s]) => s < floor);
const kept = held.filter(([s]) => s >= floor);
const okShare = (xs: Array<[number, number]>): string =>
  `${xs.filter(([, y]) => y === 1).length}/${xs.length} = ${((100 * xs.filter(([, y]) => y === 1).length) / Math.max(1, xs.length)).toFixed(1)}%`;
console.log(`${data.length} graded cards of ${seeds.length} rounds; held out by round in five folds:`);
console.log(`  AUC ${auc(held).toFixed(3)}; all ${okShare(held)} acceptable`);
console.log(`  under the floor (${floor.toFixed(3)}): ${okShare(out)} acceptable; kept ${okShare(kept)}`);
const weights = train(data);
const body = JSON.stringify(weights, Object.keys(weights).sort(), 2);
const source = `// Written by scripts/train-acceptance.ts (npm run train:acceptance) from the blind grades: do not edit.\nimport type { Acceptance } from './acceptance.js';\n\nexport const ACCEPTANCE: Acceptance = { floor: ${floor.toFixed(4)}, weights: ${body} };\n`;
// (Written as Prettier writes it: the lint checks new files' formatting.)
writeFileSync(OUT, await format(source, { ...(await resolveConfig(OUT)), filepath: OUT }));
console.log(`wrote ${OUT} (${Object.keys(weights).length} weights)`);
