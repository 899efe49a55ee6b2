// Dated events for the order card, and people's roles for the match card, read off the clauses.
// An event is a clause with a resolved date in its own oblique ("In March, Kishida became ..."), labelled by the
// clause simplified (subject, verb, object; the date taken out so the card does not give the order away), or a
// noun with a date before it ("Russia's February 2022 invasion"). A role is a title written with a name
// ("Foreign Minister Yoshimasa Hayashi"), a description before it ("Rakuten chief Hiroshi Mikitani") or an
// apposition ("his Ukrainian counterpart, Dmytro Kuleba").
import { boundBefore, type ResolvedDate } from '../article/dates.js';
import type { Article, Mention } from '../article/types.js';
import { personFor } from '../article/coref.js';
import { FIRST_NAMES } from '../article/first-names.js';
import { isKnownPlace } from '../article/gazetteer.js';
import { SPEECH_VERBS } from '../article/lexicon.js';
import type { Clause } from './clauses.js';
import { mentionAt } from './candidates.js';
import { kidsOf, phrase, textOf, tidy, tok } from './tree.js';

export interface Event {
  label: string;
  date: ResolvedDate;
  sent: number;
  /** Told by a clause of the sentence ("Hayashi made a visit"), not named by a noun ("Russia's invasion"). */
  clause: boolean;
}

export interface Role {
  person: string;
  role: string;
  sent: number;
}

const MAX_LABEL_WORDS = 14;
const OBJECTS = /^(obj|iobj|xcomp|obl|compound:prt)$/;

/** A clause that can name an event: a subject of its own or shared, a fact, read sanely, not quoted. Nor a relative
 * clause: its subject is a noun found by following the tree up, and a misread one names the wrong doer: "[the U.S.]
 * National Science Foundation that began operation" gave "U.S. began operation". */
function labelled(c: Clause): boolean {
  return c.subj >= 0 && c.subjTokens.length > 0 && c.factual && c.sane && !c.quoted && c.kind !== 'relative';
}

/** "Kishida became the final G7 leader to visit Kyiv", "The Army began developing the Osprey": the clause's subject,
 * then each verb from its predicate down to the one the date hangs on, with their objects; no adjuncts, no other
 * clauses, and the date itself left out so the card does not give the order away. */
