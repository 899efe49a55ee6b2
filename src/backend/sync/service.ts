// Sync: this library and a CouchDB database, through PouchDB's replication. One sync is
//   1. merge what an interrupted sync left in the replica      (no network)
//   2. this device's answers and deck edits into the replica   (answers-out.ts, decks-out.ts)
//   3. pull the database into the replica                      (PouchDB replication)
//   4. merge what came in into the library                     (answers-in.ts, decks-in.ts, conflicts.ts)
//   5. push the replica to the database                        (PouchDB replication)
//   6. shared decks: publish, and update subscriptions        (share.ts)
// A sync that cannot reach the database fails in step 3 with one line, and the library is as it was. Killed at
// any moment, the next sync finishes the work: answers are immutable documents and the log says which it holds.
import type { SyncCounts, SyncProgress, SyncResult, SyncStatus } from '../../core/sync/api.js';
import { InputError, isInputError } from '../../core/errors.js';
import { checkDoc, type AnswerDoc } from '../../core/sync/docs.js';
import { onDiskError } from '../storage/fsio.js';
import type { SyncLibrary } from './library.js';
import { mergeAnswers } from './answers-in.js';
import { exportAnswers } from './answers-out.js';
import { conflictRecord, resolveConflicts, type Found } from './conflicts.js';
import { mergeDecks, type DeckWriter } from './decks-in.js';
import { exportDecks } from './decks-out.js';
import { ensureDevice, identity, placeOf, type Identity } from './device.js';
import { noteEdits } from './edits.js';
import { SyncFiles, type Edits, type SyncSettings, type SyncState, type Synced } from './files.js';
import { networkProblem, openReplica, openRemote, parseAddress, type Credentials, type Db } from './pouch.js';
import { replicate, type Tally } from './replicate.js';
import { fileSecrets, givenForThisRun, type SecretStore } from './secrets.js';

export interface SyncOptions {
  /** where the password is kept (the desktop app encrypts it); a 0600 file in sync/ by default */
  secrets?: SecretStore | undefined;
  /** a password given for this run only (the command line's FACTDECK_SYNC_PASSWORD or stdin): used, not kept */
  password?: string | undefined;
  /** sync on open and close, and after answers when idle (the long-lived shells; not the CLI's commands) */
  auto?: boolean | undefined;
  /** how long after the last answer an idle sync starts (ms) */
  idleMs?: number | undefined;
  /** after a sync merged answers: the undo history no longer matches the cards' states */
  onMerged?: (() => void) | undefined;
  /** shared decks (share.ts), handed in so that this file does not depend on the one that depends on it */
  shared?: SharedDecks | undefined;
}

export interface SharedDecks {
  /** before sending: subscribed decks updated from their databases */
  pull(service: SyncService, run: SyncRun, settings: SyncSettings): Promise<void>;
  /** after a sync: published decks pushed to theirs */
  push(service: SyncService, run: SyncRun, settings: SyncSettings): Promise<void>;
}

/** Changes fed to one merge of answers; more are merged in further steps. */
const ANSWER_STEP = 50_000;
/** Conflicts kept for the person to see. */
const CONFLICTS_KEPT = 200;
/** How long closing waits for its last sync. */
const CLOSING_MS = 20_000;

const zero = (): SyncCounts => ({ answers: 0, undone: 0, decks: 0, cards: 0 });

export function emptyResult(): SyncResult {
  return {
    at: 0,
    ok: false,
    message: '',
    sent: zero(),
    received: zero(),
    refused: [],
    refusedCount: 0,
    conflicts: 0,
    notes: [],
    ms: 0,
  };
}

export interface SyncRun {
  replica: Db;
  state: SyncState;
  synced: Synced;
  who: Identity;
  result: SyncResult;
  creds: Credentials;
}

export class SyncService {
  readonly files: SyncFiles;
  readonly secrets: SecretStore;
  private progress: SyncProgress | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private busy = 0;
  private edits: Edits;
  private applying = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private seen = { seq: -1, writes: -1, at: 0 };
  private atLastSync = { seq: -1, writes: -1 };
  private closed = false;

  constructor(
    readonly lib: SyncLibrary,
    private readonly opts: SyncOptions = {},
  ) {
    this.files = new SyncFiles(lib.dataDir, (message) => lib.notices.push({ level: 'warning', message }));
    const kept = opts.secrets ?? fileSecrets(this.files.dir);
    this.secrets = opts.password === undefined ? kept : givenForThisRun(opts.password, kept);
    this.edits = this.files.readEdits();
    if (!lib.readOnly) {
      lib.store.onSave = (deck) => this.noteSaved(deck);
    }
  }

