// People, places, organisations and peoples: runs of proper nouns over the parsed tokens, typed with the
// gazetteer, the given-name list, titles and what the tree says around them ("X, a spokesman", "X said",
// "in X"); later mentions linked to the full name ("Hayashi" -> "Yoshimasa Hayashi").
import { FEMALE_NAMES, FIRST_NAMES } from './first-names.js';
import { genderFits } from './gender.js';
import {
  DEMONYMS,
  HONORIFICS,
  ORG_WORDS,
  PLACE_WORDS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
  WOMAN_TITLE,
  canonicalOrg,
  isKnownOrg,
  isKnownPlace,
  knownLeader,
} from './gazetteer.js';
import { PERSON_NOUNS, ORG_NOUNS, PLACE_NOUNS, SPEECH_VERBS } from './lexicon.js';
import type { Mention, MentionType, Sentence, Token } from './types.js';

const CONNECTORS = new Set(['of', 'for', 'de', 'la', 'del', 'van', 'von', 'bin', 'al', 'da', 'du', 'le', '&']);
/** The "v" of a case's or a match's name ("Furman v. Georgia", "Arsenal vs Chelsea"). */
export const VERSUS = /^(v|vs)\.?$/;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.]+(?:-\p{Lu}?[\p{Ll}'’.]+)*$/u;
const THING_LAST = new Set([
  'Award',
  'Awards',
  'Prize',
  'Medal',
  'Cup',
  'Festival',
  'Games',
  'Championship',
  'Championships',
  'Trophy',
  'Act',
  'Bill',
  'Treaty',
  'Accord',
  'Summit',
  'Conference',
  'Fire',
  'War',
  'Storm',
  'Hurricane',
  'Programme',
  'Program',
  'Project',
  'Mission',
  'Plan',
  'Index',
  'Olympics',
  'Open',
  'Show',
  'Tour',
  'Album',
  'Series',
  'Day',
  'Week',
  'Year',
  'Prize',
]);
// ("they'll be OK": a word in capitals, not an organisation to offer as a wrong choice; round 5252.)
const NOT_NAME = new Set([
  'I',
  'OK',
  'The',
  'A',
  'An',
  'This',
  'That',
  'It',
  'He',
  'She',
  'We',
  'They',
  'But',
  'And',
  'Or',
  'If',
  'As',
  'Mr',
  'Mrs',
]);
const QUANTIFIERS = new Set([
  'several',
  'many',
  'some',
  'most',
  'few',
  'both',
  'all',
  'each',
  'every',
  'various',
  'numerous',
]);
const PLACE_PREPS = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'across',
  'outside',
  'throughout',
  'inside',
  'around',
]);

export interface NameContext {
  text: string;
  tokens: Token[];
  kids: number[][];
  sentences: Sentence[];
}

interface Run {
  t0: number;
  t1: number;
}

// (Any alphabet's capitals: "Trần Hưng Đạo", "Émile Zola", "Łukasz" are cut short by an A-Z test.)
const cap = (t: Token | undefined): boolean =>
  t !== undefined && /^[\p{Lu}0-9]/u.test(t.value) && !NOT_NAME.has(t.value);
const tight = (x: Token | undefined, y: Token | undefined): boolean =>
  x !== undefined && y !== undefined && x.end === y.start;

/** "Several Tigers, including manager Brad Ausmus, said ...": a quantifier a sentence starts with is no word of the
 * name (as "Several Tigers" it stood in for "the Tigers" elsewhere: round 9696's FALSE card). "All Nippon Airways"
 * inside a sentence is a name. */
const openingQuantifier = (tk: Token[], t: number): boolean =>
  QUANTIFIERS.has(tk[t]?.lower ?? '') && tk[t - 1]?.sent !== tk[t]?.sent;

