// The sync part of the contract (src/core/api.ts joins it in): studying on several machines through a
// CouchDB database, sharing a deck, and a teacher's class report. Passwords go in and never come out.
import { z } from 'zod';
import type { Card } from '../deck.js';
import type { ReportFile } from '../api.js';

export interface SyncCounts {
  answers: number;
  /** answers taken back */
  undone: number;
  /** decks whose own fields (title, article, order) changed */
  decks: number;
  cards: number;
}

export interface SyncResult {
  /** when it ended, epoch ms */
  at: number;
  ok: boolean;
  /** one line: what came in and went out, or why it failed */
  message: string;
  sent: SyncCounts;
  received: SyncCounts;
  /** documents from the server that were refused, one line each (the first 20) */
  refused: string[];
  refusedCount: number;
  /** edits of the same card on two devices found in this sync */
  conflicts: number;
  /** shared decks that could not be updated, one line each */
  notes: string[];
  ms: number;
}

/** One side of an edit made on two devices. */
export interface ConflictSide {
  editedAt: number;
  /** the card as that edit left it (null for a deck's own fields) */
  card: Card | null;
  /** the deck's title as that edit left it (deck conflicts) */
  title: string | null;
}

/** The same card (or a deck's title) edited on two devices: the later edit is kept, the other shown here. */
export interface SyncConflict {
  id: string;
  deckId: string;
  deckTitle: string;
  cardId: string | null;
  /** when this device found it */
  foundAt: number;
  kept: ConflictSide;
  other: ConflictSide;
}

export interface SyncProgress {
  phase: 'preparing' | 'receiving' | 'merging' | 'sending' | 'shared decks';
  /** documents handled so far in this phase */
  done: number;
}

export interface SyncStatus {
  /** the database's address, without credentials */
  url: string | null;
  user: string | null;
  hasPassword: boolean;
  /** where the password is kept, in words (the desktop app encrypts it; the browser shell says which file) */
  passwordKept: string;
  /** sync on open and close, and after answers when idle */
  auto: boolean;
  /** this device's id in the database (null before its first sync) */
  device: string | null;
  running: SyncProgress | null;
  last: SyncResult | null;
  /** when a sync last succeeded */
  lastOk: number | null;
  conflicts: SyncConflict[];
  published: { deckId: string; url: string }[];
  subscribed: { url: string; decks: string[] }[];
}

const address = z.string().trim().min(1).max(2_000);

export const syncApiArgs = {
  syncStatus: z.object({}).strict(),
  setSync: z.object({
    url: address.nullable().optional(),
    user: z.string().max(200).nullable().optional(),
    /** kept encrypted in the desktop app; null forgets it */
    password: z.string().max(1_000).nullable().optional(),
    auto: z.boolean().optional(),
  }).strict(),
  syncNow: z.object({}).strict(),
  resolveConflict: z.object({ id: z.string().min(1).max(100), use: z.enum(['kept', 'other']) }).strict(),
  publishDeck: z.object({ deckId: z.string().min(1).max(200), url: address }).strict(),
  subscribeDeck: z.object({ url: address }).strict(),
  classReport: z.object({
    deckId: z.string().min(1).max(200),
    /** the students' databases */
    sources: z.array(address).min(1).max(500),
    format: z.enum(['html', 'csv', 'json']),
  }).strict(),
} as const;

type Arg<M extends keyof typeof syncApiArgs> = z.input<(typeof syncApiArgs)[M]>;

export interface SyncApi {
  syncStatus(arg: Arg<'syncStatus'>): Promise<SyncStatus>;
  /** Saves the server address, user name, password (never returned) and whether to sync by itself. */
  setSync(arg: Arg<'setSync'>): Promise<SyncStatus>;
  /** Syncs now with the saved database (and shared decks); resolves with what came in and went out. A sync
   * that fails (offline, server refused) says so in `message` and changes nothing in the library. */
  syncNow(arg: Arg<'syncNow'>): Promise<SyncResult>;
  /** Keeps the edit the sync kept, or puts the other one in its place (then synced like any edit). */
  resolveConflict(arg: Arg<'resolveConflict'>): Promise<SyncStatus>;
  /** Publishes a deck (its cards, no answers) to a database others can read; kept up to date on each sync. */
  publishDeck(arg: Arg<'publishDeck'>): Promise<{ deckId: string; url: string; cards: number }>;
  /** Subscribes to a published deck: added now, updated (new cards, edits) on each sync; progress stays. */
  subscribeDeck(arg: Arg<'subscribeDeck'>): Promise<{ url: string; decks: string[] }>;
  /** One report of a deck over the students' databases: per student and per card. */
  classReport(arg: Arg<'classReport'>): Promise<ReportFile>;
}
