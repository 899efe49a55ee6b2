// Deck content on disk: one file per deck, written atomically. A file that does not read as a deck
// is kept aside (never deleted) and reported. The store remembers the size and time of each file it
// read back valid or wrote whole, so a backup copies only a file known good (see verifiedFile).
import fs from 'node:fs';
import path from 'node:path';
import type { Deck } from '../../core/deck.js';
import { parseDeck } from '../../core/deck-check.js';
import type { Notice } from '../../core/api.js';
import { keepAside, writeFileAtomic } from './atomic.js';
import { newestDeckCopy } from '../safety/backups.js';
import { deckJson, stampOf, type FileStamp } from './deck-file.js';
import { nodeFs, type FileSystem } from './fsio.js';

export class DeckStore {
  readonly dir: string;
  /** deck files written or removed since opening (the backup on close is refreshed only after changes) */
  writes = 0;
  /** told of each deck stored, before the library's map has it (sync notes when each card was edited) */
  onSave: ((deck: Deck) => void) | null = null;
  private readonly verified = new Map<string, FileStamp>();

  constructor(private readonly dataDir: string, private readonly fsys: FileSystem = nodeFs) {
    this.dir = path.join(dataDir, 'decks');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  loadAll(notices: Notice[], readOnly: boolean): Map<string, Deck> {
    const decks = new Map<string, Deck>();
    for (const name of fs.readdirSync(this.dir).sort()) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const file = path.join(this.dir, name);
      try {
        const stamp = stampOf(file);
        const deck = parseDeck(JSON.parse(fs.readFileSync(file, 'utf8')));
        decks.set(deck.id, deck);
        if (stamp && name === `${deck.id}.json`) this.verified.set(deck.id, stamp);
      } catch {
        // Kept aside, never deleted; the deck comes back from the newest backup that holds it.
        const copy = newestDeckCopy(this.dataDir, name);
        let where = 'skipped';
        if (!readOnly) where = `kept as ${path.basename(keepAside(file, 'damaged', this.fsys))}`;
        if (copy) {
          if (!readOnly) this.write(copy.deck);
          decks.set(copy.deck.id, copy.deck);
          notices.push({
            level: 'warning',
            message: `Deck file ${name} was damaged (${where}); "${copy.deck.title}" was restored from the backup of ${copy.backup}. Its progress is kept.`,
          });
        } else {
          notices.push({ level: 'warning', message: `Deck file ${name} is damaged (${where}) and no backup holds it.` });
        }
      }
    }
    return decks;
  }

  /** Replaces the deck's file, whole or not at all (the old file stays when the disk refuses). */
  save(deck: Deck): void {
    this.writes++;
    this.write(deck);
    this.onSave?.(deck);
  }

  private write(deck: Deck): void {
    const file = this.file(deck.id);
    this.verified.delete(deck.id);
    writeFileAtomic(file, deckJson(deck), this.fsys);
    const stamp = stampOf(file);
    if (stamp) this.verified.set(deck.id, stamp);
  }

  /** Deleting moves the file to trash/: the review log still holds the deck's history. */
  remove(id: string, dataDir: string): void {
    const trash = path.join(dataDir, 'trash');
    this.fsys.mkdirSync(trash, { recursive: true });
    this.writes++;
    this.verified.delete(id);
    this.fsys.renameSync(this.file(id), path.join(trash, `${id}.${Date.now()}.json`));
  }

  /** Removes a deck file written moments ago by an import that then failed: nothing of it is left. */
  discard(id: string): void {
    this.verified.delete(id);
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

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }
}