function clauseLabel(a: Article, c: Clause, verb: number, date: Mention): string | null {
  if (!labelled(c)) return null;
  // "Goodell stated": what someone said is no event of the story's own.
  if (SPEECH_VERBS.has(tok(a, verb).lemma)) return null;
  const subjHead = tok(a, c.subj);
  if (subjHead.pos === 'PRON') return null;
  const m = mentionAt(a, c.subj);
  const subject = m && m.type === 'person' ? m.canonical : textOf(a, c.subjTokens);
  const keep: number[] = [...c.aux, ...c.neg, ...(c.cop >= 0 ? [c.cop] : [])];
  const inDate = (t: number): boolean => t >= date.t0 && t < date.t1;
  let dateHead = date.t1 - 1;
  for (let t = date.t0; t < date.t1; t++) if (tok(a, t).head < date.t0 || tok(a, t).head >= date.t1) dateHead = t;
  // The chain of verbs from the predicate to the dated one ("began" -> "developing").
  const chain: number[] = [];
  for (let v = verb; v >= 0; v = tok(a, v).head) {
    chain.unshift(v);
    if (v === c.pred) break;
    if (tok(a, v).rel !== 'xcomp') return null;
  }
  if (chain[0] !== c.pred) return null;
  for (const v of chain) {
    keep.push(v);
    for (const k of kidsOf(a, v)) {
      const x = tok(a, k);
      // Hedges stay ("was nearly scrapped"): without them the label says what did not happen.
      if (x.rel === 'advmod' && HEDGE.test(x.lower)) keep.push(k);
      if (x.rel === 'mark' && x.lower === 'to' && v !== c.pred) keep.push(k);
      // (Not one before its verb: a fronted phrase is an adjunct, or a misparse, as in 'Conceived as "Professor
      // Moriarty to [the Doctor's Sherlock Holmes]", the character first appeared in 1971', which labelled the
      // character as Sherlock Holmes: round 7474's FALSE order card.)
      if (!objectAfter(a, k, v) || chain.includes(k) || inDate(k)) continue;
      // ", holding talks with Zelenskyy": a participle after a comma is another event.
      // The date itself, when the parser hung it on the object ("the fleet [in 2000]"), leaves with its subtree.
      const words = phrase(
        a,
        k,
        (j) =>
          (/^(acl|advcl)$/.test(tok(a, j).rel) && tok(a, j - 1)?.value === ',' && tok(a, j).tag === 'VBG') ||
          (j === dateHead && j !== k),
      );
      if (words.some(inDate)) continue;
      // Obliques only when they say where or to what ("visit to Hiroshima"), not when or why.
      const prep = tok(a, kidsOf(a, k).find((j) => tok(a, j).rel === 'case') ?? -1)?.lower ?? '';
      if (
        x.rel === 'obl' &&
        (mentionAt(a, k)?.type === 'date' ||
          words.length > 6 ||
          /^(after|before|since|until|during|amid|because)$/.test(prep))
      )
        continue;
      keep.push(...words);
    }
  }
  const words = tidy(
    a,
    [...new Set(keep)].sort((x, y) => x - y),
  );
  // An event says what happened to what: a verb alone ("The game was played") or a clause the parser garbled
  // (a verb inside the subject) makes no item to order.
  // ("The program was nearly scrapped" is one: the hedge is what happened.)
  if (
    words.filter((t) => t > verb).length === 0 &&
    c.cop < 0 &&
    !words.some((t) => t < verb && HEDGE.test(tok(a, t).lower) && tok(a, t).rel === 'advmod')
  )
    return null;
  if (c.subjTokens.some((t) => /^(VBD|VBZ|VBP)$/.test(tok(a, t).tag))) return null;
  const text = `${subject} ${textOf(a, words)}`.replace(/\s+/g, ' ').trim();
  const n = text.split(' ').length;
  return n >= 3 && n <= MAX_LABEL_WORDS ? text : null;
}

/** An object or oblique of verb v that comes after it. */
const objectAfter = (a: Article, k: number, v: number): boolean => OBJECTS.test(tok(a, k).rel) && k > v;

