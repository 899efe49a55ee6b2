// Deck content on disk: one file per deck, written atomically. A file that does not read as a deck
// is kept aside (never deleted) and reported.
import fs from 'node:fs';
import path from 'node:path';
import type { Deck } from '../core/deck.js';
import { parseDeck } from '../core/deck-check.js';
import type { Notice } from '../core/api.js';
import { keepAside, writeFileAtomic } from './atomic.js';
import { newestDeckCopy } from './backups.js';

export class DeckStore {
  readonly dir: string;
  /** deck files written or removed since opening (the backup on close is refreshed only after changes) */
  writes = 0;

  constructor(private readonly dataDir: string) {
    this.dir = path.join(dataDir, 'decks');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  loadAll(notices: Notice[], readOnly: boolean): Map<string, Deck> {
    const decks = new Map<string, Deck>();
    for (const name of fs.readdirSync(this.dir).sort()) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const file = path.join(this.dir, name);
      try {
        const deck = parseDeck(JSON.parse(fs.readFileSync(file, 'utf8')));
        decks.set(deck.id, deck);
      } catch {
        // Kept aside, never deleted; the deck comes back from the newest backup that holds it.
        const copy = newestDeckCopy(this.dataDir, name);
        let where = 'skipped';
        if (!readOnly) where = `kept as ${path.basename(keepAside(file, 'damaged'))}`;
        if (copy) {
          if (!readOnly) writeFileAtomic(file, JSON.stringify(copy.deck, null, 1));
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

  save(deck: Deck): void {
    this.writes++;
    writeFileAtomic(this.file(deck.id), JSON.stringify(deck, null, 1));
  }

  /** Deleting moves the file to trash/: the review log still holds the deck's history. */
  remove(id: string, dataDir: string): void {
    const trash = path.join(dataDir, 'trash');
    fs.mkdirSync(trash, { recursive: true });
    this.writes++;
    fs.renameSync(this.file(id), path.join(trash, `${id}.${Date.now()}.json`));
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }
}
