// createBackend(dataDir): the Api over a library on disk. Every shell (Electron, HTTP, CLI) calls this.
// It opens the library (lock, preferences, decks, progress, daily backup) and joins the method groups:
// decks.ts (library and import/export), study.ts (queue, answers), browse.ts (the card browser), reports, backups, settings and the
// FSRS optimiser below.
import fs from 'node:fs';
import Conf from 'conf';
import type { Api, AppStatus, Notice } from '../core/api.js';
import { InputError } from '../core/errors.js';
import { makeArticleMethods } from './articles.js';
import { dayNumber, type TzOffset } from '../core/schedule/day.js';
import { defaultSettings, schedulerSettingsSchema, type SchedulerSettings } from '../core/schedule/settings.js';
import { makeDeckMethods, type DeckMethods } from './decks.js';
import { DeckStore } from './deck-store.js';
import { Generation } from './generation.js';
import { nodeFs, onDiskError, type FileSystem } from './fsio.js';
import { makeLibrary, type Library, type PrefsShape } from './library.js';
import { acquireLock, type Release } from './lock.js';
import { mediaFile } from './media.js';
import { OptimizerService } from './optimizer-service.js';
import { makePresetMethods } from './presets.js';
import { Progress } from './progress.js';
import { backupOnClose, backupOnOpen, backups, clearLeftovers, fingerprint, openPrefs, restore, type Keeper } from './recovery.js';
import { progressReport, progressStats, type ReportLibrary } from './report-source.js';
import { makeBrowse } from './browse.js';
import { makeStudy } from './study.js';
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
}

export interface Backend extends Api, Pick<DeckMethods, 'importBytes' | 'previewBytes'> {
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
    return onDiskError(notOpened, 'try again', () => open(openLibrary(dataDir, opts, readOnly, release), opts, release));
  } catch (e) {
    release();
    throw e;
  }
}

function openLibrary(dataDir: string, opts: BackendOptions, readOnly: boolean, release: Release): Library {
  const now = opts.now ?? Date.now;
  const tz = opts.tz ?? localTz;
  const notices: Notice[] = [...release.notices];
  const prefs = openPrefs(dataDir, notices, readOnly, (cwd) => new Conf<PrefsShape>({
    cwd, configName: 'preferences', projectName: 'factdeck', projectVersion: VERSION,
  }));
  const settings = parseSettings(prefs.get('scheduler'), notices);
  const dayOf = (t: number, s: SchedulerSettings) => dayNumber(t, s.dayStartHour, tz);
  const fsys = opts.fs ?? nodeFs;
  const store = new DeckStore(dataDir, fsys);
  const decks = store.loadAll(notices, readOnly);
  const lib = makeLibrary({
    dataDir, readOnly, notices, now, tz, prefs, settings, store, decks, builtinDir: opts.builtinDir, dayOf,
    progress: new Progress(dataDir, (t) => dayOf(t, lib.settings), fsys),
  });
  lib.progress.open(notices, readOnly, lib.today());
  return lib;
}

function open(lib: Library, opts: BackendOptions, release: Release): Backend {
  const { dataDir, readOnly, notices, progress, now, tz } = lib;
  // Daily backups (seven kept) and Restore: src/backend/recovery.ts
  const keeper: Keeper = { dataDir, decks: lib.decks, store: lib.store, progress, now, tz, today: lib.today, fsys: opts.fs ?? nodeFs };
  if (!readOnly) {
    clearLeftovers(dataDir);
    backupOnOpen(keeper, notices);
  }
  const openedAs = fingerprint(keeper);
  const study = makeStudy(lib);
  // Decks are generated in a worker thread (generation.ts); the CLI's `generate` calls core directly.
  const generation = new Generation(async (input, onProgress) => (await lib.generator()).generateDeck(input, { onProgress }));
  const deckMethods = makeDeckMethods(lib, study.summary, generation);
  const optimizer = new OptimizerService({
    logFile: progress.logFile,
    entries: () => progress.entries,
    weights: () => lib.settings.weights,
    dayStartHour: () => lib.settings.dayStartHour,
    tzMinutes: opts.tz ? opts.tz(now()) : null,
    now,
    lastRun: () => lib.prefs.get('optimizer') ?? null,
    adopt(run) {
      lib.prefs.set('optimizer', run);
      if (run.loaded && run.logLossAfter < run.logLossBefore && !readOnly) {
        lib.settings = schedulerSettingsSchema.parse({ ...lib.settings, weights: run.params });
        lib.prefs.set('scheduler', lib.settings);
      }
    },
    onError: (message) => notices.push({ level: 'warning', message }),
  });
  study.onAnswer = () => optimizer.maybeStart();
  // Sync through CouchDB replication: src/backend/sync/service.ts
  const sync = new SyncService(lib, { ...opts.sync, shared: sharedDecks, onMerged: () => study.forgetUndo() });
  // Reports: src/backend/report-source.ts (reads the review log once, streaming).
  const reportLibrary = (): ReportLibrary => ({
    logFile: progress.logFile, decks: [...lib.decks.values()], states: progress.states, now: now(),
    dayStartHour: lib.settings.dayStartHour, tz, version: VERSION,
  });

  const backend: Backend = {
    dataDir,
    ...deckMethods,
    ...makeArticleMethods(),
    ...study.methods,
    ...makeBrowse(lib),
    ...makePresetMethods(lib),
    ...makeSyncMethods(sync),
    async media({ file }) {
      return mediaFile(dataDir, file);
    },
    async status(): Promise<AppStatus> {
      return { dataDir, version: VERSION, notices: [...notices], reviews: progress.entries };
    },
    async reportPdf() {
      throw new InputError('PDF reports are made by the desktop app; here, save the HTML report and print it from the browser');
    },
    async optimizerStatus() {
      return optimizer.status();
    },
    async optimizeNow() {
      lib.writable();
      await optimizer.run();
      return optimizer.status();
    },
    async getSettings() {
      return lib.settings;
    },
    async setSettings({ settings: change }) {
      lib.writable();
      const next = schedulerSettingsSchema.parse({ ...lib.settings, ...change });
      onDiskError('the settings were not saved', 'save again', () => lib.prefs.set('scheduler', next));
      lib.settings = next;
      return next;
    },
    async stats({ deckId }) {
      await lib.seeded();
      return progressStats(reportLibrary(), { deckId });
    },
    async report({ format, deckId, since }) {
      await lib.seeded();
      return progressReport(reportLibrary(), { format, deckId, since });
    },
    async listBackups() {
      return backups(keeper);
    },
    async restoreBackup({ id }) {
      lib.writable();
      const r = restore(keeper, id);
      study.forgetUndo();
      return r;
    },
    closing() {
      return sync.closing();
    },
    close() {
      sync.close();
      generation.close();
      optimizer.close();
      if (!readOnly) backupOnClose(keeper, openedAs);
      progress.close(lib.today());
      release();
    },
  };
  sync.start();
  return backend;
}

function parseSettings(stored: unknown, notices: Notice[]): SchedulerSettings {
  if (stored === undefined) return defaultSettings();
  const r = schedulerSettingsSchema.safeParse(stored);
  if (r.success) return r.data;
  notices.push({ level: 'warning', message: 'Saved scheduler settings were invalid; defaults are in use.' });
  return defaultSettings();
}
