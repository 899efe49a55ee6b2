// The library's decks: listing with today's counts, reading, generating from an article, saving,
// deleting (to trash/), exporting, and importing files (with any review history they carry).
import type { Api, DeckSummary, ImportFileResult } from '../../core/api.js';
import crypto from 'node:crypto';
import type { Deck } from '../../core/deck.js';
import { InputError } from '../../core/errors.js';
import { freeDeckId } from '../../core/ids.js';
import { asDiskError, diskCode, onDiskError } from '../storage/fsio.js';
import type { ParsedImport, reviewEntries } from '../files/importer.js';

type ReviewEntries = typeof reviewEntries;
import type { Progress } from '../scheduling/progress.js';
import type { Clock, Scheduling } from '../scheduling/settings.js';
import type { Prefs } from '../storage/prefs.js';
import type { Shelf } from '../storage/shelf.js';
import type { LogEntry } from '../../core/schedule/log.js';

export type DeckMethods = Pick<Api,
  'listDecks' | 'getDeck' | 'saveDeck' | 'deleteDeck' | 'renameDeck'
  | 'exportDeck' | 'previewImport' | 'importFile'>;

/** What the library's deck methods need: the decks, their progress (imports bring history), the settings
 * (an import's history is scheduled with them), the preferences (which files were imported). */
export interface DeckRoom {
  dataDir: string;
  shelf: Shelf;
  progress: Pick<Progress, 'record' | 'deckStates' | 'logFile'>;
  scheduling: Pick<Scheduling, 'settings' | 'settingsFor'>;
  clock: Clock;
  prefs: Prefs;
  summary(deck: Deck): DeckSummary;
  seeded(): Promise<void>;
}

// The file readers and writers (formats, sql.js, media types) load on first use: listing a library needs none.
const importer = () => import('../files/importer.js');

/** A file's bytes as the Api takes them: base64 (JSON) or the bytes themselves (in-process, decoded uploads). */
const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'base64') : data);

