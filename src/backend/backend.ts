// createBackend(dataDir): the Api over a library on disk, for every shell (Electron, HTTP, the CLI). This file
// only opens the rooms and joins them; each room takes only what it needs:
//   storage/     files: decks, the review log, the snapshot, preferences, media; one seam for every write
//   safety/      one writer at a time (lock), daily backups, recovery of damaged files, restore
//   scheduling/  card states from the log (progress), settings and presets, the clock
//   optimiser/   FSRS parameters fitted to the person's history, in a worker thread
//   files/       people's files: articles (web pages, PDF, Word), deck files in and out
//   methods/     the Api's methods, grouped by what they work on
//   sync/        studying on several machines through CouchDB replication, shared decks, class reports
//   generation.ts, generate-worker.ts, generator.ts, syntax-model.ts: decks made in a worker thread
import fs from 'node:fs';
import { contract, type Api, type ApiMethod, type Notice } from '../core/api.js';
import type { TzOffset } from '../core/schedule/day.js';
import { Generation } from './generation.js';
import { makeArticleMethods, type ArticleMethods } from './methods/articles.js';
import { makeBrowse } from './methods/browse.js';
import { makeDeckMethods } from './methods/decks.js';
import { makeLibraryMethods } from './methods/library.js';
import { makePresetMethods } from './methods/presets.js';
import { LogTally, makeReportMethods, type ReportLibrary } from './methods/reports.js';
import { makeSettingsMethods } from './methods/settings.js';
import { makeStudy } from './methods/study.js';
import { OptimizerService } from './optimiser/optimizer-service.js';
import { acquireLock, ReadOnlyError, type Release } from './safety/lock.js';
import { backupOnClose, backupOnOpen, clearLeftovers, fingerprint, openPrefs, type Keeper } from './safety/recovery.js';
import { Progress } from './scheduling/progress.js';
import { makeClock, Scheduling } from './scheduling/settings.js';
import { DeckStore } from './storage/deck-store.js';
import { nodeFs, onDiskError, type FileSystem } from './storage/fsio.js';
import { Prefs } from './storage/prefs.js';
import { Shelf } from './storage/shelf.js';
import { seeder } from './seeding.js';
import type { SyncLibrary } from './sync/library.js';
import { makeSyncMethods } from './sync/methods.js';
import { SyncService, type SyncOptions } from './sync/service.js';
import { sharedDecks } from './sync/share.js';
import { VERSION } from './version.js';

export interface BackendOptions {
  /** the clock; tests move days ahead with it */
  now?: () => number;
  /** local time zone offset (minutes east of UTC) at an instant */
  tz?: TzOffset;
  /** open without taking the writer lock: listing, exporting, reports */
  readOnly?: boolean;
  /** who holds the lock, for the message another process sees */
  owner?: string;
  /** where the built-in decks live (decks/ of the package) */
  builtinDir?: string;
  /** the file system the library's writers use: node:fs, or one that fails on cue in tests */
  fs?: FileSystem;
  /** sync: where the password is kept, and whether to sync by itself (the long-lived shells) */
  sync?: Omit<SyncOptions, 'onMerged' | 'shared'>;
  /** the long-lived shells: read the cards of the decks listed from the heads cache right after opening
   * (storage/lazy-deck.ts), so the first card of a session does not wait for a large deck's file */
  readAhead?: boolean;
}

export interface Backend extends Api {
  /** before close(), in the long-lived shells: a last sync when something changed (at most 20 s) */
  closing(): Promise<void>;
  close(): void;
  readonly dataDir: string;
}

const localTz: TzOffset = (t) => -new Date(t).getTimezoneOffset();

export function createBackend(dataDir: string, opts: BackendOptions = {}): Backend {
  const readOnly = opts.readOnly ?? false;
  fs.mkdirSync(dataDir, { recursive: true });
  const notOpened = 'the library was not opened (nothing in it changed)';
  const release: Release = readOnly
    ? Object.assign(() => {}, { notices: [] })
    : onDiskError(notOpened, 'try again', () => acquireLock(dataDir, opts.owner ?? 'factdeck'));
  try {
    return onDiskError(notOpened, 'try again', () => open(dataDir, opts, readOnly, release));
  } catch (e) {
    release();
    throw e;
  }
}