function nameToken(tk: Token[], t: number): boolean {
  const x = tk[t];
  if (!x || !cap(x) || openingQuantifier(tk, t)) return false;
  if (x.pos === 'PROPN' || /^[A-Z]{2,}$/.test(x.value)) return true;
  // "Superior Court", "Senate Majority Leader Chuck Schumer", "Association of Muslim Scholars": capitalised words
  // inside a name, on the way to a proper noun.
  if (!/^(NOUN|ADJ) \p{Lu}/u.test(`${x.pos} ${x.value}`)) return false;
  for (let k = t + 1; k < tk.length && k < t + 6; k++) {
    const y = tk[k] as Token;
    if (y.sent !== x.sent) return false;
    if (y.pos === 'PROPN' && cap(y)) return true;
    if (CONNECTORS.has(y.value) || (/^(NOUN|ADJ)$/.test(y.pos) && /^\p{Lu}/u.test(y.value))) continue;
    return false;
  }
  return false;
}

/** Runs of name tokens in one sentence ("Bank of England", "Muqtada al-Sadr"), skipping claimed tokens. */
function runs(c: NameContext, s: Sentence, claimed: Uint8Array): Run[] {
  const tk = c.tokens;
  const out: Run[] = [];
  let t = s.t0;
  while (t < s.t1) {
    if (claimed[t] || !nameToken(tk, t)) {
      t++;
      continue;
    }
    let e = t + 1;
    for (let n = nameStep(tk, e, s, claimed); n > 0; n = nameStep(tk, e, s, claimed)) e += n;
    // A name does not end in a connector or a hyphen.
    while (e > t + 1 && (CONNECTORS.has(tk[e - 1]?.value ?? '') || tk[e - 1]?.value === '-')) e--;
    out.push({ t0: t, t1: e });
    t = e;
  }
  return out;
}

/** How many tokens at e go on the name before them: a name word, a connector and a name word ("Bank [of England]"),
 * a particle written tight ("[al-Sabah]"), or a hyphen written tight between two parts of one name ("Bankman-Fried",
 * "al-Sadr": the tagger may call the second part anything); 0 when the name ends. */
function nameStep(tk: Token[], e: number, s: Sentence, claimed: Uint8Array): number {
  const nx = tk[e];
  if (e >= s.t1 || !nx || claimed[e]) return 0;
  if (nameToken(tk, e)) return 1;
  // A case or a match, "Furman v. Georgia", "Arsenal vs Chelsea", is one name: round 5959's card asked "the 1972
  // ruling in [Georgia]" and so placed the case in Georgia.
  const nextIsName = e + 1 < s.t1 && nameToken(tk, e + 1) && !claimed[e + 1];
  if ((CONNECTORS.has(nx.value) || VERSUS.test(nx.value)) && nextIsName) return 2;
  // "Sheikh Ali [al-Khalifa al-Sabah]", "Abdul-Aziz [bin Khalifa al-Thani]" (it became three people: "Ali",
  // "Khalifa", "Sabah"; round 4848 named him "Ali").
  if (particle(tk, e)) return 3;
  return namesHyphen(tk, e) ? 2 : 0;
}

/** A hyphen written tight between two parts of one name ("Bankman-Fried", "al-Sadr"), not between two places. */
function namesHyphen(tk: Token[], e: number): boolean {
  const nx = tk[e] as Token;
  return (
    (nx.value === '-' || nx.value === '–') &&
    tight(tk[e - 1], nx) &&
    tight(nx, tk[e + 1]) &&
    (/^\p{Lu}/u.test(tk[e + 1]?.value ?? '') || /^[a-z]{1,3}$/.test(tk[e - 1]?.value ?? '')) &&
    !joinsTwo(tk[e - 1], tk[e + 1])
  );
}

/** "al-Sabah": a lower-case particle, a hyphen written tight and a capitalised part. */
function particle(tk: Token[], e: number): boolean {
  const [p, dash, rest] = [tk[e], tk[e + 1], tk[e + 2]];
  return (
    p !== undefined &&
    /^(al|el|ad|as|ibn|bin|bint|abu|ben)$/.test(p.value) &&
    dash?.value === '-' &&
    tight(p, dash) &&
    tight(dash, rest) &&
    rest?.sent === p.sent &&
    /^\p{Lu}/u.test(rest.value)
  );
}

