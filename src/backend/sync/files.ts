// What sync keeps on this device, in the library's sync/ folder (left out of backups: it is a cache of the
// server's side, rebuilt by syncing again, and the password must not travel with a backup):
//   settings.json   the database's address, user name, auto sync, published and subscribed decks
//   state.json      this device's id, how far the log is sent and the replica merged, the last result, conflicts
//   decks.json      a fingerprint of each deck and card as last synced: what changed here since
//   edits.json      when each card was last edited here (the later of two edits wins)
//   replica/        PouchDB's LevelDB replica;  shared/<n>/  one replica per subscribed deck database
//   shared/<n>.applied.json   the fingerprints of the shared decks as last applied here (what the teacher changed)
// Files are written whole (temp file, fsync, rename). A damaged one is kept aside and started afresh: the
// review log, not these files, holds what was studied.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SyncConflict, SyncResult } from '../../core/sync/api.js';
import { keepAside, writeFileAtomic } from '../storage/atomic.js';

export const syncDir = (dataDir: string): string => path.join(dataDir, 'sync');

const settingsSchema = z.object({
  url: z.string().nullable().default(null),
  user: z.string().nullable().default(null),
  auto: z.boolean().default(true),
  published: z.array(z.object({ deckId: z.string(), url: z.string() })).default([]),
  subscribed: z.array(z.object({ url: z.string(), decks: z.array(z.string()), dir: z.string() })).default([]),
});
export type SyncSettings = z.infer<typeof settingsSchema>;

const stateSchema = z.object({
  device: z.string().nullable().default(null),
  /** where the device id was made (machine and folder): a library copied elsewhere makes a new one */
  place: z.string().nullable().default(null),
  /** this library's earlier device ids, each with the last sequence number it gave */
  former: z.array(z.object({ device: z.string(), upTo: z.number() })).default([]),
  /** review log offset up to which local answers are in the replica */
  exported: z.number().default(0),
  /** the replica's change sequence merged into the library */
  merged: z.union([z.number(), z.string()]).default(0),
  last: z.custom<SyncResult>().nullable().default(null),
  lastOk: z.number().nullable().default(null),
  conflicts: z.array(z.custom<SyncConflict>()).default([]),
});
export type SyncState = z.infer<typeof stateSchema>;

/** Per deck: the fingerprint of its own fields and of each card, as last synced. */
export type Synced = Map<string, { meta: string; cards: Map<string, string> }>;
/** Per deck: when each card ('' for the deck's own fields) was last edited on this device. */
export type Edits = Map<string, Map<string, number>>;

export class SyncFiles {
  readonly dir: string;
  constructor(
    dataDir: string,
    private readonly onDamage: (message: string) => void,
  ) {
    this.dir = syncDir(dataDir);
  }

  get replicaDir(): string {
    return path.join(this.dir, 'replica');
  }

  sharedDir(n: string): string {
    return path.join(this.dir, 'shared', n);
  }

  readSettings(): SyncSettings {
    return this.read('settings.json', settingsSchema);
  }

  writeSettings(s: SyncSettings): void {
    this.write('settings.json', JSON.stringify(s, null, 2));
  }

  readState(): SyncState {
    return this.read('state.json', stateSchema);
  }

  writeState(s: SyncState): void {
    this.write('state.json', JSON.stringify(s));
  }

  /** `name`: decks.json for this library's database; shared/<n>.applied.json for a subscription */
  readSynced(name = 'decks.json'): Synced {
    const raw = this.readRaw(name);
    const out: Synced = new Map();
    if (!raw || typeof raw !== 'object') return out;
    for (const [deck, v] of Object.entries(raw as Record<string, { meta?: unknown; cards?: unknown }>)) {
      if (typeof v?.meta !== 'string' || typeof v.cards !== 'object' || v.cards === null) continue;
      out.set(deck, { meta: v.meta, cards: new Map(Object.entries(v.cards as Record<string, string>)) });
    }
    return out;
  }

  writeSynced(s: Synced, name = 'decks.json'): void {
    const obj = Object.fromEntries([...s].map(([d, v]) => [d, { meta: v.meta, cards: Object.fromEntries(v.cards) }]));
    this.write(name, JSON.stringify(obj));
  }

  readEdits(): Edits {
    const raw = this.readRaw('edits.json');
    const out: Edits = new Map();
    if (!raw || typeof raw !== 'object') return out;
    for (const [deck, v] of Object.entries(raw as Record<string, Record<string, number>>)) {
      if (typeof v !== 'object' || v === null) continue;
      out.set(deck, new Map(Object.entries(v).filter(([, t]) => typeof t === 'number')));
    }
    return out;
  }

  writeEdits(e: Edits): void {
    this.write('edits.json', JSON.stringify(Object.fromEntries([...e].map(([d, m]) => [d, Object.fromEntries(m)]))));
  }

  private read<T>(name: string, schema: z.ZodType<T, unknown>): T {
    const raw = this.readRaw(name);
    const r = schema.safeParse(raw ?? {});
    if (r.success) return r.data;
    this.damaged(name);
    return schema.parse({});
  }

  private readRaw(name: string): unknown {
    const file = path.join(this.dir, name);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    try {
      return JSON.parse(text);
    } catch {
      this.damaged(name);
      return null;
    }
  }

  private damaged(name: string): void {
    const file = path.join(this.dir, name);
    try {
      keepAside(file, 'damaged');
    } catch {
      // keeping a copy is a courtesy: the file is started afresh either way
    }
    this.onDamage(
      `Sync's ${name} was damaged and started afresh (a copy was kept); the next sync sends and checks everything again.`,
    );
  }

  private write(name: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, name)), { recursive: true });
    writeFileAtomic(path.join(this.dir, name), text);
  }
}