function open(dataDir: string, opts: BackendOptions, readOnly: boolean, release: Release): Backend {
  const notices: Notice[] = [...release.notices];
  const fsys = opts.fs ?? nodeFs;
  // storage and scheduling state
  const prefs = openPrefs(dataDir, notices, readOnly, (dir) => new Prefs(dir, fsys));
  const scheduling = new Scheduling(prefs, notices);
  const clock = makeClock(opts.now ?? Date.now, opts.tz ?? localTz, scheduling);
  const store = new DeckStore(dataDir, fsys);
  const shelf = new Shelf(store, store.loadAll(notices, readOnly));
  const progress = new Progress(dataDir, clock.dayOf, fsys);
  progress.open(notices, readOnly, clock.today());
  const seeded = seeder({ readOnly, prefs, shelf, notices, builtinDir: opts.builtinDir });

  // safety: the daily backup, taken on open and refreshed on close after changes
  const keeper: Keeper = { dataDir, decks: shelf.decks, store, progress, now: clock.now, tz: clock.tz, today: clock.today, fsys };
  if (!readOnly) {
    clearLeftovers(dataDir);
    backupOnOpen(keeper, notices);
  }
  const openedAs = fingerprint(keeper);

  const generation = newGeneration();
  const study = makeStudy({ shelf, progress, scheduling, clock, seeded });
  const optimizer = new OptimizerService({
    logFile: progress.logFile,
    entries: () => progress.entries,
    weights: () => scheduling.settings.weights,
    dayStartHour: () => scheduling.settings.dayStartHour,
    tzMinutes: opts.tz ? opts.tz(clock.now()) : null,
    now: clock.now,
    lastRun: () => prefs.get('optimizer') ?? null,
    adopt(run) {
      prefs.set('optimizer', run);
      if (run.loaded && run.logLossAfter < run.logLossBefore && !readOnly) scheduling.save({ weights: run.params });
    },
    onError: (message) => notices.push({ level: 'warning', message }),
  });
  study.onAnswer = () => optimizer.maybeStart();
  const reportSource = (): ReportLibrary => ({
    logFile: progress.logFile, decks: [...shelf.decks.values()], states: progress.states, now: clock.now(),
    dayStartHour: scheduling.settings.dayStartHour, tz: clock.tz, version: VERSION,
  });

  // Sync through CouchDB replication (sync/service.ts), given only what it needs of the library (sync/library.ts).
  const syncLibrary: SyncLibrary = {
    dataDir, readOnly, notices, now: clock.now, today: clock.today,
    settingsFor: (deckId) => scheduling.settingsFor(deckId),
    decks: shelf.decks, store, progress,
    deckOf: (id) => shelf.deckOf(id),
    positionOf: (deck, cardId) => shelf.positionOf(deck, cardId),
    writable() {
      if (readOnly) throw new ReadOnlyError('another Factdeck has this library open for changes: sync is not possible here now');
    },
    seeded,
  };
  const sync = new SyncService(syncLibrary, { ...opts.sync, shared: sharedDecks, onMerged: () => study.forgetUndo() });

  const methods: Api = {
    ...makeDeckMethods({ dataDir, shelf, progress, scheduling, clock, prefs, summary: study.summary, seeded }),
    ...makeArticleMethods(generation),
    ...study.methods,
    ...makeBrowse({ shelf, progress, seeded }),
    ...makePresetMethods({ shelf, scheduling, seeded }),
    ...makeReportMethods(reportSource, seeded, new LogTally({ dataDir, readOnly, fsys })),
    ...makeSettingsMethods(scheduling, optimizer),
    ...makeLibraryMethods({ dataDir, notices, reviews: () => progress.entries, keeper, restored: () => study.forgetUndo() }),
    ...makeSyncMethods(sync),
  };
  const backend: Backend = {
    ...(readOnly ? readOnlyGuard(methods) : methods),
    dataDir,
    closing() {
      return sync.closing();
    },
    close() {
      clearTimeout(readAhead);
      sync.close();
      generation.close();
      optimizer.close();
      if (!readOnly) backupOnClose(keeper, openedAs);
      if (!readOnly) store.flushHeads();
      progress.close(clock.today());
      release();
    },
  };
  sync.start();
  const readAhead = opts.readAhead ? setTimeout(() => shelf.readAhead(), 0) : undefined;
  readAhead?.unref();
  return backend;
}

/** Decks are generated in a worker thread that loads the syntax model once (generation.ts); where no worker can
 * start, in this thread, with the generator loaded on first use. */
function newGeneration(): Generation {
  return new Generation(async (input, onProgress) => (await (await import('./generator.js')).generator()).generateDeck(input, { onProgress }));
}

/** The article methods alone, without a library (`factdeck generate`). */
export function createArticleApi(): ArticleMethods & { close(): void } {
  const generation = newGeneration();
  return { ...makeArticleMethods(generation), close: () => generation.close() };
}

/** On a library opened to read, every method the contract marks as writing is refused in one line. */
function readOnlyGuard(methods: Api): Api {
  const out: Record<string, unknown> = { ...methods };
  for (const m of Object.keys(contract) as ApiMethod[]) {
    if (!contract[m].writes) continue;
    out[m] = () => Promise.reject(new ReadOnlyError(`another Factdeck has this library open for changes: ${m} is not possible here now`));
  }
  return out as Api;
}
