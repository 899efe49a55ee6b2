// References back to something named earlier: "he", "it", "they", "the company", "the doctor". A small
// salience-based resolver (no model): people by the subject of the nearest sentence naming one, things by the
// previous clause's subject, organisations and places by the last one mentioned. Prompts name the antecedent
// ("It was filmed in the Cook Islands" -> "Where was Survivor filmed?"); evidence sentences stay verbatim.
import { genderFits } from '../article/gender.js';
import { COUNTRIES } from '../article/gazetteer.js';
import { mentionsIn } from '../article/index.js';
import type { Article, Mention, MentionType, Sentence, Token } from '../article/types.js';
import { table } from '../ids.js';

export interface Ref {
  /** Token range of the referring expression. */
  t0: number;
  t1: number;
  /** What it names: a canonical name, or the antecedent's noun phrase as written ("the collection"). */
  name: string;
  type: MentionType | 'phrase';
  /** "his", "its", "their": the name takes a possessive. */
  poss: boolean;
  /** The antecedent is named earlier in the same sentence: the sentence reads fine as written. */
  local: boolean;
}

/** Token start -> reference, for a whole article. */
export type Refs = Map<number, Ref>;

const PERSON_PRON = /^(he|she|him|his|her)$/;
const THING_PRON = /^(it|its)$/;
const PLURAL_PRON = /^(they|their)$/;
// "It seems", "it is time", "it takes": no antecedent. A passive ("it was filmed") or a lexical verb has one.
const EXPLETIVE_VERBS = /^(be|seem|appear|take|remain|make|happen|matter|look|feel|sound|mean|cost)$/;
const ORG_HEADS = /^(company|firm|airline|carrier|network|agency|band|museum|university|team|club|channel|newspaper|magazine|website|studio|bank|manufacturer|automaker|retailer|broadcaster)$/;
// "The company said ..." is not the university or ministry named last: the wrong antecedent states a false fact.
const COMPANY_HEADS = /^(company|firm|manufacturer|automaker|retailer|carrier|airline|bank|drugmaker|carmaker|group)$/;
const NOT_COMPANY = /\b(University|College|School|Museum|Ministry|Department|Court|Agency|Administration|Committee|Council|Parliament|Senate|Congress|Police|Army|Navy|Force|Hospital|Institute|Foundation|Union|Party|Office|Commission|Service|Government)\b/;
// Not "the country": in news about two countries the last one named is too often the wrong one.
const PLACE_HEADS = /^(city|town|village)$/;
const PERSON_HEADS = /^(doctor|senator|lawyer|attorney|director|filmmaker|comedian|actor|actress|singer|collector|novelist|author|writer|lieutenant|governor|mayor|congressman|congresswoman|minister|president|prime|star|rapper|chef|coach|player|athlete|designer|billionaire|entrepreneur|explorer|pilot|artist|musician|ceo|chairman|founder|officer)$/;
const WINDOW = 3;
// An unnamed person ("The victim -- who has not been identified ... his next of kin"): "he" is them, not a name.
const HUMAN = /^(man|woman|boy|girl|victim|person|child|suspect|driver|passenger|teenager|baby|gunman|soldier|officer|worker|patient|student)$/;
const countries = new Set(COUNTRIES);

const cache = new WeakMap<Article, Refs>();

/** Tokens inside quotation marks (the speaker's own "he" and "it" are not ours to resolve). */
function quoted(a: Article, s: Sentence): Uint8Array {
  const q = new Uint8Array(s.t1 - s.t0);
  let open = false;
  for (let t = s.t0; t < s.t1; t++) {
    const v = a.tokens[t]?.value ?? '';
    // Single curly quotes double as apostrophes ("Japan’s"): only double quotes count.
    if (v === '“') open = true;
    else if (v === '”') open = false;
    else if (v === '"') open = !open;
    else if (open) q[t - s.t0] = 1;
  }
  return q;
}

interface Subject {
  t0: number;
  t1: number;
  text: string;
  plural: boolean;
  person: boolean;
}

const PEOPLE_WORDS = /^(people|police|men|women|children|staff|workers|officials|authorities|critics|fans|members|protesters|hostages|captives|residents|troops|soldiers|students|parents|voters|investigators|prosecutors|lawmakers|leaders|executives|employees|paramedics|officers|agents|commenters|directors)$/;

/** The sentence's subject noun phrase when it is short and plain: "The collection", "Hundreds of French workers",
 * "The " Safety in Paradise " video, which rolls out ..., is". */
