// The analysed article -> its cards: one way through. Clauses and candidates once, the learned ranker picks what
// to ask under the budget, the card kinds are built, then the order card (dated events) and the match card
// (people and roles) when the article has enough of them. Cards come in article order.
import { ORDER_JOIN, type Card } from '../deck.js';
import { hash, norm } from '../facts/ids.js';
import type { Article } from '../article/types.js';
import { clausesOf, type Clause } from '../facts/clauses.js';
import { mentionAt } from '../facts/candidates.js';
import { eventsOf, rolesOf, type Event, type Role } from '../facts/events.js';
import { kidsOf, tok } from '../facts/tree.js';
import { assemble, evidenceOf } from './assemble.js';
import type { Draft } from './draft.js';
import type { Weights } from './features.js';
import type { Acceptance } from './acceptance.js';
import { ACCEPTANCE } from './acceptance-weights.js';
import { MAX_PER_SENTENCE, pick, type QuestionCheck } from './select.js';
import { cardBudget, DEFAULT_DENSITY } from './budget.js';

export const ORDER_PROMPT = 'Put these events in the order they happened, earliest first.';
export const MATCH_PROMPT = 'Match each person with their role in the article.';

/** For each predicate lemma and role, the names that fill it anywhere in the article: "Who visited Kyiv?" must not
 * offer as a wrong choice someone else the article says visited Kyiv. */
function fillers(a: Article, clauses: Clause[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of clauses) {
    const lemma = tok(a, c.pred).lemma;
    const add = (role: string, t: number): void => {
      const m = mentionAt(a, t);
      if (!m) return;
      const key = `${lemma}|${role}`;
      const set = out.get(key) ?? new Set<string>();
      set.add(m.canonical);
      out.set(key, set);
    };
    if (c.subj >= 0) add('subj', c.subj);
    for (const k of kidsOf(a, c.pred)) add(tok(a, k).rel.split(':')[0] ?? '', k);
  }
  return out;
}

/** The names listed with the answer ("Paul Revere, Jack Jouett and Francis Marion were of Huguenot descent"): each
 * would be right too. */
function listedWith(a: Article, head: number): string[] {
  const top = tok(a, head).rel === 'conj' ? tok(a, head).head : head;
  const members = [top, ...kidsOf(a, top).filter((k) => tok(a, k).rel === 'conj')];
  return members.map((t) => mentionAt(a, t)?.canonical).filter((n): n is string => n !== undefined);
}

/** "Paul Revere was descended from Huguenot refugees, as was Henry Laurens; Jack Jouett ...; Francis Marion": a
 * sentence that says others did the same ("as was", "as did", "along with", "as well as") makes every name in it a
 * right answer too. */
function sharing(a: Article, sent: number): string[] {
  if (!SAME_TOO.test(a.sentences[sent]?.text ?? '')) return [];
  return (a.bySentence[sent] ?? []).map((m) => m.canonical);
}

/** "at $149 for the 32GB version, and $199 for 64GB": a sum of money the sentence gives is likely a price of the
 * same thing, true too (round 9797 offered $199 as wrong). */
function amountsOf(a: Article, sent: number): string[] {
  return (a.bySentence[sent] ?? []).filter((m) => m.type === 'amount').map((m) => m.canonical);
}
const SAME_TOO = /\b(as|so) (was|were|did|does|do|is|are|has|had|have)\b|\b(along|together) with\b|\bas well as\b/;

function orderCard(a: Article, events: Event[]): Card | null {
  // One event per date, and dates that do not overlap (not "2022" beside "February 2022"). One event told by a
  // clause per sentence: two dates in one sentence are often a list's ("... turned into an OS for mobile devices - the
  // iPhone in 2007, and the iPad in 2010") that the parser hung on two clauses of one event, which the card then put
  // in an order the article never gave (round 11212, FALSE). (An event a noun names, "his first since Russia's
  // invasion in February 2022", is another event.)
  const chosen: Event[] = [];
  const sameClauseSentence = (x: Event, e: Event): boolean => x.sent === e.sent && x.clause && e.clause;
  for (const e of events) {
    const clash = chosen.some(
      (x) => sameClauseSentence(x, e) || x.date.iso.startsWith(e.date.iso) || e.date.iso.startsWith(x.date.iso),
    );
    if (!clash) chosen.push(e);
  }
  if (chosen.length < 3) return null;
  const first = chosen.slice(0, 6);
  const sorted = first.slice().sort((x, y) => x.date.sortKey - y.date.sortKey);
  const items = sorted.map((e) => e.label);
  const fact = 'f' + hash(`order|${items.map(norm).join('|')}`);
  const ev = evidenceOf(a, (first[0] as Event).sent, [], false);
  return {
    id: `${fact}-o`,
    kind: 'order',
    prompt: ORDER_PROMPT,
    answer: items.join(ORDER_JOIN),
    items,
    evidence: ev,
    tags: ['order', 'when'],
    fact,
  };
}

