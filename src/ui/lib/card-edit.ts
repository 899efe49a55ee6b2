// Edits to a card's parts that keep it whole: a choice card's answer stays one of its choices, and an order or
// match card's answer stays its items or pairs written out (DESIGN.md's deck format). Used by the review of a
// new deck and the card browser's editor; each changes the card it is given.
import type { Card } from '../../core/deck';

export function setAnswer(c: Card, value: string): void {
  if (c.choices) c.choices = c.choices.map((x) => (x === c.answer ? value : x));
  c.answer = value;
}

export function setChoice(c: Card, i: number, value: string): void {
  if (!c.choices) return;
  if (c.choices[i] === c.answer) c.answer = value;
  c.choices[i] = value;
}

export function setItem(c: Card, i: number, value: string): void {
  if (!c.items) return;
  c.items[i] = value;
  c.answer = c.items.join(' → ');
}

export function setPair(c: Card, i: number, side: 0 | 1, value: string): void {
  const pair = c.pairs?.[i];
  if (!c.pairs || !pair) return;
  pair[side] = value;
  c.answer = c.pairs.map(([p, r]) => `${p} — ${r}`).join('; ');
}
