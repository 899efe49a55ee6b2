// Answers that are not names: the subject or object noun phrase of a clause ("Paramedics immediately rendered
// aid" -> "Who immediately rendered aid?"; "Mata purchased weapons" -> "What did Mata purchase?").
import { mentionsIn } from '../article/index.js';
import type { Article, Sentence } from '../article/types.js';
import { askObject, span, type Clause } from './clause.js';
import type { pronounResolver } from './names.js';
import { nameRefs } from './refs.js';

export const PEOPLE_NOUNS = /^(counterparts?|lieutenant|chief|spokes(man|woman)|lawyers?|attorneys?|director|president|minister|secretary|people|person|man|men|woman|women|child|children|boy|girl|paramedics?|police|officers?|officials?|workers?|authorities|prosecutors?|investigators?|critics?|students?|soldiers?|troops|residents?|voters?|protesters?|activists?|lawmakers?|leaders?|experts?|doctors?|nurses?|victims?|suspects?|fans?|employees?|executives?|staff|members?|civilians?|hostages?|passengers?|models?|comedian|actors?|friends?|daughter|son|wife|husband|mother|father|parents?|family|families|ministers?|diplomats?|delegation|representatives?)$/i;

const SKIP_VERBS = new Set(['become', 'remain', 'say', 'tell', 'report', 'add', 'make', 'take', 'have', 'give', 'hold', 'get', 'do', 'write', 'claim', 'allege', 'think', 'believe', 'know']);

export interface Phrase {
  t0: number;
  t1: number;
  answer: string;
  prompt: string;
  head: string;
}

/** A sentence's capitalised first word that is no name ("Paramedics, who ...") is the common noun it is. */
function posOf(a: Article, t: number): string {
  const tok = a.tokens[t];
  if (!tok) return '';
  if (tok.pos !== 'PROPN' || a.sentences[tok.sent]?.t0 !== t) return tok.pos;
  return mentionsIn(a, tok.sent).some((m) => m.t0 <= t && m.t1 > t) ? tok.pos : 'NOUN';
}

/** Noun phrase from t: optional determiner or possessive, modifiers, a noun head. */
function nounPhrase(a: Article, t: number, limit: number): [number, number] | null {
  let k = t;
  const first = a.tokens[k];
  if (!first) return null;
  if (first.pos === 'DET' || (first.pos === 'PRON' && /^(his|her|their|its|our|my)$/.test(first.lower))) k++;
  const start = k;
  while (k < limit && /^(ADJ|NOUN|PROPN|NUM)$/.test(a.tokens[k]?.pos ?? '')) k++;
  if (k === start || posOf(a, k - 1) !== 'NOUN' || k - start > 5) return null;
  return [t, k];
}

function answerOf(a: Article, r: [number, number]): string {
  return span(a, r[0], r[1]).replace(/^(a|an|the|some|this|that)\s+/i, '');
}