  /** Starts syncing by itself (on open, then after answers when idle), when a database is set and auto is on. */
  start(): void {
    if (!this.opts.auto || this.lib.readOnly) return;
    const s = this.files.readSettings();
    if (s.url && s.auto) setTimeout(() => void this.quietly(), 0).unref();
    const idleMs = this.opts.idleMs ?? 60_000;
    this.timer = setInterval(
      () => {
        const { seq } = this.lib.progress;
        const { writes } = this.lib.store;
        const now = Date.now();
        if (seq !== this.seen.seq || writes !== this.seen.writes) {
          this.seen = { seq, writes, at: now };
          return;
        }
        const changed = seq !== this.atLastSync.seq || writes !== this.atLastSync.writes;
        if (changed && now - this.seen.at >= idleMs && this.busy === 0) {
          const cur = this.files.readSettings();
          if (cur.url && cur.auto) void this.quietly();
        }
      },
      Math.min(5_000, Math.max(50, idleMs / 4)),
    );
    this.timer.unref();
  }

  private async quietly(): Promise<void> {
    try {
      await this.syncNow();
    } catch {
      // an automatic sync's failure is in its result (Settings › Sync shows it); nothing to tell here
    }
  }

  status(): SyncStatus {
    const s = this.files.readSettings();
    const st = this.files.readState();
    return {
      url: s.url,
      user: s.user,
      hasPassword: this.secrets.load() !== null,
      passwordKept: this.secrets.where,
      auto: s.auto,
      device: st.device,
      running: this.progress ? { ...this.progress } : null,
      last: st.last,
      lastOk: st.lastOk,
      conflicts: st.conflicts,
      published: s.published,
      subscribed: s.subscribed.map(({ url, decks }) => ({ url, decks })),
    };
  }

  setSync(arg: {
    url?: string | null | undefined;
    user?: string | null | undefined;
    password?: string | null | undefined;
    auto?: boolean | undefined;
  }): SyncStatus {
    this.lib.writable();
    const s = this.files.readSettings();
    let password = arg.password;
    if (arg.url !== undefined) {
      if (arg.url === null || arg.url.trim() === '') s.url = null;
      else {
        const a = parseAddress(arg.url, 'url');
        s.url = a.url;
        if (a.user !== null) s.user = a.user;
        if (a.password !== null) password = a.password;
      }
    }
    if (arg.user !== undefined) s.user = arg.user === null || arg.user.trim() === '' ? null : arg.user.trim();
    if (arg.auto !== undefined) s.auto = arg.auto;
    onDiskError('the sync settings were not saved', 'save again', () => {
      if (password !== undefined) this.secrets.save(password === null || password === '' ? null : password);
      this.files.writeSettings(s);
    });
    return this.status();
  }

  credentials(s: SyncSettings = this.files.readSettings()): Credentials {
    return { user: s.user, password: this.secrets.load() };
  }

  /** Runs `work` when no other sync work is running (the replica has one writer at a time). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.busy++;
      try {
        return await work();
      } finally {
        this.busy--;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  syncNow(): Promise<SyncResult> {
    this.lib.writable();
    if (this.closed) throw new Error('the library is closed');
    return this.exclusive(() => this.run());
  }

  private async run(): Promise<SyncResult> {
    const started = Date.now();
    const settings = this.files.readSettings();
    if (!settings.url) {
      throw new InputError(
        'no database to sync with: set one in Settings › Sync, or give its address (factdeck sync https://server/database)',
      );
    }
    await this.lib.seeded();
    const result = emptyResult();
    const run = this.open(result, this.credentials(settings));
    const remoteUrl = settings.url;
    let failure: string | null = null;
    try {
      this.phase('merging');
      await this.merge(run);
      this.phase('shared decks');
      await this.opts.shared?.pull(this, run, settings);
      this.phase('preparing');
      await this.send(run);
      const remote = openRemote(remoteUrl, run.creds);
      this.phase('receiving');
      await this.network(remoteUrl, () => replicate(remote, run.replica, (n) => this.step(n)));
      this.phase('merging');
      await this.merge(run);
      this.phase('sending');
      const pushed = await this.network(remoteUrl, () => replicate(run.replica, remote, (n) => this.step(n)));
      add(result.sent, pushed);
      this.phase('shared decks');
      await this.opts.shared?.push(this, run, settings);
      await remote.close();
      result.ok = true;
    } catch (e) {
      if (!(e instanceof NetworkFailure) && !isInputError(e) && !(e instanceof Error && e.name === 'DiskError'))
        throw e;
      failure = (e as Error).message;
    } finally {
      this.progress = null;
      await run.replica.close();
    }
    result.at = Date.now();
    result.ms = result.at - started;
    result.message =
      failure === null
        ? summary(result)
        : `sync failed: ${failure}${changedNothing(result) ? '; nothing here changed' : ''}`;
    run.state.last = result;
    if (result.ok) run.state.lastOk = result.at;
    this.files.writeState(run.state);
    this.atLastSync = { seq: this.lib.progress.seq, writes: this.lib.store.writes };
    return result;
  }

  /** The replica and what sync keeps about it, for one piece of sync work (closed by the caller). */
  open(result: SyncResult, creds: Credentials): SyncRun {
    const state = this.files.readState();
    if (ensureDevice(state, placeOf(this.lib.dataDir), this.lib.progress.seq)) this.files.writeState(state);
    return {
      replica: openReplica(this.files.replicaDir),
      state,
      synced: this.files.readSynced(),
      who: identity(state),
      result,
      creds,
    };
  }

