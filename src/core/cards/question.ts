// A clause and the phrase to ask about -> a question. The phrase is taken out and a question word put first;
// for anything but the subject, the first auxiliary moves before the subject ("has Japan provided"), or "did /
// does / do" comes in and the verb goes back to its lemma ("did Hayashi tour"). Adjuncts written before the
// subject ("In March, ...") go to the end. Words put in for a pronoun or a bare surname are recorded.
import type { Article, Token } from '../article/types.js';
import type { Clause } from '../facts/clauses.js';
import { table } from '../ids.js';
import { textOf, tidy, tok } from '../facts/tree.js';

export interface Question {
  prompt: string;
  /** Tokens of the clause the question keeps, for the check that it says nothing the sentence does not. */
  kept: number[];
}

export interface AskSpec {
  /** "Who", "How many tanks", "When" ... */
  wh: string;
  /** Tokens taken out of the clause: the answer, its preposition when the question word replaces it, the noun
   * a "How many" question carries up front. */
  remove: Set<number>;
  /** Whether the phrase asked about is the clause's subject. */
  subject: boolean;
  /** Words before the question: "According to the ministry," for what the article reports someone said. */
  prefix?: string;
}

const THIRD_SINGULAR = table({ be: 'is', have: 'has', do: 'does', go: 'goes' });

/** "are" -> "is", "have" -> "has", "say" -> "says": after "Who"/"What" the verb agrees with a singular. */
function singular(a: Article, t: number): string | null {
  const x = tok(a, t);
  if (x.lower === 'were') return 'was';
  if (x.lower === "'re") return 'is';
  // "constraints make": the tagger sometimes says VB for a present verb with its subject.
  if (x.tag !== 'VBP' && !(x.tag === 'VB' && x.rel === 'root')) return null;
  const irregular = THIRD_SINGULAR[x.lemma];
  if (irregular) return irregular;
  if (/(s|sh|ch|x|z|o)$/.test(x.lemma)) return `${x.lemma}es`;
  if (/[^aeiou]y$/.test(x.lemma)) return `${x.lemma.slice(0, -1)}ies`;
  return `${x.lemma}s`;
}

const QUANTIFIER = /^(other|many|most|several|some|few|both|all|such|more|fewer|various|numerous)$/i;

/** "Foreign Minister Yoshimasa Hayashi": a title before a name keeps its capital. */
function titleBeforeName(x: Token, next: Token | undefined): boolean {
  return (
    next !== undefined &&
    /^(NOUN|PROPN|ADJ)$/.test(x.pos) &&
    /^[A-Z]/.test(next.value) &&
    /^(PROPN|NOUN)$/.test(next.pos)
  );
}

/** A word that keeps its capital inside a question: any but the sentence's first word, unless that is a name. */
function keepsCapital(a: Article, t: number): boolean {
  const x = tok(a, t);
  if (t !== a.sentences[x.sent]?.t0) return true;
  // "Other N.B.A. teams", "Many U.S. firms": a quantifier is no title, nor the start of a name (the tagger may put
  // it in one).
  if (QUANTIFIER.test(x.value)) return false;
  if (titleBeforeName(x, a.tokens[t + 1])) return true;
  // A name keeps its capital; any other first word loses it ("Output in the period" -> "output in the period"),
  // whatever the tagger called it.
  const inName = (a.bySentence[x.sent] ?? []).some(
    (m) => m.t0 <= t && t < m.t1 && /^(person|place|org|norp|name)$/.test(m.type),
  );
  return inName || x.value === 'I' || /^[A-Z]{2,}/.test(x.value) || !/^[A-Z]/.test(x.value);
}

/** Adjuncts written before the subject and the verb ("In March,", "Earlier,"): tokens of `rest` before them. */
function fronted(c: Clause, rest: number[]): Set<number> {
  const anchor = Math.min(c.subjTokens[0] ?? Infinity, c.aux[0] ?? Infinity, c.cop >= 0 ? c.cop : Infinity, c.pred);
  return new Set(rest.filter((t) => t < anchor));
}

/** Questions longer than this leave out adjuncts, longest first, until they fit (or none is left). */
export const QUESTION_WORDS = 20;

export function ask(a: Article, c: Clause, spec: AskSpec, subst: Map<number, string>): Question | null {
  let q = build(a, c, spec, subst, new Set());
  const left = new Set<number>();
  const adjuncts = c.adjuncts.filter((g) => !g.some((t) => spec.remove.has(t))).sort((x, y) => y.length - x.length);
  while (q && q.prompt.split(' ').length > QUESTION_WORDS && adjuncts.length) {
    for (const t of adjuncts.shift() as number[]) left.add(t);
    q = build(a, c, spec, subst, left);
  }
  return q;
}

