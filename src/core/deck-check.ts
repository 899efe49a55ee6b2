// Reading a deck file fast: zod checks a 100,000-card deck in most of a second, the same rules compiled
// from deckSchema into plain checks (quick-parse.ts) in a few tens of milliseconds. The rules are written once,
// in deck.ts; the fast path only ever accepts what deckSchema accepts (no unknown keys, which zod strips;
// tags defaulted and order cards read as cardSchema reads them, in place) and hands anything else to
// deckSchema, which decides and gives the error. So the result is always deckSchema's.
import { deckSchema, type Deck } from './deck.js';
import { quickCheck } from './quick-parse.js';

/** The deck itself when the fast check passes it (tags defaulted, order cards righted, in place), else null. */
export const quickDeck: (raw: unknown) => Deck | null = quickCheck(deckSchema);

export function parseDeck(raw: unknown): Deck {
  return quickDeck(raw) ?? deckSchema.parse(raw);
}