export function phraseAsks(a: Article, s: Sentence, c: Clause | null, resolve: ReturnType<typeof pronounResolver>): Phrase[] {
  if (!c) return [];
  const out: Phrase[] = [];
  // "said a delegation ...", "made a visit": after speech and light verbs the noun phrase is not the point.
  const verb = a.tokens.slice(c.verbs[0], c.verbs[1]).find((t) => t.pos === 'VERB');
  if (verb && SKIP_VERBS.has(verb.lemma)) return [];
  const named = (r: [number, number]): boolean => mentionsIn(a, s.index).some((m) => m.t0 < r[1] && m.t1 > r[0] && m.type !== 'norp');
  // Subject: a common-noun phrase that is the whole subject.
  const subj = nounPhrase(a, c.subj[0], c.subj[1]);
  if (subj && subj[1] === c.subj[1] && !named(subj) && !VAGUE.test(a.tokens[subj[1] - 1]?.lower ?? '')) {
    const head = a.tokens[subj[1] - 1]?.lower ?? '';
    const wh = PEOPLE_NOUNS.test(head) ? 'Who' : 'What';
    const rest = span(a, c.rest[0], Math.min(c.rest[1], c.rest[0] + 14)).replace(/[,;:]\s.*$/, '');
    if (rest.split(' ').length >= 2) out.push({ t0: subj[0], t1: subj[1], answer: answerOf(a, subj), prompt: `${wh} ${span(a, c.verbs[0], c.verbs[1])} ${rest}?`, head });
  }
  // Direct object right after the verb group.
  const obj = nounPhrase(a, c.rest[0], c.rest[1]);
  if (obj && !named(obj) && !/^(of|'s)$/.test(a.tokens[obj[1]]?.lower ?? '') && !/^(VERB|AUX)$/.test(a.tokens[obj[1]]?.pos ?? '')) {
    const head = a.tokens[obj[1] - 1]?.lower ?? '';
    const q = askObject(a, c, obj, PEOPLE_NOUNS.test(head) ? 'Who' : 'What', resolve);
    if (q) out.push({ t0: obj[0], t1: obj[1], answer: answerOf(a, obj), prompt: q, head });
  }
  return out;
}

// "a spate of officials", "a number of": a quantity, not the thing; the phrase after "of" is the answer.
const QUANTITY = /^(spate|number|lot|lots|series|couple|handful|host|range|variety|majority|bunch|sort|type|dozens|hundreds|thousands|millions)$/;
// Nouns too vague to be worth a card on their own.
const VAGUE = /^(thing|things|way|ways|time|times|part|parts|lot|lots|kind|question|questions|result|results|number|percent|one|ones|side|end|case|fact|place|today|day|days|week|weeks|month|months|year|years|people|report|statement|news|story|article)$/;

/** Noun chunks anywhere in the sentence ("hungry dogs", "tax fraud"), outside names: cloze candidates. */
export function nounChunks(a: Article, s: Sentence, skip: (t0: number, t1: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let t = s.t0;
  while (t < s.t1) {
    const tok = a.tokens[t];
    if (!tok || !/^(ADJ|NOUN)$/.test(posOf(a, t))) {
      t++;
      continue;
    }
    let e = t;
    // A noun phrase is adjectives then nouns: an adjective after a noun starts another ("headset [blends] digital
    // content", where the tagger took the verb for a noun).
    while (e < s.t1 && /^(ADJ|NOUN)$/.test(posOf(a, e)) && e - t < 4 && !(e > t && posOf(a, e) === 'ADJ' && posOf(a, e - 1) === 'NOUN')) e++;
    // "The headset blends digital content": an -s word after a singular noun, before what would be its object,
    // is the verb.
    let verbAfter = false;
    const lastTok = a.tokens[e - 1];
    const beforeLast = a.tokens[e - 2];
    if (e - t >= 2 && lastTok && beforeLast && /[^s]s$/.test(lastTok.lower) && posOf(a, e - 2) === 'NOUN' && beforeLast.lower === beforeLast.lemma && /^(ADJ|DET|NOUN|NUM|PRON)$/.test(a.tokens[e]?.pos ?? '')) {
      e--;
      verbAfter = true;
    }
    const head = a.tokens[e - 1];
    // "eye-catching", "the museum's directors": a piece of a compound or a possessor is not the phrase.
    const piece = /^[-–]$/.test(a.tokens[e]?.value ?? '') || /^[-–]$/.test(a.tokens[t - 1]?.value ?? '') || /^['’]s$/.test(a.tokens[e]?.value ?? '');
    // "Some _____ urged caution": a bare plural after a vague quantifier names nobody in particular.
    const vagueCount = e - t === 1 && /^(some|many|several|few|other|most|all)$/.test(a.tokens[t - 1]?.lower ?? '');
    const good = !vagueCount && head && posOf(a, e - 1) === 'NOUN' && head.lower.length > 2 && !QUANTITY.test(head.lower) && !piece && !skip(t, e);
    if (good && !VAGUE.test(head.lower)) out.push([t, e]);
    // "the head of operations", "an investigation into tax fraud": the head alone is often too vague to ask,
    // the phrase with its complement is what a reader remembers.
    const of = good ? ofComplement(a, s, e) : 0;
    if (of > e && !/^[-–]$/.test(a.tokens[of]?.value ?? '') && !VAGUE.test(a.tokens[of - 1]?.lower ?? '')) out.push([t, of]);
    t = Math.max(verbAfter ? e + 1 : e, t + 1);
  }
  return out;
}

const COMPLEMENT_PREPS = new Set(['of', 'into', 'for', 'about', 'over', 'against']);

/** End of a short prepositional complement after a noun ("of the construction equipment company"), or 0. */
function ofComplement(a: Article, s: Sentence, e: number): number {
  if (!COMPLEMENT_PREPS.has(a.tokens[e]?.lower ?? '')) return 0;
  let k = e + 1;
  if (/^(DET|PRON)$/.test(a.tokens[k]?.pos ?? '') && /^(the|a|an|his|her|their|its|our)$/.test(a.tokens[k]?.lower ?? '')) k++;
  const start = k;
  while (k < s.t1 && k - start < 5 && /^(ADJ|NOUN|PROPN|NUM|PART)$/.test(a.tokens[k]?.pos ?? '')) k++;
  // "side about the country's reconstruction [needs]": a complement cut before its head noun is no phrase.
  // (Nor before "needs," that the tagger took for a verb.)
  const next = a.tokens[k];
  if (/^(NOUN|PROPN)$/.test(next?.pos ?? '') || (next?.pos === 'VERB' && /s$/.test(next.lower) && a.tokens[k + 1]?.pos === 'PUNCT')) return 0;
  return k > start && /^(NOUN|PROPN|NUM)$/.test(a.tokens[k - 1]?.pos ?? '') && k - e <= 6 ? k : 0;
}

const CAUSE_VERBS = new Set(['have', 'suffer', 'face']);

/** Whether the noun phrase starting at token t is given as a cause: "because of [ballooning costs]", "due to
 * [the collapse]", "because he has [heart problems]". Determiners, possessives and modifiers before it are skipped. */
export function isCause(a: Article, s: Sentence, t: number): boolean {
  return causeStart(a, s, t) >= 0;
}

/** Where the cause phrase of the noun phrase at t begins (its "because" or "due"), or -1. */
export function causeStart(a: Article, s: Sentence, t: number): number {
  let p = t - 1;
  while (p >= s.t0 && (/^(DET|ADJ|NUM)$/.test(a.tokens[p]?.pos ?? '') || /^(his|her|their|its|our)$/.test(a.tokens[p]?.lower ?? ''))) {
    if (/^(no|not|any)$/.test(a.tokens[p]?.lower ?? '')) return -1; // "because it had no heating": not "heating"
    p--;
  }
  const prev = a.tokens[p];
  if (!prev || p < s.t0) return -1;
  const before = a.tokens[p - 1]?.lower ?? '';
  if ((prev.lower === 'of' && before === 'because') || (prev.lower === 'to' && (before === 'due' || before === 'owing'))) return p - 1;
  return /^(VERB|AUX)$/.test(prev.pos) && CAUSE_VERBS.has(prev.lemma) && a.tokens[p - 2]?.lower === 'because' ? p - 2 : -1;
}

/** "Why did Dick Cheney seek to cancel it?": a cause phrase that ends the main clause, asked as a question. */
export function causeQuestion(a: Article, s: Sentence, c: Clause | null, t0: number, t1: number, resolve: ReturnType<typeof pronounResolver>): string | null {
  const b = causeStart(a, s, t0);
  if (!c || b < c.rest[0] || b > c.rest[1]) return null;
  const next = a.tokens[t1];
  if (t1 < c.rest[1] && next?.pos !== 'PUNCT') return null; // "because of the politics and economics ...": one item
  return askObject(a, c, [b, t1], 'Why', resolve, true);
}

/** A cause given as a whole clause: "confiscated because [it was suspected to contain pieces looted by the Nazis]",
 * "Because [women spend so much time and money on their hair], Rock says ...". Readers are asked "why" about these
 * as often as about "because of" phrases; the clause runs to the next comma, dash or quotation mark. */
export function causeClauses(a: Article, s: Sentence, c: Clause | null, resolve: ReturnType<typeof pronounResolver>): Phrase[] {
  const out: Phrase[] = [];
  for (let i = s.t0; i < s.t1 - 2; i++) {
    if (a.tokens[i]?.lower !== 'because' || a.tokens[i + 1]?.lower === 'of') continue;
    let e = i + 1;
    while (e < s.t1 && !/^([,;:—–"“”()]|--)$/.test(a.tokens[e]?.value ?? '') && !(a.tokens[e]?.pos === 'PUNCT' && e === s.t1 - 1)) e++;
    const toks = a.tokens.slice(i + 1, e);
    if (toks.length < 3 || toks.length > 18 || !toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    const answer = span(a, i + 1, e);
    // Asked as "Why ...?" when the clause ends the main clause; otherwise the sentence with the clause blanked.
    const why = c && i >= c.rest[0] && e >= c.rest[1] ? askObject(a, c, [i, e], 'Why', resolve, true) : null;
    const start = a.tokens[i + 1]?.start ?? s.start;
    const end = a.tokens[e - 1]?.end ?? s.end;
    const head = nameRefs(a, s, s.start, start, answer) + '_____';
    const prompt = why && why.split(' ').length >= 4 ? why : head + nameRefs(a, s, end, s.end, answer, head);
    out.push({ t0: i + 1, t1: e, answer, prompt, head: a.tokens[e - 1]?.lemma ?? '' });
  }
  return out;
}
