// Clauses -> answer candidates: every phrase of a clause worth asking about (its subject, objects, obliques, a
// count or an amount inside them, a cause), typed, with its role in the clause and the question word the rules
// give it. Anything not answerable by a question stays a candidate for a cloze blank.
import type { Article, Mention } from '../article/types.js';
import { ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS } from '../article/lexicon.js';
import type { Clause } from './clauses.js';
import { kidsOf, phrase, subtree, tok } from './tree.js';
import { whRule, type AnswerType, type Role } from './wh-rules.js';

export interface Candidate {
  sent: number;
  clause: Clause;
  /** Head token of the answer phrase. */
  head: number;
  /** The answer phrase's tokens, in text order. */
  tokens: number[];
  type: AnswerType;
  role: Role;
  /** The preposition of an oblique ("in", "with"), or ''. */
  prep: string;
  mention: Mention | null;
  /** The question word and what the question removes; null when only a cloze can ask it. */
  wh: string | null;
  remove: Set<number>;
  rule: string | null;
}

/** The mention that covers a token, preferring the longest. */
export function mentionAt(a: Article, t: number): Mention | null {
  let best: Mention | null = null;
  for (const m of a.bySentence[tok(a, t).sent] ?? []) {
    if (m.t0 <= t && t < m.t1 && (!best || m.t1 - m.t0 > best.t1 - best.t0)) best = m;
  }
  return best;
}

const PRONOUN = /^(PRON|DET)$/;

/** "hundreds of demonstrators", "some of the officials": the kind is the noun after "of". */
function quantified(a: Article, head: number): number {
  const h = tok(a, head);
  if (!/^(hundreds|thousands|dozens|millions|some|many|most|all|several|one|two|three|none|few|lot|number|group|majority|couple)$/i.test(h.lower)) return head;
  const of = kidsOf(a, head).find((k) => tok(a, k).rel === 'nmod' && kidsOf(a, k).some((j) => tok(a, j).lower === 'of'));
  return of ?? head;
}

function typeOf(a: Article, head0: number, m: Mention | null): AnswerType | null {
  const head = quantified(a, head0);
  if (head !== head0) m = mentionAt(a, head);
  const h = tok(a, head);
  if (m) {
    if (m.type === 'name') return PERSON_NOUNS.has(h.lemma) ? 'person' : 'thing';
    if (m.type === 'norp') return 'thing';
    return m.type;
  }
  if (PRONOUN.test(h.pos)) return null;
  if (PERSON_NOUNS.has(h.lemma)) return 'person';
  if (ORG_NOUNS.has(h.lemma)) return 'org';
  if (PLACE_NOUNS.has(h.lemma)) return 'place';
  if (h.pos === 'NOUN' || h.pos === 'PROPN' || h.pos === 'ADJ' || h.pos === 'NUM') return 'thing';
  return null;
}

function roleOf(rel: string): Role | null {
  if (/^(nsubj|nsubj:pass|csubj)$/.test(rel)) return 'subj';
  if (rel === 'obj') return 'obj';
  if (rel === 'iobj') return 'iobj';
  if (rel === 'obl:unmarked' || rel === 'obl:tmod' || rel === 'obl:npmod') return 'unmarked';
  if (rel === 'obl:agent') return 'agent';
  if (rel.startsWith('obl')) return 'obl';
  if (rel === 'xcomp') return 'xcomp';
  return null;
}

function caseOf(a: Article, head: number): number {
  return kidsOf(a, head).find((k) => tok(a, k).rel === 'case' || (tok(a, k).rel === 'mark' && tok(a, k).pos === 'ADP')) ?? -1;
}

function candidate(a: Article, c: Clause, head: number, role: Role, tokens: number[], m: Mention | null, type: AnswerType): Candidate {
  const prepK = role === 'obl' || role === 'agent' ? caseOf(a, head) : -1;
  const prep = prepK >= 0 ? tok(a, prepK).lower : '';
  const rule = whRule(a, c, { head, role, type, prep, mention: m });
  const remove = new Set(tokens);
  if (rule?.dropCase && prepK >= 0) remove.add(prepK);
  for (const t of rule?.alsoRemove ?? []) remove.add(t);
  return { sent: c.sent, clause: c, head, tokens, type, role, prep, mention: m, wh: rule?.wh ?? null, remove, rule: rule?.id ?? null };
}

/** A count inside a phrase ("sent 100 tanks"): asked "How many tanks", answered "100". */
function counts(a: Article, c: Clause, argHead: number, argTokens: number[], role: Role): Candidate[] {
  const out: Candidate[] = [];
  for (const k of kidsOf(a, argHead)) {
    const m = mentionAt(a, k);
    if (!m || m.type !== 'number' || tok(a, k).rel !== 'nummod') continue;
    const tokens = argTokens.filter((t) => t >= m.t0 && t < m.t1);
    if (!tokens.length) continue;
    const cand = candidate(a, c, k, role === 'subj' ? 'subj-count' : 'count', tokens, m, m.type);
    // The whole phrase leaves the clause; "How many" carries its noun up front.
    for (const t of argTokens) cand.remove.add(t);
    out.push(cand);
  }
  return out;
}

