// The part-of-speech tagger: a greedy left-to-right averaged perceptron over joint XPOS+UPOS labels ("NN NOUN",
// "IN SCONJ"), with word, affix, shape and context features and the ambiguity class (the tags a word had in
// training) of the word and its neighbours.
import { key1, key2, key3, strHash } from './hash.js';
import { lookup, NONE, type U32Map } from './lookup.js';
import { addScores, type Weights } from './weights.js';

export interface TaggerModel {
  weights: Weights;
  /** Joint labels "XPOS UPOS", by class id. */
  tags: string[];
  /** Ambiguity classes: word hash -> hash of the set of tags it had in training. */
  amb: U32Map;
  /** An outside lexicon's word classes (compromise's: first name, city, country, plural, gerund, ...): word hash ->
   * class hash. What it knows about names is what EWT's web text most often gets wrong (PROPN against NOUN). */
  lex: U32Map;
  /** Frequent words that had one tag in training almost always ("the", ",", "of"): word hash -> class id.
   * They skip the classifier, which halves the tagger's work on running text. */
  fixed?: U32Map;
}

const PAD = 2;
const START = strHash('<s>');
const END = strHash('</s>');

/** Per-token values hashed once per sentence; features only combine them. Arrays are padded by 2 on each side. */
export interface TokenInfo {
  n: number;
  word: Uint32Array; lower: Uint32Array; shape: Uint32Array; flags: Uint32Array; amb: Uint32Array; lex: Uint32Array;
  pre1: Uint32Array; pre2: Uint32Array; pre3: Uint32Array;
  suf1: Uint32Array; suf2: Uint32Array; suf3: Uint32Array; suf4: Uint32Array;
}

/** Lowercase with digits as 0: "1995" and "2023" are one word to the tagger. */
export function normWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}

function shapeOf(form: string): string {
  let s = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c === last) {
      if (++run > 2) continue;
    } else run = 1;
    s += c;
    last = c;
  }
  return s;
}

export function tokenInfo(forms: readonly string[], amb: U32Map, lex: U32Map): TokenInfo {
  const n = forms.length;
  const mk = (fill: number) => new Uint32Array(n + 2 * PAD).fill(fill);
  const t: TokenInfo = {
    n, word: mk(START), lower: mk(START), shape: mk(START), flags: mk(0), amb: mk(START), lex: mk(START),
    pre1: mk(START), pre2: mk(START), pre3: mk(START), suf1: mk(START), suf2: mk(START), suf3: mk(START), suf4: mk(START),
  };
  for (const a of Object.values(t)) if (a instanceof Uint32Array) a.fill(END, n + PAD);
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    const w = normWord(f);
    const p = i + PAD;
    t.word[p] = strHash(f);
    t.lower[p] = strHash(w);
    t.shape[p] = strHash(shapeOf(f));
    const a = lookup(amb, t.lower[p]!);
    t.amb[p] = a < 0 ? 0 : a;
    const l = lookup(lex, t.lower[p]!);
    t.lex[p] = l < 0 ? 0 : l;
    t.pre1[p] = strHash(w.slice(0, 1));
    t.pre2[p] = strHash(w.slice(0, 2));
    t.pre3[p] = strHash(w.slice(0, 3));
    t.suf1[p] = strHash(w.slice(-1));
    t.suf2[p] = strHash(w.slice(-2));
    t.suf3[p] = strHash(w.slice(-3));
    t.suf4[p] = strHash(w.slice(-4));
    t.flags[p] = (/\p{Lu}/u.test(f[0] ?? '') ? 1 : 0) | (f === f.toUpperCase() && /\p{L}/u.test(f) ? 2 : 0)
      | (/\d/.test(f) ? 4 : 0) | (f.includes('-') ? 8 : 0) | (i === 0 ? 16 : 0) | (/[.]/.test(f) ? 32 : 0);
  }
  return t;
}

export const MAX_TAG_FEATURES = 48;

