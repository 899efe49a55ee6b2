// The card browser's methods: a window of a deck's cards (filtered, sorted), one card, deleting cards.
// The order of the matching cards is cached until the deck, the progress, or the query changes, so
// scrolling a 100,000-card deck sorts it once, not once per page.
import type { Api } from '../../core/api.js';
import { browseOrder, cardRow, deckTags, withoutCards, type BrowseQuery } from '../../core/browse.js';
import type { Deck } from '../../core/deck.js';
import { InputError } from '../../core/errors.js';
import { onDiskError } from '../storage/fsio.js';
import type { Progress } from '../scheduling/progress.js';
import type { Shelf } from '../storage/shelf.js';

export type BrowseMethods = Pick<Api, 'listCards' | 'getCard' | 'deleteCards'>;

interface Cached { deck: Deck; seq: number; key: string; order: number[]; tags: string[] }

export interface BrowseRoom {
  shelf: Shelf;
  progress: Pick<Progress, 'seq' | 'deckStates'>;
  seeded(): Promise<void>;
}

export function makeBrowse(lib: BrowseRoom): BrowseMethods {
  let cached: Cached | null = null;
  const orderOf = (deck: Deck, q: BrowseQuery): Cached => {
    const key = JSON.stringify([q.query?.trim().toLowerCase() ?? '', q.only ?? 'all', q.tag ?? null, q.sort ?? null]);
    const seq = lib.progress.seq;
    if (cached && cached.deck === deck && cached.seq === seq && cached.key === key) return cached;
    const order = browseOrder(deck.cards, lib.progress.deckStates(deck.id), q);
    const tags = cached?.deck === deck ? cached.tags : deckTags(deck.cards);
    cached = { deck, seq, key, order, tags };
    return cached;
  };
  return {
    async listCards({ deckId, offset, limit, locate, ...q }) {
      await lib.seeded();
      const deck = lib.shelf.deckOf(deckId);
      const { order, tags } = orderOf(deck, q);
      const states = lib.progress.deckStates(deckId);
      const cards = order.slice(offset, offset + limit).map((i) => cardRow(deck.cards[i]!, states.get(deck.cards[i]!.id)));
      let located: number | null = null;
      if (locate !== undefined) {
        const at = lib.shelf.positionOf(deck, locate);
        const k = at === undefined ? -1 : order.indexOf(at);
        located = k < 0 ? null : k;
      }
      return { total: order.length, offset, cards, tags, located };
    },
    async getCard({ deckId, cardId }) {
      await lib.seeded();
      const card = lib.shelf.cardIn(lib.shelf.deckOf(deckId), cardId);
      if (!card) throw new InputError(`no card ${cardId} in deck ${deckId}`);
      return card;
    },
    async deleteCards({ deckId, cardIds }) {
      const deck = lib.shelf.deckOf(deckId);
      const ids = new Set(cardIds.filter((id) => lib.shelf.cardIn(deck, id)));
      if (ids.size === 0) throw new InputError(`none of these cards is in deck ${deckId}`);
      const next = withoutCards(deck, ids);
      onDiskError('no card was deleted (the deck file is as it was)', 'try again', () => lib.shelf.store.save(next));
      lib.shelf.decks.set(deckId, next);
      return { deleted: ids.size };
    },
  };
}
