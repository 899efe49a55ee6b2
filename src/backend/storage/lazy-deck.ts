// A deck whose cards are read from its file the first time anything asks for them, and a file read together
// with the stamp of exactly the bytes read. Listing a library reads no cards; studying a deck reads its own.
import fs from 'node:fs';
import type { Deck } from '../../core/deck.js';
import { statStamp, type DeckHead, type HeadStamp } from './deck-heads.js';

/** The deck with `cards` read by `load` on first access (then kept): the object looks like any other deck
 * to its users, spread, serialised and sent as they are. */
export function lazyDeck(head: DeckHead, load: () => Deck['cards']): Deck {
  const deck = { ...head } as Deck;
  Object.defineProperty(deck, 'cards', {
    enumerable: true,
    configurable: true,
    get() {
      const cards = load();
      Object.defineProperty(deck, 'cards', { value: cards, enumerable: true, configurable: true, writable: true });
      return cards;
    },
  });
  return deck;
}

/** The file's text and the stamp of the file read (through the same descriptor: a file renamed over it
 * meanwhile does not mix the two). */
export function readStamped(file: string): { text: string; stamp: HeadStamp } {
  const fd = fs.openSync(file, 'r');
  try {
    const stamp = statStamp(fs.fstatSync(fd));
    return { text: fs.readFileSync(fd, 'utf8'), stamp };
  } finally {
    fs.closeSync(fd);
  }
}