/** "Japan-Ukraine", "Ukrainian-Japanese": two places or peoples joined, not one name. */
function joinsTwo(x: Token | undefined, y: Token | undefined): boolean {
  return [x?.value ?? '', y?.value ?? ''].some((v) => isKnownPlace(v) || DEMONYMS.has(v));
}

interface Typed {
  type: MentionType;
  t0: number;
  title?: string;
}

const GENERAL_ORGS =
  /^(Electric|Dynamics|Motors|Mills|Atomics|Foods|Assembly|Hospital|Staff|Council|Post|Accounting|Instruments|Synod|Conference|Secretariat)$/;

/** Leading title words: "Foreign Minister", "Secretary of Defense", "Chief Financial Officer". */
function titleLength(ws: string[]): number {
  let k = 0;
  for (;;) {
    if (k < ws.length - 1 && (TITLE_WORDS.has(ws[k] ?? '') || HONORIFICS.has(ws[k] ?? ''))) k++;
    else if (k > 0 && ws[k] === 'of' && k < ws.length - 2) k += 2;
    else break;
  }
  if (k > 0) for (let j = k; j < ws.length - 2; j++) if (TITLE_WORDS.has(ws[j] ?? '')) k = j + 1;
  if (
    k > 0 &&
    ws.slice(0, k).every((w) => TITLE_QUALIFIERS.has(w)) &&
    ws.length - k === 1 &&
    !FIRST_NAMES.has((ws[k] ?? '').toLowerCase())
  )
    return 0;
  return k;
}

/** A run that starts with k title words: the person they name, a place ("Greater London"), or nobody ("the Prime
 * Minister": title words all through). */
function titled(ws: string[], at: number[], k: number, t0: number): Typed {
  const rest = ws.slice(k);
  // "General Electric", "General Dynamics", "General Assembly": a company or a body, not General Electric the man
  // (round 6969 offered "Electric" and "Dynamics" as people).
  if (k === 1 && ws[0] === 'General' && GENERAL_ORGS.test(rest[0] ?? '')) return { type: 'org', t0 };
  if (isKnownPlace(rest.join(' '))) return { type: 'place', t0: at[k] ?? t0 };
  if (rest.every((w) => TITLE_WORDS.has(w))) return { type: 'name', t0 };
  return { type: 'person', t0: at[k] ?? t0, title: ws.slice(0, k).join(' ') };
}

/** What the tree says of the run's head: an apposition or a description naming its kind, a speech verb. */
function treeCue(c: NameContext, r: Run): MentionType | null {
  const tk = c.tokens;
  let head = r.t1 - 1;
  for (let t = r.t0; t < r.t1; t++) if ((tk[t]?.head ?? -1) < r.t0 || (tk[t]?.head ?? -1) >= r.t1) head = t;
  const h = tk[head] as Token;
  for (const k of c.kids[head] ?? []) {
    const kid = tk[k] as Token;
    if (kid.rel === 'appos' || kid.rel === 'nmod:desc') {
      if (PERSON_NOUNS.has(kid.lemma)) return 'person';
      if (ORG_NOUNS.has(kid.lemma)) return 'org';
      if (PLACE_NOUNS.has(kid.lemma)) return 'place';
    }
  }
  // "a spokesman, John Smith": the name is the apposition of a description.
  if (h.rel === 'appos') {
    const of = tk[h.head];
    if (of && PERSON_NOUNS.has(of.lemma)) return 'person';
    if (of && ORG_NOUNS.has(of.lemma)) return 'org';
    if (of && PLACE_NOUNS.has(of.lemma)) return 'place';
  }
  if (h.rel === 'nsubj' && SPEECH_VERBS.has(tk[h.head]?.lemma ?? '')) {
    // "Novo Nordisk said it ...": a company speaks of itself as "it".
    const verb = h.head;
    const it = (c.kids[verb] ?? []).some(
      (k) =>
        tk[k]?.rel === 'ccomp' &&
        (c.kids[k] ?? []).some((j) => tk[j]?.rel.startsWith('nsubj') && /^(it|its)$/i.test(tk[j]?.value ?? '')),
    );
    return it ? 'org' : 'person';
  }
  return null;
}