  /** Step 1 and 4: the replica's changes since the last merge into the library. */
  async merge(run: SyncRun): Promise<void> {
    const { replica, state, synced, who, result } = run;
    const now = this.lib.now();
    let since = state.merged;
    let live: AnswerDoc[] = [];
    let gone: string[] = [];
    const deckDocs = new Set<string>();
    const conflicted = new Set<string>();
    const flushAnswers = () => {
      if (live.length === 0 && gone.length === 0) return;
      const m = onDiskError(
        'the answers that came in were not saved (the next sync brings them again)',
        'sync again',
        () => mergeAnswers(this.lib, { live, gone }, who),
      );
      result.received.answers += m.answers;
      result.received.undone += m.undone;
      if (m.answers + m.undone > 0) this.opts.onMerged?.();
      live = [];
      gone = [];
    };
    for (;;) {
      const page = await replica.changes({ since: since as number, include_docs: true, conflicts: true, limit: 2_000 });
      for (const ch of page.results) {
        const id = ch.id;
        if (id.startsWith('_design/')) continue;
        if (id.startsWith('a:')) {
          if (ch.deleted) gone.push(id);
          else {
            const c = checkDoc(ch.doc, now);
            if (c.ok && c.doc.type === 'answer') live.push(c.doc);
            else
              this.refuse(
                result,
                c.ok ? `document ${JSON.stringify(id)}: an answer's id on a ${c.doc.type}` : c.problem,
              );
          }
        } else if (id.startsWith('deck:') || id.startsWith('card:')) {
          deckDocs.add(id);
          if (((ch.doc as { _conflicts?: unknown[] } | undefined)?._conflicts?.length ?? 0) > 0) conflicted.add(id);
        } else if (!ch.deleted) {
          this.refuse(
            result,
            `document ${JSON.stringify(id.slice(0, 80))}: not a Factdeck document (answer, deck or card)`,
          );
        }
      }
      this.step(live.length + deckDocs.size);
      since = page.last_seq;
      if (live.length + gone.length >= ANSWER_STEP) flushAnswers();
      if (page.results.length < 2_000) break;
    }
    flushAnswers();
    const found = await resolveConflicts(replica, conflicted, now);
    const decks = await mergeDecks(replica, this.writer(), synced, deckDocs, now);
    result.received.decks += decks.decks;
    result.received.cards += decks.cards;
    for (const line of decks.refused) this.refuse(result, line);
    this.keepConflicts(state, found, result);
    state.merged = since;
    this.files.writeSynced(synced);
    this.files.writeState(state);
  }

  /** Step 2: this device's answers and deck edits into the replica. */
  async send(run: SyncRun): Promise<void> {
    const { replica, state, synced, who, result } = run;
    const logEnd = this.lib.progress.logSize;
    if (state.exported > logEnd) state.exported = 0; // a log replaced (restored, rebuilt): send it again (nothing doubles)
    await exportAnswers(replica, this.lib.progress.logFile, state.exported, who, (end) => {
      state.exported = end;
      this.files.writeState(state);
    });
    const startedAt = this.lib.now();
    const decks = await exportDecks(replica, this.lib.decks, synced, this.edits, startedAt);
    this.keepConflicts(state, decks.conflicts, result);
    // Edit times sent with their documents are no longer needed here.
    for (const [deckId, marks] of this.edits) {
      for (const [id, t] of marks) if (t <= startedAt) marks.delete(id);
      if (marks.size === 0) this.edits.delete(deckId);
    }
    this.files.writeEdits(this.edits);
    this.files.writeSynced(synced);
    this.files.writeState(state);
  }

