// The dependency parser: arc-hybrid transitions (Kuhlmann et al. 2011), decoded greedily by an averaged
// perceptron over Zhang & Nivre (2011) style features. Its actions are SHIFT and LEFT/RIGHT with a label group
// (subject, object, nominal modifier, function word, ...: see GROUPS); a second perceptron picks the label within
// the group from features of the head and the dependent when the group has more than one. The groups keep most of
// what labelled actions tell the parser about structure at a third of the cost per step. ROOT sits at the bottom
// of the stack and takes its one dependent only when the buffer is empty, so every sentence gets exactly one root
// and every word a head. Trees come out projective; see train/parser.ts for non-projective training trees.
import { key1, key2, key3, key4, strHash } from './hash.js';
import { lookup, type U32Map } from './lookup.js';
import { normWord } from './tagger.js';
import { addScores, type Weights } from './weights.js';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export interface ParserModel {
  /** Scores the actions: SHIFT (0), LEFT with group g (1 + g), RIGHT with group g (1 + G + g). */
  weights: Weights;
  /** Scores the labels of a new arc within its group. */
  labelWeights: Weights;
  /** Dependency labels by id. */
  labels: string[];
  /** The group of each label. */
  groups: Uint8Array;
  /** The id of "root". */
  root: number;
  /** Words seen at least twice in training: the others share one "unknown" word, so the word-pair features
   * that only rare words would make (most of them, and useless) are never stored or looked up. */
  vocab: U32Map;
}

/** Label groups by the label's universal part; labels not listed form groups of their own. */
const GROUPS: Record<string, string> = {
  nsubj: 'subj', csubj: 'subj', expl: 'subj',
  obj: 'obj', iobj: 'obj',
  ccomp: 'comp', xcomp: 'comp',
  nmod: 'nmod', obl: 'obl',
  amod: 'adj', nummod: 'adj', det: 'det',
  advmod: 'adv', discourse: 'adv', vocative: 'adv',
  advcl: 'advcl', acl: 'acl',
  aux: 'aux', cop: 'aux',
  case: 'case', mark: 'mark', cc: 'cc',
  compound: 'mwe', flat: 'mwe', fixed: 'mwe', goeswith: 'mwe',
  appos: 'loose', parataxis: 'loose', list: 'loose', dislocated: 'loose', orphan: 'loose', reparandum: 'loose', dep: 'loose',
};

/** Group ids per label: "joint" gives every label its own group (fully labelled actions), "grouped" uses GROUPS. */
export function labelGroups(labels: readonly string[], scheme: 'joint' | 'grouped'): Uint8Array {
  const names: string[] = [];
  return Uint8Array.from(labels, (l) => {
    const g = scheme === 'joint' ? l : GROUPS[l.split(':')[0]!] ?? l;
    let i = names.indexOf(g);
    if (i < 0) i = names.push(g) - 1;
    return i;
  });
}

const ROOT_W = strHash('<root>');
const NONE_W = strHash('<none>');
const UNK_W = strHash('<unk>');
const ROOT_P = 1000;
const NONE_P = 1001;
const NONE_L = 1002;

