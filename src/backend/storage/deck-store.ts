// Deck content on disk: one file per deck, written atomically. A file that does not read as a deck
// is kept aside (never deleted) and reported. The store remembers the size and time of each file it
// read back valid or wrote whole, so a backup copies only a file known good (see verifiedFile).
// Opening reads a deck file in full only when it changed since it was last read or written: the others
// come from the heads cache (deck-heads.ts) with their cards read on first use (lazy-deck.ts), so listing
// a library of 100,000 cards does not parse 45 MB of cards it does not show.
import fs from 'node:fs';
import path from 'node:path';
import type { Deck } from '../../core/deck.js';
import { parseDeck } from '../../core/deck-check.js';
import type { Notice } from '../../core/api.js';
import { keepAside, writeFileAtomic } from './atomic.js';
import { newestDeckCopy } from '../safety/backups.js';
import { deckJson, stampOf, type FileStamp } from './deck-file.js';
import type { QueueCard } from '../../core/schedule/queue.js';
import {
  entryOf, HEADS_FILE, queueCardsOf, readHeads, sameStamp, statStamp, trustedEntry, writeHeads, type HeadEntry, type HeadStamp,
} from './deck-heads.js';
import { nodeFs, type FileSystem } from './fsio.js';
import { lazyDeck, readStamped } from './lazy-deck.js';

export class DeckStore {
  readonly dir: string;
  /** deck files written or removed since opening (the backup on close is refreshed only after changes) */
  writes = 0;
  /** told of each deck stored, before the library's map has it (sync notes when each card was edited) */
  onSave: ((deck: Deck) => void) | null = null;
  private readonly verified = new Map<string, FileStamp>();
  /** the heads cache as it should be: an entry per deck file known good, by file name */
  private readonly heads = new Map<string, HeadEntry>();
  private headsChanged = false;
  /** the cards today's queue reads, of decks whose cards are not read yet */
  private readonly light = new WeakMap<Deck, readonly QueueCard[]>();
  /** what a deck read on first use reports to, as opening does */
  private lazy: { decks: Map<string, Deck>; notices: Notice[]; readOnly: boolean } = { decks: new Map(), notices: [], readOnly: true };

  constructor(private readonly dataDir: string, private readonly fsys: FileSystem = nodeFs) {
    this.dir = path.join(dataDir, 'decks');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  loadAll(notices: Notice[], readOnly: boolean): Map<string, Deck> {
    const decks = new Map<string, Deck>();
    const cached = readHeads(this.headsFile);
    this.lazy = { decks, notices, readOnly };
    this.heads.clear();
    let trusted = 0;
    for (const name of fs.readdirSync(this.dir).sort()) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      let deck = this.fromHeads(name, cached.get(name));
      if (deck) trusted++;
      else deck = this.readDeck(name, notices, readOnly);
      if (deck) decks.set(deck.id, deck);
    }
    this.headsChanged = trusted !== this.heads.size || trusted !== cached.size;
    if (!readOnly) this.flushHeads();
    return decks;
  }

  /** The deck as the heads cache has it, its cards read on first use; null when the cache cannot vouch for the file. */
  private fromHeads(name: string, raw: unknown): Deck | null {
    if (raw === undefined) return null;
    let stamp: HeadStamp;
    try {
      stamp = statStamp(fs.statSync(path.join(this.dir, name)));
    } catch {
      return null;
    }
    const entry = trustedEntry(raw, name, stamp);
    if (!entry) return null;
    const deck = lazyDeck(entry.head, () => this.cardsOnFirstUse(deck, name, entry.stamp));
    this.light.set(deck, queueCardsOf(entry));
    this.heads.set(name, entry);
    this.vouch(entry.head.id, stamp);
    return deck;
  }

  /** The file read and checked in full; a damaged one is kept aside and the deck restored from a backup. */
  private readDeck(name: string, notices: Notice[], readOnly: boolean): Deck | null {
    const file = path.join(this.dir, name);
    try {
      const { text, stamp } = readStamped(file);
      const deck = parseDeck(JSON.parse(text));
      if (name === `${deck.id}.json`) {
        this.vouch(deck.id, stamp);
        this.heads.set(name, entryOf(deck, stamp));
      }
      return deck;
    } catch {
      return this.restoreDamaged(name, notices, readOnly);
    }
  }

