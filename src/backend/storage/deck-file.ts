// A deck file's bytes and its stamp (size and time), shared by the deck store and the backups.
import fs from 'node:fs';
import type { Deck } from '../../core/deck.js';

export type FileStamp = [size: number, mtimeMs: number];

/** A deck as its file holds it, in pieces (one per card): a 100,000-card deck is never one string. */
export function* deckJson(deck: Deck): Iterable<string> {
  const { cards, ...head } = deck;
  const top = JSON.stringify({ ...head, cards: [] }, null, 1);
  // `top` ends with `"cards": []\n}`: the cards go between the brackets.
  const open = top.lastIndexOf('[]');
  yield top.slice(0, open) + '[';
  for (let i = 0; i < cards.length; i++) yield `${i ? ',' : ''}\n  ${JSON.stringify(cards[i])}`;
  yield `${cards.length ? '\n ' : ''}]${top.slice(open + 2)}`;
}

export function stampOf(file: string): FileStamp | null {
  try {
    const st = fs.statSync(file);
    return [st.size, st.mtimeMs];
  } catch {
    return null;
  }
}
