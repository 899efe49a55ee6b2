// When each card was last edited on this device, so that of two edits of the same card on two devices the
// later one wins. Told of every deck the library stores (DeckStore.onSave), it compares the deck with the one
// it replaces; the times go with the documents sent, and are dropped once sent.
import type { Deck } from '../../core/deck.js';
import { deckMeta, type CardDoc, type DeckDoc } from '../../core/sync/docs.js';
import { fingerprint } from '../../core/sync/fingerprint.js';
import type { Edits } from './files.js';

/** The key for a deck's own fields (title, article, card order) among its cards' ids. */
export const DECK_FIELDS = '';

export function noteEdits(edits: Edits, before: Deck | undefined, after: Deck, t: number): boolean {
  let marks = edits.get(after.id);
  const mark = (id: string) => {
    if (!marks) edits.set(after.id, (marks = new Map()));
    marks.set(id, t);
  };
  const old = new Map(before?.cards.map((c) => [c.id, c]) ?? []);
  for (const c of after.cards) {
    const was = old.get(c.id);
    if (was !== c && (!was || fingerprint(was) !== fingerprint(c))) mark(c.id);
  }
  if (!before || metaFingerprint(before) !== metaFingerprint(after)) mark(DECK_FIELDS);
  return marks !== undefined;
}

const metaPrints = new WeakMap<Deck, string>();

/** The fingerprint of a deck document's content, cached per deck object (a changed deck is a new object). */
export function metaFingerprint(deck: Deck): string {
  let fp = metaPrints.get(deck);
  if (fp === undefined) metaPrints.set(deck, (fp = fingerprint(metaOf(deck))));
  return fp;
}

/** What a deck document holds: the deck's own fields and its card order. */
export function metaOf(deck: Deck): { deck: ReturnType<typeof deckMeta>; order: string[] } {
  return { deck: deckMeta(deck), order: deck.cards.map((c) => c.id) };
}

/** What a document holds, as a fingerprint comparable with a deck's or a card's own. */
export function contentFingerprint(doc: DeckDoc | CardDoc): string {
  return doc.type === 'deck' ? fingerprint({ deck: doc.deck, order: doc.order }) : fingerprint(doc.card);
}
