// Reading a sentence's dependency tree: subtrees, the phrase a head spans once side remarks are dropped, and
// the text of any set of tokens with the article's own spacing.
import type { Article, Token } from '../article/types.js';
import { LINKING_ADVERBS } from '../article/lexicon.js';

/** Side remarks inside a phrase: appositions, relative clauses, parentheticals. A simplified statement drops them
 * (Heilman & Smith 2010); what they say becomes its own clause. */
export const SIDE = new Set([
  'appos',
  'acl:relcl',
  'advcl:relcl',
  'parataxis',
  'dislocated',
  'discourse',
  'vocative',
  'reparandum',
  'list',
]);

export function tok(a: Article, t: number): Token {
  return a.tokens[t] as Token;
}

export function kidsOf(a: Article, t: number): number[] {
  return a.kids[t] ?? [];
}

export function kidWith(a: Article, t: number, rel: (r: string) => boolean): number {
  for (const k of kidsOf(a, t)) if (rel(tok(a, k).rel)) return k;
  return -1;
}

/** Every token under t (t included), in text order. `cut` stops the walk at a child (its subtree is left out). */
export function subtree(a: Article, t: number, cut?: (k: number) => boolean): number[] {
  const out: number[] = [];
  const stack = [t];
  while (stack.length) {
    const x = stack.pop() as number;
    out.push(x);
    for (const k of kidsOf(a, x)) if (!cut || !cut(k)) stack.push(k);
  }
  return out.sort((x, y) => x - y);
}

const OPEN = new Set(['(', '[', '{', '“', '‘']);
const EDGE = /^[,;:—–-]$/;

/** Drops punctuation that no longer belongs once parts are cut: commas at the edges or left doubled by a cut,
 * brackets without their partner, quotation marks left unpaired. */
export function tidy(a: Article, idx: number[]): number[] {
  let out = idx.slice();
  const v = (t: number): string => tok(a, t).value;
  // Unpaired brackets and quotes.
  const pairs: Array<[string, string]> = [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
    ['‘', '’'],
  ];
  for (const [o, c] of pairs) {
    const opens = out.filter((t) => v(t) === o).length;
    const closes = out.filter((t) => v(t) === c).length;
    if (opens !== closes) out = out.filter((t) => v(t) !== o && v(t) !== c);
  }
  const straight = out.filter((t) => v(t) === '"').length;
  if (straight % 2 === 1) out = out.filter((t) => v(t) !== '"');
  // Commas and dashes: none at the edges, none doubled across a cut; no "But" or "and" to open a phrase.
  let changed = true;
  while (changed && out.length) {
    changed = false;
    if (tok(a, out[0] as number).rel === 'cc' && out.length > 1) {
      out.shift();
      changed = true;
      continue;
    }
    if (EDGE.test(v(out[0] as number)) || (OPEN.has(v(out[0] as number)) && out.length === 1)) {
      out.shift();
      changed = true;
      continue;
    }
    const last = out[out.length - 1] as number;
    if (EDGE.test(v(last))) {
      out.pop();
      changed = true;
      continue;
    }
    for (let i = 1; i < out.length; i++) {
      if (EDGE.test(v(out[i] as number)) && EDGE.test(v(out[i - 1] as number))) {
        out.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** The phrase headed by t without its side remarks (and, for obliques, without `drop` kids such as the case). */
export function phrase(a: Article, t: number, drop?: (k: number) => boolean): number[] {
  return tidy(
    a,
    subtree(
      a,
      t,
      (k) =>
        (SIDE.has(tok(a, k).rel) && !numberOfName(a, k)) ||
        linking(a, k) ||
        bracketOnName(a, k) ||
        (drop !== undefined && drop(k)),
    ),
  );
}

/** "Apollo 5 (AS-204)": a designation in brackets after a name is an aside, like an apposition; the name is the
 * phrase. */
function bracketOnName(a: Article, k: number): boolean {
  const x = tok(a, k);
  if (x.pos === 'PUNCT' || tok(a, x.head)?.pos !== 'PROPN' || k < x.head) return false;
  const span = subtree(a, k);
  return tok(a, span[0] as number).value === '(' && tok(a, span.at(-1) as number).value === ')';
}

/** "Apollo 5 (AS-204) was the first unmanned test flight": the parser may hang a name's own number on it as an
 * apposition; written right after the name with nothing between, it is part of the name ("Apollo (AS-204)" was
 * asked, round 7676). */
function numberOfName(a: Article, k: number): boolean {
  const x = tok(a, k);
  return x.rel === 'appos' && x.pos === 'NUM' && x.head === k - 1 && tok(a, x.head).pos === 'PROPN';
}

/** "Last week, however, the administrators pulled a scam": the parser may hang the sentence's linking word, set
 * off by its comma, on the subject; it is no part of the phrase (round 5656). ("the then 12 member states" keeps
 * its "then".) */
function linking(a: Article, k: number): boolean {
  const x = tok(a, k);
  return (
    x.rel === 'advmod' &&
    LINKING_ADVERBS.test(x.lower) &&
    tok(a, k + 1)?.value === ',' &&
    /^(NOUN|PROPN|PRON|NUM)$/.test(tok(a, x.head)?.pos ?? '')
  );
}

const NO_SPACE_BEFORE = /^([,.;:!?%)\]}”’]|n['’]t|['’](s|re|ve|ll|d|m))$/i;
const NO_SPACE_AFTER = /^[([{“‘$]$/;

/** Text of tokens in text order: the article's own spacing between neighbours, one space across a gap.
 * `replace` puts other words in place of some tokens (a name for a pronoun, a verb's lemma after "did"). */
export function textOf(a: Article, idx: number[], replace?: Map<number, string>): string {
  let out = '';
  // Straight quotes open and close by turns: no space inside them.
  let open = false;
  let prevOpened = false;
  for (let i = 0; i < idx.length; i++) {
    const t = idx[i] as number;
    const cur = tok(a, t);
    const word = replace?.get(t) ?? cur.value;
    const quote = cur.value === '"';
    if (i > 0) {
      const p = idx[i - 1] as number;
      const prev = tok(a, p);
      if (t === p + 1) out += a.text.slice(prev.end, cur.start).replace(/\s+/g, ' ');
      else if (!NO_SPACE_BEFORE.test(cur.value) && !NO_SPACE_AFTER.test(prev.value) && !(quote && open) && !prevOpened)
        out += ' ';
    }
    prevOpened = quote && !open;
    if (quote) open = !open;
    out += word;
  }
  // Words replaced by nothing ("Mr" before a full name) leave no double space.
  return out.replace(/ {2,}/g, ' ').trim();
}

/** First and last token of a set, as a half-open range. */
export function rangeOf(idx: number[]): [number, number] {
  return [idx[0] ?? 0, (idx[idx.length - 1] ?? -1) + 1];
}