  private restoreDamaged(name: string, notices: Notice[], readOnly: boolean): Deck | null {
    // Kept aside, never deleted; the deck comes back from the newest backup that holds it.
    const file = path.join(this.dir, name);
    const copy = newestDeckCopy(this.dataDir, name);
    let where = 'skipped';
    // (gone: removed by another program after the library was opened, before the deck's cards were read)
    if (!fs.existsSync(file)) where = 'gone';
    else if (!readOnly) where = `kept as ${path.basename(keepAside(file, 'damaged', this.fsys))}`;
    if (copy) {
      if (!readOnly) this.write(copy.deck);
      notices.push({
        level: 'warning',
        message: `Deck file ${name} was damaged (${where}); "${copy.deck.title}" was restored from the backup of ${copy.backup}. Its progress is kept.`,
      });
      return copy.deck;
    }
    notices.push({ level: 'warning', message: `Deck file ${name} is damaged (${where}) and no backup holds it.` });
    return null;
  }

  /** A deck listed from the cache is read when its cards are first wanted. The file is the one the cache
   * vouched for unless something outside Factdeck replaced it since the library was opened: then it is read
   * as opening would read it now (a damaged file kept aside, the deck restored from a backup or dropped). */
  private cardsOnFirstUse(deck: Deck, name: string, stamp: HeadStamp): Deck['cards'] {
    this.light.delete(deck);
    const { decks, notices, readOnly } = this.lazy;
    const id = deck.id;
    const fresh = this.readDeck(name, notices, readOnly);
    const now = this.heads.get(name)?.stamp;
    if (now && sameStamp(now, stamp) && fresh?.id === id) return fresh.cards;
    // Changed behind Factdeck's back: the library takes the deck as the file (or its backup) now has it.
    this.headsChanged = true;
    if (decks.get(id) === deck) decks.delete(id);
    if (fresh) decks.set(fresh.id, fresh);
    return fresh?.id === id ? fresh.cards : [];
  }

  /** The cards today's queue reads (id and fact) of a deck whose cards are not read yet; null once they are. */
  lightCards(deck: Deck): readonly QueueCard[] | null {
    return this.light.get(deck) ?? null;
  }

  /** Replaces the deck's file, whole or not at all (the old file stays when the disk refuses). */
  save(deck: Deck): void {
    this.writes++;
    this.write(deck);
    this.onSave?.(deck);
  }

  private write(deck: Deck): void {
    const file = this.file(deck.id);
    const name = path.basename(file);
    this.verified.delete(deck.id);
    this.heads.delete(name);
    this.headsChanged = true;
    writeFileAtomic(file, deckJson(deck), this.fsys);
    try {
      const stamp = statStamp(fs.statSync(file));
      this.vouch(deck.id, stamp);
      this.heads.set(name, entryOf(deck, stamp));
    } catch {
      // not vouched for: a backup writes it from memory, the next open reads it in full
    }
  }

  /** Writes the heads cache when it changed since it was read (on open, and on close after changes). */
  flushHeads(): void {
    if (!this.headsChanged) return;
    writeHeads(this.headsFile, this.heads, this.fsys);
    this.headsChanged = false;
  }

  private get headsFile(): string {
    return path.join(this.dataDir, HEADS_FILE);
  }

  /** Deleting moves the file to trash/: the review log still holds the deck's history. */
  remove(id: string, dataDir: string): void {
    const trash = path.join(dataDir, 'trash');
    this.fsys.mkdirSync(trash, { recursive: true });
    this.writes++;
    this.forget(id);
    this.fsys.renameSync(this.file(id), path.join(trash, `${id}.${Date.now()}.json`));
  }

  /** Removes a deck file written moments ago by an import that then failed: nothing of it is left. */
  discard(id: string): void {
    this.forget(id);
    this.fsys.rmSync(this.file(id), { force: true });
  }

  /** The deck's file, when it is still the one this store read back valid or wrote whole (same size and
   * time); null when it changed since (a backup then writes the deck from memory instead). */
  verifiedFile(id: string): { file: string; stamp: FileStamp } | null {
    const want = this.verified.get(id);
    const file = this.file(id);
    const now = stampOf(file);
    return want && now && want[0] === now[0] && want[1] === now[1] ? { file, stamp: now } : null;
  }

  /** The deck's file is known good as of this stamp: a backup copies it while its size and time are these. */
  private vouch(id: string, stamp: HeadStamp): void {
    this.verified.set(id, [stamp[0], stamp[1]]);
  }

  private forget(id: string): void {
    this.verified.delete(id);
    if (this.heads.delete(`${id}.json`)) this.headsChanged = true;
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }
}
