// Sentences -> typed facts. Every named thing, date and figure in a sentence is a candidate answer; the sentence's
// verbs decide the fact's kind (visit, meeting, statement, rank ...), and the clause decides the question form.
import { figureOf } from '../article/amounts.js';
import { isKnownPlace, COUNTRIES } from '../article/gazetteer.js';
import { mentionsIn } from '../article/index.js';
import type { Article, Mention, Sentence, Token } from '../article/types.js';
import { askObject, askSubject, inSubject, parseClause, span, type Clause } from './clause.js';
import { hash, norm } from './ids.js';
import { answerText, pronounResolver, titled } from './names.js';
import { causeClauses, causeQuestion, isCause, nounChunks, phraseAsks } from './phrases.js';
import { nameRefs } from './refs.js';
import { attribution, silly, SPEECH_LEMMAS } from './silly.js';
import type { AnswerType, Ask, Fact, FactKind } from './types.js';

const ASKABLE = new Set(['person', 'place', 'org', 'thing', 'date', 'time', 'amount', 'number', 'percent', 'duration']);
const TYPE_WEIGHT: Record<string, number> = { person: 3, amount: 3, date: 2.5, place: 2, org: 2, number: 2.5, percent: 2, time: 2, duration: 1.5, thing: 1, phrase: 1.5 };
const KIND_WEIGHT: Record<FactKind, number> = { visit: 3, rank: 3, amount: 2.5, meeting: 2, role: 2, quote: 1.5, statement: 1.5, event: 1.5, detail: 0 };
const TAGS: Record<string, string> = { person: 'who', org: 'who', place: 'where', date: 'when', time: 'when', duration: 'how-long', amount: 'how-much', number: 'how-many', percent: 'how-much', thing: 'what' };
const PLACE_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'inside', 'outside']);
const RANK_WORDS = /\b(first|final|last|only|second|third|largest|biggest|youngest|oldest|highest|lowest)\b/i;
const countries = new Set(COUNTRIES);
const CHANGE_VERBS = new Set(['rise', 'fall', 'jump', 'drop', 'increase', 'decrease', 'grow', 'climb', 'slide', 'plunge', 'surge', 'gain', 'lose', 'soar', 'slump', 'decline', 'shrink', 'cut', 'raise', 'lower', 'boost', 'slow', 'ease', 'accelerate', 'dip', 'tumble', 'rally', 'edge', 'sink', 'widen', 'narrow']);

function kindOf(tokens: Token[], s: Sentence): FactKind {
  const lemmas = new Set(tokens.slice(s.t0, s.t1).map((t) => t.lemma));
  if (RANK_WORDS.test(s.text) && /\bto [a-z]+\b|\bfor the first time\b/.test(s.text)) return 'rank';
  if (lemmas.has('visit') || lemmas.has('trip') || lemmas.has('travel') || lemmas.has('tour')) return 'visit';
  if (lemmas.has('meet') || lemmas.has('talk')) return 'meeting';
  if (['say', 'announce', 'agree', 'declare', 'pledge', 'promise', 'sign', 'state'].some((l) => lemmas.has(l))) return 'statement';
  return 'detail';
}

function whFor(m: Mention): string {
  if (m.type === 'person') return 'Who';
  if (m.type === 'place') return countries.has(m.canonical) ? 'Which country' : 'Where';
  return 'What';
}

/** The words to remove with an answer: its preposition, and for amounts a following "in aid". */
function removalFor(a: Article, m: Mention): { range: [number, number]; suffix: string } {
  let t0 = m.t0;
  let t1 = m.t1;
  let suffix = '';
  if (a.tokens[t0 - 1]?.pos === 'DET') t0--;
  if (m.type === 'place' && a.tokens[t0 - 1]?.lower === 'of') {
    // "in the Indian state of Orissa": the whole phrase goes, from its preposition.
    let k = t0 - 2;
    while (k > t0 - 8 && k >= 0 && /^(DET|ADJ|NOUN|PROPN|PART)$/.test(a.tokens[k]?.pos ?? '')) k--;
    if (PLACE_PREPS.has(a.tokens[k]?.lower ?? '')) return { range: [k, t1], suffix };
  }
  if (a.tokens[t0 - 1]?.pos === 'ADP') t0--;
  if (m.type === 'amount' || m.type === 'number') {
    const n1 = a.tokens[t1];
    const n2 = a.tokens[t1 + 1];
    if (n1?.lower === 'in' && n2?.pos === 'NOUN') {
      suffix = n2.value;
      t1 += 2;
    } else if (n1 && n1.pos === 'NOUN' && m.type === 'number') {
      suffix = n1.value;
      t1 += 1;
      if (a.tokens[t1]?.pos === 'NOUN') suffix += ' ' + (a.tokens[t1++]?.value ?? '');
    }
  }
  return { range: [t0, t1], suffix };
}