/** The subject, the count in it, and the names its description lists. */
function subjectCandidates(a: Article, c: Clause): Candidate[] {
  const t = c.subj;
  if (t < 0 || c.subjFrom === 'none' || !c.subjTokens.length) return [];
  const m = mentionAt(a, t);
  const type = typeOf(a, t, m);
  if (!type) return [];
  const out = [candidate(a, c, t, 'subj', c.subjTokens, m, type), ...counts(a, c, t, c.subjTokens, 'subj')];
  const named = c.subjFrom === 'own' ? namesInApposition(a, c, t, type) : null;
  return named ? [...out, named] : out;
}

/** "His two deputies, [John Smith and Mary Jones], resigned": the names a subject's description lists in apposition
 * are the answer (round 7777's "Two future opponents ..., Washington and Thomas Gage, played [key roles]" asked the
 * filler: the whole subject was too long to blank; that sentence's parse hangs the names elsewhere). Only names (one
 * or several, with "and"), of people, places or bodies; the question takes the whole subject out. */
function namesInApposition(a: Article, c: Clause, head: number, type: AnswerType): Candidate | null {
  if (tok(a, head).pos !== 'NOUN') return null;
  const k = kidsOf(a, head).find((x) => x > head && tok(a, x).rel === 'appos' && tok(a, x - 1)?.value === ',');
  if (k === undefined) return null;
  const m = mentionAt(a, k);
  const kind = namedKind(m, type);
  if (!kind) return null;
  const tokens = phrase(a, k);
  const names = tokens.every((t) => /^(PROPN|CCONJ)$/.test(tok(a, t).pos) || tok(a, t).value === ',');
  if (!names || tok(a, tokens[0] as number).pos !== 'PROPN' || tok(a, tokens.at(-1) as number).pos !== 'PROPN') return null;
  const cand = candidate(a, c, k, 'subj', tokens, m !== null && m.t1 - m.t0 === tokens.length ? m : null, kind);
  for (const t of c.subjTokens) cand.remove.add(t);
  return cand;
}

/** The kind of the names in apposition: the name's own, else the description's ("One participant, [Paula Reyes]":
 * a noun not known for people, with a person's name); null when neither is a person, a body or a place. */
function namedKind(m: Mention | null, type: AnswerType): AnswerType | null {
  if (m && /^(person|org|place)$/.test(m.type)) return m.type as AnswerType;
  return /^(person|org|place)$/.test(type) ? type : null;
}

/** Verbs that give a thing its name: "lenses, known as [boudins]", "a layer called [the mesoglea]". */
const NAMING = /^(know|call|name|term|dub)$/;

/** "These stretched rocks can also pinch into lenses, known as [boudins], after the French word for sausage": the
 * term a phrase is given is asked with a blank (the phrase itself, "lenses, known as boudins", holds a verb and is no
 * answer; round 7777's reviewer missed the term). */
function terms(a: Article, c: Clause, head: number): Candidate[] {
  const out: Candidate[] = [];
  for (const k of kidsOf(a, head)) {
    const v = tok(a, k);
    if (v.rel !== 'acl' || v.tag !== 'VBN' || !NAMING.test(v.lemma) || k < head) continue;
    for (const [j, as] of namesGiven(a, k)) {
      const m = mentionAt(a, j);
      out.push(candidate(a, c, j, 'term', phrase(a, j, (y) => y === as), m, m?.type === 'person' ? 'person' : 'thing'));
    }
  }
  return out;
}

/** The nouns a naming verb gives ("called [X]", "known as [X]"), each with its "as" (or -1). */
function namesGiven(a: Article, verb: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const j of kidsOf(a, verb)) {
    const x = tok(a, j);
    const as = kidsOf(a, j).find((y) => tok(a, y).rel === 'case' && tok(a, y).lower === 'as') ?? -1;
    if (/^(NOUN|PROPN)$/.test(x.pos) && (x.rel === 'xcomp' || (x.rel.startsWith('obl') && as >= 0))) out.push([j, as]);
  }
  return out;
}