/** The features of token i (0-based) given the two tags before it (class ids; -1 before the sentence). */
export function tagFeatures(t: TokenInfo, i: number, p1: number, p2: number, out: Uint32Array): number {
  const p = i + PAD;
  let k = 0;
  const w = t.lower[p]!;
  const a = t.amb;
  out[k++] = key1(1, 0);
  out[k++] = key1(2, w);
  out[k++] = key1(3, t.word[p]!);
  out[k++] = key1(4, t.suf1[p]!);
  out[k++] = key1(5, t.suf2[p]!);
  out[k++] = key1(6, t.suf3[p]!);
  out[k++] = key1(7, t.suf4[p]!);
  out[k++] = key1(8, t.pre1[p]!);
  out[k++] = key1(9, t.pre2[p]!);
  out[k++] = key1(10, t.pre3[p]!);
  out[k++] = key1(11, t.shape[p]!);
  out[k++] = key1(12, t.flags[p]!);
  out[k++] = key1(13, t.lower[p - 1]!);
  out[k++] = key1(14, t.lower[p - 2]!);
  out[k++] = key1(15, t.lower[p + 1]!);
  out[k++] = key1(16, t.lower[p + 2]!);
  out[k++] = key1(17, t.suf3[p - 1]!);
  out[k++] = key1(18, t.suf3[p + 1]!);
  out[k++] = key1(19, t.shape[p + 1]!);
  out[k++] = key1(20, t.shape[p - 1]!);
  out[k++] = key1(21, a[p]!);
  out[k++] = key1(22, a[p + 1]!);
  out[k++] = key1(23, a[p + 2]!);
  out[k++] = key1(24, a[p - 1]!);
  out[k++] = key1(25, p1);
  out[k++] = key1(26, p2);
  out[k++] = key2(27, p1, p2);
  out[k++] = key2(28, p1, w);
  out[k++] = key2(29, w, t.lower[p + 1]!);
  out[k++] = key2(30, t.lower[p - 1]!, w);
  out[k++] = key2(31, p1, a[p + 1]!);
  out[k++] = key2(32, a[p]!, a[p + 1]!);
  out[k++] = key2(33, p1, t.suf3[p]!);
  out[k++] = key3(34, p1, a[p]!, a[p + 1]!);
  out[k++] = key2(35, a[p]!, t.lower[p + 1]!);
  out[k++] = key2(36, t.flags[p]!, t.suf3[p]!);
  const x = t.lex;
  out[k++] = key1(37, x[p]!);
  out[k++] = key2(38, x[p]!, t.flags[p]!);
  out[k++] = key2(39, x[p]!, a[p]!);
  out[k++] = key1(40, x[p - 1]!);
  out[k++] = key1(41, x[p + 1]!);
  out[k++] = key2(42, x[p]!, p1);
  return k;
}

const possessiveIds = new WeakMap<TaggerModel, Set<number>>();
/** The class ids of the possessive ending's tag (XPOS "POS"). */
function possessive(m: TaggerModel): Set<number> {
  let ids = possessiveIds.get(m);
  if (!ids) possessiveIds.set(m, (ids = new Set(m.tags.flatMap((t, i) => (t.startsWith('POS ') ? [i] : [])))));
  return ids;
}

/** Greedy tagging: class ids, one per form. */
export function tag(m: TaggerModel, forms: readonly string[]): Int32Array {
  const info = tokenInfo(forms, m.amb, m.lex);
  const feats = new Uint32Array(MAX_TAG_FEATURES);
  const scores = new Float64Array(m.weights.nClasses);
  const out = new Int32Array(forms.length);
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < forms.length; i++) {
    const known = m.fixed ? lookup(m.fixed, info.lower[i + PAD]!) : NONE;
    let best = known;
    if (known === NONE) {
      const nf = tagFeatures(info, i, p1, p2, feats);
      scores.fill(0);
      addScores(m.weights, feats, nf, scores);
      best = argmax(scores);
      // The possessive ending is "'s", "'" or (web text's "Jones s") "s", and nothing else: "the FBI shut down ..." had "shut" for one, and the
      // tree built on it lost the clause (round 5656). The next best tag is taken.
      if (possessive(m).has(best) && !/^(['’]s?|s)$/i.test(forms[i]!)) {
        for (const c of possessive(m)) scores[c] = -Infinity;
        best = argmax(scores);
      }
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