  /** Writes decks that came in, without counting them as edits made here. */
  writer(): DeckWriter {
    const lib = this.lib;
    return {
      decks: lib.decks,
      save: (deck) => {
        this.applying = true;
        try {
          onDiskError('the decks that came in were not saved (the next sync brings them again)', 'sync again', () =>
            lib.store.save(deck),
          );
        } finally {
          this.applying = false;
        }
        lib.decks.set(deck.id, deck);
      },
      remove: (id) => {
        onDiskError('a deck deleted on another device was not deleted here', 'sync again', () =>
          lib.store.remove(id, lib.dataDir),
        );
        lib.decks.delete(id);
      },
    };
  }

  private noteSaved(deck: import('../../core/deck.js').Deck): void {
    if (this.applying) return;
    const s = this.files.readSettings();
    if (!s.url && s.published.length === 0 && s.subscribed.length === 0) return;
    if (noteEdits(this.edits, this.lib.decks.get(deck.id), deck, this.lib.now())) {
      try {
        this.files.writeEdits(this.edits);
      } catch {
        // without the edit time, the edit still syncs; it only loses a tie with an edit made elsewhere
      }
    }
  }

  keepConflicts(state: SyncState, found: Found[], result: SyncResult): void {
    if (found.length === 0) return;
    const have = new Set(state.conflicts.map((c) => c.id));
    for (const f of found) {
      const deckId = f.kept.type === 'card' ? f.kept.deck : f.kept.deck.id;
      const rec = conflictRecord(f, this.lib.decks.get(deckId)?.title ?? deckId);
      if (have.has(rec.id)) continue;
      have.add(rec.id);
      state.conflicts.unshift(rec);
      result.conflicts++;
    }
    state.conflicts.length = Math.min(state.conflicts.length, CONFLICTS_KEPT);
  }

  refuse(result: SyncResult, line: string): void {
    result.refusedCount++;
    if (result.refused.length < 20) result.refused.push(line);
  }

  phase(phase: SyncProgress['phase']): void {
    this.progress = { phase, done: 0 };
  }

  step(done: number): void {
    if (this.progress) this.progress.done = done;
  }

  async network<T>(url: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isInputError(e) || (e instanceof Error && e.name === 'DiskError')) throw e;
      throw new NetworkFailure(networkProblem(e, url));
    }
  }

  /** Before the library closes: a last sync when something changed since the last one (at most 20 s). */
  async closing(): Promise<void> {
    if (!this.opts.auto || this.lib.readOnly || this.closed) return;
    const s = this.files.readSettings();
    const changed = this.lib.progress.seq !== this.atLastSync.seq || this.lib.store.writes !== this.atLastSync.writes;
    if (!s.url || !s.auto || !changed) return this.idle();
    await Promise.race([this.quietly(), new Promise((resolve) => setTimeout(resolve, CLOSING_MS).unref())]);
  }

  /** Resolves when no sync work is running. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.lib.store.onSave) this.lib.store.onSave = null;
  }
}

export class NetworkFailure extends Error {
  override readonly name = 'NetworkFailure';
}

function add(into: SyncCounts, t: Tally): void {
  into.answers += t.answers;
  into.undone += t.undone;
  into.decks += t.decks;
  into.cards += t.cards;
}

function changedNothing(r: SyncResult): boolean {
  const { answers, undone, decks, cards } = r.received;
  return answers + undone + decks + cards === 0;
}

function counts(c: SyncCounts): string {
  const parts = [`${c.answers} answer${c.answers === 1 ? '' : 's'}`];
  if (c.undone) parts.push(`${c.undone} taken back`);
  if (c.decks) parts.push(`${c.decks} deck${c.decks === 1 ? '' : 's'}`);
  if (c.cards) parts.push(`${c.cards} card${c.cards === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function summary(r: SyncResult): string {
  const extra = [
    r.conflicts ? `${r.conflicts} card${r.conflicts === 1 ? '' : 's'} edited on two devices (the later edit kept)` : '',
    r.refusedCount ? `${r.refusedCount} document${r.refusedCount === 1 ? '' : 's'} refused` : '',
    ...r.notes,
  ].filter(Boolean);
  return `synced: received ${counts(r.received)}; sent ${counts(r.sent)}${extra.length ? `; ${extra.join('; ')}` : ''}`;
}