function classify(c: NameContext, r: Run, people: Map<string, string>, orgs: Set<string>): Typed {
  const tk = c.tokens;
  const ws: string[] = [];
  const at: number[] = [];
  for (let t = r.t0; t < r.t1; t++) {
    const tok = tk[t] as Token;
    const glued = t > r.t0 && (tok.value === '-' || tk[t - 1]?.value === '-') && tight(tk[t - 1], tok);
    if (glued && ws.length > 0) ws[ws.length - 1] += tok.value;
    else {
      ws.push(tok.value);
      at.push(t);
    }
  }
  const whole = ws.join(' ');
  const last = ws.at(-1) ?? '';
  const prev = tk[r.t0 - 1];
  if (ws.some((w) => VERSUS.test(w))) return { type: 'name', t0: r.t0 };
  if (isKnownPlace(whole)) return { type: 'place', t0: r.t0 };
  if (orgs.has(whole) || isKnownOrg(whole)) return { type: 'org', t0: r.t0 };
  if (ws.length >= 2 && THING_LAST.has(last)) return { type: 'name', t0: r.t0 };
  if (DEMONYMS.has(whole) || DEMONYMS.has(last)) return { type: 'norp', t0: r.t0 };
  // "Senate Majority Leader Chuck Schumer": title words, then a given name.
  for (let i = 1; i < ws.length - 1; i++) {
    if (TITLE_WORDS.has(ws[i - 1] ?? '') && FIRST_NAMES.has((ws[i] ?? '').toLowerCase()))
      return { type: 'person', t0: at[i] ?? r.t0, title: ws.slice(0, i).join(' ') };
  }
  if (ORG_WORDS.has(last) || ORG_WORDS.has(ws[0] ?? '')) return { type: 'org', t0: r.t0 };
  if (PLACE_WORDS.has(last)) return { type: 'place', t0: r.t0 };
  // "Analyst Jane Porter", "Goalkeeper Emiliano Martinez": a capitalised word for a person before a name.
  let k = titleLength(ws);
  if (k === 0 && ws.length >= 2 && PERSON_NOUNS.has((ws[0] ?? '').toLowerCase()) && tk[r.t0]?.pos !== 'PROPN') k = 1;
  if (k > 0) return titled(ws, at, k, r.t0);
  if (TITLE_WORDS.has(whole)) return { type: 'name', t0: r.t0 };
  if (knownLeader(whole) || people.has(whole)) return { type: 'person', t0: r.t0 };
  if (prev && HONORIFICS.has(prev.value)) return { type: 'person', t0: r.t0 };
  // ("AD", "BC": an era, not an organisation.)
  if (/^(?!(AD|BC|BCE|CE|AM|PM)$)[A-Z]{2,6}$/.test(whole)) return { type: 'org', t0: r.t0 };
  const cue = treeCue(c, r);
  if (cue) return { type: cue, t0: r.t0 };
  return { type: byWordsAround(c, r, ws), t0: r.t0 };
}

/** A name's kind by its words and the words around it, when nothing surer said. */
function byWordsAround(c: NameContext, r: Run, ws: string[]): MentionType {
  const tk = c.tokens;
  const prev = tk[r.t0 - 1];
  // "Col. Clifton Lisle, of [Chester Springs]", "Mrs. Eugene Smith, of [Lake Forest]": where a person is from, not
  // a person (round 13030 offered three people's names beside "Chester Springs").
  if (prev?.lower === 'of' && tk[r.t0 - 2]?.value === ',' && ws.length <= 3) return 'place';
  const given = FIRST_NAMES.has((ws[0] ?? '').toLowerCase());
  if (ws.length >= 2 && ws.length <= 4 && given && ws.every((w) => NAME_WORD.test(w))) return 'person';
  if (prev && PLACE_PREPS.has(prev.lower) && ws.length <= 3 && tk[r.t1 - 1]?.rel !== 'compound') return 'place';
  return prev?.lower === 'the' ? 'org' : 'name';
}