/** A role a match card may pair: an office or a job ("Foreign Minister", "Rakuten chief", "NASA spokesman"), not
 * whatever stood beside a name ("Mick Jagger — assassin", "Francis Walsingham — Monday Sir" in blog posts; reviewers
 * passed no match card of a blog and two were false). */
const OFFICE =
  /\b(president|minister|secretary|chancellor|premier|king|queen|prince|princess|pope|emperor|senator|governor|mayor|judge|justice|general|colonel|captain|commander|admiral|ambassador|spokesman|spokeswoman|spokesperson|chief|director|chairman|chairwoman|chair|ceo|founder|leader|head|manager|coach|editor|correspondent|reporter|professor|analyst|economist|scientist|lawyer|attorney|adviser|advisor|officer|executive|member|mp|sheikh)\b/i;

/** Roles a match card leaves out (round 6464: reviewers passed none of three match cards): a title cut short
 * ("Hillary Rodham Clinton — Secretary", of state) and the writer's own byline ("Andrew Walker — economics
 * correspondent"). (A head of state's title stays: "Barack Obama — President" was known before the article was read,
 * "Volodymyr Zelenskyy — President" maybe not.) */
const LEFT_OUT_ROLE = /^secretary$|\b(correspondent|reporter)$/i;

/** "FIFA President" beside "President", "Macmillan CEO" beside "CEO": the bare role fits both people, so the pair
 * is no one answer (reviewers failed 6 of the 9 graded match cards with such a pair). */
function widens(wide: string, narrow: string): boolean {
  const words = new Set(norm(wide).split(' '));
  const own = norm(narrow).split(' ');
  return own.length < words.size && own.every((w) => words.has(w));
}

function matchCard(a: Article, roles: Role[]): Card | null {
  const offices = roles.filter((r) => OFFICE.test(r.role) && !LEFT_OUT_ROLE.test(r.role) && r.person.includes(' '));
  const unique = offices.filter((r, i) => offices.findIndex((x) => norm(x.role) === norm(r.role)) === i);
  const distinct = unique.filter((r) => !unique.some((x) => x !== r && widens(x.role, r.role))).slice(0, 6);
  if (distinct.length < 3) return null;
  const pairs = distinct.map((r) => [r.person, r.role] as [string, string]);
  const fact = 'f' + hash(`match|${pairs.map((p) => p.join('=')).join('|')}`);
  const ev = evidenceOf(a, (distinct[0] as Role).sent, [], false);
  return {
    id: `${fact}-p`,
    kind: 'match',
    prompt: MATCH_PROMPT,
    answer: pairs.map(([p, r]) => `${p} — ${r}`).join('; '),
    pairs,
    evidence: ev,
    tags: ['role', 'who'],
    fact,
  };
}

export function deckCards(
  a: Article,
  weights: Weights,
  density = DEFAULT_DENSITY,
  check?: QuestionCheck,
  acceptance: Acceptance | null = ACCEPTANCE,
): Card[] {
  const budget = cardBudget(a.words, density);
  const bySentence = a.sentences.map((s) => clausesOf(a, s));
  const clauses = bySentence.flat();
  const roles = rolesOf(a);
  const extra = [orderCard(a, eventsOf(a, clauses)), matchCard(a, roles)].filter((c): c is Card => c !== null);
  // (A true/false card takes the place of one picked question in about eight: it needs no room of its own.)
  const room = budget - extra.length;
  // More cards than the default may take a third card from a sentence.
  const picked = pick(
    a,
    weights,
    Math.max(2, room),
    density > DEFAULT_DENSITY ? MAX_PER_SENTENCE + 1 : MAX_PER_SENTENCE,
    check,
    bySentence,
    acceptance,
  );
  const index = fillers(a, clauses);
  const alsoTrue = (d: Draft): Set<string> => {
    const role = d.cand.role === 'subj' ? 'subj' : (tok(a, d.cand.head).rel.split(':')[0] ?? '');
    return new Set([
      ...(index.get(`${tok(a, d.cand.clause.pred).lemma}|${role}`) ?? []),
      ...listedWith(a, d.cand.head),
      ...sharing(a, d.cand.sent),
      ...amountsOf(a, d.cand.sent),
    ]);
  };
  const cards = assemble(a, picked, { alsoTrue, roles: roles.map((r) => r.role) });
  // Article order; the order and match cards summarise it, so they come after its lead questions.
  // (Evidence starts are sentence starts, in text order: sorting by them is article order.)
  const ordered = cards.slice().sort((x, y) => (x.evidence?.start ?? 0) - (y.evidence?.start ?? 0));
  ordered.splice(Math.min(ordered.length, 4), 0, ...extra);
  return ordered;
}
