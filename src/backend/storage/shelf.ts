// The library's decks in memory, over their files (deck-store.ts). A deck object is replaced, never changed,
// when edited, so a card index per deck object stays right without being told.
import type { Card, Deck } from '../../core/deck.js';
import { InputError } from '../../core/errors.js';
import type { QueueCard } from '../../core/schedule/queue.js';
import type { DeckStore } from './deck-store.js';

export class Shelf {
  // Card lookup by id per deck: O(1) per answer instead of a scan, which costs milliseconds at 100,000 cards.
  private readonly cardIndexes = new WeakMap<Deck, Map<string, number>>();

  constructor(
    readonly store: DeckStore,
    readonly decks: Map<string, Deck>,
  ) {}

  /** The deck, or an InputError naming the id. */
  deckOf(id: string): Deck {
    const deck = this.decks.get(id);
    if (!deck) throw new InputError(`no deck with id ${id}`);
    return deck;
  }

  /** The deck's cards as today's queue reads them (id and fact): without reading the cards' text when
   * they are not read yet (a deck listed from the heads cache), so listing the library reads no cards. */
  queueCards(deck: Deck): readonly QueueCard[] {
    return this.store.lightCards(deck) ?? deck.cards;
  }

  /** Reads the cards of every deck whose cards are not read yet. A deck that cannot be read now is left as
   * it is: its first use meets the same problem and reports it there. */
  readAhead(): void {
    for (const deck of [...this.decks.values()]) {
      try {
        void deck.cards;
      } catch {
        // read again, and reported, on first use
      }
    }
  }

  positionOf(deck: Deck, cardId: string): number | undefined {
    let index = this.cardIndexes.get(deck);
    if (!index) {
      index = new Map(deck.cards.map((c, i) => [c.id, i]));
      this.cardIndexes.set(deck, index);
    }
    return index.get(cardId);
  }

  cardIn(deck: Deck, cardId: string): Card | undefined {
    const i = this.positionOf(deck, cardId);
    return i === undefined ? undefined : deck.cards[i];
  }

  /** The deck that holds the card; an InputError when either is missing. */
  deckWithCard(deckId: string, cardId: string): Deck {
    const deck = this.deckOf(deckId);
    if (!this.cardIn(deck, cardId)) throw new InputError(`no card ${cardId} in deck ${deckId}`);
    return deck;
  }
}
