// People, places and organisations from capitalised token runs, typed with the gazetteer and a few cues,
// and later mentions linked to the full name ("Hayashi" -> "Yoshimasa Hayashi").
import { FIRST_NAMES } from './first-names.js';
import {
  DEMONYMS, HONORIFICS, ORG_WORDS, PLACE_WORDS, TITLE_QUALIFIERS, TITLE_WORDS, canonicalOrg, isKnownOrg, isKnownPlace, knownLeader,
} from './gazetteer.js';
import type { Mention, MentionType, Sentence, Token } from './types.js';

const CONNECTORS = new Set(['of', 'for', 'de', 'la', 'del', 'van', 'von', 'bin', 'al', 'da', 'du', 'le']);
const SPEECH = new Set(['said', 'says', 'told', 'wrote', 'added', 'explained', 'tweeted', 'asked', 'noted', 'stated', 'insisted', 'announced']);
const ORG_ROLE_NOUNS = new Set(['chief', 'ceo', 'founder', 'head', 'spokesman', 'spokeswoman', 'chairman', 'president', 'boss', 'executive', 'owner', 'director']);
// A word of a name: "Kishida", "O'Brien", "Bankman-Fried".
const NAME_WORD = /^[A-Z][a-zà-ÿ'’.]+(?:-[A-Z]?[a-zà-ÿ'’.]+)*$/;
const THING_LAST = new Set(['Award', 'Awards', 'Prize', 'Medal', 'Cup', 'Festival', 'Games', 'Championship', 'Championships', 'Trophy', 'Act', 'Treaty', 'Accord', 'Summit', 'Conference', 'Fire', 'War', 'Storm', 'Hurricane', 'Programme', 'Program', 'Project', 'Mission', 'Plan', 'Fund', 'Index', 'Olympics', 'Open', 'Show', 'Tour', 'Album', 'Series']);
const WORK_NOUNS = new Set(['journal', 'magazine', 'newspaper', 'paper', 'website', 'broadcaster', 'channel', 'network', 'band', 'group', 'company', 'firm', 'airline', 'carrier', 'agency', 'bank', 'publisher', 'studio', 'label', 'app', 'platform', 'club', 'team']);
const PLACE_PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'throughout']);
const NON_NAME = new Set(['I', 'The', 'A', 'An', 'This', 'That', 'It', 'He', 'She', 'We', 'They', 'But', 'And', 'Or', 'If', 'As', 'In', 'On', 'At', 'Several', 'Many', 'Some', 'Most', 'All', 'Both', 'Few', 'Other', 'Another', 'Each', 'Every', 'Hundreds', 'Thousands', 'Dozens', 'Millions']);

function isCap(t: Token, first: boolean): boolean {
  if (/^\d+(st|nd|rd|th)$/.test(t.value)) return true;
  if (!/^[A-Z]/.test(t.value) || t.pos === 'PUNCT' || t.pos === 'SYM') return false;
  if (NON_NAME.has(t.value)) return false;
  if (first) return t.pos === 'PROPN';
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'VERB';
}

interface Run {
  t0: number;
  t1: number;
}

/** "Japan-Ukraine", "Ukrainian-Japanese": two places or peoples joined, not one name. */
function compound(x: Token, y: Token): boolean {
  return [x.value, y.value].some((v) => isKnownPlace(v) || DEMONYMS.has(v));
}

/** Capitalised runs in one sentence, skipping tokens already claimed by numeric/date entities. */
function runs(tokens: Token[], s: Sentence, claimed: Uint8Array): Run[] {
  const out: Run[] = [];
  let t = s.t0;
  while (t < s.t1) {
    const tok = tokens[t];
    if (!tok || claimed[t] || !isCap(tok, t === s.t0)) {
      t++;
      continue;
    }
    let e = t + 1;
    for (;;) {
      const nx = tokens[e];
      if (e < s.t1 && nx && !claimed[e] && isCap(nx, false) && nx.start === (tokens[e - 1]?.end ?? 0) + 1) e++;
      else if (e + 1 < s.t1 && nx && CONNECTORS.has(nx.value) && tokens[e + 1] && isCap(tokens[e + 1] as Token, false)) e += 2;
      // "Bankman-Fried", "Garcia-Lopez": a hyphen written tight between two capitalised parts joins them.
      else if (e + 1 < s.t1 && nx && nx.value === '-' && nx.start === tokens[e - 1]?.end && tokens[e + 1]?.start === nx.end && isCap(tokens[e + 1] as Token, false) && !compound(tokens[e - 1] as Token, tokens[e + 1] as Token)) e += 2;
      else break;
    }
    if (!(e === t + 1 && /^\d/.test(tok.value))) out.push({ t0: t, t1: e });
    t = e;
  }
  return out;
}

interface Typed {
  type: MentionType;
  t0: number;
  title?: string;
}

