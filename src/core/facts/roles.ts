// Role facts: who someone is. From titles ("Prime Minister Fumio Kishida"), organisation roles ("Rakuten chief
// Hiroshi Mikitani"), role phrases before a name ("feminist commentator Deborah Russell") and appositives
// ("his Ukrainian counterpart, Dmytro Kuleba,"; "Matthew Menchel, the doctor's attorney,").
import { mentionsIn } from '../article/index.js';
import type { Article, Mention } from '../article/types.js';
import { hash, norm } from './ids.js';
import type { Fact } from './types.js';
import { table } from '../ids.js';

const ROLE_NOUN = /^(minister|president|chief|ceo|founder|head|spokesman|spokeswoman|chairman|director|lecturer|professor|commentator|comedian|actor|actress|author|writer|novelist|screenwriter|playwright|singer|model|coach|player|lawyer|attorney|doctor|officer|lieutenant|senator|governor|mayor|secretary|ambassador|leader|counterpart|analyst|editor|reporter|correspondent|investigator|prosecutor|judge|official|spokesperson|representative|executive|manager|owner|collector|artist|captain|general|commander|expert|researcher|scientist|economist|activist|critic|student|teacher|friend|wife|husband|son|daughter|mother|father|brother|sister)s?$/i;

// Keyed by words of the article: a table without a prototype ("constructor" is a word like any other).
const ABBREVIATED = table({
  'Sen.': 'Senator', 'Rep.': 'Representative', 'Gov.': 'Governor', 'Gen.': 'General', 'Lt.': 'Lieutenant',
  'Col.': 'Colonel', 'Capt.': 'Captain', 'Sgt.': 'Sergeant', 'Prof.': 'Professor', 'Rev.': 'Reverend', 'Dr.': 'Doctor',
});

function roleFact(a: Article, m: Mention, role: string): Fact | null {
  const r = role.split(' ').map((w) => ABBREVIATED[w] ?? w).join(' ').replace(/\s+/g, ' ').trim();
  if (r.length < 3 || r.length > 70 || norm(r).includes(norm(m.canonical))) return null;
  const s = a.sentences[m.sent];
  if (!s) return null;
  const id = 'f' + hash(`role|${norm(m.canonical)}|${norm(r)}`);
  return {
    id, kind: 'role', sent: s, person: m.canonical, role: r,
    asks: [{ prompt: `Who is ${m.canonical}?`, answer: r, type: 'role', tags: ['role', 'who'], cloze: false, start: m.start, end: m.end, score: 7 }],
  };
}

/** Lowercase role words (and an organisation or adjectives) written right before a name. */
function rolePhraseBefore(a: Article, m: Mention): string | null {
  const tk = a.tokens;
  const t = m.t0 - 1;
  const head = tk[t];
  if (!head || !ROLE_NOUN.test(head.value) || head.value !== head.lower) return null;
  let b = t;
  while (b - 1 >= 0 && (tk[b - 1]?.sent === m.sent) && /^(NOUN|PROPN|ADJ|CCONJ)$/.test(tk[b - 1]?.pos ?? '') && t - b < 6) b--;
  if (tk[b]?.pos === 'CCONJ') b++;
  return a.text.slice(tk[b]?.start ?? 0, head.end);
}

/** "X, a/the ROLE," or "his ROLE, X,". */
function appositive(a: Article, m: Mention, resolveHis: () => string | null): string | null {
  const tk = a.tokens;
  const after = tk[m.t1];
  if (after?.value === ',' && /^(a|an|the)$/.test(tk[m.t1 + 1]?.lower ?? '')) {
    // ", a spokesman for the workers' union": the role noun comes within three words, its complement may follow;
    // the phrase ends at punctuation or a verb.
    const s0 = m.t1 + 2;
    let head = s0;
    while (head < s0 + 3 && /^(ADJ|NOUN|PROPN)$/.test(tk[head]?.pos ?? '') && !ROLE_NOUN.test(tk[head]?.value ?? '')) head++;
    if (ROLE_NOUN.test(tk[head]?.value ?? '') && tk[head]?.pos === 'NOUN') {
      let e = head + 1;
      while (e < tk.length && tk[e]?.sent === m.sent && e - s0 < 9 && !/^[,.;—(]$/.test(tk[e]?.value ?? '') && !/^(VERB|AUX|SCONJ|PRON)$/.test(tk[e]?.pos ?? '')) e++;
      while (e > head + 1 && /^(ADP|DET|CCONJ|PART)$/.test(tk[e - 1]?.pos ?? '')) e--;
      const last = tk[e - 1];
      if (last) return a.text.slice(tk[s0]?.start ?? 0, last.end);
    }
  }
  const before = tk[m.t0 - 1];
  if (before?.value === ',') {
    let b = m.t0 - 2;
    const head = tk[b];
    if (!head || !ROLE_NOUN.test(head.value)) return null;
    while (b - 1 >= 0 && /^(ADJ|NOUN|PROPN|PRON|DET)$/.test(tk[b - 1]?.pos ?? '') && m.t0 - b < 6) b--;
    const first = tk[b];
    if (!first) return null;
    let text = a.text.slice(first.start, head.end);
    if (/^(his|her)\s/i.test(text)) {
      const who = resolveHis();
      if (!who) return null;
      text = `${who.split(' ').at(-1)}'s ${text.replace(/^(his|her)\s+/i, '')}`;
    } else if (/^(their|its|our|my|your)\s/i.test(text)) return null;
    return text.replace(/^(a|an|the)\s+/i, '');
  }
  return null;
}

export function roleFacts(a: Article): Fact[] {
  const out: Fact[] = [];
  const done = new Set<string>();
  for (const m of a.mentions) {
    if (m.type !== 'person' || done.has(m.canonical)) continue;
    const subjectOf = (): string | null => {
      const s = a.sentences[m.sent];
      return mentionsIn(a, m.sent).find((x) => x.type === 'person' && x.start >= (s?.start ?? 0) && x.start < m.start)?.canonical ?? null;
    };
    const org = a.tokens[m.t0 - 2];
    let role: string | null = m.title ?? null;
    if (!role) {
      const orgM = mentionsIn(a, m.sent).find((x) => x.type === 'org' && org && x.t1 === m.t0 - 1);
      const head = a.tokens[m.t0 - 1];
      if (orgM && head && ROLE_NOUN.test(head.value)) role = `${orgM.text} ${head.value}`;
    }
    role ??= rolePhraseBefore(a, m) ?? appositive(a, m, subjectOf);
    if (!role || /^(mr|mrs|ms|dr|prof)\.?$/i.test(role)) continue;
    const f = roleFact(a, m, role);
    if (f) {
      out.push(f);
      done.add(m.canonical);
    }
  }
  return out;
}