export function candidatesOf(a: Article, c: Clause): Candidate[] {
  const out: Candidate[] = [];
  const add = (head: number, role: Role, drop?: (k: number) => boolean): void => {
    const tokens = phrase(a, head, drop);
    const m = mentionAt(a, head);
    const type = typeOf(a, head, m);
    if (!type || tokens.length === 0) return;
    // A phrase with a hole in it ("2.3% [in] Tokyo" when the parser hangs the figure on the place) is no answer.
    const span = [...tokens].sort((x, y) => x - y);
    if ((span.at(-1) as number) - (span[0] as number) + 1 !== span.length) return;
    // "his Ukrainian counterpart, Dmytro Kuleba": the name is the answer; a question drops the whole phrase.
    // (An apposition with a preposition of its own is a misread oblique: "his prize [to ... Reeve]".)
    const appos = tok(a, head).pos === 'NOUN' ? kidsOf(a, head).find((k) => tok(a, k).rel === 'appos' && tok(a, phrase(a, k)[0] ?? k).pos !== 'ADP') : undefined;
    const named = appos !== undefined ? mentionAt(a, appos) : null;
    if (named && (named.type === 'person' || named.type === 'org' || named.type === 'place')) {
      const nameTokens: number[] = [];
      for (let t = named.t0; t < named.t1; t++) nameTokens.push(t);
      const cand = candidate(a, c, head, role, nameTokens, named, named.type);
      for (const t of subtree(a, head, drop)) cand.remove.add(t);
      out.push(cand);
      return;
    }
    // "more than $7 billion in aid", "in 2007 after 18 years": the figure or the date is the answer; the question
    // takes out the whole phrase ("How much aid" carries its noun).
    if (m && /^(amount|percent|date|duration)$/.test(m.type) && m.t0 <= head && head < m.t1) {
      const figure = tokens.filter((t) => t >= m.t0 && t < m.t1);
      const cand = candidate(a, c, head, role, figure, m, m.type as AnswerType);
      for (const t of tokens) cand.remove.add(t);
      out.push(cand);
      return;
    }
    out.push(candidate(a, c, head, role, tokens, m, type));
    out.push(...counts(a, c, head, tokens, role));
    out.push(...terms(a, c, head));
  };
  if (c.kind === 'attribution') {
    // Only who said it: the rest of the clause is how ("on X, the social media site ...").
    const m = mentionAt(a, c.subj);
    const type = typeOf(a, c.subj, m);
    // Only a named speaker: "Who said ...? Authorities" teaches nothing.
    // (A person, or an organisation sure of its kind: "Journey of Romeo Dallaire" is a film, not a speaker.)
    if (type && c.subjTokens.length && m && (m.type === 'person' || (m.type === 'org' && !/ of /.test(m.text)))) out.push({ ...candidate(a, c, c.subj, 'subj', c.subjTokens, m, type), wh: 'Who', rule: 'quote-who' });
    return out;
  }
  out.push(...subjectCandidates(a, c));
  // The predicate's own objects, and those of the infinitives it governs ("agreed to begin [talks on ...]": "What
  // did the two agree to begin?").
  const heads = [c.pred];
  for (let i = 0; i < heads.length && i < 4; i++) {
    for (const k of kidsOf(a, heads[i] as number)) {
      const x = tok(a, k);
      if (x.rel === 'xcomp' && x.pos === 'VERB' && kidsOf(a, k).some((j) => tok(a, j).lower === 'to' && tok(a, j).rel === 'mark') && c.rest.includes(k)) heads.push(k);
      const role = roleOf(x.rel);
      if (!role || role === 'subj' || (i > 0 && role === 'xcomp')) continue;
      // An object with a preposition ("comes [out of] behaviour" read as an object) is a misread oblique.
      if ((role === 'obj' || role === 'iobj') && kidsOf(a, k).some((j) => tok(a, j).rel === 'case')) continue;
      // The preposition and the clause's own subordinator are not part of the answer.
      add(k, role, (y) => tok(a, y).rel === 'case' && tok(a, y).head === k);
    }
  }
  // Names, dates and figures inside a longer phrase ("the capital of [France]") are asked with a blank.
  const taken = new Set(out.map((x) => `${x.tokens[0]}:${x.tokens.at(-1)}`));
  const inClause = new Set([...c.subjTokens, ...c.rest]);
  for (const m of a.bySentence[c.sent] ?? []) {
    if (m.type === 'ordinal' || m.type === 'norp' || !inClause.has(m.t0) || taken.has(`${m.t0}:${m.t1 - 1}`)) continue;
    // "_____'s all conquering team", "the _____ suburb of Bucha": a name that only modifies another noun is no
    // fact of its own; a blank on it reads as a puzzle.
    const rel = tok(a, m.t1 - 1).rel;
    if (/^(nmod:poss|compound|amod|flat)$/.test(rel) && (m.type === 'person' || m.type === 'place' || m.type === 'org' || m.type === 'name')) continue;
    // A mention belongs to the innermost clause that holds it: skip it when its head is another clause's.
    const tokens: number[] = [];
    for (let t = m.t0; t < m.t1; t++) tokens.push(t);
    const type = m.type === 'name' ? 'thing' : m.type;
    out.push(candidate(a, c, m.t1 - 1, 'nested', tokens, m, type));
    taken.add(`${m.t0}:${m.t1 - 1}`);
  }
  // "X is [the capital of Y]": the predicate itself.
  if (c.cop >= 0 && c.subjFrom === 'own' && c.factual) {
    const tokens = phrase(a, c.pred, (k) => k === c.subj || k === c.cop || /^(nsubj|cop|aux|punct|cc|conj|mark|advcl|case)/.test(tok(a, k).rel));
    const type = typeOf(a, c.pred, mentionAt(a, c.pred));
    if (type) out.push(candidate(a, c, c.pred, 'pred', tokens, mentionAt(a, c.pred), type));
  }
  return out;
}
