import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from '../../../src/backend/safety/backups.js';
import { stampOf } from '../../../src/backend/storage/deck-file.js';
import type { Snapshot } from '../../../src/backend/storage/snapshot.js';
import type { Deck } from '../../../src/core/deck.js';
import { tempDir } from '../../helpers/tmp.js';

const snapshot: Snapshot = { v: 1, offset: 0, seq: 0, entries: 0, day: 0, daily: {}, states: {} };
const deck = (id: string, prompt: string): Deck => ({
  format: 'factdeck/1', id, title: id, source: null, generator: null,
  cards: [{ id: 'c1', kind: 'qa', prompt, answer: 'A', tags: [] }],
});

function save(dir: string, d: Deck): void {
  fs.mkdirSync(path.join(dir, 'decks'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'decks', `${d.id}.json`), JSON.stringify(d));
}

describe('daily backups', () => {
  it('share the copy of a deck unchanged since the last backup, and copy a changed one', () => {
    const dir = tempDir();
    const a = deck('a', 'Q a?');
    let b = deck('b', 'Q b?');
    save(dir, a);
    save(dir, b);
    // Both files were written whole here: the backup may copy them (a store vouches for its files this way).
    const deckFile = (id: string) => {
      const file = path.join(dir, 'decks', `${id}.json`);
      return { file, stamp: stampOf(file)! };
    };
    const content = () => ({ decks: [a, b], snapshot, prefs: null, logSize: 0, deckFile });
    writeBackup(dir, '2026-03-01', content(), Date.UTC(2026, 2, 1));
    b = deck('b', 'Q b, edited?');
    // The app replaces deck files by rename: a new inode, as here.
    fs.rmSync(path.join(dir, 'decks', 'b.json'));
    save(dir, b);
    writeBackup(dir, '2026-03-02', content(), Date.UTC(2026, 2, 2));
    const ino = (id: string, d: string) => fs.statSync(path.join(dir, 'backups', id, 'decks', `${d}.json`)).ino;
    expect(ino('2026-03-02', 'a')).toBe(ino('2026-03-01', 'a'));
    expect(ino('2026-03-02', 'b')).not.toBe(ino('2026-03-01', 'b'));
    expect(readBackup(dir, '2026-03-01')!.decks.map((d) => d.cards[0]!.prompt)).toEqual(['Q a?', 'Q b?']);
    expect(readBackup(dir, '2026-03-02')!.decks.map((d) => d.cards[0]!.prompt)).toEqual(['Q a?', 'Q b, edited?']);
  });
});