function subjectOf(a: Article, s: Sentence): Subject | null {
  let t = s.t0;
  const tk = a.tokens;
  // A closing quote the sentence splitter left at the start.
  if (/^["”]$/.test(tk[t]?.value ?? '') && (s.text.match(/["“”]/g) ?? []).length % 2 === 1) t++;
  // A lead adverbial up to a comma ("In late 2000, ...").
  if (/^(ADP|ADV|SCONJ)$/.test(tk[t]?.pos ?? '')) {
    let k = t;
    while (k < Math.min(s.t1, t + 10) && tk[k]?.value !== ',') k++;
    if (tk[k]?.value !== ',') return null;
    t = k + 1;
  }
  let e = t;
  let quotes = 0;
  while (e < s.t1 && e - t <= 9) {
    const x = tk[e] as Token;
    if (x.value === '"' || x.value === '“' || x.value === '”') quotes++;
    else if (quotes % 2 === 1) {
      // a quoted title: any words
    } else if (!/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(x.pos) && !(x.lower === 'of' && e > t)) break;
    e++;
  }
  if (e === t || quotes % 2 === 1) return null;
  let v = e;
  // "..., which rolls out on flights at the end of February, is": skip one enclosed part.
  if (tk[v]?.value === ',') {
    let k = v + 1;
    while (k < Math.min(s.t1, v + 16) && tk[k]?.value !== ',') k++;
    if (tk[k]?.value !== ',') return null;
    v = k + 1;
  }
  if (!/^(VERB|AUX)$/.test(tk[v]?.pos ?? '')) return null;
  const head = tk[e - 1] as Token;
  if (!/^(NOUN|PROPN)$/.test(head.pos)) return null;
  const first = tk[t] as Token;
  const text = a.text.slice(first.start, head.end);
  const plural = head.pos === 'NOUN' && head.lower !== head.lemma && /s$/.test(head.lower);
  const person = mentionsIn(a, s.index).some((m) => m.type === 'person' && m.t0 >= t && m.t1 <= e) || (!plural && (PERSON_HEADS.test(head.lower) || HUMAN.test(head.lower)));
  return { t0: t, t1: e, text, plural: plural || PEOPLE_WORDS.test(head.lower), person };
}

/** A phrase as it reads mid-sentence: "The collection" -> "the collection"; names keep their capitals. */
function midSentence(a: Article, sub: Subject): string {
  const first = a.tokens[sub.t0] as Token;
  return first.pos === 'DET' ? sub.text.charAt(0).toLowerCase() + sub.text.slice(1) : sub.text;
}

