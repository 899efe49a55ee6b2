// createBackend(dataDir): the Api over a library on disk. Every shell (Electron, HTTP, CLI) calls this.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { Api, AppStatus, ColumnMapping, Counts, DeckSummary, ImportFileResult, Notice, StudyCard } from '../core/api.js';
import { cardSchema, type Deck } from '../core/deck.js';
import { InputError } from '../core/errors.js';
import { buildQueue, pickNext, type Queue } from '../core/schedule/queue.js';
import { indexAdd, indexCovers, indexQueue, type QueueIndex } from '../core/schedule/queue-index.js';
import { answerCard, formatInterval, previewIntervals, type GradeNumber } from '../core/schedule/scheduler.js';
import { defaultSettings, schedulerSettingsSchema, type SchedulerSettings } from '../core/schedule/settings.js';
import { NEW_STATE, stateNames, type CardState } from '../core/schedule/state.js';
import { dayNumber, type TzOffset } from '../core/schedule/day.js';
import { builtinArticles } from './builtin.js';
import { parseFile, reviewEntries } from './importer.js';
import { DeckStore } from './deck-store.js';
import { acquireLock, type Release } from './lock.js';
import { backupOnClose, backupOnOpen, backups, clearLeftovers, fingerprint, openPrefs, restore, type Keeper } from './recovery.js';
import { packageRoot } from './paths.js';
import { Progress } from './progress.js';
import { VERSION } from './version.js';
import { progressReport, progressStats, type ReportLibrary } from './report-source.js';
import { OptimizerService } from './optimizer-service.js';
import { exportDeck } from './exporter.js';
import type { OptimizationRun } from './optimize-job.js';

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
}

export interface Backend extends Api {
  close(): void;
  /** importFile without the base64 step, for the CLI */
  importBytes(
    bytes: Uint8Array, name: string, opts?: { title?: string | undefined; mapping?: ColumnMapping | undefined },
  ): Promise<ImportFileResult>;
  readonly dataDir: string;
}

interface UndoStep {
  deckId: string;
  cardId: string;
  prev: CardState;
  p: 0 | 1 | 2 | 3;
  seq: number;
}

const localTz: TzOffset = (t) => -new Date(t).getTimezoneOffset();

export function createBackend(dataDir: string, opts: BackendOptions = {}): Backend {
  const now = opts.now ?? Date.now;
  const tz = opts.tz ?? localTz;
  const readOnly = opts.readOnly ?? false;
  fs.mkdirSync(dataDir, { recursive: true });
  const release: Release = readOnly ? Object.assign(() => {}, { notices: [] }) : acquireLock(dataDir, opts.owner ?? 'factdeck');
  try {
    return open(dataDir, opts, now, tz, readOnly, release);
  } catch (e) {
    release();
    throw e;
  }
}

