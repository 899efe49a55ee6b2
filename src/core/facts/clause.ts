// The main clause of a sentence (lead adverbial, subject, verb group, rest) and the two ways to turn it into a
// question: asking for the subject ("Who made a visit ...?") or for something after the verb, with do-support
// ("When did Prime Minister Fumio Kishida visit Kyiv?").
import { mentionsIn } from '../article/index.js';
import type { Article, Mention, Sentence, Token } from '../article/types.js';
import { titled } from './names.js';
import { findRefs, refText } from './refs.js';

export interface Clause {
  sent: Sentence;
  lead: [number, number] | null;
  subj: [number, number];
  verbs: [number, number];
  rest: [number, number];
}

const LEAD_POS = new Set(['ADP', 'ADV', 'SCONJ']);
const GROUP_POS = new Set(['AUX', 'PART', 'ADV', 'VERB']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there']);
const BREAK_WORDS = new Set(['which', 'where', 'who', 'whom', 'whose', 'while', 'although', 'because', 'amid', 'including', 'but']);

export function parseClause(a: Article, s: Sentence): Clause | null {
  const tk = a.tokens;
  let t = s.t0;
  let lead: Clause['lead'] = null;
  const first = tk[t];
  if (!first || /^["“'‘]/.test(first.value)) return null;
  if (LEAD_POS.has(first.pos)) {
    for (let k = t; k < Math.min(s.t1, t + 12); k++) {
      if (tk[k]?.value === ',') {
        lead = [t, k];
        t = k + 1;
        break;
      }
    }
    if (!lead) return null;
  }
  let subj0 = t;
  let subjEnd = -1;
  let after = -1;
  while (t < s.t1 && !(tk[t]?.pos === 'VERB' || tk[t]?.pos === 'AUX')) {
    const v = tk[t]?.value ?? '';
    if (v === ',' && subjEnd < 0) {
      // "Group of Seven nations, of which Japan is a member, said": skip a short enclosed part.
      let k = t + 1;
      while (k < Math.min(s.t1, t + 12) && tk[k]?.value !== ',') k++;
      if (tk[k]?.value !== ',') return null;
      subjEnd = t;
      t = k + 1;
      after = t;
      continue;
    }
    if (v === ',' || v === '"' || v === '“' || v === ';' || v === '—' || v === '(') return null;
    t++;
  }
  // "British filmmaker, screenwriter and playwright, Mike Leigh has been ...": words between the enclosed part and
  // the verb are the subject; what came before was a description of it.
  if (after >= 0 && t > after) {
    subj0 = after;
    subjEnd = t;
  }
  if (subjEnd < 0) subjEnd = t;
  if (subjEnd === subj0 || subjEnd - subj0 > 12 || t >= s.t1) return null;
  if (!tk.slice(subj0, subjEnd).some((x) => /^(NOUN|PROPN|PRON|NUM)$/.test(x.pos))) return null;
  const v0 = t;
  // "Previous versions -- starring ...": a bare -ing form is not a clause's verb.
  if (tk[v0]?.pos === 'VERB' && /ing$/.test(tk[v0]?.lower ?? '')) return null;
  while (t < s.t1 && GROUP_POS.has(tk[t]?.pos ?? '')) {
    const pos = tk[t]?.pos;
    t++;
    if (pos === 'VERB') break;
  }
  let end = s.t1;
  while (end > t && /^(PUNCT|SPACE)$/.test(tk[end - 1]?.pos ?? '') && !/^["”’']$/.test(tk[end - 1]?.value ?? '')) end--;
  return { sent: s, lead, subj: [subj0, subjEnd], verbs: [v0, t], rest: [t, end] };
}

/** Joins tokens back into text, keeping the article's own spacing. */
export function span(a: Article, t0: number, t1: number, skip?: (i: number) => boolean): string {
  let out = '';
  let prevEnd = -1;
  for (let i = t0; i < t1; i++) {
    const tok = a.tokens[i];
    if (!tok || tok.pos === 'SPACE' || skip?.(i)) continue;
    out += (out && tok.start > prevEnd ? ' ' : '') + tok.value;
    prevEnd = tok.end;
  }
  return out.replace(/\s+([,.;:!?])/g, '$1').trim();
}

const insideCache = new WeakMap<Article, Uint8Array>();

/** 1 for tokens inside a multi-token mention after its first token: no cut may fall there. */
function inside(a: Article): Uint8Array {
  let m = insideCache.get(a);
  if (!m) {
    m = new Uint8Array(a.tokens.length);
    for (const x of a.mentions) for (let t = x.t0 + 1; t < x.t1; t++) m[t] = 1;
    insideCache.set(a, m);
  }
  return m;
}

/** The rest of the clause, cut at the first clause break so questions stay short. */
export function restCut(a: Article, c: Clause, minWords: number): number {
  let n = 0;
  const ins = inside(a);
  for (let i = c.rest[0]; i < c.rest[1]; i++) {
    const tok = a.tokens[i] as Token;
    if (ins[i]) {
      n++;
      continue;
    }
    const next = a.tokens[i + 1];
    // A quotation is kept whole: 'Who said the judgment was "a big win for European consumers"?'
    if (tok.value === '“' || (tok.value === '"' && i > c.rest[0])) {
      let j = i + 1;
      while (j < Math.min(c.rest[1], i + 16) && !/^["”]$/.test(a.tokens[j]?.value ?? '')) j++;
      if (j < c.rest[1] && /^["”]$/.test(a.tokens[j]?.value ?? '') && n >= minWords) return j + 1;
    }
    const brk = /^[,;:—–"“”(]$/.test(tok.value) || tok.value === '--' || BREAK_WORDS.has(tok.lower) ||
      (tok.lower === 'and' && next !== undefined && /^(AUX|VERB)$/.test(next.pos));
    if (brk && n >= minWords) return i;
    // Long tails end at the next preposition: questions ask one thing.
    // (Not inside a word: "carry-on".)
    if (n >= 9 && (tok.pos === 'ADP' || tok.pos === 'SCONJ') && tok.start > (a.tokens[i - 1]?.end ?? 0)) return i;
    if (tok.pos !== 'PUNCT') n++;
  }
  return c.rest[1];
}

/** Tokens with references named ("the airline" -> "Air New Zealand", "his" -> "Chris Rock's"). */
export function spanNamed(a: Article, t0: number, t1: number, skip?: (i: number) => boolean, avoid: string[] = []): string {
  const refs = findRefs(a);
  const parts: string[] = [];
  // The question's own subject stays "her" ("Where did Marguerite Okafor-Lindqvist die at her home?").
  const named = new Set<string>(avoid);
  let i = t0;
  while (i < t1) {
    const r = refs.get(i);
    if (r && !r.local && r.t1 <= t1 && !skip?.(i) && !named.has(r.name)) {
      named.add(r.name);
      parts.push(refText(r));
      i = r.t1;
      continue;
    }
    let j = i + 1;
    while (j < t1 && !refs.has(j)) j++;
    parts.push(span(a, i, j, skip));
    i = j;
  }
  return parts.filter(Boolean).join(' ').replace(/\s+([,.;:!?])/g, '$1').replace(/ (['’]s)\b/g, '$1').trim();
}

function subjectText(a: Article, c: Clause, resolvePronoun: (s: Sentence) => string | null): string | null {
  const [s0, s1] = c.subj;
  const firstTok = a.tokens[s0] as Token;
  const ref = findRefs(a).get(s0);
  if (ref && !ref.local && ref.t1 === s1) return ref.type === 'person' ? titled(a, ref.name) : ref.name;
  if (s1 - s0 === 1 && PRONOUNS.has(firstTok.lower)) {
    if (firstTok.lower === 'he' || firstTok.lower === 'she') return resolvePronoun(c.sent);
    return null;
  }
  const text = spanNamed(a, s0, s1);
  if (ref && !ref.local) return text; // starts with the name of "Her" ("Marguerite ...'s husband")
  // A name keeps its capital; a sentence's first word that names nothing ("Sales of hybrid cars") does not.
  // (A title before a name counts: "Foreign Minister Yoshimasa Hayashi".)
  const mentions = mentionsIn(a, c.sent.index);
  const inName = (t: number): boolean => mentions.some((m) => m.t0 <= t && m.t1 > t);
  let k = s0;
  while (k < s1 && a.tokens[k]?.pos === 'PROPN' && !inName(k)) k++;
  const named = inName(k) || (firstTok.pos === 'PROPN' && s0 !== c.sent.t0);
  return named || /^[A-Z]{2}/.test(firstTok.value) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Lead adverbial worth keeping at the end of a question: it holds a date or place and no pronoun. */
function leadTail(a: Article, c: Clause, avoid: Mention | null): string {
  if (!c.lead) return '';
  const [l0, l1] = c.lead;
  if (a.tokens.slice(l0, l1).some((t) => t.pos === 'PRON')) return '';
  const has = mentionsIn(a, c.sent.index).some((m) => m.t0 >= l0 && m.t1 <= l1 && m.type === 'date' && m !== avoid);
  if (!has || (avoid && avoid.t0 >= l0 && avoid.t1 <= l1)) return '';
  const text = span(a, l0, l1);
  return ' ' + text.charAt(0).toLowerCase() + text.slice(1);
}

export function inSubject(c: Clause, m: Mention): boolean {
  return m.t0 >= c.subj[0] && m.t1 <= c.subj[1];
}

/** "Who made an unannounced visit to Ukraine on Saturday?" — the mention must be (nearly) the whole subject. */
export function askSubject(a: Article, c: Clause, m: Mention, wh: string, whole = false): string | null {
  if (!inSubject(c, m)) return null;
  if (whole) return `${wh} ${span(a, c.verbs[0], c.verbs[1])} ${span(a, c.rest[0], restCut(a, c, 3))}${leadTail(a, c, null)}?`.replace(/\s+/g, ' ').replace(' ?', '?');
  // "Researchers from Yale University compared ...": the name is not the subject, only part of it.
  for (let k = c.subj[0]; k < m.t0; k++) if (a.tokens[k]?.pos === 'ADP') return null;
  const extra = a.tokens.slice(c.subj[0], c.subj[1]).filter((t, i) => {
    const k = c.subj[0] + i;
    return (k < m.t0 || k >= m.t1) && !/^(DET|PUNCT)$/.test(t.pos) && !(m.title && t.pos === 'PROPN');
  });
  if (extra.length > 2) return null;
  // "Group of Seven nations said": ask "Which nations said", the answer being the name. A phrase after it
  // ("Apple on Monday unveiled") is an adjunct, not its head.
  const adp = extra.findIndex((t) => t.start >= m.end && t.pos === 'ADP');
  const head = extra.filter((t, i) => t.start >= m.end && (adp < 0 || i < adp) && (t.pos === 'NOUN' || t.pos === 'PROPN'));
  // "Novo Nordisk shares rose": whose shares; "Group of Seven nations said": which nations.
  const owned = head.length > 0 && (m.type === 'org' || m.type === 'person') && OWNED.test(head.at(-1)?.lower ?? '');
  if (owned) wh = `Whose ${head.map((t) => t.value).join(' ')}`;
  else if (head.length > 0 && wh !== 'Who') wh = `Which ${head.map((t) => t.value).join(' ')}`;
  else if (extra.some((t, i) => t.start >= m.end && (adp < 0 || i < adp))) return null;
  const verbs = span(a, c.verbs[0], c.verbs[1]);
  const cut = restCut(a, c, 3);
  const rest = span(a, c.rest[0], cut);
  return balanced(`${wh} ${verbs}${rest ? ' ' + rest : ''}${leadTail(a, c, null)}?`);
}

/** A question cut inside a quotation closes it: 'Who called the vote "a historic step"?'. */
function balanced(q: string): string {
  return (q.match(/"/g) ?? []).length % 2 === 1 ? q.replace(/\?$/, '"?') : q;
}

/** The subject's head is one thing or person: "The museum in Lyon", "Hayashi", "he". */
function singularSubject(a: Article, c: Clause): boolean {
  const toks = a.tokens.slice(c.subj[0], c.subj[1]);
  if (toks.length === 1 && toks[0]?.pos === 'PRON') return /^(he|she|it)$/.test(toks[0].lower);
  const i = toks.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (i < 0) return false;
  let j = i;
  while (j + 1 < toks.length && (toks[j + 1]?.pos === 'NOUN' || toks[j + 1]?.pos === 'PROPN')) j++;
  const head = toks[j] as Token;
  return head.pos === 'PROPN' ? !/s$/.test(head.lower) : head.lower === head.lemma && !/^(people|police|staff)$/.test(head.lower);
}

const OWNED = /^(shares|stock|stocks|employees|workers|staff|executives|fans|supporters|lawyers|customers|profits|profit|sales|revenue|board|chief|spokesman|spokeswoman)$/;

const DO_FORMS: Record<string, string> = { s: 'does', base: 'do', past: 'did' };

/**
 * Asks for a span after the verb (or in the lead): removes it and inverts with the auxiliary or do-support.
 * `remove` is the token range to drop (the answer with its preposition or head noun).
 */
export function askObject(
  a: Article,
  c: Clause,
  remove: [number, number],
  wh: string,
  resolvePronoun: (s: Sentence) => string | null,
  /** The removed span may start at the clause break itself ("because of ballooning costs" at the end). */
  atBreak = false,
): string | null {
  const inRest = remove[0] >= c.rest[0] && remove[1] <= c.rest[1];
  const inLead = c.lead !== null && remove[0] >= c.lead[0] && remove[1] <= c.lead[1];
  if (!inRest && !inLead) return null;
  const subj = subjectText(a, c, resolvePronoun);
  if (!subj) return null;
  const vt = a.tokens.slice(c.verbs[0], c.verbs[1]);
  const firstV = vt[0];
  if (!firstV) return null;
  let head: string;
  let tail: string;
  if (firstV.pos === 'AUX') {
    head = firstV.value;
    tail = span(a, c.verbs[0] + 1, c.verbs[1]);
    if (vt.length === 1 && firstV.lemma === 'be' && inRest && remove[0] === c.rest[0]) return null; // "X is [answer]": a definition, asked elsewhere
  } else {
    const main = vt.find((t) => t.pos === 'VERB');
    if (!main) return null;
    let form = main.value.toLowerCase() === main.lemma ? 'base' : /s$/.test(main.value) && !/ed$/.test(main.value) ? 's' : 'past';
    // "The museum shut its wing": with a singular subject a bare form is a past tense (shut, put, cut, set).
    if (form === 'base' && singularSubject(a, c)) form = 'past';
    head = DO_FORMS[form] ?? 'did';
    tail = vt.map((t) => (t === main ? main.lemma : t.value)).join(' ');
  }
  let natural = restCut(a, c, 3);
  // "How much will the device cost [and go on sale ...]": a second predicate after the answer is another question;
  // "How much did turnout reach[, the highest since ...]": so is an apposition to it.
  if (inRest && a.tokens[remove[1]]?.pos === 'CCONJ' && /^(VERB|AUX)$/.test(a.tokens[remove[1] + 1]?.pos ?? '')) natural = Math.min(natural, remove[1]);
  if (inRest && a.tokens[remove[1]]?.value === ',') natural = Math.min(natural, remove[1]);
  if (inRest && remove[0] >= natural && !(atBreak && remove[0] === natural)) return null; // the answer lies beyond the part of the clause we keep
  const cut = inRest ? Math.max(natural, remove[1]) : natural;
  const own = mentionsIn(a, c.sent.index).filter((m) => m.t0 >= c.subj[0] && m.t1 <= c.subj[1]).map((m) => m.canonical);
  const subjRef = findRefs(a).get(c.subj[0]);
  if (subjRef) own.push(subjRef.name);
  const rest = spanNamed(a, c.rest[0], cut, (i) => i >= remove[0] && i < remove[1], own).replace(/[,;:]$/, '');
  const lead = inLead ? '' : leadTail(a, c, null);
  const q = `${wh} ${head} ${subj} ${tail}${rest ? ' ' + rest : ''}${lead}`.replace(/\s+/g, ' ').trim();
  return balanced(q.replace(/[\s,]+$/, '') + '?');
}