/** A parser configuration. Token 0 is ROOT, words are 1..n, index n+1 stands for "nothing". */
export class State {
  readonly n: number;
  readonly none: number;
  readonly stack: Int32Array;
  sp = 0;
  /** The front of the buffer: words b..n are still to come. */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array; readonly lc2: Int32Array; readonly rc1: Int32Array; readonly rc2: Int32Array;
  readonly nl: Int32Array; readonly nr: Int32Array;
  readonly lsetLo: Int32Array; readonly lsetHi: Int32Array; readonly rsetLo: Int32Array; readonly rsetHi: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.none = n + 1;
    const m = n + 2;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m).fill(-1);
    this.labels = new Int32Array(m).fill(NONE_L);
    this.lc1 = new Int32Array(m).fill(n + 1);
    this.lc2 = new Int32Array(m).fill(n + 1);
    this.rc1 = new Int32Array(m).fill(n + 1);
    this.rc2 = new Int32Array(m).fill(n + 1);
    this.nl = new Int32Array(m);
    this.nr = new Int32Array(m);
    this.lsetLo = new Int32Array(m);
    this.lsetHi = new Int32Array(m);
    this.rsetLo = new Int32Array(m);
    this.rsetHi = new Int32Array(m);
    this.stack[this.sp++] = 0;
  }

  get done(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : this.none;
  }

  bufAt(k: number): number {
    return this.b + k <= this.n ? this.b + k : this.none;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }

  canLeft(): boolean {
    return this.sp >= 2 && this.b <= this.n;
  }

  canRight(): boolean {
    return this.sp >= 2 && (this.sp > 2 || this.b > this.n);
  }

  /** SHIFT: the front of the buffer goes onto the stack. */
  shift(): void {
    this.stack[this.sp++] = this.b++;
  }

  /** LEFT-l: the stack's top becomes a left dependent of the buffer's front. */
  left(l: number): void {
    const d = this.stack[--this.sp]!;
    const h = this.b;
    this.arc(h, d, l);
    this.lc2[h] = this.lc1[h]!;
    this.lc1[h] = d;
    this.nl[h]!++;
    if (l < 32) this.lsetLo[h]! |= 1 << l;
    else this.lsetHi[h]! |= 1 << (l - 32);
  }

  /** RIGHT-l: the stack's top becomes a right dependent of the word under it. */
  right(l: number): void {
    const d = this.stack[--this.sp]!;
    const h = this.stack[this.sp - 1]!;
    this.arc(h, d, l);
    this.rc2[h] = this.rc1[h]!;
    this.rc1[h] = d;
    this.nr[h]!++;
    if (l < 32) this.rsetLo[h]! |= 1 << l;
    else this.rsetHi[h]! |= 1 << (l - 32);
  }

  private arc(h: number, d: number, l: number): void {
    this.heads[d] = h;
    this.labels[d] = l;
  }

  apply(kind: number, label: number): void {
    if (kind === SHIFT) this.shift();
    else if (kind === LEFT) this.left(label);
    else this.right(label);
  }

  /** The head the arc would have (LEFT: b0 <- s0, RIGHT: s1 -> s0); the dependent is s0. */
  headOf(kind: number): number {
    return kind === LEFT ? this.b : this.stack[this.sp - 2]!;
  }
}

/** Words, tags and ambiguity classes of a sentence as the parser sees them: index 0 is ROOT, n+1 is "nothing". */
export interface ParserInput {
  words: Uint32Array;
  tags: Int32Array;
  /** The set of tags the word had in training (the tagger's ambiguity class): a second opinion on a wrong tag. */
  amb: Uint32Array;
}

export function parserInput(forms: readonly string[], tags: ArrayLike<number>, amb: U32Map, vocab: U32Map): ParserInput {
  const n = forms.length;
  const words = new Uint32Array(n + 2);
  const t = new Int32Array(n + 2);
  const a = new Uint32Array(n + 2);
  words[0] = ROOT_W;
  t[0] = ROOT_P;
  a[0] = ROOT_W;
  for (let i = 0; i < n; i++) {
    const w = strHash(normWord(forms[i]!));
    words[i + 1] = lookup(vocab, w) < 0 ? UNK_W : w;
    t[i + 1] = tags[i]!;
    const c = lookup(amb, w);
    a[i + 1] = c < 0 ? 0 : c;
  }
  words[n + 1] = NONE_W;
  t[n + 1] = NONE_P;
  a[n + 1] = NONE_W;
  return { words, tags: t, amb: a };
}