/** A name said anywhere to be a company ("X, which employs", "X said it", "X shares") is one everywhere. */
function companies(c: NameContext, all: Array<{ s: Sentence; r: Run }>): Set<string> {
  const out = new Set<string>();
  const tk = c.tokens;
  for (const { r } of all) {
    const n1 = tk[r.t1];
    const n2 = tk[r.t1 + 1];
    const cue =
      (n1?.value === ',' &&
        n2?.lower === 'which' &&
        /^(employ|make|own|operate|sell|run)/.test(tk[r.t1 + 2]?.lower ?? '')) ||
      /^(shares|stock)$/.test(n1?.lower ?? '') ||
      (/^['’]s$/.test(n1?.value ?? '') &&
        /^(shares|stock|board|headquarters|employees|customers|profit|profits|revenue|sales)$/.test(n2?.lower ?? ''));
    if (cue) out.add(c.text.slice(tk[r.t0]?.start ?? 0, tk[r.t1 - 1]?.end ?? 0));
  }
  return out;
}

export function findNames(c: NameContext, claimed: Uint8Array): Mention[] {
  const tk = c.tokens;
  // A capitalised first word of a sentence that the article also writes in lower case is no name ("Officials
  // said ...", "Sales rose ...").
  const lower = new Set<string>();
  const capMid = new Set<string>();
  for (const t of tk) if (/^\p{Ll}/u.test(t.value)) lower.add(t.value);
  for (const s of c.sentences)
    for (let t = s.t0 + 1; t < s.t1; t++)
      if (/^\p{Lu}/u.test(tk[t]?.value ?? '') && !/^["“‘(:]$/.test(tk[t - 1]?.value ?? ''))
        capMid.add(tk[t]?.value ?? '');
  const all: Array<{ s: Sentence; r: Run }> = [];
  for (const s of c.sentences) for (const r of runs(c, s, claimed)) all.push({ s, r });
  const orgs = companies(c, all);
  const people = new Map<string, string>();
  const out: Mention[] = [];
  for (const { s, r } of all) {
    const first = tk[r.t0] as Token;
    // A single capitalised first word is a name only when the article also writes it capitalised mid-sentence, or
    // knows it ("Output in the period grew" is no name).
    const opening = r.t1 === r.t0 + 1 && (r.t0 === s.t0 || /^["“‘(]$/.test(tk[r.t0 - 1]?.value ?? ''));
    if (
      opening &&
      !isKnownPlace(first.value) &&
      !knownLeader(first.value) &&
      !isKnownOrg(first.value) &&
      (lower.has(first.lower) || !capMid.has(first.value))
    )
      continue;
    const typed = classify(c, r, people, orgs);
    const a = tk[typed.t0] as Token;
    const b = tk[r.t1 - 1] as Token;
    const name = c.text.slice(a.start, b.end);
    let canonical = name;
    let type = typed.type;
    if (type === 'person' || type === 'name') {
      const full = fullFor(people, name, typed.title);
      if (full) {
        canonical = full;
        type = 'person';
      } else if (type === 'person') {
        people.set(name, name);
        const surname = surnameOf(name);
        // A surname alone so far ("Zelenskyy said") now belongs to this full name, unless two people share it.
        if (surname && (!people.has(surname) || people.get(surname) === surname)) people.set(surname, name);
      }
    }
    if (type === 'org') canonical = canonicalOrg(name);
    const m: Mention = {
      type,
      text: name,
      start: a.start,
      end: b.end,
      t0: typed.t0,
      t1: r.t1,
      sent: s.index,
      canonical,
    };
    if (typed.title) m.title = tk[r.t0 - 1]?.lower === 'former' ? `former ${typed.title}` : typed.title;
    out.push(m);
  }
  // A surname seen before its full name ("Zelenskyy said ... President Volodymyr Zelenskyy") links back too.
  for (const m of out) {
    if (m.canonical.includes(' ')) continue;
    const full = fullFor(people, m.canonical, m.title);
    if (full && full !== m.canonical) {
      m.canonical = full;
      m.type = 'person';
    }
  }
  unlinkShared(out);
  unlinkSharedSurnames(out);
  unlinkFamilies(c.text, out);
  untypeSurnamePlaces(out);
  return out;
}

/** "Vicky Kowalski" in a story on "the Kowalski family", "Mrs. Kowalski" and "four of the Kowalski children": a
 * surname alone may be any of them, so it stands for nobody named in full. Round 12828's FALSE card gave the
 * daughter's name to "Kowalski has spoken but little since the fire", her father. (Only when another of the family
 * shows: a courtesy title the one named in full is never written with, or "Mr. and Mrs."; "the Benson family"
 * alone, in a story on Tom Benson, is his.) */
function unlinkFamilies(text: string, out: Mention[]): void {
  for (const [surname, fulls] of surnameBearers(out)) {
    const s = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const family = new RegExp(`\\b([Tt]he|[Hh]is|[Hh]er|[Tt]heir) ${s} (${KIN})\\b|\\b[Tt]he ${s}e?s\\b`);
    const couple = new RegExp(`\\bMr\\. and Mrs\\. ${s}\\b`).test(text);
    const ownTitles = new Set(out.filter((m) => fulls.has(m.text)).map((m) => courtesy(m.title)));
    const other = out.some((m) => m.text === surname && courtesy(m.title) && !ownTitles.has(courtesy(m.title)));
    if (!couple && !(other && family.test(text))) continue;
    for (const m of out) if (m.text === surname) m.canonical = m.text;
  }
}

/** What "the Kowalski ..." may be of a family. */
const KIN = 'family|families|children|kids|boys|girls|brothers|sisters|couple|home|household|clan';

/** "Mrs." and "Mrs" alike; none for a title of office. */
function courtesy(title: string | undefined): string | undefined {
  const t = title?.replace(/\.$/, '');
  return t && /^(Mr|Mrs|Ms|Miss)$/.test(t) ? t : undefined;
}

/** "Mrs. Anna Hengesbach" and her stepson "Vincent Hengesbach": a surname alone stands for neither when two people of
 * the article bear it, unless its title fits one only ("Mrs. Hengesbach"). Round 12121's FALSE card put Anna for
 * the stepson's "Hengesbach, who has been living on welfare". */
function unlinkSharedSurnames(out: Mention[]): void {
  const bearers = surnameBearers(out);
  // ("Pervaiz Musharraf" and "Pervez Musharraf" are one man spelt two ways: given names of one initial count once.)
  const initials = (names: string[]): number => new Set(names.map((n) => n[0])).size;
  for (const m of out) {
    const all = [...(bearers.get(m.text) ?? [])];
    if (initials(all) < 2 || m.text.includes(' ')) continue;
    const fitting = m.title ? all.filter((full) => titleFits(m.title, full)) : [];
    m.canonical = fitting.length === 1 ? (fitting[0] as string) : m.text;
  }
}

/** The full names of the article's people by their surname. */
function surnameBearers(out: Mention[]): Map<string, Set<string>> {
  const bearers = new Map<string, Set<string>>();
  for (const m of out) {
    const surname = m.type === 'person' && m.canonical === m.text ? surnameOf(m.text) : null;
    if (surname) bearers.set(surname, (bearers.get(surname) ?? new Set()).add(m.text));
  }
  return bearers;
}

/** "Jordan purchased a majority stake" in a story on Michael Jordan was asked "Which country purchased ...?" (round
 * 10909, FALSE): a place's name alone that is also the last word of a person's name in the article may be either,
 * so it is a name of unknown kind, asked of neither as a place nor as a person. */
function untypeSurnamePlaces(out: Mention[]): void {
  const lastWords = new Set(
    out
      .filter((m) => m.type === 'person' && m.text.includes(' ') && !m.text.split(' ').includes('of'))
      .map((m) => m.text.split(' ').at(-1)),
  );
  for (const m of out)
    if (m.type === 'place' && !m.text.includes(' ') && lastWords.has(m.text)) {
      m.type = 'name';
      m.canonical = m.text;
    }
}

const ONE_NAME =
  /^(Mohammed|Muhammad|Mohammad|Mohamed|Muhammed|Jesus|Christ|Moses|Abraham|Buddha|Confucius|Allah|God)$/;

/** The full name a name (a surname alone, usually) stands for, if the title written with it allows. */
function fullFor(people: Map<string, string>, name: string, title: string | undefined): string | undefined {
  const full = people.get(name);
  return full !== undefined && titleFits(title, full) ? full : undefined;
}

/** "Mrs. Arafat" after "Karim Arafat" is someone else of the family: a woman's courtesy title goes with a full name
 * only when its given name is a woman's, "Mr." with none known to be only a woman's. */
function titleFits(title: string | undefined, full: string): boolean {
  if (WOMAN_TITLE.test(title ?? '')) return FEMALE_NAMES.has((full.split(' ')[0] ?? '').toLowerCase());
  return !/^Mr\.?$/.test(title ?? '') || genderFits(full, 'm');
}

/** "Harvard" in an article on Harvard University is not John Harvard: a single word that also begins the name of
 * a place or an organisation in the article stays a name of unknown kind rather than a person's surname. */
function unlinkShared(out: Mention[]): void {
  // (Only names of institutions and places: "Obama administration" is still Obama's.)
  const starts = new Set(out.filter((m) => m.text.includes(' ') && institution(m)).map((m) => m.text.split(' ')[0]));
  for (const m of out) {
    // ("Chairman Heineken" is the man: a title says which.)
    if (m.type === 'person' && !m.title && !m.text.includes(' ') && m.canonical !== m.text && starts.has(m.text)) {
      m.canonical = m.text;
      m.type = 'name';
    }
  }
}

function institution(m: Mention): boolean {
  const last = m.text.split(' ').at(-1) ?? '';
  return m.type === 'place' || (m.type === 'org' && (ORG_WORDS.has(last) || COMPANY_SUFFIX.test(last)));
}

/** "Heineken NV", "Siemens AG", "Hanson Plc": a firm's legal form. "Heineken is urging farmers ..." was the
 * brewer, not its chairman Freddie Heineken (round 9090's two FALSE cards). */
const COMPANY_SUFFIX =
  /^(NV|N\.V\.|AG|SA|S\.A\.|PLC|Plc|plc|Ltd|Ltd\.|AB|GmbH|SpA|S\.p\.A\.|BV|B\.V\.|Holdings|Cos?\.?|KK|Oyj|ASA)$/;

/** What follows a family name in a full name: no family name itself. */
const NAME_SUFFIX = /^(Jr|Sr)\.?,?$|^(II|III|IV)$/;

/** The family name a full name may be shortened to: none for "Maud of Scotland" or "Irvine of Lairg" (the last
 * word is where they are of, and "Scotland" alone is the country), none for one word. */
function surnameOf(name: string): string | null {
  // ("Mrs. G. Henry Pierson Jr." is Pierson, not "Jr.": a lone "Jr." elsewhere, "son, James, Jr.", became her name in
  // round 11919's FALSE card.)
  const words = name.split(' ').filter((w, i) => i === 0 || !NAME_SUFFIX.test(w));
  // ("Mohammed's taking of Mecca" in a post that names Khalid Shaikh Mohammed is the Prophet's: a name one figure is
  // known by alone is nobody's surname.)
  if (words.length < 2 || words.includes('of') || isKnownPlace(words.at(-1) ?? '') || ONE_NAME.test(words.at(-1) ?? ''))
    return null;
  return words.at(-1) ?? null;
}

/** A name surely an organisation's: the gazetteer knows it, or it ends in "Ministry", "Bank", "Council" .... */
export function surelyOrg(m: Mention): boolean {
  return (
    m.type === 'org' &&
    (isKnownOrg(m.canonical) || ORG_WORDS.has(m.canonical.split(' ').at(-1) ?? '') || /^[A-Z]{2,6}$/.test(m.canonical))
  );
}
