// The deck files' heads, cached in one file (deck-heads.cache.json) so that opening a library need not parse
// every card of every deck to list it: per deck file, its stamp (size, times, inode) and what
// the list and today's queue read without the cards' text: the deck's fields other than its cards, and each
// card's id and fact. An entry counts only while its file's stamp is the same as when that file was read
// back valid or written whole (the rule the daily backup already trusts, deck-store.ts verifiedFile); a
// changed file is read in full. The cache is disposable: a missing, damaged or odd one is ignored and made anew,
// it holds nothing that is not in the deck files, and it is written whole or not at all. Its first line carries
// a hash of the rest, so a cache damaged into other well-formed JSON (a flipped bit in an id) is no cache either.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Deck } from '../../core/deck.js';
import { quickDeck } from '../../core/deck-check.js';
import { table } from '../../core/ids.js';
import type { QueueCard } from '../../core/schedule/queue.js';
import { writeFileAtomic } from './atomic.js';
import type { FileSystem } from './fsio.js';

export type DeckHead = Omit<Deck, 'cards'>;

/** A deck file is replaced by rename, so a new version is a new inode; a file written in place, even one
 * given back its old modification time (a copy that keeps times, a sync), has a new change time. */
export type HeadStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export interface HeadEntry {
  stamp: HeadStamp;
  head: DeckHead;
  ids: string[];
  /** each card's fact (siblings are buried together), null for none; absent when no card has one */
  facts?: (string | null)[];
}

/** The first line of the file; the rest is the entries by deck file name, as JSON. */
interface HeadsLine {
  v: 1;
  sha256: string;
}

export const HEADS_FILE = 'deck-heads.cache.json';

export function statStamp(st: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): HeadStamp {
  return [st.size, st.mtimeMs, st.ctimeMs, st.ino];
}

export function sameStamp(a: HeadStamp, b: HeadStamp): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

export function entryOf(deck: Deck, stamp: HeadStamp): HeadEntry {
  const { cards, ...head } = deck;
  const entry: HeadEntry = { stamp, head, ids: cards.map((c) => c.id) };
  if (cards.some((c) => c.fact !== undefined)) entry.facts = cards.map((c) => c.fact ?? null);
  return entry;
}

/** What the file holds, by deck file name; empty when it is missing or does not read as a cache. */
export function readHeads(file: string): Map<string, unknown> {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const cut = text.indexOf('\n');
    const line = JSON.parse(text.slice(0, cut)) as Partial<HeadsLine> | null;
    const body = text.slice(cut + 1);
    if (cut < 0 || line?.v !== 1 || line.sha256 !== sha256(body)) return new Map();
    const files = JSON.parse(body) as unknown;
    return typeof files === 'object' && files !== null ? new Map(Object.entries(files)) : new Map();
  } catch {
    return new Map();
  }
}

const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex');

/** The entry for a deck file `name` with this stamp, when the cache holds one that is whole and well formed. */
export function trustedEntry(raw: unknown, name: string, stamp: HeadStamp): HeadEntry | null {
  const e = raw as Partial<HeadEntry> | null;
  if (typeof e !== 'object' || e === null || !isStamp(e.stamp) || !sameStamp(e.stamp, stamp)) return null;
  const head = headOf(e.head);
  if (!head || name !== `${head.id}.json` || !validIds(e.ids) || !validFacts(e.facts, e.ids.length)) return null;
  return { stamp, head, ids: e.ids, ...(e.facts ? { facts: e.facts } : {}) };
}

function isStamp(x: unknown): x is HeadStamp {
  return Array.isArray(x) && x.length === 4 && x.every((n) => typeof n === 'number');
}

/** The head as a deck file's head would be read: the cache can say no more than a deck file could. */
function headOf(x: unknown): DeckHead | null {
  const deck = typeof x === 'object' && x !== null ? quickDeck({ ...x, cards: [] }) : null;
  if (!deck) return null;
  const { cards: _none, ...head } = deck;
  return head;
}

function validIds(ids: unknown): ids is string[] {
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 200);
}

function validFacts(facts: unknown, n: number): facts is (string | null)[] | undefined {
  if (facts === undefined) return true;
  return Array.isArray(facts) && facts.length === n && facts.every((f) => f === null || typeof f === 'string');
}

/** The cards as today's queue reads them (id and fact), without their text. */
export function queueCardsOf(entry: HeadEntry): QueueCard[] {
  const { ids, facts } = entry;
  return ids.map((id, i) => (facts?.[i] != null ? { id, fact: facts[i] } : { id }));
}

/** Best effort: a cache that cannot be written now is made again on a later open. */
export function writeHeads(file: string, entries: Map<string, HeadEntry>, fsys: FileSystem): void {
  const body = JSON.stringify(table(entries));
  const line: HeadsLine = { v: 1, sha256: sha256(body) };
  try {
    writeFileAtomic(file, [JSON.stringify(line), '\n', body], fsys);
  } catch {
    // a stale cache left in place is harmless: its stamps no longer match the files written since
  }
}