export function findRefs(a: Article): Refs {
  const hit = cache.get(a);
  if (hit) return hit;
  const refs: Refs = new Map();
  const subjects: Array<Subject | null> = [];
  const people = (k: number): Mention[] => mentionsIn(a, k).filter((m) => m.type === 'person');
  /** The person a pronoun most likely names: the most salient one of those named lately — earlier in its own
   * sentence, a sentence's first person (its subject, usually), a recurring person — and not one quoted as a source. */
  const personBefore = (s: Sentence, t: number, head?: string, gender?: 'm' | 'f'): Mention | null => {
    let best: Mention | null = null;
    let bestScore = -Infinity;
    for (let k = s.index; k >= Math.max(0, s.index - WINDOW); k--) {
      const ps = people(k);
      if (best === null && !ps.some((m) => k < s.index || m.t1 <= t) && unnamedPerson(a, a.sentences[k] as Sentence, k < s.index ? (a.sentences[k] as Sentence).t1 : t)) return null;
      for (const [i, m] of ps.entries()) {
        if (k === s.index && m.t1 > t) continue;
        // A description names someone else than its own sentence's people ("Santos said ... of the author").
        if (head && (k === s.index || !titleFits(`${a.entities.get(m.canonical)?.title ?? ''} ${m.canonical}`, head))) continue;
        // A source quoted in an earlier sentence is rarely who the next "he" is; in the same sentence ("Santos said
        // his country ...") the speaker is.
        if (k < s.index && attributed(a, m)) continue;
        // "her honour" is not the man named just before (a given name known to be a man's, or a woman's).
        if (gender && !genderFits(m.canonical, gender)) continue;
        const score = (k === s.index ? 3 : 0) - 1.5 * (s.index - k) + (i === 0 ? 1 : 0) + Math.log2(1 + (a.entities.get(m.canonical)?.count ?? 0));
        if (score > bestScore) {
          best = m;
          bestScore = score;
        }
      }
    }
    return best;
  };
  const lastOf = (s: Sentence, t: number, ok: (m: Mention) => boolean): Mention | null => {
    for (let k = s.index; k >= Math.max(0, s.index - WINDOW - 1); k--) {
      const ms = mentionsIn(a, k);
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i] as Mention;
        if ((k < s.index || m.t1 <= t) && ok(m)) return m;
      }
    }
    return null;
  };
  for (const s of a.sentences) {
    // "Gurlitt's death" -> "Cornelius Gurlitt's death": a card is read out of context, so a later mention by surname
    // names the person in full, unless the full name is already written earlier in the sentence.
    const seen = new Set<string>();
    for (const m of people(s.index)) {
      if (m.text !== m.canonical && m.canonical.endsWith(m.text) && !seen.has(m.canonical)) refs.set(m.t0, { t0: m.t0, t1: m.t1, name: m.canonical, type: 'person', poss: false, local: false });
      seen.add(m.canonical);
    }
    const sub = subjectOf(a, s);
    subjects.push(sub);
    const q = quoted(a, s);
    let leadEnd = -1;
    if (/^(ADP|SCONJ)$/.test(a.tokens[s.t0]?.pos ?? '')) for (let k = s.t0; k < Math.min(s.t1, s.t0 + 10) && leadEnd < 0; k++) if (a.tokens[k]?.value === ',') leadEnd = k;
    const prevSub = (plural: boolean): Subject | null => {
      for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
        const x = subjects[k];
        if (x) return !x.person && x.plural === plural ? x : null;
      }
      return null;
    };
    for (let t = s.t0; t < s.t1; t++) {
      if (q[t - s.t0]) continue;
      const tok = a.tokens[t] as Token;
      const next = a.tokens[t + 1];
      if (tok.pos === 'PRON' || tok.pos === 'DET') {
        if (PERSON_PRON.test(tok.lower)) {
          // "During his visit, Hayashi also toured ...": a pronoun in a fronted phrase names the clause's subject.
          const lead = leadEnd >= 0 && t < leadEnd ? people(s.index).find((x) => x.t0 === leadEnd + 1) : undefined;
          if (lead) {
            refs.set(t, { t0: t, t1: t + 1, name: lead.canonical, type: 'person', poss: tok.lower === 'his' || tok.lower === 'her', local: true });
            continue;
          }
          const m = personBefore(s, t, undefined, /^(he|him|his)$/.test(tok.lower) ? 'm' : 'f');
          const poss = tok.lower === 'his' || (tok.lower === 'her' && /^(ADJ|NOUN|PROPN|NUM)$/.test(next?.pos ?? ''));
          if (m) refs.set(t, { t0: t, t1: t + 1, name: m.canonical, type: 'person', poss, local: m.sent === s.index });
          continue;
        }
        const isSubj = /^(AUX|VERB)$/.test(next?.pos ?? '');
        if (THING_PRON.test(tok.lower)) {
          if (tok.lower === 'it' && !isSubj) continue;
          if (tok.lower === 'it' && isSubj && EXPLETIVE_VERBS.test(next?.lemma ?? '') && !passive(a, t + 1)) continue;
          if (tok.lower === 'it' && /^(VERB|AUX)$/.test(next?.pos ?? '') && /^(seem|appear)/.test(next?.lemma ?? '')) continue;
          // In its own sentence, after the subject: that subject ("The collection was confiscated because it ...").
          const own = sub && !sub.person && !sub.plural && t >= sub.t1 ? sub : null;
          const ante = own ?? (t <= s.t0 + 3 ? prevSub(false) : null);
          if (ante) refs.set(t, { t0: t, t1: t + 1, name: midSentence(a, ante), type: 'phrase', poss: tok.lower === 'its', local: ante === own });
          continue;
        }
        if (PLURAL_PRON.test(tok.lower)) {
          if (tok.lower === 'they' && !isSubj) continue;
          const own = sub && !sub.person && sub.plural && t >= sub.t1 ? sub : null;
          const ante = own ?? (t <= s.t0 + 3 ? prevSub(true) : null);
          if (ante) refs.set(t, { t0: t, t1: t + 1, name: midSentence(a, ante), type: 'phrase', poss: tok.lower === 'their', local: ante === own });
          continue;
        }
        // "the (construction equipment) company", "the doctor": a definite description of something named.
        if (tok.lower === 'the') {
          let e = t + 1;
          while (e < s.t1 && e - t <= 3 && /^(ADJ|NOUN)$/.test(a.tokens[e]?.pos ?? '') && a.tokens[e]?.value === a.tokens[e]?.lower) e++;
          const head = a.tokens[e - 1];
          const after = a.tokens[e];
          // "Matthew Menchel, the attorney,": an appositive, the name is right there.
          if (a.tokens[t - 1]?.value === ',' && mentionsIn(a, s.index).some((x) => x.t1 === t - 1)) continue;
          if (e === t + 1 || !head || head.pos !== 'NOUN' || after?.lower === 'of' || after?.pos === 'PROPN' || q[e - 1 - s.t0]) continue;
          let m: Mention | null = null;
          if (ORG_HEADS.test(head.lower)) m = lastOf(s, t, (x) => x.type === 'org' && !(COMPANY_HEADS.test(head.lower) && NOT_COMPANY.test(x.canonical)));
          else if (PLACE_HEADS.test(head.lower)) {
            m = lastOf(s, t, (x) => x.type === 'place' && !countries.has(x.canonical));
          } else if (PERSON_HEADS.test(head.lower) && e - t === 2) m = personBefore(s, t, head.lower);
          if (m) refs.set(t, { t0: t, t1: e, name: m.canonical, type: m.type, poss: false, local: m.sent === s.index });
        }
      }
    }
  }
  cache.set(a, refs);
  return refs;
}