/** "Deutsche Bahn, which employs ...", "Novo Nordisk said it ...", "Novo Nordisk shares rose": said of a company. */
function orgCue(tokens: Token[], r: Run): boolean {
  const n1 = tokens[r.t1];
  const n2 = tokens[r.t1 + 1];
  if (!n1) return false;
  if (n1.value === ',' && n2?.lower === 'which') return true;
  if (/^(said|says|added)$/.test(n1.lower) && /^(it|its)$/.test(n2?.lower ?? '')) return true;
  return /^(shares|stock)$/.test(n1.lower) || (/^['’]s$/.test(n1.value) && /^(shares|stock|board|headquarters|employees|customers)$/.test(n2?.lower ?? ''));
}

function classify(tokens: Token[], r: Run, s: Sentence, people: Map<string, string>, orgs: Set<string> = new Set()): Typed {
  // Words of the run, a hyphenated word as one ("Bankman-Fried"); at[i] is the token where word i starts.
  const ws: string[] = [];
  const at: number[] = [];
  for (let t = r.t0; t < r.t1; t++) {
    const tok = tokens[t] as Token;
    const glued = t > r.t0 && (tok.value === '-' || tokens[t - 1]?.value === '-') && tok.start === tokens[t - 1]?.end;
    if (glued && ws.length > 0) ws[ws.length - 1] += tok.value;
    else {
      ws.push(tok.value);
      at.push(t);
    }
  }
  const whole = ws.join(' ');
  const last = ws.at(-1) ?? '';
  const prev = tokens[r.t0 - 1];
  const next = tokens[r.t1];
  if (isKnownPlace(whole)) return { type: 'place', t0: r.t0 };
  if (orgs.has(whole)) return { type: 'org', t0: r.t0 };
  // "Grammy Award", "Mountain Fire", "Nobel Prize": things, not people.
  if (ws.length >= 2 && THING_LAST.has(last)) return { type: 'thing', t0: r.t0 };
  // "Senate Majority Leader Chuck Schumer": title words, then a given name: a person, whatever the title's words.
  for (let i = 1; i < ws.length - 1; i++) {
    if (TITLE_WORDS.has(ws[i - 1] ?? '') && FIRST_NAMES.has((ws[i] ?? '').toLowerCase())) return { type: 'person', t0: at[i] ?? r.t0, title: ws.slice(0, i).join(' ') };
  }
  // "the journal Communications Biology", "the band Radiohead": named by what it is.
  if (prev && WORK_NOUNS.has(prev.lower)) return { type: 'org', t0: r.t0 };
  if (DEMONYMS.has(whole) || DEMONYMS.has(last)) return { type: 'norp', t0: r.t0 };
  if (isKnownOrg(whole) || ORG_WORDS.has(last) || ORG_WORDS.has(ws[0] ?? '')) return { type: 'org', t0: r.t0 };
  if (PLACE_WORDS.has(last)) return { type: 'place', t0: r.t0 };
  // Leading title words ("Foreign Minister", "Dr.") are a role, the rest the name.
  let k = 0;
  for (;;) {
    if (k < ws.length - 1 && TITLE_WORDS.has(ws[k] ?? '')) k++;
    // "Secretary of Defense Dick Cheney": "of" and the department belong to the title.
    else if (k > 0 && ws[k] === 'of' && k < ws.length - 2) k += 2;
    else break;
  }
  // "Chief Financial Officer Yoichi Miyazaki": a title can hold other words when it ends in a title word and
  // a full name follows.
  if (k > 0) {
    for (let j = k; j < ws.length - 2; j++) if (TITLE_WORDS.has(ws[j] ?? '') && (ws.length - j - 1 >= 2)) k = j + 1;
  }
  // "U.S. Food (and Drug Administration)", "Big Tech": qualifiers alone before one word are no title.
  if (k > 0 && ws.slice(0, k).every((w) => TITLE_QUALIFIERS.has(w)) && ws.length - k === 1 && !FIRST_NAMES.has((ws[k] ?? '').toLowerCase())) k = 0;
  if (k > 0) {
    const rest = ws.slice(k).join(' ');
    if (isKnownPlace(rest)) return { type: 'place', t0: at[k] ?? r.t0 };
    return { type: 'person', t0: at[k] ?? r.t0, title: ws.slice(0, k).join(' ') };
  }
  if (TITLE_WORDS.has(whole)) return { type: 'thing', t0: r.t0 };
  if (knownLeader(whole) || people.has(whole)) return { type: 'person', t0: r.t0 };
  if (next && ORG_ROLE_NOUNS.has(next.lower) && tokens[r.t1 + 1] && /^[A-Z]/.test(tokens[r.t1 + 1]?.value ?? '')) return { type: 'org', t0: r.t0 };
  if (prev && HONORIFICS.has(prev.value)) return { type: 'person', t0: r.t0 };
  if (next && SPEECH.has(next.lower)) return { type: 'person', t0: r.t0 };
  if (prev && prev.lower === 'the') return { type: 'org', t0: r.t0 };
  // "saved from Kingsley Coman": a given name first makes a person, whatever the preposition before.
  if (ws.length >= 2 && ws.length <= 4 && FIRST_NAMES.has((ws[0] ?? '').toLowerCase()) && ws.every((w) => NAME_WORD.test(w))) return { type: 'person', t0: r.t0 };
  if (prev && PLACE_PREPS.has(prev.lower) && ws.length <= 3) return { type: 'place', t0: r.t0 };
  if (ws.length >= 2 && ws.length <= 4 && ws.every((w) => NAME_WORD.test(w)) && r.t0 !== s.t0) return { type: 'person', t0: r.t0 };
  if (ws.length >= 2 && ws.length <= 3 && ws.every((w) => NAME_WORD.test(w)) && next && /^(VERB|AUX)$/.test(next.pos)) return { type: 'person', t0: r.t0 };
  return { type: 'thing', t0: r.t0 };
}

export function findNames(text: string, tokens: Token[], sentences: Sentence[], claimed: Uint8Array): Mention[] {
  const people = new Map<string, string>(); // any name part -> full name
  const out: Mention[] = [];
  // A capitalised first word is a name only if the article does not also write it in lower case ("Executives
  // were released" ... "the executives"), nor is it a plural that never appears capitalised mid-sentence
  // ("Residents rushed into the streets", "Sales of hybrid cars jumped"), nor, never capitalised mid-sentence, the
  // first word of a common noun phrase ("Train drivers walked off the job").
  const lower = new Set<string>();
  const capMid = new Set<string>();
  for (const s of sentences) {
    for (let t = s.t0; t < s.t1; t++) {
      const v = tokens[t]?.value ?? '';
      if (/^[a-z]/.test(v)) lower.add(v);
      else if (t > s.t0 && /^[A-Z]/.test(v)) capMid.add(v);
    }
  }
  const ordinary = (r: Run, s: Sentence): boolean => {
    if (r.t0 !== s.t0 || r.t1 !== r.t0 + 1) return false;
    const v = tokens[r.t0]?.value ?? '';
    if (isKnownPlace(v) || isKnownOrg(v) || knownLeader(v) || DEMONYMS.has(v)) return false;
    const next = tokens[r.t1];
    const beforeNoun = next !== undefined && next.pos === 'NOUN' && /^[a-z]/.test(next.value);
    return lower.has(v.toLowerCase()) || ((/[^s]s$/.test(v) || beforeNoun) && !capMid.has(v));
  };
  // A name said anywhere to be a company is one everywhere in the article.
  const orgs = new Set<string>();
  for (const s of sentences) {
    for (const r of runs(tokens, s, claimed)) if (orgCue(tokens, r)) orgs.add(text.slice(tokens[r.t0]?.start ?? 0, tokens[r.t1 - 1]?.end ?? 0));
  }
  for (const s of sentences) {
    for (const r of runs(tokens, s, claimed)) {
      if (ordinary(r, s)) continue;
      const c = classify(tokens, r, s, people, orgs);
      const a = tokens[c.t0];
      const b = tokens[r.t1 - 1];
      if (!a || !b) continue;
      const name = text.slice(a.start, b.end);
      let canonical = name;
      let type = c.type;
      if (type === 'person' || type === 'thing') {
        const full = people.get(name);
        if (full) {
          canonical = full;
          type = 'person';
        } else if (type === 'person' && name.includes(' ')) {
          const parts = name.split(' ');
          people.set(name, name);
          const lastName = parts.at(-1);
          // A surname known alone so far ("Mr. Petit", "Zelenskyy said") now belongs to this full name.
          if (lastName && (!people.has(lastName) || people.get(lastName) === lastName)) people.set(lastName, name);
        } else if (type === 'person' && !people.has(name)) {
          // "Mr. Petit": later a bare "Petit" is the same person.
          people.set(name, name);
        }
      }
      if (type === 'org') canonical = canonicalOrg(name);
      const m: Mention = { type, text: name, start: a.start, end: b.end, t0: c.t0, t1: r.t1, sent: s.index, canonical };
      // "former Labour Minister Carolina Fuentes": she no longer is one.
      if (c.title) m.title = tokens[r.t0 - 1]?.lower === 'former' && !/^former\b/i.test(c.title) ? `former ${c.title}` : c.title;
      out.push(m);
    }
  }
  // A surname seen before its full name ("Zelenskyy said ... President Volodymyr Zelenskyy") links afterwards too.
  for (const m of out) {
    if (!m.canonical.includes(' ')) {
      const full = people.get(m.canonical);
      if (full && full !== m.canonical) {
        m.canonical = full;
        m.type = 'person';
      }
    }
  }
  return out;
}