function dist(a: number, b: number): number {
  const d = b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

export const MAX_PARSE_FEATURES = 108;

/**
 * Zhang & Nivre (2011)'s feature set moved to arc-hybrid (s0 and s1 are the candidate dependents and heads), plus
 * the words beside s0 and b0 and ambiguity classes. The numbers are template ids; the gaps are 22 templates that
 * a trained model did as well or better without on dev (each left out in turn): every feature is a lookup, and
 * on a busy machine a lookup is a cache miss, so they went.
 */
export function parseFeatures(st: State, x: ParserInput, out: Uint32Array): number {
  const W = x.words;
  const P = x.tags;
  const L = st.labels;
  const none = st.none;
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.bufAt(0), b1 = st.bufAt(1), b2 = st.bufAt(2);
  const s0w = W[s0]!, s0p = P[s0]!, s1w = W[s1]!, s1p = P[s1]!, s2p = P[s2]!;
  const b0w = W[b0]!, b0p = P[b0]!, b1w = W[b1]!, b1p = P[b1]!, b2w = W[b2]!, b2p = P[b2]!;
  const s0l1 = st.lc1[s0]!, s0l2 = st.lc2[s0]!, s0r1 = st.rc1[s0]!, s0r2 = st.rc2[s0]!;
  const s1l1 = st.lc1[s1]!, s1r1 = st.rc1[s1]!;
  const b0l1 = st.lc1[b0]!, b0l2 = st.lc2[b0]!;
  const d = s0 !== none && b0 !== none ? dist(s0, b0) : 0;
  const d1 = s1 !== none && s0 !== none ? dist(s1, s0) : 0;
  const s0vl = st.nl[s0]!, s0vr = st.nr[s0]!, b0vl = st.nl[b0]!, s1vr = st.nr[s1]!, s1vl = st.nl[s1]!;
  let k = 0;
  // single words
  out[k++] = key2(1, s0w, s0p);
  out[k++] = key1(2, s0w);
  out[k++] = key1(3, s0p);
  out[k++] = key2(4, b0w, b0p);
  out[k++] = key1(5, b0w);
  out[k++] = key1(6, b0p);
  out[k++] = key2(7, b1w, b1p);
  out[k++] = key1(8, b1w);
  out[k++] = key1(9, b1p);
  out[k++] = key2(10, b2w, b2p);
  out[k++] = key1(15, s1p);
  // pairs
  out[k++] = key3(18, s0w, b0w, b0p);
  out[k++] = key2(21, s0w, b0w);
  out[k++] = key2(23, b0p, b1p);
  out[k++] = key4(24, s1w, s1p, s0w, s0p);
  out[k++] = key2(25, s1w, s0w);
  out[k++] = key2(26, s1p, s0p);
  out[k++] = key3(27, s1p, s0w, s0p);
  out[k++] = key3(28, s1w, s1p, s0p);
  // three words
  out[k++] = key3(30, s0p, b0p, b1p);
  out[k++] = key3(31, s1p, s0p, b0p);
  out[k++] = key3(32, s0p, P[s0l1]!, b0p);
  out[k++] = key3(35, s1p, P[s1l1]!, s0p);
  out[k++] = key3(36, s1p, P[s1r1]!, s0p);
  out[k++] = key3(37, s2p, s1p, s0p);
  out[k++] = key3(38, s1p, s0p, b1p);
  // distance
  out[k++] = key2(39, s0w, d);
  out[k++] = key2(40, s0p, d);
  out[k++] = key2(41, b0w, d);
  out[k++] = key2(42, b0p, d);
  out[k++] = key3(45, s1p, s0p, d1);
  out[k++] = key3(46, s1w, s0w, d1);
  // valency
  out[k++] = key2(47, s0w, s0vr);
  out[k++] = key2(48, s0p, s0vr);
  out[k++] = key2(49, s0w, s0vl);
  out[k++] = key2(50, s0p, s0vl);
  out[k++] = key2(51, b0w, b0vl);
  out[k++] = key2(52, b0p, b0vl);
  out[k++] = key2(53, s1w, s1vr);
  out[k++] = key2(54, s1p, s1vr);
  out[k++] = key2(55, s1p, s1vl);
  // children
  out[k++] = key1(56, W[s0l1]!);
  out[k++] = key1(57, P[s0l1]!);
  out[k++] = key1(58, L[s0l1]!);
  out[k++] = key1(59, W[s0r1]!);
  out[k++] = key1(60, P[s0r1]!);
  out[k++] = key1(61, L[s0r1]!);
  out[k++] = key1(62, W[b0l1]!);
  out[k++] = key1(63, P[b0l1]!);
  out[k++] = key1(64, L[b0l1]!);
  out[k++] = key2(65, s1p, L[s1r1]!);
  out[k++] = key2(66, s1p, L[s1l1]!);
  // third order
  out[k++] = key1(67, W[s0l2]!);
  out[k++] = key1(68, P[s0l2]!);
  out[k++] = key1(69, L[s0l2]!);
  out[k++] = key1(75, L[b0l2]!);
  out[k++] = key3(76, s0p, P[s0l1]!, P[s0l2]!);
  out[k++] = key3(77, s0p, P[s0r1]!, P[s0r2]!);
  out[k++] = key3(78, b0p, P[b0l1]!, P[b0l2]!);
  // label sets
  out[k++] = key3(79, s0w, st.rsetLo[s0]!, st.rsetHi[s0]!);
  out[k++] = key3(80, s0p, st.rsetLo[s0]!, st.rsetHi[s0]!);
  out[k++] = key3(81, s0w, st.lsetLo[s0]!, st.lsetHi[s0]!);
  out[k++] = key3(82, s0p, st.lsetLo[s0]!, st.lsetHi[s0]!);
  out[k++] = key3(83, b0w, st.lsetLo[b0]!, st.lsetHi[b0]!);
  out[k++] = key3(84, b0p, st.lsetLo[b0]!, st.lsetHi[b0]!);
  out[k++] = key3(85, s1p, st.rsetLo[s1]!, st.rsetHi[s1]!);
  out[k++] = key1(86, 0);
  // the words beside s0 and b0 in the sentence, and more lexical triples
  const s0n = s0 !== none && s0 > 0 && s0 < st.n ? s0 + 1 : none;
  const s0b = s0 !== none && s0 > 1 ? s0 - 1 : none;
  const b0b = b0 !== none && b0 > 1 ? b0 - 1 : none;
  out[k++] = key3(87, s0p, P[s0n]!, b0p);
  out[k++] = key2(88, P[s0b]!, s0p);
  out[k++] = key3(89, P[b0b]!, b0p, s0p);
  out[k++] = key3(91, s0w, b0p, b1p);
  out[k++] = key3(92, b0w, b1p, b2p);
  out[k++] = key3(93, s1p, s0p, P[s0r1]!);
  out[k++] = key3(94, s0w, s1p, b0p);
  out[k++] = key3(95, s1w, s0p, b0p);
  // ambiguity classes: what else s0 and b0 could have been tagged
  const A = x.amb;
  out[k++] = key1(96, A[s0]!);
  out[k++] = key1(97, A[b0]!);
  out[k++] = key2(100, A[s0]!, A[b0]!);
  out[k++] = key2(101, A[b0]!, b1p);
  out[k++] = key2(102, s1p, A[s0]!);
  return k;
}

/** The features for labelling the arc h -> d. */
export function labelFeatures(st: State, x: ParserInput, h: number, d: number, out: Uint32Array): number {
  const W = x.words;
  const P = x.tags;
  const L = st.labels;
  const dir = h < d ? 1 : 0;
  const dw = W[d]!, dp = P[d]!, hw = W[h]!, hp = P[h]!;
  const dist = h < d ? dist2(h, d) : dist2(d, h);
  const dl1 = st.lc1[d]!, dl2 = st.lc2[d]!, dr1 = st.rc1[d]!, hl1 = st.lc1[h]!, hr1 = st.rc1[h]!;
  const dls = key2(0, st.lsetLo[d]!, st.lsetHi[d]!), drs = key2(0, st.rsetLo[d]!, st.rsetHi[d]!);
  const hls = key2(0, st.lsetLo[h]!, st.lsetHi[h]!), hrs = key2(0, st.rsetLo[h]!, st.rsetHi[h]!);
  const before = d > 1 ? d - 1 : st.none;
  const after = d < st.n ? d + 1 : st.none;
  let k = 0;
  out[k++] = key1(101, dir);
  out[k++] = key2(102, dir, dw);
  out[k++] = key2(103, dir, dp);
  out[k++] = key2(104, dir, hw);
  out[k++] = key2(105, dir, hp);
  out[k++] = key3(106, dir, dw, dp);
  out[k++] = key3(107, dir, hw, hp);
  out[k++] = key3(108, dir, dp, hp);
  out[k++] = key3(109, dir, dw, hp);
  out[k++] = key3(110, dir, dp, hw);
  out[k++] = key3(111, dir, dw, hw);
  out[k++] = key4(112, dir, dp, hp, dist);
  out[k++] = key2(113, dir, dist);
  out[k++] = key3(114, dir, W[dl1]!, L[dl1]!);
  out[k++] = key3(115, dir, dp, L[dl1]!);
  out[k++] = key4(116, dir, dp, W[dl1]!, hp);
  out[k++] = key3(117, dir, dp, L[dl2]!);
  out[k++] = key3(118, dir, dp, L[dr1]!);
  out[k++] = key3(119, dir, W[dr1]!, L[dr1]!);
  out[k++] = key3(120, dir, dp, dls);
  out[k++] = key3(121, dir, dp, drs);
  out[k++] = key4(122, dir, dp, hp, hls);
  out[k++] = key4(123, dir, dp, hp, hrs);
  out[k++] = key3(124, dir, hp, L[hl1]!);
  out[k++] = key3(125, dir, hp, L[hr1]!);
  out[k++] = key4(126, dir, dp, hp, L[hl1]!);
  out[k++] = key3(127, dir, dp, P[before]!);
  out[k++] = key3(128, dir, dp, P[after]!);
  out[k++] = key4(129, dir, dp, P[after]!, hp);
  out[k++] = key3(130, dir, W[before]!, dp);
  out[k++] = key4(131, dir, dp, hp, dls);
  out[k++] = key3(132, dir, hw, dls);
  out[k++] = key4(133, dir, P[dl1]!, dp, hp);
  out[k++] = key4(134, dir, dw, hp, dist);
  return k;
}

function dist2(a: number, b: number): number {
  const d = b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 15 ? 7 : 8;
}

export const MAX_LABEL_FEATURES = 40;

export const kindOf = (action: number, nGroups: number): number => (action === 0 ? SHIFT : action <= nGroups ? LEFT : RIGHT);
export const groupOf = (action: number, nGroups: number): number => (action <= nGroups ? action - 1 : action - 1 - nGroups);

/** Best legal action under `scores`: ROOT takes its one dependent in the root group, and no word takes one. */
export function bestAction(st: State, scores: Float64Array, nGroups: number, rootGroup: number): number {
  let best = -1;
  if (st.canShift()) best = 0;
  if (st.canLeft()) {
    for (let g = 0; g < nGroups; g++) if (g !== rootGroup && (best < 0 || scores[1 + g]! > scores[best]!)) best = 1 + g;
  }
  if (st.canRight()) {
    if (st.s(1) === 0) {
      const a = 1 + nGroups + rootGroup;
      if (best < 0 || scores[a]! > scores[best]!) best = a;
    } else {
      for (let g = 0; g < nGroups; g++) if (g !== rootGroup && (best < 0 || scores[1 + nGroups + g]! > scores[best]!)) best = 1 + nGroups + g;
    }
  }
  return best;
}

/** Best label of the group under `scores` (only the group's labels are considered). */
export function bestLabel(m: ParserModel, scores: Float64Array, group: number): number {
  let best = -1;
  for (let l = 0; l < m.labels.length; l++) if (m.groups[l] === group && (best < 0 || scores[l]! > scores[best]!)) best = l;
  return best;
}

/** Whether the group holds more than one label, so the labeller must choose. */
export function groupSizes(m: Pick<ParserModel, 'groups'>): Int32Array {
  const sizes = new Int32Array(256);
  for (const g of m.groups) sizes[g]!++;
  return sizes;
}

const sizesCache = new WeakMap<ParserModel, Int32Array>();

/** Greedy parse: the final state's heads (0 = root) and label ids, indexed by word id. */
export function parse(m: ParserModel, x: ParserInput): State {
  const n = x.words.length - 2;
  const st = new State(n);
  const feats = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float64Array(m.weights.nClasses);
  const lscores = new Float64Array(m.labels.length);
  const G = (m.weights.nClasses - 1) / 2;
  const rootGroup = m.groups[m.root]!;
  let sizes = sizesCache.get(m);
  if (!sizes) sizesCache.set(m, (sizes = groupSizes(m)));
  while (!st.done) {
    const nf = parseFeatures(st, x, feats);
    scores.fill(0);
    addScores(m.weights, feats, nf, scores);
    const a = bestAction(st, scores, G, rootGroup);
    const kind = kindOf(a, G);
    let l = 0;
    if (kind !== SHIFT) {
      const g = groupOf(a, G);
      if (sizes[g]! > 1) {
        const lf = labelFeatures(st, x, st.headOf(kind), st.s(0), feats);
        lscores.fill(0);
        addScores(m.labelWeights, feats, lf, lscores);
      }
      l = bestLabel(m, lscores, g);
    }
    st.apply(kind, l);
  }
  return st;
}
