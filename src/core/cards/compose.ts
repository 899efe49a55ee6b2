// One card of each kind from a fact's question; all pure and seeded by the fact id.
import type { Card } from '../deck.js';
import type { Article } from '../article/types.js';
import { hashNum, shuffle } from '../facts/ids.js';
import { nameRefs } from '../facts/refs.js';
import type { Ask, Fact } from '../facts/types.js';

export function evidence(f: Fact): Card['evidence'] {
  return { sentence: f.sent.text, start: f.sent.start, end: f.sent.end };
}

function base(f: Fact, ask: Ask, kind: Card['kind'], suffix: string): Card {
  return { id: `${f.id}-${suffix}`, kind, prompt: ask.prompt, answer: ask.answer, evidence: evidence(f), tags: [...ask.tags], fact: f.id };
}

export function qaCard(f: Fact, ask: Ask): Card {
  return base(f, ask, ask.cloze ? 'cloze' : 'qa', ask.cloze ? 'c' : 'q');
}

export function choiceCard(f: Fact, ask: Ask, wrong: string[]): Card {
  const c = base(f, ask, 'choice', 'm');
  c.choices = shuffle([ask.answer, ...wrong], hashNum(f.id));
  return c;
}

/** True or false: the sentence as written, or with the answer swapped for a same-type distractor. */
export function trueFalseCard(a: Article, f: Fact, ask: Ask, wrong: string | undefined): Card | null {
  const s = f.sent;
  if (ask.start < s.start || ask.end > s.end || s.text.split(' ').length > 40) return null;
  const truth = hashNum(f.id + 'tf') % 2 === 0 || !wrong;
  // "It was filmed in ..." names what "it" is; the evidence keeps the sentence as written.
  let statement = nameRefs(a, s, s.start, s.end, ask.answer);
  if (!truth && wrong) {
    const written = a.text.slice(ask.start, ask.end);
    // A surname stays a surname: "Hayashi" is swapped for "Kishida", not "Fumio Kishida".
    const repl = ask.type === 'person' && !written.includes(' ') ? (wrong.split(' ').at(-1) ?? wrong) : wrong;
    const head = nameRefs(a, s, s.start, ask.start, ask.answer) + repl;
    statement = head + nameRefs(a, s, ask.end, s.end, ask.answer, head);
  }
  return {
    id: `${f.id}-t`, kind: 'truefalse', prompt: `True or false? ${statement}`, answer: truth ? 'True' : 'False',
    evidence: evidence(f), tags: [...ask.tags], fact: f.id,
  };
}

export const ORDER_PROMPT = 'Put these events in the order they happened, earliest first.';
export const MATCH_PROMPT = 'Match each person with their role in the article.';
