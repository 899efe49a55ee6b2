// Deck quality against human questions (MultiRC-style: questions with answer options marked correct).
// A question counts as covered when some card's answer IS a correct answer and the card asks about the same thing.
// Shared by the quality test and the bench; also holds the naive baseline the product must beat.
import type { Card } from '../deck.js';
import type { Article } from '../article/types.js';
import { parseNumber } from '../article/amounts.js';
import { norm } from '../facts/ids.js';

export interface EvalQuestion {
  question: string;
  options: Array<{ text: string; correct: boolean }>;
}
export interface EvalArticle {
  id: string;
  text: string;
  questions: EvalQuestion[];
}
export interface EvalResult {
  questions: number;
  /** Questions with a correct answer written in the article (others need arithmetic or paraphrase). */
  answerable: number;
  covered: number;
  share: number;
  cards: number;
  words: number;
  cardsPer100Words: number;
}

const STOP = new Set(
  'a an the of to in on at for by with from and or but is are was were be been being has have had do does did what which who whom whose when where why how many much that this these those it its his her their they he she as into about after before than then so if not no yes according article'.split(' '),
);
const LEAD_ARTICLE = /^(the|a|an) /;

/** Answer text for comparison: normalised, number words as digits, no leading article. */
export function normAnswer(s: string): string {
  return norm(s)
    .split(' ')
    .map((w) => {
      const n = /^[a-z]+$/.test(w) ? parseNumber(w) : null;
      return n === null ? w : String(n);
    })
    .join(' ')
    .replace(LEAD_ARTICLE, '');
}

function containsWords(hay: string, needle: string): boolean {
  return ` ${hay} `.includes(` ${needle} `);
}

/** Same answer: equal, or one contains the other and is at least half as long (in words). */
export function sameAnswer(cardAnswer: string, correct: string): boolean {
  const a = normAnswer(cardAnswer);
  const c = normAnswer(correct);
  if (!a || !c) return false;
  if (a === c) return true;
  const la = a.split(' ').length;
  const lc = c.split(' ').length;
  if (containsWords(c, a)) return la * 2 >= lc;
  if (containsWords(a, c)) return lc * 2 >= la;
  return false;
}

const stem = (w: string): string => (w.length > 5 ? w.slice(0, 5) : w);

export function contentWords(s: string): Set<string> {
  return new Set(norm(s).split(' ').filter((w) => w.length > 1 && !STOP.has(w)).map(stem));
}

/** Asks about the same thing: the card's prompt or sentence shares at least two of the question's content words
 * (all of them when the question has fewer), not counting the words of the answer itself. */
export function sameTopic(card: Card, question: string, correct: string): boolean {
  const answerWords = contentWords(correct);
  const q = [...contentWords(question)].filter((w) => !answerWords.has(w));
  if (q.length === 0) return false;
  const ctx = contentWords(`${card.prompt} ${card.evidence?.sentence ?? ''}`);
  const hits = q.filter((w) => ctx.has(w)).length;
  return hits >= Math.min(2, q.length);
}

export function answerable(text: string, q: EvalQuestion): boolean {
  const t = normAnswer(text);
  return q.options.some((o) => o.correct && normAnswer(o.text) !== '' && containsWords(t, normAnswer(o.text)));
}

export function covers(cards: Card[], q: EvalQuestion): boolean {
  const correct = q.options.filter((o) => o.correct).map((o) => o.text);
  return cards.some((c) => (c.kind === 'qa' || c.kind === 'cloze' || c.kind === 'choice') && correct.some((ans) => sameAnswer(c.answer, ans) && sameTopic(c, q.question, ans)));
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

export function evaluate(articles: EvalArticle[], makeCards: (text: string) => Card[]): EvalResult {
  let questions = 0;
  let answerableN = 0;
  let covered = 0;
  let cards = 0;
  let words = 0;
  for (const art of articles) {
    const deck = makeCards(art.text);
    cards += deck.length;
    words += countWords(art.text);
    for (const q of art.questions) {
      questions++;
      if (!answerable(art.text, q)) continue;
      answerableN++;
      if (covers(deck, q)) covered++;
    }
  }
  return { questions, answerable: answerableN, covered, share: answerableN ? covered / answerableN : 0, cards, words, cardsPer100Words: words ? (100 * cards) / words : 0 };
}

/** The naive baseline: one cloze card per named entity, date or number mention, blanked in its sentence. */
export function baselineCards(a: Article): Card[] {
  return a.mentions.map((m, i) => {
    const s = a.sentences[m.sent];
    const sentence = s?.text ?? '';
    const prompt = s ? sentence.slice(0, m.start - s.start) + '_____' + sentence.slice(m.end - s.start) : m.text;
    return { id: `b${i}`, kind: 'cloze' as const, prompt, answer: m.text, tags: [], evidence: s ? { sentence, start: s.start, end: s.end } : null };
  });
}
