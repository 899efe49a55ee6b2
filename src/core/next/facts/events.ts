// Dated events for the order card, and people's roles for the match card, read off the clauses.
// An event is a clause with a resolved date in its own oblique ("In March, Kishida became ..."), labelled by the
// clause simplified (subject, verb, object; the date taken out so the card does not give the order away), or a
// noun with a date before it ("Russia's February 2022 invasion"). A role is a title written with a name
// ("Foreign Minister Yoshimasa Hayashi"), a description before it ("Rakuten chief Hiroshi Mikitani") or an
// apposition ("his Ukrainian counterpart, Dmytro Kuleba").
import type { ResolvedDate } from '../../article/dates.js';
import type { Article, Mention } from '../article/types.js';
import { personFor } from '../article/coref.js';
import type { Clause } from './clauses.js';
import { mentionAt } from './candidates.js';
import { kidsOf, phrase, textOf, tidy, tok } from './tree.js';

export interface Event {
  label: string;
  date: ResolvedDate;
  sent: number;
}

export interface Role {
  person: string;
  role: string;
  sent: number;
}

const MAX_LABEL_WORDS = 12;
const OBJECTS = /^(obj|iobj|xcomp|obl|compound:prt)$/;

/** "Kishida became the final G7 leader to visit Kyiv": subject, auxiliaries, verb, objects; no adjuncts. */
function clauseLabel(a: Article, c: Clause, date: Mention): string | null {
  if (c.subj < 0 || !c.subjTokens.length || !c.factual || !c.sane || c.quoted) return null;
  const subjHead = tok(a, c.subj);
  if (subjHead.pos === 'PRON') return null;
  const m = mentionAt(a, c.subj);
  const subject = m && m.type === 'person' ? m.canonical : textOf(a, c.subjTokens);
  // Hedges stay ("was nearly scrapped"): without them the label says what did not happen.
  const hedges = kidsOf(a, c.pred).filter((k) => tok(a, k).rel === 'advmod' && !c.adjuncts.some((g) => g.includes(k)));
  const keep: number[] = [...c.aux, ...c.neg, ...hedges, ...(c.cop >= 0 ? [c.cop] : []), c.pred];
  for (const k of kidsOf(a, c.pred)) {
    const x = tok(a, k);
    if (!OBJECTS.test(x.rel) || (k >= date.t0 && k < date.t1)) continue;
    const words = phrase(a, k);
    if (words.some((t) => t >= date.t0 && t < date.t1)) continue;
    // Obliques only when they say where or to what ("visit to Hiroshima"), not when or why.
    if (x.rel === 'obl' && (mentionAt(a, k)?.type === 'date' || words.length > 6)) continue;
    keep.push(...words);
  }
  const text = `${subject} ${textOf(a, tidy(a, keep.sort((x, y) => x - y)))}`.replace(/\s+/g, ' ').trim();
  const n = text.split(' ').length;
  return n >= 3 && n <= MAX_LABEL_WORDS ? text : null;
}

/** "Russia's February 2022 invasion" -> "Russia's invasion". */
function nounLabel(a: Article, m: Mention): string | null {
  const last = tok(a, m.t1 - 1);
  const noun = last.head;
  if (noun < 0 || noun < m.t1 || tok(a, noun).pos !== 'NOUN') return null;
  const owner = kidsOf(a, noun).find((k) => tok(a, k).rel === 'nmod:poss');
  if (owner === undefined || tok(a, owner).pos !== 'PROPN') return null;
  const of = kidsOf(a, noun).find((k) => tok(a, k).rel === 'nmod' && kidsOf(a, k).some((j) => tok(a, j).lower === 'of'));
  const ofText = of !== undefined && phrase(a, of).length <= 4 && !phrase(a, of).some((t) => tok(a, t).pos === 'PRON') ? ` ${textOf(a, phrase(a, of))}` : '';
  return `${textOf(a, phrase(a, owner))} ${tok(a, noun).value}${ofText}`;
}

export function eventsOf(a: Article, clauses: Clause[]): Event[] {
  const refKey = a.ref ? a.ref.y * 10000 + a.ref.m * 100 + a.ref.d : Infinity;
  const out: Event[] = [];
  for (const m of a.mentions) {
    if (m.type !== 'date' || !m.date || m.date.sortKey > refKey) continue;
    let label = nounLabel(a, m);
    if (!label) {
      // The clause whose own oblique is this date.
      const head = tok(a, m.t1 - 1).head >= 0 && tok(a, m.t0).rel.startsWith('obl') ? m.t0 : m.t1 - 1;
      const c = clauses.find((x) => kidsOf(a, x.pred).includes(head) || kidsOf(a, x.pred).includes(m.t0));
      label = c ? clauseLabel(a, c, m) : null;
    }
    if (label && !out.some((e) => e.label === label)) out.push({ label, date: m.date, sent: m.sent });
  }
  return out;
}

const PERSONAL = /\b(his|her|their|its)\b/i;

/** A role is a noun phrase about what someone does: no verb, no other person's name in it. */
function role(a: Article, words: number[]): boolean {
  return !words.some((t) => tok(a, t).pos === 'VERB' || tok(a, t).pos === 'AUX' || mentionAt(a, t)?.type === 'person') && words.some((t) => tok(a, t).pos === 'NOUN');
}

const ABBREVIATED: Record<string, string> = {
  'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Gen.': 'General', 'Lt.': 'Lieutenant',
  'Col.': 'Colonel', 'Capt.': 'Captain', 'Sgt.': 'Sergeant', 'Prof.': 'Professor', 'Rev.': 'Reverend',
};
const ADDRESS = /^(Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|Madam)$/;

function expand(title: string): string | null {
  if (ADDRESS.test(title.trim())) return null;
  return title.split(' ').map((w) => ABBREVIATED[w] ?? w).join(' ');
}

export function rolesOf(a: Article): Role[] {
  const out: Role[] = [];
  const add = (person: string, role: string, sent: number): void => {
    const r = role.replace(/\s+/g, ' ').trim();
    if (r.length < 3 || r.length > 60 || out.some((x) => x.person === person)) return;
    out.push({ person, role: r, sent });
  };
  for (const m of a.mentions) {
    if (m.type !== 'person') continue;
    if (m.title) {
      // "Dr.", "Mr.": a form of address, not a role.
      const title = expand(m.title);
      if (title) add(m.canonical, title, m.sent);
      continue;
    }
    // "Rakuten chief Hiroshi Mikitani", "cleric Muqtada al-Sadr": a description the tree hangs on the name.
    for (const t of [m.t0, m.t1 - 1]) {
      for (const k of kidsOf(a, t)) {
        const rel = tok(a, k).rel;
        if (rel !== 'nmod:desc' && rel !== 'appos') continue;
        const words = phrase(a, k, (j) => tok(a, j).rel === 'det' || tok(a, j).rel === 'punct');
        const text = textOf(a, words);
        if (PERSONAL.test(text)) {
          // "his Ukrainian counterpart": whose, if certain.
          const poss = words.find((w) => /^(his|her)$/i.test(tok(a, w).lower));
          const ref = poss !== undefined ? personFor(a, poss) : null;
          if (ref) add(m.canonical, text.replace(/\b(his|her)\b/i, `${ref.name}'s`), m.sent);
        } else if (words.length <= 6 && role(a, words)) add(m.canonical, text, m.sent);
      }
    }
  }
  return out;
}