const HEDGE = /^(not|n't|never|nearly|almost|allegedly|reportedly|partly|barely|hardly|first|again|only)$/i;

/** "Russia's February 2022 invasion" -> "Russia's invasion". */
function nounLabel(a: Article, m: Mention): string | null {
  // The mention's own head ("February" in "February 2022") hangs on the noun it dates.
  let h = m.t1 - 1;
  for (let t = m.t0; t < m.t1; t++) if (tok(a, t).head < m.t0 || tok(a, t).head >= m.t1) h = t;
  const noun = tok(a, h).head;
  if (noun < 0 || noun < m.t1 || tok(a, noun).pos !== 'NOUN') return null;
  // The owner is not the date itself (the parser may read "February 2022" as a possessor too).
  // ("Russia's February 2022 invasion" may come back with Russia as February's possessor.)
  const poss = (x: number): number | undefined =>
    kidsOf(a, x).find((k) => tok(a, k).rel === 'nmod:poss' && (k < m.t0 || k >= m.t1));
  const owner = poss(noun) ?? poss(h);
  if (owner === undefined || tok(a, owner).pos !== 'PROPN') return null;
  const of = kidsOf(a, noun).find(
    (k) => tok(a, k).rel === 'nmod' && kidsOf(a, k).some((j) => tok(a, j).lower === 'of'),
  );
  const ofText =
    of !== undefined && phrase(a, of).length <= 4 && !phrase(a, of).some((t) => tok(a, t).pos === 'PRON')
      ? ` ${textOf(a, phrase(a, of))}`
      : '';
  const ownerWords = phrase(a, owner).filter((t) => t < m.t0 || t >= m.t1);
  return `${textOf(a, ownerWords)} ${tok(a, noun).value}${ofText}`;
}

/** A date an event can be placed by: resolved (its year not a guess), not after the article, and no bound ("Prior to October 2005, three
 * channels were available": what was so before a date is no event of that date). */
function datable(a: Article, m: Mention, refKey: number): m is Mention & { date: ResolvedDate } {
  return (
    m.type === 'date' &&
    m.date !== undefined &&
    !m.date.guessed &&
    m.date.sortKey <= refKey &&
    !boundBefore(a.text.slice(0, m.start)) &&
    // "In October 2001, did the FBI profilers know of the message?": a question dates no event.
    !/\?["”’)]*$/.test(a.sentences[m.sent]?.text ?? '')
  );
}

export function eventsOf(a: Article, clauses: Clause[]): Event[] {
  const refKey = a.ref ? a.ref.y * 10000 + a.ref.m * 100 + a.ref.d : Infinity;
  const out: Event[] = [];
  for (const m of a.mentions) {
    if (!datable(a, m, refKey)) continue;
    let label = nounLabel(a, m);
    const clause = !label;
    if (!label) {
      // The verb the date hangs on, and the clause it belongs to (its predicate, or an infinitive under it).
      let h = m.t1 - 1;
      for (let t = m.t0; t < m.t1; t++) if (tok(a, t).head < m.t0 || tok(a, t).head >= m.t1) h = t;
      // "grounded the fleet in 2000": a year or a day hung on the object is the verb's time (the parser attaches
      // such phrases to the nearest noun).
      const onObject =
        tok(a, h).rel === 'nmod' &&
        /^(in|on)$/.test(tok(a, kidsOf(a, h).find((k) => tok(a, k).rel === 'case') ?? -1)?.lower ?? '') &&
        tok(a, tok(a, h).head)?.rel === 'obj';
      const verb = tok(a, h).rel.startsWith('obl') ? tok(a, h).head : onObject ? tok(a, tok(a, h).head).head : -1;
      const c = verb >= 0 ? clauses.find((x) => x.pred === verb || x.rest.includes(verb)) : undefined;
      label = c ? clauseLabel(a, c, verb, m) : null;
    }
    if (label) label = label.charAt(0).toUpperCase() + label.slice(1);
    if (label && !out.some((e) => e.label === label)) out.push({ label, date: m.date, sent: m.sent, clause });
  }
  return out;
}

function namedInFull(name: string): boolean {
  const w = name.split(' ');
  if (!/^\p{Lu}/u.test(w[0] ?? '')) return false;
  return w.length >= 2
    ? w.every((x) => /^(\p{Lu}|[a-z]{1,3}$|-)/u.test(x))
    : FIRST_NAMES.has((w[0] ?? '').toLowerCase());
}

/** One person's name, not a misread run of words: "former Governor of New [Jersey Jon Corzine]", "advisor to
 * President [Bill Clinton David Axelrod]", "the Democratic [Republic of Afghanistan]" were match pairs a reviewer
 * found false. No given name stands third or later in a name of four words; after a title, the name's first word
 * makes no place with the title's last ("New Jersey") and the title does not end in an adjective ("Democratic"). */
function oneName(name: string, title: string | null): boolean {
  const w = name.split(' ');
  if (w.length >= 4 && w.slice(2).some((x) => FIRST_NAMES.has(x.toLowerCase()))) return false;
  // (Only a title glued before the name can take a word of it; a description stands apart.)
  if (title === null || FIRST_NAMES.has((w[0] ?? '').toLowerCase())) return true;
  const last = title.trim().split(/\s+/).at(-1) ?? '';
  return !TITLE_ADJECTIVE.test(last) && !isKnownPlace(`${last} ${w[0] ?? ''}`);
}

/** A person named in full, as one name. */
function matchable(m: Mention): boolean {
  // ("Protestant Reformation", "Industrial Revolution": a common noun's ending is no surname.)
  const noun = /(tion|ment|ism|ity|ance|ence|ship)$/.test(m.canonical);
  return m.type === 'person' && !noun && namedInFull(m.canonical) && oneName(m.canonical, m.title ?? null);
}

const TITLE_ADJECTIVE =
  /^(Democratic|Republican|Former|former|Top|Federal|State|U\.S\.|Vice|Prime|Foreign|Deputy|Crown|Supreme|Home|Interior|Finance|Defen[cs]e|Health|Trade|Education|Economy|Agriculture|Energy|Environment|Culture|Sports|Transport|Labou?r)$/;

const PERSONAL = /\b(his|her|their|its)\b/i;

/** A role is a noun phrase about what someone does: no verb, no other person's name in it. */
function role(a: Article, words: number[]): boolean {
  // ("during Russian president": a phrase that starts with a preposition is no title.)
  if (words.length === 0 || /^(ADP|SCONJ|CCONJ|ADV|PRON)$/.test(tok(a, words[0] as number).pos)) return false;
  // ("Gartner [Group analyst]", "Hutton [Securities Inc analyst]": a name's first words left out of the phrase make
  // its rest no role; rounds 8484 and 8686 matched "Group analyst" and "Inc analyst" to people.)
  const before = a.tokens[(words[0] as number) - 1];
  if (before?.pos === 'PROPN' && /^\p{Lu}/u.test(before.value) && /^\p{Lu}/u.test(tok(a, words[0] as number).value))
    return false;
  return (
    !words.some((t) => tok(a, t).pos === 'VERB' || tok(a, t).pos === 'AUX' || mentionAt(a, t)?.type === 'person') &&
    words.some((t) => tok(a, t).pos === 'NOUN')
  );
}

const ADDRESS = /^(Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|Madam)$/;

/** A title as the article writes it ("Sen.", "Foreign Minister"); a form of address ("Dr.", "Mr.") is no role. */
function expand(title: string): string | null {
  return ADDRESS.test(title.trim()) ? null : title;
}

/** "Chairman of President Barack Obama's Council ...": a title ending in another title is someone else's. */
function othersTitle(title: string): boolean {
  return /\bof (President|Prime|King|Queen|Governor|Chancellor|Senator|Mayor)$/.test(title);
}

function crowded(a: Article, sent: number): boolean {
  return (a.bySentence[sent] ?? []).filter((x) => x.type === 'person').length >= 3;
}

/** "a spokeswoman for Cupertino, California-based Apple": the tree ends the description at the comma of a place
 * that names where a company is based, and "spokeswoman for Cupertino" is false (round 10606). */
function cutAtBase(a: Article, words: number[]): boolean {
  const last = tok(a, Math.max(...words));
  return /^,\s*[\p{L}. ]{2,30}-based\b/u.test(a.text.slice(last.end, last.end + 40));
}

/** A description of six words at most that reads as a role, not cut short. */
function shortRole(a: Article, words: number[]): boolean {
  return words.length <= 6 && role(a, words) && !cutAtBase(a, words);
}

export function rolesOf(a: Article): Role[] {
  const out: Role[] = [];
  const add = (person: string, role: string, sent: number): void => {
    const r = role.replace(/\s+/g, ' ').trim();
    if (r.length < 3 || r.length > 60 || out.some((x) => x.person === person)) return;
    out.push({ person, role: r, sent });
  };
  for (const m of a.mentions) {
    // Only a person named in full (or a king by a given name): "Intelligence", "of Płock" are misread names.
    if (!matchable(m)) continue;
    if (m.title) {
      // "Dr.", "Mr.": a form of address, not a role.
      const title = expand(m.title);
      // "Under-Secretary" is not "Secretary": a title joined to a word before it by a hyphen is only part of it.
      const at = title ? a.text.lastIndexOf(title, tok(a, m.t0).start) : -1;
      const cut = at > 0 && /[-‐‑]/.test(a.text[at - 1] ?? '');
      if (title && !cut && !othersTitle(title)) add(m.canonical, title, m.sent);
      continue;
    }
    // In a list of people ("composer X, pianist and composer Y, ...") the parser often hangs a description on
    // the wrong name: descriptions only where the sentence names fewer than three people.
    if (crowded(a, m.sent)) continue;
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
        } else if (shortRole(a, words)) add(m.canonical, text, m.sent);
      }
    }
  }
  // "Ali Bhutto" beside "Zulfiqar Ali Bhutto" is the same man twice.
  return out.filter((r) => !out.some((x) => x !== r && x.person.endsWith(` ${r.person}`)));
}