/** "the victim", "a 45-year-old man" before `t` in the sentence: someone unnamed. */
function unnamedPerson(a: Article, s: Sentence, t: number): boolean {
  for (let k = s.t0 + 1; k < t; k++) {
    const x = a.tokens[k] as Token;
    if (x.pos === 'NOUN' && HUMAN.test(x.lower) && /^(the|a|an|another)$/.test(a.tokens[k - 1]?.lower ?? a.tokens[k - 2]?.lower ?? '')) return true;
    if (x.pos === 'NOUN' && HUMAN.test(x.lower) && /^(the|a|an|another)$/.test(a.tokens[k - 2]?.lower ?? '') && a.tokens[k - 1]?.pos === 'ADJ') return true;
  }
  return false;
}

/** "was filmed", "has been sold": a passive after "it" has a real subject. */
function passive(a: Article, t: number): boolean {
  for (let k = t; k < t + 3; k++) {
    const x = a.tokens[k];
    if (!x || !/^(AUX|VERB|ADV|PART)$/.test(x.pos)) return false;
    if (x.pos === 'VERB' && /(ed|en|wn|lt|ght)$/.test(x.lower) && k > t) return true;
  }
  return false;
}

const bySentence = new WeakMap<Article, Ref[][]>();

/** The references of one sentence, in text order. */
function refsIn(a: Article, sent: number): Ref[] {
  let idx = bySentence.get(a);
  if (!idx) {
    idx = a.sentences.map(() => []);
    for (const r of findRefs(a).values()) idx[a.tokens[r.t0]?.sent ?? -1]?.push(r);
    bySentence.set(a, idx);
  }
  return idx[sent] ?? [];
}

/** How a reference reads in a prompt. */
export function refText(r: Ref): string {
  return r.poss ? (/s$/.test(r.name) ? `${r.name}'` : `${r.name}'s`) : r.name;
}

const TITLE_ABBR = table({ dr: 'doctor', sen: 'senator', gov: 'governor', lt: 'lieutenant', rep: 'representative' });

/** "the doctor" may be Dr. Salomon Melgen or someone without a title, not President Santos. */
function titleFits(title: string, head: string): boolean {
  const roles = title.toLowerCase().replace(/\./g, '').split(' ').map((w) => TITLE_ABBR[w] ?? w).filter((w) => PERSON_HEADS.test(w));
  return roles.length === 0 || roles.includes(head);
}

const SAY = /^(say|tell|add|write|note|explain|tweet|announce|according)$/;

/** "..., Nicholson said": a source quoted, rarely who the next "he" is. */
function attributed(a: Article, m: Mention): boolean {
  const next = a.tokens[m.t1];
  const prev = a.tokens[m.t0 - 1];
  return SAY.test(next?.lemma ?? '') || SAY.test(prev?.lemma ?? '') || (prev?.lower === 'to' && a.tokens[m.t0 - 2]?.lower === 'according');
}

/** Text from `from` to `to` (character offsets) with references named, except those naming `answer`
 * and those overlapping `keep` ranges (blanks). Character-based so cloze prompts stay as written. */
export function nameRefs(a: Article, s: Sentence, from: number, to: number, answer: string, before = ''): string {
  const inSentence = refsIn(a, s.index);
  if (inSentence.length === 0) return a.text.slice(from, to);
  let out = '';
  let at = from;
  const named = new Set<string>();
  for (const r of inSentence) {
    const a0 = a.tokens[r.t0] as Token;
    const a1 = a.tokens[r.t1 - 1] as Token;
    if (r.local || a0.start < at || a1.end > to || names(r.name, answer)) continue;
    // Named already ("Garca Mrquez, 87, ... his release date"): the pronoun reads fine.
    const last = r.name.split(' ').at(-1) ?? r.name;
    if (named.has(r.name) || (r.type === 'person' && ` ${before} ${out} ${a.text.slice(at, a0.start)} `.includes(` ${last}`))) continue;
    named.add(r.name);
    let name = refText(r);
    if (a0.start === s.start) name = name.charAt(0).toUpperCase() + name.slice(1);
    out += a.text.slice(at, a0.start) + name;
    at = a1.end;
  }
  return out + a.text.slice(at, to);
}

/** The name would give the answer away: it contains the answer's distinctive words. */
function names(name: string, answer: string): boolean {
  const n = ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const w = answer.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  return w.some((x) => (x.length >= 4 || /\d/.test(x)) && n.includes(` ${x} `)) || n.trim() === w.join(' ');
}
