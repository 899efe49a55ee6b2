// The sync part of the contract (src/core/api.ts joins it in): studying on several machines through a
// CouchDB database, sharing a deck, and a teacher's class report. Passwords go in and never come out.
import { z } from 'zod';
import { cardSchema } from '../deck.js';

// Results, as schemas: the types below come from them, and a shell can check a reply against them.
const countsSchema = z.object({
  answers: z.number(),
  /** answers taken back */
  undone: z.number(),
  /** decks whose own fields (title, article, order) changed */
  decks: z.number(),
  cards: z.number(),
});

export const syncResultSchema = z.object({
  /** when it ended, epoch ms */
  at: z.number(),
  ok: z.boolean(),
  /** one line: what came in and went out, or why it failed */
  message: z.string(),
  sent: countsSchema,
  received: countsSchema,
  /** documents from the server that were refused, one line each (the first 20) */
  refused: z.array(z.string()),
  refusedCount: z.number(),
  /** edits of the same card on two devices found in this sync */
  conflicts: z.number(),
  /** shared decks that could not be updated, one line each */
  notes: z.array(z.string()),
  ms: z.number(),
});

/** One side of an edit made on two devices. */
const conflictSideSchema = z.object({
  editedAt: z.number(),
  /** the card as that edit left it (null for a deck's own fields) */
  card: cardSchema.nullable(),
  /** the deck's title as that edit left it (deck conflicts) */
  title: z.string().nullable(),
});

/** The same card (or a deck's title) edited on two devices: the later edit is kept, the other shown here. */
const syncConflictSchema = z.object({
  id: z.string(),
  deckId: z.string(),
  deckTitle: z.string(),
  cardId: z.string().nullable(),
  /** when this device found it */
  foundAt: z.number(),
  kept: conflictSideSchema,
  other: conflictSideSchema,
});

const syncProgressSchema = z.object({
  phase: z.enum(['preparing', 'receiving', 'merging', 'sending', 'shared decks']),
  /** documents handled so far in this phase */
  done: z.number(),
});

export const syncStatusSchema = z.object({
  /** the database's address, without credentials */
  url: z.string().nullable(),
  user: z.string().nullable(),
  hasPassword: z.boolean(),
  /** where the password is kept, in words (the desktop app encrypts it; the browser shell says which file) */
  passwordKept: z.string(),
  /** sync on open and close, and after answers when idle */
  auto: z.boolean(),
  /** this device's id in the database (null before its first sync) */
  device: z.string().nullable(),
  running: syncProgressSchema.nullable(),
  last: syncResultSchema.nullable(),
  /** when a sync last succeeded */
  lastOk: z.number().nullable(),
  conflicts: z.array(syncConflictSchema),
  published: z.array(z.object({ deckId: z.string(), url: z.string() })),
  subscribed: z.array(z.object({ url: z.string(), decks: z.array(z.string()) })),
});

const reportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });

export type SyncCounts = z.output<typeof countsSchema>;
export type SyncResult = z.output<typeof syncResultSchema>;
export type ConflictSide = z.output<typeof conflictSideSchema>;
export type SyncConflict = z.output<typeof syncConflictSchema>;
export type SyncProgress = z.output<typeof syncProgressSchema>;
export type SyncStatus = z.output<typeof syncStatusSchema>;

const address = z.string().trim().min(1).max(2_000);

const syncInputs = {
  syncStatus: z.object({}).strict(),
  setSync: z
    .object({
      url: address.nullable().optional(),
      user: z.string().max(200).nullable().optional(),
      /** kept encrypted in the desktop app; null forgets it */
      password: z.string().max(1_000).nullable().optional(),
      auto: z.boolean().optional(),
    })
    .strict(),
  syncNow: z.object({}).strict(),
  resolveConflict: z.object({ id: z.string().min(1).max(100), use: z.enum(['kept', 'other']) }).strict(),
  publishDeck: z.object({ deckId: z.string().min(1).max(200), url: address }).strict(),
  subscribeDeck: z.object({ url: address }).strict(),
  classReport: z
    .object({
      deckId: z.string().min(1).max(200),
      /** the students' databases */
      sources: z.array(address).min(1).max(500),
      format: z.enum(['html', 'csv', 'json']),
    })
    .strict(),
} as const;

/** The sync part of the contract: each method's input, output, and whether it changes the library. */
export const syncContract = {
  syncStatus: { input: syncInputs.syncStatus, output: syncStatusSchema, writes: false },
  setSync: { input: syncInputs.setSync, output: syncStatusSchema, writes: true },
  syncNow: { input: syncInputs.syncNow, output: syncResultSchema, writes: true },
  resolveConflict: { input: syncInputs.resolveConflict, output: syncStatusSchema, writes: true },
  publishDeck: {
    input: syncInputs.publishDeck,
    output: z.object({ deckId: z.string(), url: z.string(), cards: z.number() }),
    writes: true,
  },
  subscribeDeck: {
    input: syncInputs.subscribeDeck,
    output: z.object({ url: z.string(), decks: z.array(z.string()) }),
    writes: true,
  },
  // Reads the students' databases; writes nothing anywhere.
  classReport: { input: syncInputs.classReport, output: reportFileSchema, writes: false },
} as const;

export const syncApiArgs = syncInputs;

type Arg<M extends keyof typeof syncContract> = z.input<(typeof syncContract)[M]['input']>;
type Out<M extends keyof typeof syncContract> = z.output<(typeof syncContract)[M]['output']>;

export interface SyncApi {
  syncStatus(arg: Arg<'syncStatus'>): Promise<Out<'syncStatus'>>;
  /** Saves the server address, user name, password (never returned) and whether to sync by itself. */
  setSync(arg: Arg<'setSync'>): Promise<Out<'setSync'>>;
  /** Syncs now with the saved database (and shared decks); resolves with what came in and went out. A sync
   * that fails (offline, server refused) says so in `message` and changes nothing in the library. */
  syncNow(arg: Arg<'syncNow'>): Promise<Out<'syncNow'>>;
  /** Keeps the edit the sync kept, or puts the other one in its place (then synced like any edit). */
  resolveConflict(arg: Arg<'resolveConflict'>): Promise<Out<'resolveConflict'>>;
  /** Publishes a deck (its cards, no answers) to a database others can read; kept up to date on each sync. */
  publishDeck(arg: Arg<'publishDeck'>): Promise<Out<'publishDeck'>>;
  /** Subscribes to a published deck: added now, updated (new cards, edits) on each sync; progress stays. */
  subscribeDeck(arg: Arg<'subscribeDeck'>): Promise<Out<'subscribeDeck'>>;
  /** One report of a deck over the students' databases: per student and per card. */
  classReport(arg: Arg<'classReport'>): Promise<Out<'classReport'>>;
}
