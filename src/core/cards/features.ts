// What the ranker knows about an answer candidate: its type and role in the clause, the kind of clause, where
// its sentence stands in the article, how long and how specific it is, how often the article names it. Named
// features (sparse), so the learned weights file says what each weight is for.
import type { Article } from '../article/types.js';
import type { Candidate } from '../facts/candidates.js';
import { tok } from '../facts/tree.js';
import { SPEECH_VERBS, VAGUE_HEADS } from '../article/lexicon.js';

export type Features = Map<string, number>;

export interface ArticleStats {
  /** How often each lemma of a content word occurs in the article. */
  lemmaCount: Map<string, number>;
  /** The person, place or organisation the article names most: what it is about, and easy to guess. */
  topic: string | null;
  /** Lower-case words of the headline. */
  titleWords: Set<string>;
}

const CONTENT = /^(NOUN|PROPN|VERB|ADJ|NUM)$/;

export function articleStats(a: Article): ArticleStats {
  const lemmaCount = new Map<string, number>();
  for (const t of a.tokens) if (CONTENT.test(t.pos)) lemmaCount.set(t.lemma, (lemmaCount.get(t.lemma) ?? 0) + 1);
  let topic: string | null = null;
  let most = 1;
  for (const e of a.entities.values()) {
    if ((e.type === 'person' || e.type === 'place' || e.type === 'org') && e.count > most) {
      most = e.count;
      topic = e.name;
    }
  }
  const titleWords = new Set((a.title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  return { lemmaCount, topic, titleWords };
}

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges.at(-1)}`;
}

export function features(a: Article, st: ArticleStats, c: Candidate, hasQuestion: boolean, vague: number): Features {
  const f: Features = new Map();
  const on = (name: string, v = 1): void => {
    f.set(name, (f.get(name) ?? 0) + v);
  };
  const s = a.sentences[c.sent];
  const n = a.sentences.length;
  const head = tok(a, c.head);
  on('bias');
  on(`type=${c.type}`);
  on(`role=${c.role}`);
  on(`clause=${c.clause.kind}`);
  on(`rule=${c.rule ?? 'none'}`);
  on(`type*role=${c.type}*${c.role}`);
  if (hasQuestion) on('question');
  on(`len${bucket(c.tokens.length, [1, 2, 3, 5, 8, 12])}`);
  const propn = c.tokens.some((t) => tok(a, t).pos === 'PROPN');
  if (propn) on('propn');
  if (c.tokens.some((t) => /\d/.test(tok(a, t).value))) on('digit');
  if (c.mention && c.mention.t0 === c.tokens[0] && c.mention.t1 === (c.tokens.at(-1) ?? -1) + 1) on('exact-mention');
  if (c.tokens.some((t) => tok(a, t).pos === 'PRON')) on('pronoun-in-answer');
  if (c.mention) on('entity-count', Math.log2(1 + (a.entities.get(c.mention.canonical)?.count ?? 1)));
  on('head-count', Math.log2(1 + (st.lemmaCount.get(head.lemma) ?? 0)));
  on(`head-pos=${head.pos}`);
  if (VAGUE_HEADS.has(head.lemma)) on('vague-head');
  const det = c.tokens.find((t) => tok(a, t).rel === 'det' && tok(a, t).head === c.head);
  on(`det=${det === undefined ? (c.tokens.some((t) => tok(a, t).rel === 'nmod:poss') ? 'poss' : 'none') : /^(the|this|that|these|those)$/.test(tok(a, det).lower) ? 'def' : 'indef'}`);
  if (s) {
    on('position', n > 1 ? s.index / (n - 1) : 0);
    if (s.index === 0) on('first-sentence');
    if (s.index === 0 || a.sentences[s.index - 1]?.paragraph !== s.paragraph) on('paragraph-first');
    on(`sentence-len${bucket(s.t1 - s.t0, [10, 20, 30, 45])}`);
  }
  if (SPEECH_VERBS.has(tok(a, c.clause.pred).lemma) && c.role === 'subj') on('speaker');
  if (c.clause.speaker >= 0) on('reported');
  if (c.clause.neg.length) on('negated');
  if (c.clause.aux.some((t) => /^(would|could|might|may|should|must|can)$/.test(tok(a, t).lower))) on('modal');
  if (!c.clause.factual) on('not-factual');
  if (vague) on('vague', vague);
  // How much the answer's words recur in the rest of the article: what the article is about.
  let recur = 0;
  let content = 0;
  for (const t of c.tokens) {
    const x = tok(a, t);
    if (!CONTENT.test(x.pos)) continue;
    content++;
    if ((st.lemmaCount.get(x.lemma) ?? 0) > 1) recur++;
  }
  if (content) on('recurrence', recur / content);
  if (c.mention && c.mention.canonical === st.topic) on('topic');
  const words = c.tokens.map((t) => tok(a, t).lower).filter((w) => w.length > 2);
  if (words.length && st.titleWords.size && words.filter((w) => st.titleWords.has(w)).length * 2 >= words.length) on('in-title');
  return f;
}

export type Weights = Record<string, number>;

/** The ranker's score: a logistic regression over the features. */
export function score(w: Weights, f: Features): number {
  let z = 0;
  for (const [k, v] of f) z += (w[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}