export function makeDeckMethods(lib: DeckRoom): DeckMethods {
  const { shelf, summary } = lib;
  const { decks, store } = shelf;
  const duplicateOf = (hash: string): string | null => {
    const id = lib.prefs.imported(hash);
    return typeof id === 'string' && decks.has(id) ? id : null;
  };
  // A new deck's id is also its file name: core/ids.ts says which ids can be, and renames the others.
  const newDeckId = (id: string, suffix: string): string => {
    const taken = new Set([...decks.keys()].map((k) => k.toLowerCase()));
    return freeDeckId(id, suffix, (lower) => taken.has(lower));
  };
  const methods: DeckMethods = {
    async listDecks() {
      await lib.seeded();
      return [...decks.values()].sort((a, b) => a.title.localeCompare(b.title)).map(summary);
    },
    async getDeck({ id }) {
      await lib.seeded();
      const deck = shelf.deckOf(id);
      // Its cards are read now if the library was opened without them (storage/lazy-deck.ts): the deck handed
      // out is the file as it is now, not as it may be when the caller first looks at the cards.
      void deck.cards;
      return shelf.deckOf(id);
    },
    async saveDeck({ deck }) {
      let parsed = { ...deck, cards: deck.cards.map((c) => ({ ...c, tags: c.tags ?? [] })) } as Deck;
      const seen = new Set<string>();
      for (const [i, c] of parsed.cards.entries()) {
        if (seen.has(c.id)) throw new InputError(`duplicate card id ${c.id}`, `cards[${i}].id`);
        seen.add(c.id);
      }
      // Saving an existing deck replaces it; a new one gets an id that can be its file name.
      if (!decks.has(parsed.id)) {
        parsed = { ...parsed, id: newDeckId(parsed.id, crypto.createHash('sha256').update(`${parsed.id}\n${parsed.title}`).digest('hex')) };
      }
      onDiskError('the deck was not saved (its file is as it was)', 'save again', () => store.save(parsed));
      decks.set(parsed.id, parsed);
      return { id: parsed.id };
    },
    async renameDeck({ id, title }) {
      const deck = { ...shelf.deckOf(id), title: title.trim() };
      onDiskError('the deck was not renamed', 'try again', () => store.save(deck));
      decks.set(id, deck);
      return { id, title: deck.title };
    },
    async deleteDeck({ id }) {
      shelf.deckOf(id);
      onDiskError('the deck was not deleted', 'try again', () => store.remove(id, lib.dataDir));
      decks.delete(id);
      return { id };
    },
    async exportDeck({ id, format }) {
      await lib.seeded();
      const { exportDeck } = await import('../files/exporter.js');
      const file = await exportDeck(shelf.deckOf(id), format, lib);
      return { fileName: file.fileName, mimeType: file.mimeType, data: Buffer.from(file.bytes).toString('base64') };
    },
    async previewImport({ name, data, mapping }) {
      const { parseFile } = await importer();
      const parsed = await parseFile(bytesOf(data), name, { mapping });
      return {
        format: parsed.format, title: parsed.deck.title, total: parsed.deck.cards.length,
        cards: parsed.deck.cards.slice(0, 20), reviews: parsed.reviews.length, notices: parsed.notices,
        columns: parsed.preview?.columns ?? null, mapping: parsed.preview?.mapping ?? null,
        duplicateOf: duplicateOf(parsed.fileHash),
      };
    },
    async importFile({ name, data, ...o }) {
      const target = o.into === undefined ? null : shelf.deckOf(o.into);
      const { parseFile, reviewEntries } = await importer();
      const parsed = await parseFile(bytesOf(data), name, o);
      const dup = duplicateOf(parsed.fileHash);
      if (dup) {
        const d = decks.get(dup)!;
        return { id: d.id, title: d.title, cards: d.cards.length, reviews: 0, notices: parsed.notices, duplicate: true, skipped: 0 };
      }
      if (target) return mergeInto(target, parsed, reviewEntries);
      // A different file that yields the same deck id (an edited export, say) becomes a deck of its own.
      const deck = { ...parsed.deck, id: newDeckId(parsed.deck.id, parsed.fileHash.slice(0, 8)) };
      const entries = reviewEntries(deck, parsed, lib.scheduling.settings);
      // All or nothing: a deck whose history could not be stored is removed again.
      await storeWithHistory(deck, entries, parsed, () => store.discard(deck.id));
      decks.set(deck.id, deck);
      const notices = rememberImport(parsed, deck.id);
      return { id: deck.id, title: deck.title, cards: deck.cards.length, reviews: entries.length, notices, duplicate: false, skipped: 0 };
    },
  };
  // The file's cards join an existing deck: those it already has (same id) stay as they are, with their
  // progress; the new ones come with the file's review history.
  async function mergeInto(target: Deck, parsed: ParsedImport, reviewEntries: ReviewEntries): Promise<ImportFileResult> {
    const have = new Set(target.cards.map((c) => c.id));
    const added = parsed.deck.cards.filter((c) => !have.has(c.id));
    const deck = { ...target, cards: [...target.cards, ...added] };
    const entries = reviewEntries({ ...target, cards: added }, parsed, lib.scheduling.settings);
    // All or nothing here too: without its history, the deck goes back to what it was.
    if (added.length) await storeWithHistory(deck, entries, parsed, () => store.save(target));
    decks.set(deck.id, deck);
    return {
      id: deck.id, title: deck.title, cards: added.length, reviews: entries.length, notices: rememberImport(parsed, deck.id),
      duplicate: false, skipped: parsed.deck.cards.length - added.length,
    };
  }

  /** Stores an imported deck, then its review history; when the disk refuses the history, `undo` takes the
   * deck back out (a refused undo leaves the cards without their history, and the message says so). */
  async function storeWithHistory(deck: Deck, entries: Omit<LogEntry, 'n'>[], parsed: ParsedImport, undo: () => void): Promise<void> {
    const { saveMedia } = await import('../storage/media.js');
    onDiskError('nothing was imported', 'import again', () => {
      // The files first: a deck stored is a deck whose pictures and sounds are there. (Files already stored
      // stay if what follows is refused: each is named by its content, and shared.)
      saveMedia(lib.dataDir, parsed.media ?? []);
      store.save(deck);
    });
    try {
      if (entries.length) lib.progress.record(entries, lib.clock.today());
    } catch (e) {
      try {
        undo();
      } catch {
        decks.set(deck.id, deck); // what the disk now holds
        throw asDiskError(e, 'the cards were imported without their review history', 'import the file again into a new deck');
      }
      throw asDiskError(e, 'nothing was imported', 'import again');
    }
  }

  /** The file's hash, so importing it again is recognised; a disk too full for that does not undo the import. */
  function rememberImport(parsed: ParsedImport, deckId: string): string[] {
    const notices = [...parsed.notices];
    try {
      lib.prefs.rememberImport(parsed.fileHash, deckId);
    } catch (e) {
      if (diskCode(e) === null) throw e;
      notices.push('the disk is full: importing this same file again will not be recognised as a repeat');
    }
    return notices;
  }
  return methods;
}
