// Training the parser: a greedy averaged perceptron taught by arc-hybrid's dynamic oracle (Goldberg & Nivre
// 2013): at each step the best-scoring action of least cost is the target, and from the second epoch on the
// parser mostly follows its own (possibly wrong) choice, so it learns to recover from its mistakes.
// The labeller learns at every arc the parser makes between a gold head and its dependent.
// The oracle is exact for projective trees: non-projective training trees are first projectivised by lifting
// (each crossing arc's dependent moves up to its head's head, the shortest arc first); at run time the parser
// only builds projective trees, so the ~1% of EWT's arcs that cross are lost.
import { mulberry32, shuffle } from '../../random.js';
import { bestAction, bestLabel, groupOf, groupSizes, kindOf, labelFeatures, LEFT, MAX_LABEL_FEATURES, MAX_PARSE_FEATURES, parseFeatures, SHIFT, State, type ParserInput, type ParserModel } from '../parser.js';
import { strHash } from '../hash.js';
import { buildMap, type U32Map } from '../lookup.js';
import { normWord } from '../tagger.js';
import type { Gold } from './data.js';
import { Perceptron } from './perceptron.js';

/** The parser's vocabulary: words seen at least `min` times in training. */
export function parserVocab(train: readonly Gold[], min = 2): U32Map {
  const counts = new Map<number, number>();
  for (const s of train) for (const f of s.forms) {
    const w = strHash(normWord(f));
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const keep = new Map<number, number>();
  for (const [w, c] of counts) if (c >= min) keep.set(w, 1);
  return buildMap(keep);
}

export interface ParseGold {
  input: ParserInput;
  /** Gold heads and label ids by word id (index 0 unused). */
  heads: Int32Array;
  labels: Int32Array;
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  /** Probability of following the model's own choice once exploring (from epoch 2). */
  explore?: number;
  /** Weights under this fraction of the largest are dropped from the shipped model (see Perceptron.freeze). */
  prune?: number;
  onEpoch?: (epoch: number, model: ParserModel) => void;
}


/** Heads with every crossing arc lifted until the tree is projective (heads[d] for d = 1..n; index 0 unused). */
export function projectivize(heads: Int32Array): Int32Array {
  const h = heads.slice();
  const n = h.length - 1;
  const dominates = (a: number, d: number): boolean => {
    for (let x = d, guard = 0; x > 0 && guard <= n; x = h[x]!, guard++) if (x === a) return true;
    return a === 0;
  };
  for (;;) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const a = h[d]!;
      const lo = Math.min(a, d);
      const hi = Math.max(a, d);
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(a, k)) {
          if (hi - lo < worstLen) {
            worstLen = hi - lo;
            worst = d;
          }
          break;
        }
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]!]!;
  }
}

/** Costs (gold arcs made unreachable) of SHIFT, LEFT and RIGHT, ignoring labels. */
function costs(st: State, G: Int32Array, out: Int32Array): void {
  const { stack, sp, b, n } = st;
  const s0 = sp > 0 ? stack[sp - 1]! : -1;
  const s1 = sp > 1 ? stack[sp - 2]! : -1;
  if (b <= n) {
    let c = 0;
    for (let i = 0; i < sp; i++) {
      const x = stack[i]!;
      if (x !== 0 && G[x] === b) c++;
      if (i < sp - 1 && G[b] === x) c++;
    }
    out[0] = c;
  }
  let kids = 0;
  if (s0 > 0) for (let d = b; d <= n; d++) if (G[d] === s0) kids++;
  if (s0 > 0 && b <= n) out[1] = kids + (G[s0] === s1 || G[s0]! > b ? 1 : 0);
  if (s1 >= 0 && s0 > 0) out[2] = kids + (G[s0]! >= b ? 1 : 0);
}

export function trainParser(train: readonly ParseGold[], labels: string[], groups: Uint8Array, vocab: U32Map, opts: ParserTraining): ParserModel {
  const nL = labels.length;
  const root = labels.indexOf('root');
  const G = Math.max(...groups) + 1;
  const rootGroup = groups[root]!;
  const sizes = groupSizes({ groups });
  const p = new Perceptron(1 + 2 * G, 1 << 22);
  const lp = new Perceptron(nL, 1 << 20);
  const feats = new Uint32Array(MAX_PARSE_FEATURES);
  const lfeats = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(1 + 2 * G);
  const lscores = new Float64Array(nL);
  const base = new Int32Array(3);
  const rand = mulberry32(opts.seed);
  const golds = train.map((g) => ({ ...g, heads: projectivize(g.heads) }));
  const freeze = (): ParserModel => ({ weights: p.freeze(opts.prune ?? 0), labelWeights: lp.freeze(opts.prune ?? 0), labels, groups, root, vocab });
  let model = freeze();
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const explore = epoch > 1 ? (opts.explore ?? 0.9) : 0;
    for (const si of shuffle(golds.map((_, i) => i), opts.seed * 1000 + epoch)) {
      const g = golds[si]!;
      const H = g.heads;
      const GL = g.labels;
      const st = new State(g.input.words.length - 2);
      while (!st.done) {
        const nf = parseFeatures(st, g.input, feats);
        scores.fill(0);
        p.score(feats, nf, scores);
        const pred = bestAction(st, scores, G, rootGroup);
        base.fill(1 << 20);
        costs(st, H, base);
        const s0 = st.s(0);
        const s1 = st.s(1);
        const goldGroup = groups[GL[s0]!]!;
        const cost = (a: number): number => {
          if (a === 0) return base[SHIFT]!;
          if (a <= G) return base[LEFT]! + (H[s0] === st.b && a - 1 !== goldGroup ? 1 : 0);
          return base[2]! + (H[s0] === s1 && a - 1 - G !== goldGroup ? 1 : 0);
        };
        // The target: the best-scoring action among the cheapest legal ones.
        let gold = -1;
        let goldCost = Infinity;
        const consider = (a: number) => {
          const c = cost(a);
          if (c < goldCost || (c === goldCost && scores[a]! > scores[gold]!)) {
            gold = a;
            goldCost = c;
          }
        };
        if (st.canShift()) consider(0);
        if (st.canLeft()) for (let k = 0; k < G; k++) if (k !== rootGroup) consider(1 + k);
        if (st.canRight()) {
          if (s1 === 0) consider(1 + G + rootGroup);
          else for (let k = 0; k < G; k++) if (k !== rootGroup) consider(1 + G + k);
        }
        if (cost(pred) > goldCost) {
          p.update(feats, nf, gold, 1);
          p.update(feats, nf, pred, -1);
        }
        p.c++;
        const follow = explore > 0 && rand() < explore ? pred : gold;
        const kind = kindOf(follow, G);
        let label = 0;
        if (kind !== SHIFT) {
          const grp = groupOf(follow, G);
          const h = st.headOf(kind);
          const right = H[s0] === h && goldGroup === grp;
          if (sizes[grp]! > 1) {
            const lf = labelFeatures(st, g.input, h, s0, lfeats);
            lscores.fill(0);
            lp.score(lfeats, lf, lscores);
            label = bestLabel({ labels, groups } as ParserModel, lscores, grp);
            if (right) {
              if (label !== GL[s0]) {
                lp.update(lfeats, lf, GL[s0]!, 1);
                lp.update(lfeats, lf, label, -1);
              }
              lp.c++;
            }
          } else label = bestLabel({ labels, groups } as ParserModel, lscores, grp);
          if (right && follow === gold) label = GL[s0]!;
        }
        st.apply(kind, label);
      }
    }
    model = freeze();
    opts.onEpoch?.(epoch, model);
  }
  return model;
}
