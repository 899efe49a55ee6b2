// Event facts for the timeline: each past date in the article with a short label of what happened then,
// the date itself removed from the label so an order card does not give the order away.
import { mentionsIn } from '../article/index.js';
import type { Article, Mention } from '../article/types.js';
import { parseClause, restCut, span } from './clause.js';
import { hash, norm } from './ids.js';
import type { Fact } from './types.js';

const MAX_LABEL_WORDS = 12;

function trimWords(s: string): string {
  const w = s.split(' ');
  return (w.length > MAX_LABEL_WORDS ? w.slice(0, MAX_LABEL_WORDS).join(' ') + ' …' : s).replace(/[,;:]+$/, '');
}

/** "Russia's February 2022 invasion" -> "Russia's invasion" */
function nounLabel(a: Article, m: Mention): string | null {
  const noun = a.tokens[m.t1];
  if (!noun || noun.pos !== 'NOUN') return null;
  const pos = a.tokens[m.t0 - 1];
  const owner = a.tokens[m.t0 - 2];
  if (pos && /^['’]s$/.test(pos.value) && owner && owner.pos === 'PROPN') return `${owner.value}'s ${noun.value}`;
  return null;
}

function clauseLabel(a: Article, m: Mention): string | null {
  const s = a.sentences[m.sent];
  if (!s) return null;
  const c = parseClause(a, s);
  if (!c) return null;
  const subjTok = a.tokens[c.subj[0]];
  if (!subjTok || subjTok.pos === 'PRON') return null;
  const person = mentionsIn(a, m.sent).find((x) => x.type === 'person' && x.t0 >= c.subj[0] && x.t1 <= c.subj[1]);
  const subj = person ? person.canonical : span(a, c.subj[0], c.subj[1]);
  const cut = restCut(a, c, 3);
  const skip = (i: number): boolean => i >= m.t0 - 1 && i < m.t1 && (i >= m.t0 || a.tokens[i]?.pos === 'ADP');
  // A date beyond the main clause ("..., though the program was nearly scrapped in 1989") or after another verb
  // ("began using Ospreys in 2008 after testing the aircraft in 2006") dates another event. The verb that the
  // main one governs ("began [developing]", "decided to [visit]") is still the main event.
  const lead = c.lead !== null && m.t0 < c.lead[1];
  if (m.t0 >= cut && !lead) return null;
  if (!lead) for (let i = c.rest[0] + 2; i < m.t0; i++) if (verbLike(a, i)) return null;
  const rest = span(a, c.rest[0], cut, skip);
  return trimWords(`${subj} ${span(a, c.verbs[0], c.verbs[1])} ${rest}`.replace(/\s+/g, ' ').trim());
}

/** A verb, or a gerund after a preposition that the tagger took for a noun ("after testing the aircraft"). */
function verbLike(a: Article, i: number): boolean {
  const t = a.tokens[i];
  if (!t) return false;
  return /^(VERB|AUX)$/.test(t.pos) || (/ing$/.test(t.lower) && a.tokens[i - 1]?.pos === 'ADP' && a.tokens[i + 1]?.pos === 'DET');
}

export function timelineFacts(a: Article): Fact[] {
  const refKey = a.ref ? a.ref.y * 10000 + a.ref.m * 100 + a.ref.d : Infinity;
  const out: Fact[] = [];
  const seen = new Set<string>();
  for (const m of a.mentions) {
    if (m.type !== 'date' || !m.date || m.date.sortKey > refKey) continue;
    const label = nounLabel(a, m) ?? clauseLabel(a, m);
    const s = a.sentences[m.sent];
    if (!label || !s || label.split(' ').length < 2) continue;
    const key = norm(label);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: 'f' + hash(`event|${key}|${m.date.iso}`), kind: 'event', sent: s, asks: [], date: m.date, label });
  }
  return out;
}
