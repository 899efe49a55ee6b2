// Facts -> a focused deck: candidate questions ranked, duplicates and give-aways dropped, kinds mixed, the size
// kept to a budget per 100 words, plus one timeline (order) card and one person<->role (match) card.
import type { Card } from '../deck.js';
import type { Article } from '../article/types.js';
import { giveaway } from '../facts/extract.js';
import { hash, hashNum, norm, shuffle } from '../facts/ids.js';
import type { Ask, Fact } from '../facts/types.js';
import { choiceCard, evidence, MATCH_PROMPT, ORDER_PROMPT, qaCard, trueFalseCard } from './compose.js';
import { distractors } from './distractors.js';

/** Cards per 100 words: the deck's ceiling, and the share of it spent on distinct questions. */
export const MAX_CARDS_PER_100_WORDS = 8;
export const QUESTIONS_PER_100_WORDS = 6;
const MAX_PER_SENTENCE = 3;
const REUSE_PENALTY = 2;
const TRUEFALSE_SHARE = 0.15;
const CHOICE_TYPES = new Set(['person', 'place', 'org', 'date', 'amount', 'number', 'role']);

interface Candidate {
  fact: Fact;
  ask: Ask;
}

interface Keyed extends Candidate {
  prompt: string;
  answer: string;
  /** sentence|answer|tag: one question per answer and kind in a sentence. */
  slot: string;
}

function rank(facts: Fact[]): Candidate[] {
  const all: Candidate[] = [];
  for (const f of facts) for (const ask of f.asks) all.push({ fact: f, ask });
  return all.sort((x, y) => y.ask.score - x.ask.score || x.fact.sent.index - y.fact.sent.index || (x.fact.id < y.fact.id ? -1 : 1));
}

/** Picks distinct questions: no repeated prompt, no second question on the same answer from the same sentence. */
export function select(facts: Fact[], budget: number): Candidate[] {
  const out: Candidate[] = [];
  const prompts = new Set<string>();
  const answers = new Set<string>();
  const perSentence = new Map<number, number>();
  const uses = new Map<string, number>();
  // Greedy on a score that falls each time an answer is reused, so the deck covers many facts, not one person.
  // Candidates are scanned in rank order in rounds; a candidate waits for a later round while its penalised
  // score is below the round's bar. Linear per round, a few rounds.
  // Normalise once: the rounds below revisit candidates.
  let pending: Keyed[] = rank(facts).map((c) => {
    const answer = norm(c.ask.answer);
    return { ...c, prompt: c.ask.prompt.toLowerCase(), answer, slot: `${c.fact.sent.index}|${answer}|${c.ask.tags[0]}` };
  });
  for (let round = 0; round < 6 && out.length < budget && pending.length > 0; round++) {
    const later: Keyed[] = [];
    const bar = round === 5 ? -Infinity : 8 - 2 * round;
    for (const c of pending) {
      if (out.length >= budget) break;
      const p = c.prompt;
      const ans = c.answer;
      const a = c.slot;
      const n = perSentence.get(c.fact.sent.index) ?? 0;
      if (prompts.has(p) || answers.has(a) || n >= MAX_PER_SENTENCE) continue;
      if (c.ask.score - REUSE_PENALTY * (uses.get(ans) ?? 0) < bar) {
        later.push(c);
        continue;
      }
      if (giveaway(c.ask.prompt, c.ask.answer)) continue;
      prompts.add(p);
      answers.add(a);
      uses.set(ans, (uses.get(ans) ?? 0) + 1);
      perSentence.set(c.fact.sent.index, n + 1);
      out.push({ fact: c.fact, ask: c.ask });
    }
    pending = later;
  }
  return out;
}

function orderCard(events: Fact[]): Card | null {
  const byDate = new Map<number, Fact>();
  for (const e of events) if (e.date && e.label && !byDate.has(e.date.sortKey)) byDate.set(e.date.sortKey, e);
  if (byDate.size < 3) return null;
  const chosen = [...byDate.values()].sort((x, y) => x.sent.index - y.sent.index).slice(0, 6);
  const sorted = chosen.slice().sort((x, y) => (x.date?.sortKey ?? 0) - (y.date?.sortKey ?? 0));
  const labels = sorted.map((e) => e.label ?? '');
  const id = 'f' + hash(`order|${sorted.map((e) => e.id).join('|')}`);
  let items = shuffle(labels, hashNum(id));
  if (items.join() === labels.join()) items = [...labels.slice(1), ...labels.slice(0, 1)];
  const first = chosen[0] as Fact;
  return { id: `${id}-o`, kind: 'order', prompt: ORDER_PROMPT, answer: labels.join(' → '), items, evidence: evidence(first), tags: ['order', 'when'], fact: id };
}

function matchCard(roles: Fact[]): Card | null {
  const pairs = roles.filter((r) => r.person && r.role).slice(0, 6).map((r) => [r.person ?? '', r.role ?? ''] as [string, string]);
  if (pairs.length < 3) return null;
  const id = 'f' + hash(`match|${pairs.map((p) => p.join('=')).join('|')}`);
  const first = roles[0] as Fact;
  return { id: `${id}-p`, kind: 'match', prompt: MATCH_PROMPT, answer: pairs.map(([p, r]) => `${p} — ${r}`).join('; '), pairs, evidence: evidence(first), tags: ['role', 'who'], fact: id };
}

export function buildCards(a: Article, facts: Fact[], events: Fact[], roles: Fact[]): Card[] {
  const ceiling = Math.max(3, Math.floor((a.words * MAX_CARDS_PER_100_WORDS) / 100));
  const order = orderCard(events);
  const match = matchCard(roles);
  const fixed = [order, match].filter((c): c is Card => c !== null);
  const budget = Math.max(2, Math.min(ceiling - fixed.length, Math.round((a.words * QUESTIONS_PER_100_WORDS) / 100)));
  const chosen = select([...facts, ...roles], budget);
  const roleNames = roles.map((r) => r.role ?? '').filter(Boolean);
  const cards: Card[] = [];
  let tfLeft = Math.min(ceiling - fixed.length - chosen.length, Math.round(chosen.length * TRUEFALSE_SHARE));
  const tfSentences = new Set<number>();
  for (const { fact, ask } of chosen) {
    const seed = hashNum(fact.id);
    const wrong = CHOICE_TYPES.has(ask.type) ? distractors(a, fact.sent.index, ask, roleNames, seed) : [];
    // About a third of the questions that have three good distractors become multiple choice.
    if (!ask.cloze && wrong.length >= 3 && seed % 3 === 0) cards.push(choiceCard(fact, ask, wrong));
    else cards.push(qaCard(fact, ask));
    if (tfLeft > 0 && !tfSentences.has(fact.sent.index) && !ask.cloze && (ask.type === 'person' || ask.type === 'place' || ask.type === 'date') && ask.start >= fact.sent.start) {
      const tf = trueFalseCard(a, fact, ask, wrong[0]);
      if (tf) {
        tfSentences.add(fact.sent.index);
        cards.push(tf);
        tfLeft--;
      }
    }
  }
  // The timeline and the roles summarise the article: put them after its lead questions.
  cards.splice(Math.min(cards.length, 6), 0, ...fixed);
  const ids = new Set<string>();
  return cards.filter((c) => !ids.has(c.id) && ids.add(c.id));
}
