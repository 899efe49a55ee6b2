// A fresh library gets the built-in decks (decks/ of the package), generated on first use, so listing a library
// stays fast and the article reader is loaded only when there is something to make.
import path from 'node:path';
import type { Notice } from '../core/api.js';
import { builtinArticles } from './builtin.js';
import { diskCode } from './storage/fsio.js';
import { packageRoot } from './storage/paths.js';
import type { Prefs } from './storage/prefs.js';
import type { Shelf } from './storage/shelf.js';

export interface SeedRoom {
  readOnly: boolean;
  prefs: Prefs;
  shelf: Shelf;
  notices: Notice[];
  builtinDir?: string | undefined;
}

/** Resolves once a fresh library holds its built-in decks (at once when it already does, or is read-only). */
export function seeder(room: SeedRoom): () => Promise<void> {
  let seeding: Promise<void> | null = null;
  return () => {
    if (room.readOnly || room.prefs.get('seeded')) return Promise.resolve();
    seeding ??= seed(room).then(
      (done) => {
        if (!done) seeding = null;
      },
      (e: unknown) => {
        seeding = null;
        throw e;
      },
    );
    return seeding;
  };
}

/** false when the disk was full: tried again on a later call. */
async function seed({ prefs, shelf, notices, builtinDir }: SeedRoom): Promise<boolean> {
  const { generator } = await import('./generator.js');
  const { generateDeck } = await generator();
  try {
    for (const article of builtinArticles(builtinDir ?? path.join(packageRoot(), 'decks'))) {
      const deck = generateDeck(article);
      if (!shelf.decks.has(deck.id)) {
        shelf.store.save(deck);
        shelf.decks.set(deck.id, deck);
      }
    }
    prefs.set('seeded', true);
    return true;
  } catch (e) {
    // A full disk: the library works without the built-in decks, and they are added on a later open.
    if (diskCode(e) === null) throw e;
    const message = 'The built-in decks could not be added: the disk is full.';
    if (!notices.some((n) => n.message === message)) notices.push({ level: 'warning', message });
    return false;
  }
}