function build(a: Article, c: Clause, spec: AskSpec, subst: Map<number, string>, leave: Set<number>): Question | null {
  const replace = new Map(subst);
  const rest = c.rest.filter((t) => !spec.remove.has(t) && !leave.has(t));
  const front = fronted(c, rest);
  const main = rest.filter((t) => !front.has(t));
  const tail = rest.filter((t) => front.has(t));
  let body: number[];
  if (spec.subject) {
    const shared = c.shared.filter((t) => !spec.remove.has(t) && !leave.has(t));
    body = tidy(
      a,
      [...c.aux, ...c.neg, ...(c.cop >= 0 ? [c.cop] : []), ...main, ...shared].sort((x, y) => x - y),
    );
    // "Who was ...", "What makes ...": a question word takes a singular verb; "How many Iraqis were" keeps its own.
    const first = body.find((t) => t === c.aux[0] || t === c.cop || t === c.pred);
    const agreed = first !== undefined && !/^How many/.test(spec.wh) ? singular(a, first) : null;
    if (first !== undefined && agreed) replace.set(first, agreed);
  } else {
    if (c.subjTokens.length === 0) return null;
    let lead: number[] = [];
    let after: number[] = [];
    let doWord = '';
    if (c.aux.length) {
      lead = [c.aux[0] as number];
      after = c.aux.slice(1);
    } else if (c.cop >= 0) lead = [c.cop];
    else if (tok(a, c.pred).lemma === 'be') lead = [c.pred];
    else {
      if (!c.doForm || tok(a, c.pred).pos !== 'VERB') return null;
      doWord = c.doForm;
      replace.set(c.pred, tok(a, c.pred).lemma);
    }
    const subj = c.subjTokens.filter((t) => !spec.remove.has(t));
    if (subj.length === 0) return null;
    const s0 = subj[0] as number;
    if (!keepsCapital(a, s0) && !replace.has(s0)) replace.set(s0, tok(a, s0).value.toLowerCase());
    // "has [been] in the movie business": with an auxiliary in front, the copula stays with the verb.
    const cop = c.cop >= 0 && !lead.includes(c.cop) ? [c.cop] : [];
    const verbPart = tidy(
      a,
      [...after, ...cop, ...c.neg, ...main].filter((t) => !lead.includes(t)).sort((x, y) => x - y),
    );
    const leadText = doWord || (lead.length ? spelledOut(a, lead[0] as number, replace) : '');
    const prompt = join(
      spec.prefix ?? '',
      spec.wh,
      leadText,
      textOf(a, subj, replace),
      textOf(a, verbPart, replace),
      tail.length ? textOf(a, tidy(a, tail), lower(a, tail, replace)) : '',
    );
    return { prompt, kept: [...lead, ...subj, ...verbPart, ...tail] };
  }
  const prompt = join(
    spec.prefix ?? '',
    spec.wh,
    textOf(a, body, replace),
    tail.length ? textOf(a, tidy(a, tail), lower(a, tail, replace)) : '',
  );
  return { prompt, kept: [...body, ...tail] };
}

/** A contracted auxiliary moved before the subject is written out: "'d" -> "had" (before a participle) or
 * "would", "'s" -> "has" or "is", "'re" -> "are". */
function spelledOut(a: Article, t: number, replace: Map<number, string>): string {
  const x = tok(a, t);
  const next = a.tokens[t + 1];
  const participle = next?.tag === 'VBN' || (next?.tag === 'RB' && a.tokens[t + 2]?.tag === 'VBN');
  const forms = table({
    "'d": participle ? 'had' : 'would',
    "'s": participle ? 'has' : 'is',
    "'re": 'are',
    "'ve": 'have',
    "'ll": 'will',
    "'m": 'am',
  });
  const v = x.lower.replace('’', "'");
  return forms[v] ?? (replace.get(t) ?? x.value).toLowerCase();
}

/** A fronted adjunct moved to the end loses its sentence-initial capital ("Earlier" -> "earlier"). */
function lower(a: Article, tail: number[], replace: Map<number, string>): Map<number, string> {
  const out = new Map(replace);
  const t0 = tail[0];
  if (t0 !== undefined && t0 === a.sentences[tok(a, t0).sent]?.t0 && !keepsCapital(a, t0))
    out.set(t0, tok(a, t0).value.toLowerCase());
  return out;
}

function join(prefix: string, wh: string, ...parts: string[]): string {
  const body = [wh, ...parts]
    .filter((p) => p.trim() !== '')
    .join(' ')
    .replace(/\s+([,.;:?!])/g, '$1')
    .replace(/[,;:]\s*$/, '')
    .trim();
  // "According to X, when did ...": the question word keeps its capital only at the start.
  const q = prefix
    ? `${prefix} ${body.charAt(0).toLowerCase()}${body.slice(1)}`
    : `${body.charAt(0).toUpperCase()}${body.slice(1)}`;
  return `${q}?`;
}
