// The deck list from the heads cache (src/backend/storage/deck-heads.ts): `factdeck decks --json` in real
// processes on a real library must show what it shows with no cache at all, whatever happened to the deck
// files or to the cache itself in between. Needs `npm run build:node`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../bench/library.js';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import { HEADS_FILE } from '../../../src/backend/storage/deck-heads.js';
import { factdeck } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

interface Row {
  id: string;
  title: string;
  cards: number;
  new: number;
  learning: number;
  review: number;
  due: number;
}

/** A library studied for two years, three decks whose cards come in sibling pairs (one fact, two cards). */
function library(): { dir: string; deckIds: string[] } {
  const dir = path.join(tempDir(), 'lib');
  const lib = makeLibrary(dir, { cards: 900, reviews: 6_000, decks: 3 });
  return { dir, deckIds: lib.deckIds };
}

function list(dir: string): Row[] {
  const r = factdeck(['--data-dir', dir, 'decks', '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

/** The figures from a copy of the library that has no cache: every deck file read in full. */
function uncached(dir: string): Row[] {
  const copy = path.join(tempDir(), 'copy');
  fs.cpSync(dir, copy, { recursive: true });
  fs.rmSync(path.join(copy, HEADS_FILE), { force: true });
  return list(copy);
}

const cacheOf = (dir: string) => path.join(dir, HEADS_FILE);
const deckFile = (dir: string, id: string) => path.join(dir, 'decks', `${id}.json`);

/** The cache is whole: its first line and the rest each read as JSON. */
function readable(file: string): boolean {
  const text = fs.readFileSync(file, 'utf8');
  const cut = text.indexOf('\n');
  try {
    return (
      (JSON.parse(text.slice(0, cut)) as { v: number }).v === 1 && typeof JSON.parse(text.slice(cut + 1)) === 'object'
    );
  } catch {
    return false;
  }
}

/** The deck file with every card id changed but not its length: the same size, other cards (all of them new). */
function otherCards(file: string): string {
  const deck = JSON.parse(fs.readFileSync(file, 'utf8')) as { cards: { id: string }[] };
  for (const c of deck.cards) c.id = c.id.replace('-c', '-x');
  return JSON.stringify(deck, null, 1);
}

describe('the deck list from the heads cache', () => {
  it('gives the figures the deck files give, and is what the next listing reads', () => {
    const { dir } = library();
    const first = list(dir);
    expect(fs.existsSync(cacheOf(dir))).toBe(true);
    const again = list(dir);
    expect(again).toEqual(first);
    expect(again).toEqual(uncached(dir));
    expect(again.map((d) => d.cards)).toEqual([300, 300, 300]);
    // reviews, learning and new cards among them: the figures that depend on each card's progress
    for (const k of ['new', 'learning', 'review'] as const)
      expect(again.reduce((n, d) => n + d[k], 0)).toBeGreaterThan(0);
  });

  it('notices a deck file changed behind its back, even one with the same size and modification time', () => {
    const { dir, deckIds } = library();
    const [a, b, c] = deckIds.map((id) => deckFile(dir, id)) as [string, string, string];
    // Round times, so a changed file can be given exactly the time the cache saw.
    const when = new Date('2025-01-01T00:00:00Z');
    for (const f of [a, b, c]) fs.utimesSync(f, when, when);
    const before = list(dir);
    expect(fs.existsSync(cacheOf(dir))).toBe(true);

    // another program writes a smaller deck in place
    const deck = JSON.parse(fs.readFileSync(a, 'utf8')) as { cards: unknown[] };
    fs.writeFileSync(a, JSON.stringify({ ...deck, cards: deck.cards.slice(0, 10) }));
    // a restored backup or a sync: another file renamed over it, same size, same modification time
    const text = otherCards(b);
    expect(Buffer.byteLength(text)).toBe(fs.statSync(b).size);
    fs.writeFileSync(`${b}.restored`, text);
    fs.utimesSync(`${b}.restored`, when, when);
    fs.renameSync(`${b}.restored`, b);
    // the same written in place (the same inode), its modification time put back
    fs.writeFileSync(c, otherCards(c));
    fs.utimesSync(c, when, when);

    const after = list(dir);
    expect(after).toEqual(uncached(dir));
    expect(after[0]!.cards).toBe(10);
    for (const i of [1, 2]) {
      expect(before[i]!.review).toBeGreaterThan(0);
      expect(after[i]).toMatchObject({ cards: 300, learning: 0, review: 0 });
    }
  });

  it('takes a damaged cache for none: no error shown, the same figures, and a whole cache written again', () => {
    const { dir } = library();
    const right = list(dir);
    const whole = fs.readFileSync(cacheOf(dir), 'utf8');
    const body = whole.slice(whole.indexOf('\n') + 1);
    // a file with its hash right and its entries wrong: what the entries themselves must be is checked too
    const sealed = (body: string) =>
      `${JSON.stringify({ v: 1, sha256: crypto.createHash('sha256').update(body).digest('hex') })}\n${body}`;
    const damaged = [
      whole.slice(0, whole.length >> 1), // cut short
      '\u0000'.repeat(4096), // zeros, as after a crash on some file systems
      whole.replace(/"bench-0-c[0-9a-z]+"/g, '"-"'), // well formed, stamps right, the cards' ids wrong
      sealed(JSON.stringify({ 'bench-0.json': { stamp: 'x' }, 'bench-1.json': null, 'bench-2.json': [] })),
      sealed(body.replace(/"ids":\["[^"]+",/g, '"ids":[')), // a card short of its facts
      '[]',
    ];
    for (const text of damaged) {
      fs.writeFileSync(cacheOf(dir), text);
      expect(list(dir)).toEqual(right);
      expect(readable(cacheOf(dir))).toBe(true);
    }
    expect(list(dir)).toEqual(uncached(dir));
  });

  it('shows the figures right after studying a card', () => {
    const { dir, deckIds } = library();
    const before = list(dir);
    // the third deck has cards of every kind due (the others are at the daily limit of reviews): a card studied
    // today buries its sibling (same fact), which only the cards' facts tell
    const study = factdeck(['--data-dir', dir, 'study', deckIds[2]!], { input: 'good\nagain\ngood\ngood\n' });
    expect(study.stderr).toBe('');
    expect(study.code).toBe(0);
    const after = list(dir);
    expect(after).toEqual(uncached(dir));
    expect(after[2]).not.toEqual(before[2]);
    expect([after[0], after[1]]).toEqual([before[0], before[1]]);
  });
});

describe('a deck listed from the cache, its cards read on first use', () => {
  const opened = (dir: string): Backend => createBackend(dir, { builtinDir: path.join(dir, '..') });

  /** A library whose cache is written, opened (so its decks come from the cache), then `change`d behind its back. */
  async function openThenChange(
    change: (file: string) => void,
  ): Promise<{ lib: Backend; listed: Row[]; file: string; dir: string }> {
    const { dir, deckIds } = library();
    list(dir);
    const lib = opened(dir);
    const listed = (await lib.listDecks({})) as Row[];
    const file = deckFile(dir, deckIds[0]!);
    change(file);
    return { lib, listed, file, dir };
  }

  it('takes the file as it is then, when another program replaced it after the library was opened', async () => {
    const { lib, listed, dir } = await openThenChange((file) => {
      const deck = JSON.parse(fs.readFileSync(file, 'utf8')) as { cards: unknown[] };
      fs.writeFileSync(`${file}.new`, JSON.stringify({ ...deck, title: 'Replaced', cards: deck.cards.slice(0, 10) }));
      fs.renameSync(`${file}.new`, file);
    });
    try {
      expect(listed[0]!.cards).toBe(300);
      const deck = await lib.getDeck({ id: listed[0]!.id });
      expect([deck.title, deck.cards.length]).toEqual(['Replaced', 10]);
      const now = ((await lib.listDecks({})) as Row[]).map(({ id, title, cards, new: n, learning, review, due }) => ({
        id,
        title,
        cards,
        new: n,
        learning,
        review,
        due,
      }));
      expect(now.find((d) => d.id === deck.id)).toMatchObject({ title: 'Replaced', cards: 10 });
      expect(now).toEqual(uncached(dir));
    } finally {
      lib.close();
    }
  });

  it('in a shell that stays open, reads the cards at once: a file replaced a moment later changes nothing', async () => {
    const { dir, deckIds } = library();
    list(dir);
    const lib = createBackend(dir, { builtinDir: path.join(dir, '..'), readAhead: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const file = deckFile(dir, deckIds[0]!);
      fs.writeFileSync(`${file}.new`, '{"format": "factdeck/1", "id": "bench-0", "title": "Replaced", "cards": []}');
      fs.renameSync(`${file}.new`, file);
      const deck = await lib.getDeck({ id: deckIds[0]! });
      expect([deck.title, deck.cards.length]).toEqual(['Bench deck 1', 300]);
    } finally {
      lib.close();
    }
  });

  it('keeps a file damaged after the library was opened aside, and brings the deck back from the backup', async () => {
    const { lib, listed, file } = await openThenChange((f) => fs.truncateSync(f, 1000));
    try {
      const next = await lib.nextCard({ deckId: listed[0]!.id });
      expect(next.card).not.toBeNull();
      expect((await lib.getDeck({ id: listed[0]!.id })).cards).toHaveLength(300);
      expect((await lib.status({})).notices.map((n) => n.message).join(' ')).toMatch(
        /was damaged \(kept as .*\); "Bench deck 1" was restored from the backup/,
      );
      expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('damaged'))).toHaveLength(1);
    } finally {
      lib.close();
    }
  });
});
