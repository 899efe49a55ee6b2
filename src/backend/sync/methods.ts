// The sync group of Api methods (declared in src/core/sync/api.ts).
import type { SyncApi } from '../../core/sync/api.js';
import { InputError } from '../../core/errors.js';
import { onDiskError } from '../storage/fsio.js';
import type { SyncService } from './service.js';
import { classReportFile, publishDeck, subscribeDeck } from './share.js';

export function makeSyncMethods(service: SyncService): SyncApi {
  return {
    async syncStatus() {
      return service.status();
    },
    async setSync(arg) {
      return service.setSync(arg);
    },
    async syncNow() {
      return service.syncNow();
    },
    async resolveConflict({ id, use }) {
      service.lib.writable();
      // After any sync running now: a sync writes the state it read when it began, and would bring the conflict back.
      return service.exclusive(async () => {
        const state = service.files.readState();
        const c = state.conflicts.find((x) => x.id === id);
        if (!c) throw new InputError(`no conflict ${id} (it was resolved already)`);
        if (use === 'other') useOther(service, c);
        state.conflicts = state.conflicts.filter((x) => x.id !== id);
        onDiskError('the choice was not saved', 'choose again', () => service.files.writeState(state));
        return service.status();
      });
    },
    async publishDeck({ deckId, url }) {
      return publishDeck(service, deckId, url);
    },
    async subscribeDeck({ url }) {
      return subscribeDeck(service, url);
    },
    async classReport(arg) {
      return classReportFile(service, arg);
    },
  };
}

/** Puts the edit the sync set aside in place of the one it kept: a new edit here, synced like any other. */
function useOther(service: SyncService, c: ReturnType<SyncService['status']>['conflicts'][number]): void {
  const lib = service.lib;
  const deck = lib.deckOf(c.deckId);
  let next = deck;
  if (c.cardId !== null && c.other.card) {
    const other = c.other.card;
    const at = lib.positionOf(deck, c.cardId);
    const cards = [...deck.cards];
    if (at === undefined) cards.push(other);
    else cards[at] = other;
    next = { ...deck, cards };
  } else if (c.other.title !== null) {
    next = { ...deck, title: c.other.title };
  }
  onDiskError('the other edit was not put in place (the deck file is as it was)', 'try again', () =>
    lib.store.save(next),
  );
  lib.decks.set(next.id, next);
}