function questionFor(a: Article, c: Clause | null, m: Mention, resolve: ReturnType<typeof pronounResolver>): string | null {
  if (!c) return null;
  if (['person', 'org', 'thing', 'place'].includes(m.type) && inSubject(c, m)) {
    // Whoever says something is asked with "Who", even an organisation ("Who said ...? The police").
    const speaks = a.tokens.slice(c.verbs[0], c.verbs[1]).some((t) => SPEECH_LEMMAS.has(t.lemma));
    // A place as the subject is a thing that acts: "What inspired Darwin's theory?", not "Where inspired ...".
    const wh = speaks && m.type !== 'place' ? 'Who' : m.type === 'place' ? (countries.has(m.canonical) ? 'Which country' : 'What') : whFor(m);
    return askSubject(a, c, m, wh);
  }
  if (m.type === 'number' && m.t0 === c.subj[0] && c.subj[1] > m.t1 && (figureOf(m.text) ?? 1) !== 1 && a.tokens[m.t1]?.lower !== 'of') {
    // "Twenty-three civilians have died": "How many civilians have died?"
    const head = span(a, m.t1, c.subj[1]);
    return askSubject(a, c, m, `How many ${head}`, true);
  }
  // A possessor or a modifier ("Russia's February 2022 invasion") cannot be lifted out of its phrase.
  const after = a.tokens[m.t1];
  if (after && (/^['’]s$/.test(after.value) || (m.type === 'date' && (after.pos === 'NOUN' || after.pos === 'PROPN')))) return null;
  if (m.type === 'date' && m.date && a.ref && m.date.sortKey > a.ref.y * 10000 + a.ref.m * 100 + a.ref.d) return null;
  const { range, suffix } = removalFor(a, m);
  // Only what the main verb governs: an answer after another verb ("leaving workers with four captives") is
  // part of a side clause, and the question would not read.
  for (let i = c.rest[0]; i < range[0]; i++) if (a.tokens[i]?.pos === 'VERB' || a.tokens[i]?.pos === 'AUX') return null;
  if (/^(CCONJ|PUNCT)$/.test(a.tokens[range[0] - 1]?.pos ?? '')) return null; // one item of a list
  // "after 18 years and $20 billion": likewise (but "... in aid and has sent ..." joins two predicates).
  if (a.tokens[range[1]]?.pos === 'CCONJ' && !/^(VERB|AUX)$/.test(a.tokens[range[1] + 1]?.pos ?? '')) return null;

  if (m.type === 'date') return askObject(a, c, range, 'When', resolve);
  if (m.type === 'time') return /\d/.test(m.text) ? askObject(a, c, range, 'At what time', resolve) : null;
  // "a new $12 million budget": the figure describes a noun, and "How much did ... approve a new budget?" reads
  // wrong; the blank asks it better.
  if ((m.type === 'amount' || m.type === 'percent') && !suffix && /^(NOUN|ADJ)$/.test(a.tokens[m.t1]?.pos ?? '')) return null;
  if (m.type === 'amount' || m.type === 'percent') {
    // "profit rose 35%": by how much; "rose to 1.12 trillion yen": the blank reads better than any question.
    const change = a.tokens.slice(c.verbs[0], c.verbs[1]).some((t) => CHANGE_VERBS.has(t.lemma));
    if (change && (a.tokens[range[0]]?.pos === 'ADP' || a.tokens[m.t0 - 1]?.lower === 'to')) return null;
    return askObject(a, c, range, change && !suffix ? 'By how much' : suffix ? `How much ${suffix}` : 'How much', resolve);
  }
  if (m.type === 'number') {
    const n = figureOf(m.text);
    if (n === null || n === 1) return null; // "How many hostage was ...", "How many of workers ..."
    if (range[0] < m.t0 && a.tokens[range[0]]?.pos === 'ADP') return null; // "after two crashes": no question reads well
    if (!suffix || /^(year|years|month|months|day|days)$/.test(suffix)) return null;
    return askObject(a, c, range, `How many ${suffix}`, resolve);
  }
  if (m.type === 'duration' && /\d|^(one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(m.text)) return askObject(a, c, range, 'How long', resolve);
  // "in Kyiv", "in the Cook Islands", "in the Indian state of Orissa".
  const placePrep = PLACE_PREPS.has(a.tokens[m.t0 - 1]?.lower ?? '') || PLACE_PREPS.has(a.tokens[range[0]]?.lower ?? '') || range[0] < m.t0 - 2;
  if (m.type === 'place' && placePrep && !(c.lead && m.t0 < c.lead[1])) {
    const q = askObject(a, c, range, 'Where', resolve);
    return q && a.tokens[m.t0 - 1]?.lower === 'from' ? q.replace(/\?$/, ' from?') : q;
  }
  return null;
}


/** Cloze: the sentence with the answer blanked; people keep the blank for their whole written name. */
function cloze(a: Article, s: Sentence, m: Mention): string {
  // Every mention of the same person or thing in the sentence is blanked: "_____, a spokesman ..., _____ told CNN"
  // asks the name without giving it away in its second mention.
  const same = m.type === 'person' || m.type === 'org' || m.type === 'place' ? mentionsIn(a, s.index).filter((x) => x.canonical === m.canonical && x.end <= s.end) : [m];
  let out = '';
  let at = s.start;
  const answer = answerText(m);
  for (const x of same.length ? same : [m]) {
    if (x.start < at) continue;
    out += nameRefs(a, s, at, x.start, answer, out) + '_____';
    at = x.end;
  }
  return out + nameRefs(a, s, at, s.end, answer, out);
}

/** Words for the give-away check: one cheap pass (it runs on every candidate prompt). */
function words(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9$%]+/g, ' ').trim();
}

export function giveaway(prompt: string, answer: string): boolean {
  const p = ` ${words(prompt)} `;
  const ans = words(answer);
  if (!ans) return true;
  if (p.includes(` ${ans} `)) return true;
  // Any distinctive word of a name or figure in the prompt gives it away ("Hayashi" for "Yoshimasa Hayashi").
  return ans.split(' ').some((w) => (w.length >= 4 || /\d/.test(w)) && !/^(more|than|about|less|over|nearly)$/.test(w) && p.includes(` ${w} `));
}

function makeAsk(a: Article, s: Sentence, c: Clause | null, m: Mention, kind: FactKind, resolve: ReturnType<typeof pronounResolver>): Ask | null {
  const answer = answerText(m);
  if (!answer || answer.length > 60) return null;
  let prompt = questionFor(a, c, m, resolve);
  let isCloze = false;
  if (!prompt || giveaway(prompt, answer) || prompt.split(' ').length < 4) {
    prompt = cloze(a, s, m);
    isCloze = true;
    if (giveaway(prompt.replaceAll('_____', ' '), answer)) return null;
  }
  const ent = a.entities.get(m.canonical);
  const salience = ent ? SALIENCE_WEIGHT * Math.log2(1 + ent.count) : 0;
  const position = 1.5 * (1 - s.index / Math.max(1, a.sentences.length)) + CENTRALITY_WEIGHT * centrality(a, s);
  const score = (TYPE_WEIGHT[m.type] ?? 1) + KIND_WEIGHT[kind] + salience + position - (isCloze ? CLOZE_PENALTY : 0) - (prompt.length > 160 ? 1 : 0);
  const tags = [TAGS[m.type] ?? 'what'];
  if (kind === 'rank') tags.push('order');
  return { prompt, answer, type: m.type as AnswerType, tags, cloze: isCloze, start: m.start, end: m.end, score };
}

const CENTRALITY_WEIGHT = 4;
const CLOZE_PENALTY = 1.5;
const CHUNK_WEIGHT = -2;
const SALIENCE_WEIGHT = 1;
const centralCache = new WeakMap<Article, number[]>();

/** 0..1: how much a sentence is about what the whole article is about (its words recur elsewhere). */
function centrality(a: Article, s: Sentence): number {
  let c = centralCache.get(a);
  if (!c) {
    const counts = new Map<string, number>();
    const content = (t: Token): boolean => /^(NOUN|PROPN|VERB|NUM)$/.test(t.pos) && t.lemma.length > 2 && t.lemma !== 'say';
    for (const t of a.tokens) if (content(t)) counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
    const raw = a.sentences.map((x) => {
      let sum = 0;
      let n = 0;
      for (let i = x.t0; i < x.t1; i++) {
        const t = a.tokens[i] as Token;
        if (!content(t)) continue;
        sum += Math.log2(counts.get(t.lemma) ?? 1);
        n++;
      }
      return n ? sum / Math.sqrt(n) : 0;
    });
    const max = raw.reduce((m, v) => Math.max(m, v), 1e-9);
    c = raw.map((v) => v / max);
    centralCache.set(a, c);
  }
  return c[s.index] ?? 0;
}

const headCounts = new WeakMap<Article, Map<string, number>>();

/** How often a noun's lemma occurs in the article: a phrase about a recurring thing matters more. */
function headFrequency(a: Article, head: string): number {
  let m = headCounts.get(a);
  if (!m) {
    m = new Map();
    for (const t of a.tokens) if (t.pos === 'NOUN') m.set(t.lemma, (m.get(t.lemma) ?? 0) + 1);
    headCounts.set(a, m);
  }
  return (m.get(head) ?? 1) - 1;
}

/** Facts keyed on what they say, not where: an edit elsewhere leaves their ids alone. */
function factId(kind: FactKind, normalizedKey: string): string {
  return 'f' + hash(`${kind}|${normalizedKey}`);
}

export function sentenceFacts(a: Article, s: Sentence, resolve: ReturnType<typeof pronounResolver>): Fact[] {
  // A rhetorical or interview question in the article ("When will we tire of this circus?") states no fact.
  if (/\?["”’]?$/.test(s.text)) return [];
  const c = parseClause(a, s);
  const kind = kindOf(a.tokens, s);
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const sentKey = norm(s.text);
  for (const m of mentionsIn(a, s.index)) {
    if (!ASKABLE.has(m.type)) continue;
    if (m.type === 'duration' && figureOf(m.text.split(' ')[0] ?? '') === null) continue; // "days" alone says nothing
    if (m.type === 'date' && !m.date && !/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4})\b/i.test(m.text)) continue;
    if (m.type === 'place' && !isKnownPlace(m.canonical) && m.text.split(' ').length > 4) continue;
    if (silly(a, s, m)) continue;
    const ask = makeAsk(a, s, c, m, m.type === 'amount' ? 'amount' : kind === 'detail' && m.type === 'date' ? 'event' : kind, resolve);
    if (!ask || seen.has(ask.answer)) continue;
    seen.add(ask.answer);
    const k: FactKind = m.type === 'amount' ? 'amount' : kind === 'detail' && m.type === 'date' ? 'event' : kind;
    const f: Fact = { id: factId(k, `${norm(ask.answer)}|${sentKey}`), kind: k, sent: s, asks: [ask] };
    if (m.date) f.date = m.date;
    facts.push(f);
  }
  for (const ph of phraseAsks(a, s, c, resolve)) {
    if (seen.has(ph.answer) || giveaway(ph.prompt, ph.answer) || ph.answer.length > 50) continue;
    seen.add(ph.answer);
    const freq = headFrequency(a, a.tokens[ph.t1 - 1]?.lemma ?? ph.head);
    const score = (TYPE_WEIGHT.phrase ?? 1) + KIND_WEIGHT[kind] + SALIENCE_WEIGHT * Math.log2(1 + freq) + 1.5 * (1 - s.index / Math.max(1, a.sentences.length)) + CENTRALITY_WEIGHT * centrality(a, s);
    const start = a.tokens[ph.t0]?.start ?? s.start;
    const end = a.tokens[ph.t1 - 1]?.end ?? s.end;
    const ask: Ask = { prompt: ph.prompt, answer: ph.answer, type: 'thing', tags: [/^Who/.test(ph.prompt) ? 'who' : 'what'], cloze: false, start, end, score };
    facts.push({ id: factId(kind, `${norm(ph.answer)}|${sentKey}`), kind, sent: s, asks: [ask] });
  }
  for (const ph of causeClauses(a, s, c, resolve)) {
    if (seen.has(ph.answer) || giveaway(ph.prompt.replace('_____', ' '), ph.answer)) continue;
    seen.add(ph.answer);
    const isCloze = ph.prompt.includes('_____');
    const score = KIND_WEIGHT[kind] + 1.5 * (1 - s.index / Math.max(1, a.sentences.length)) + CENTRALITY_WEIGHT * centrality(a, s) - (isCloze ? CLOZE_PENALTY : 0);
    const start = a.tokens[ph.t0]?.start ?? s.start;
    const end = a.tokens[ph.t1 - 1]?.end ?? s.end;
    const ask: Ask = { prompt: ph.prompt, answer: ph.answer, type: 'thing', tags: ['why'], cloze: isCloze, start, end, score };
    facts.push({ id: factId(kind, `because|${norm(ph.answer)}|${sentKey}`), kind, sent: s, asks: [ask] });
  }
  const inMention = (t0: number, t1: number): boolean => mentionsIn(a, s.index).some((m) => m.t0 < t1 && m.t1 > t0 && m.type !== 'norp');
  for (const [t0, t1] of nounChunks(a, s, inMention)) {
    const start = a.tokens[t0]?.start ?? s.start;
    const end = a.tokens[t1 - 1]?.end ?? s.end;
    const answer = a.text.slice(start, end);
    if (seen.has(answer) || attribution(a, t0, t1)) continue;
    seen.add(answer);
    const head = nameRefs(a, s, s.start, start, answer) + '_____';
    // "because of the politics and economics of ...": one item of a list is not the cause.
    const cause = isCause(a, s, t0) && a.tokens[t1]?.pos !== 'CCONJ';
    const why = cause ? causeQuestion(a, s, c, t0, t1, resolve) : null;
    const usable = why !== null && !giveaway(why, answer) && why.split(' ').length >= 4;
    const prompt = usable ? why : head + nameRefs(a, s, end, s.end, answer, head);
    if (giveaway(prompt.replace('_____', ' '), answer)) continue;
    const freq = headFrequency(a, a.tokens[t1 - 1]?.lemma ?? '');
    const score = CHUNK_WEIGHT + KIND_WEIGHT[kind] + SALIENCE_WEIGHT * Math.log2(1 + freq) + 1.5 * (1 - s.index / Math.max(1, a.sentences.length)) + CENTRALITY_WEIGHT * centrality(a, s) - CLOZE_PENALTY;
    const ask: Ask = { prompt, answer, type: 'thing', tags: [cause ? 'why' : 'what'], cloze: !usable, start, end, score: score + (usable ? CLOZE_PENALTY : 0) };
    facts.push({ id: factId(kind, `${norm(answer)}|${sentKey}`), kind, sent: s, asks: [ask] });
  }
  if (a.tokens.slice(s.t0, s.t1).some((t) => t.lemma === 'visit' || t.lemma === 'trip')) facts.push(...visitFacts(a, s, c));
  return facts;
}

/** "When did Prime Minister Fumio Kishida visit Kyiv?": the visit template, asked of who, where and when. */
function visitFacts(a: Article, s: Sentence, c: Clause | null): Fact[] {
  if (!c) return [];
  const inS = mentionsIn(a, s.index);
  const who = inS.find((m) => m.type === 'person' && inSubject(c, m));
  const visitTok = a.tokens.slice(s.t0, s.t1).findIndex((t) => t.lemma === 'visit' || t.lemma === 'trip');
  const after = s.t0 + Math.max(0, visitTok);
  const where = inS.find((m) => m.type === 'place' && m.t0 > after);
  const when = inS.find((m) => m.type === 'date' && m.date && (!a.ref || m.date.sortKey <= a.ref.y * 10000 + a.ref.m * 100 + a.ref.d));
  if (!who || !where || !when?.date) return [];
  const prompt = `When did ${titled(a, who.canonical)} visit ${where.canonical}?`;
  // Scored above the generic questions on the same sentence, which it replaces (same answer, same sentence).
  const ask: Ask = { prompt, answer: answerText(when), type: 'date', tags: ['when', 'who'], cloze: false, start: when.start, end: when.end, score: 14, template: true };
  return [{ id: factId('visit', norm(`${who.canonical}|${where.canonical}|${when.date.iso}`)), kind: 'visit', sent: s, asks: [ask], date: when.date, person: who.canonical }];
}

export { span };