function open(
  dataDir: string, opts: BackendOptions, now: () => number, tz: TzOffset, readOnly: boolean, release: Release,
): Backend {
  const notices: Notice[] = [...release.notices];
  const prefs = openPrefs(dataDir, notices, readOnly, (cwd) => new Conf<{ seeded?: boolean; scheduler?: Partial<SchedulerSettings>; imports?: Record<string, string>; optimizer?: OptimizationRun }>({
    cwd, configName: 'preferences', projectName: 'factdeck', projectVersion: VERSION,
  }));
  let settings = parseSettings(prefs.get('scheduler'), notices);
  const today = () => dayNumber(now(), settings.dayStartHour, tz);
  const store = new DeckStore(dataDir);
  const decks = store.loadAll(notices, readOnly);
  const progress = new Progress(dataDir, (t) => dayNumber(t, settings.dayStartHour, tz));
  progress.open(notices, readOnly, today());
  // Daily backups (seven kept) and Restore: src/backend/recovery.ts
  const keeper: Keeper = { dataDir, decks, store, progress, now, tz, today };
  if (!readOnly) {
    clearLeftovers(dataDir);
    backupOnOpen(keeper, notices);
  }
  const openedAs = fingerprint(keeper);
  const undoStack: UndoStep[] = [];

  // The generator (and its language models) loads only when needed: listing a library stays fast.
  const generator = () => import('../core/generate.js');
  let seeding: Promise<void> | null = null;
  const seeded = (): Promise<void> => {
    if (readOnly || prefs.get('seeded')) return Promise.resolve();
    seeding ??= (async () => {
      const { generateDeck } = await generator();
      for (const article of builtinArticles(opts.builtinDir ?? path.join(packageRoot(), 'decks'))) {
        const deck = generateDeck(article);
        if (!decks.has(deck.id)) {
          store.save(deck);
          decks.set(deck.id, deck);
        }
      }
      prefs.set('seeded', true);
    })();
    return seeding;
  };

  const duplicateOf = (hash: string): string | null => {
    const id = prefs.get(`imports.${hash}` as 'seeded') as unknown;
    return typeof id === 'string' && decks.has(id) ? id : null;
  };
  const optimizer = new OptimizerService({
    logFile: progress.logFile,
    entries: () => progress.entries,
    weights: () => settings.weights,
    dayStartHour: () => settings.dayStartHour,
    tzMinutes: opts.tz ? opts.tz(now()) : null,
    now,
    lastRun: () => prefs.get('optimizer') ?? null,
    adopt(run) {
      prefs.set('optimizer', run);
      if (run.loaded && run.logLossAfter < run.logLossBefore && !readOnly) {
        settings = schedulerSettingsSchema.parse({ ...settings, weights: run.params });
        prefs.set('scheduler', settings);
      }
    },
    onError: (message) => notices.push({ level: 'warning', message }),
  });
  // Card lookup by id per deck (a deck object is replaced, never changed, when edited): O(1) per answer
  // instead of a scan of every card, which costs milliseconds at 100,000 cards.
  const cardIndexes = new WeakMap<Deck, Map<string, number>>();
  const positionOf = (deck: Deck, id: string): number | undefined => {
    let index = cardIndexes.get(deck);
    if (!index) {
      index = new Map(deck.cards.map((c, i) => [c.id, i]));
      cardIndexes.set(deck, index);
    }
    return index.get(id);
  };
  const cardIn = (deck: Deck, id: string): Deck['cards'][number] | undefined => {
    const i = positionOf(deck, id);
    return i === undefined ? undefined : deck.cards[i];
  };
  // Today's queue reads an index of the cards that can matter today (src/core/schedule/queue-index.ts),
  // not all of a 100,000-card deck. It is rebuilt on a new day, new settings, a changed deck, or any
  // change to progress other than an answer (answers add their card to it).
  interface QueueCache { deck: Deck; day: number; settings: SchedulerSettings; seq: number; index: QueueIndex }
  const queueCaches = new Map<string, QueueCache>();
  const queueIndexOf = (deck: Deck, whole = false): QueueIndex => {
    const day = today();
    const c = queueCaches.get(deck.id);
    if (!whole && c && c.deck === deck && c.day === day && c.settings === settings && c.seq === progress.seq) return c.index;
    const index = indexQueue(deck.cards, progress.deckStates(deck.id), now(), settings, tz, whole);
    queueCaches.set(deck.id, { deck, day, settings, seq: progress.seq, index });
    return index;
  };
  const answered = (deckId: string, cardId: string, seqBefore: number): void => {
    const c = queueCaches.get(deckId);
    const deck = decks.get(deckId);
    if (!c || !deck || c.deck !== deck || c.seq !== seqBefore) return;
    const i = positionOf(deck, cardId);
    if (i !== undefined) indexAdd(c.index, deck.cards, i);
    c.seq = progress.seq;
  };
  const deckOf = (id: string): Deck => {
    const deck = decks.get(id);
    if (!deck) throw new InputError(`no deck with id ${id}`);
    return deck;
  };
  const writable = () => {
    if (readOnly) throw new Error('this library was opened read-only');
  };
  const queueOf = (deck: Deck): Queue => {
    const input = (cards: QueueIndex['cards']) => ({
      cards, states: progress.deckStates(deck.id), now: now(), settings, tz, doneToday: progress.doneToday(deck.id, today()),
    });
    const q = buildQueue(input(queueIndexOf(deck).cards));
    if (indexCovers(queueIndexOf(deck), q, progress.deckStates(deck.id), settings, progress.doneToday(deck.id, today()))) return q;
    return buildQueue(input(queueIndexOf(deck, true).cards));
  };
  const summary = (deck: Deck): DeckSummary => {
    const q = queueOf(deck);
    const states = progress.deckStates(deck.id);
    let learning = 0;
    let suspended = 0;
    // every learning and suspended card is in the queue index
    for (const c of queueIndexOf(deck).cards) {
      const s = states.get(c.id);
      if (s?.susp) suspended++;
      else if (s && (s.state === 1 || s.state === 3)) learning++;
    }
    return {
      id: deck.id, title: deck.title, cards: deck.cards.length, new: q.new.length, learning, review: q.review.length,
      due: q.learning.length + q.review.length + q.new.length, suspended,
      publisher: deck.source?.publisher ?? null, publishedOn: deck.source?.publishedOn ?? null,
    };
  };

  // Reports: src/backend/report-source.ts (reads the review log once, streaming).
  const reportLibrary = (): ReportLibrary => ({
    logFile: progress.logFile, decks: [...decks.values()], states: progress.states, now: now(),
    dayStartHour: settings.dayStartHour, tz, version: VERSION,
  });
  const api: Backend = {
    dataDir,
    async status(): Promise<AppStatus> {
      return { dataDir, version: VERSION, notices: [...notices], reviews: progress.entries };
    },
    async listDecks() {
      await seeded();
      return [...decks.values()].sort((a, b) => a.title.localeCompare(b.title)).map(summary);
    },
    async getDeck({ id }) {
      await seeded();
      return deckOf(id);
    },
    async generateDeck(arg) {
      return (await generator()).generateDeck(arg);
    },
    async saveDeck({ deck }) {
      writable();
      const parsed = { ...deck, cards: deck.cards.map((c) => ({ ...c, tags: c.tags ?? [] })) } as Deck;
      const seen = new Set<string>();
      for (const [i, c] of parsed.cards.entries()) {
        if (seen.has(c.id)) throw new InputError(`duplicate card id ${c.id}`, `cards[${i}].id`);
        seen.add(c.id);
      }
      store.save(parsed);
      decks.set(parsed.id, parsed);
      return { id: parsed.id };
    },
    async deleteDeck({ id }) {
      writable();
      deckOf(id);
      store.remove(id, dataDir);
      decks.delete(id);
      return { id };
    },
    async nextCard({ deckId }) {
      await seeded();
      const deck = deckOf(deckId);
      const q = queueOf(deck);
      const states = progress.deckStates(deckId);
      const counts: Counts = { new: q.new.length, learning: q.learning.length, review: q.review.length };
      const nextId = pickNext(q, states, now());
      const card = nextId === null ? undefined : cardIn(deck, nextId);
      if (!card) return { card: null, counts, nextLearningAt: q.nextLearningAt };
      const state = states.get(card.id) ?? NEW_STATE;
      const iv = previewIntervals(state, now(), settings);
      const study: StudyCard = {
        deckId, card, state: stateNames[state.state]!,
        intervals: { 1: formatInterval(iv[1]), 2: formatInterval(iv[2]), 3: formatInterval(iv[3]), 4: formatInterval(iv[4]) },
      };
      return { card: study, counts, nextLearningAt: q.nextLearningAt };
    },
    async answer({ deckId, cardId, grade, ms }) {
      writable();
      const deck = deckOf(deckId);
      if (!cardIn(deck, cardId)) throw new InputError(`no card ${cardId} in deck ${deckId}`);
      const t = now();
      const prev = progress.get(deckId, cardId) ?? NEW_STATE;
      const out = answerCard(prev, grade as GradeNumber, t, settings);
      const seqBefore = progress.seq;
      const [entry] = progress.record(
        [{ k: 'r', t, d: deckId, c: cardId, g: grade as GradeNumber, ms: ms ?? 0, p: prev.state, s: out.state }],
        today(),
      );
      answered(deckId, cardId, seqBefore);
      undoStack.push({ deckId, cardId, prev, p: prev.state, seq: entry!.n });
      optimizer.maybeStart();
      if (undoStack.length > 100) undoStack.shift();
      return { seq: entry!.n, cardId, grade: grade as GradeNumber, due: out.state.due, leech: out.becameLeech };
    },
    async undo() {
      writable();
      const step = undoStack.pop();
      if (!step) return null;
      progress.record(
        [{ k: 'u', t: now(), d: step.deckId, c: step.cardId, u: step.seq, p: step.p, s: step.prev }],
        today(),
      );
      return { deckId: step.deckId, cardId: step.cardId };
    },
    async previewImport({ name, data, mapping }) {
      const parsed = await parseFile(Buffer.from(data, 'base64'), name, { mapping });
      return {
        format: parsed.format, title: parsed.deck.title, total: parsed.deck.cards.length,
        cards: parsed.deck.cards.slice(0, 20), reviews: parsed.reviews.length, notices: parsed.notices,
        columns: parsed.preview?.columns ?? null, mapping: parsed.preview?.mapping ?? null,
        duplicateOf: duplicateOf(parsed.fileHash),
      };
    },
    async importFile({ name, data, title, mapping }) {
      return api.importBytes(Buffer.from(data, 'base64'), name, { title, mapping });
    },
    async importBytes(bytes, name, o = {}) {
      writable();
      const parsed = await parseFile(bytes, name, o);
      const dup = duplicateOf(parsed.fileHash);
      if (dup) {
        const d = decks.get(dup)!;
        return { id: d.id, title: d.title, cards: d.cards.length, reviews: 0, notices: parsed.notices, duplicate: true };
      }
      let deck = parsed.deck;
      // A different file that yields the same deck id (an edited export, say) becomes a deck of its own.
      if (decks.has(deck.id)) deck = { ...deck, id: `${deck.id}-${parsed.fileHash.slice(0, 8)}` };
      const entries = reviewEntries(deck, parsed, settings);
      store.save(deck);
      decks.set(deck.id, deck);
      if (entries.length) progress.record(entries, today());
      prefs.set(`imports.${parsed.fileHash}`, deck.id);
      return { id: deck.id, title: deck.title, cards: deck.cards.length, reviews: entries.length, notices: parsed.notices, duplicate: false };
    },
    async cardAction({ deckId, cardId, action }) {
      writable();
      const deck = deckOf(deckId);
      if (!cardIn(deck, cardId)) throw new InputError(`no card ${cardId} in deck ${deckId}`);
      const prev = progress.get(deckId, cardId) ?? NEW_STATE;
      const next: CardState = { ...prev };
      if (action === 'suspend') next.susp = true;
      if (action === 'unsuspend') delete next.susp;
      if (action === 'bury') next.buryDay = today() + 1;
      progress.record([{ k: 'x', t: now(), d: deckId, c: cardId, s: next }], today());
      return { cardId, suspended: Boolean(next.susp), buried: (next.buryDay ?? -Infinity) > today() };
    },
    async editCard({ deckId, card: input }) {
      writable();
      const card = cardSchema.parse(input);
      const deck = deckOf(deckId);
      const i = deck.cards.findIndex((c) => c.id === card.id);
      if (i < 0) throw new InputError(`no card ${card.id} in deck ${deckId}`);
      const cards = [...deck.cards];
      cards[i] = card;
      const edited = { ...deck, cards };
      store.save(edited);
      decks.set(deckId, edited);
      return card;
    },
    async reportPdf() {
      throw new InputError('PDF reports are made by the desktop app; here, save the HTML report and print it from the browser');
    },
    async exportDeck({ id, format }) {
      await seeded();
      const file = await exportDeck(deckOf(id), format);
      return { fileName: file.fileName, mimeType: file.mimeType, data: Buffer.from(file.bytes).toString('base64') };
    },
    async optimizerStatus() {
      return optimizer.status();
    },
    async optimizeNow() {
      writable();
      await optimizer.run();
      return optimizer.status();
    },
    async getSettings() {
      return settings;
    },
    async setSettings({ settings: change }) {
      writable();
      const next = schedulerSettingsSchema.parse({ ...settings, ...change });
      prefs.set('scheduler', next);
      settings = next;
      return settings;
    },
    async listBackups() {
      return backups(keeper);
    },
    async stats({ deckId }) {
      await seeded();
      return progressStats(reportLibrary(), { deckId });
    },
    async report({ format, deckId, since }) {
      await seeded();
      return progressReport(reportLibrary(), { format, deckId, since });
    },
    async restoreBackup({ id }) {
      writable();
      const r = restore(keeper, id);
      undoStack.length = 0;
      return r;
    },
    close() {
      optimizer.close();
      if (!readOnly) backupOnClose(keeper, openedAs);
      progress.close(today());
      release();
    },
  };
  return api;
}

function parseSettings(stored: unknown, notices: Notice[]): SchedulerSettings {
  if (stored === undefined) return defaultSettings();
  const r = schedulerSettingsSchema.safeParse(stored);
  if (r.success) return r.data;
  notices.push({ level: 'warning', message: 'Saved scheduler settings were invalid; defaults are in use.' });
  return defaultSettings();
}
