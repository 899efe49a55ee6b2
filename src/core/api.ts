// THE contract. Every shell (Electron IPC, loopback HTTP, CLI) speaks only this: one JSON argument in,
// JSON out, a Promise. `apiArgs` validates arguments wherever they cross a process boundary.
import { z } from 'zod';
import { cardSchema, deckSchema, MEDIA_FILE, type Card, type Deck } from './deck.js';
import type { Idle } from './schedule/idle.js';
import { presetSchema, type Preset } from './schedule/presets.js';
import { schedulerSettingsSchema, type SchedulerSettings } from './schedule/settings.js';
import type { StateName } from './schedule/state.js';
import type { ProgressModel } from './reports/model.js';
import type { OpenedArticle } from './article/source.js';
import { syncApiArgs, type SyncApi } from './sync/api.js';

export type { ProgressModel } from './reports/model.js';
export type { OpenedArticle } from './article/source.js';
export type { Preset } from './schedule/presets.js';
export type { Idle } from './schedule/idle.js';
export type { ConflictSide, SyncConflict, SyncCounts, SyncProgress, SyncResult, SyncStatus } from './sync/api.js';

export interface ReportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** the file's bytes, base64 */
  data: string;
}

export interface DeckSummary {
  id: string;
  title: string;
  /** all cards in the deck */
  cards: number;
  /** new cards that may be introduced today (daily limit applied) */
  new: number;
  /** cards in (re)learning */
  learning: number;
  /** review cards due today (daily limit applied) */
  review: number;
  /** what a session would show now: learning due now + review + new */
  due: number;
  suspended: number;
  publisher: string | null;
  publishedOn: string | null;
  /** the deck keeps the article it was generated from: it can be edited and the deck regenerated */
  hasArticle: boolean;
  /** why nothing is due now (null when something is) */
  idle: Idle | null;
  /** the deck's options preset (name) */
  preset: string;
}


export interface Counts {
  new: number;
  learning: number;
  review: number;
}

export interface StudyCard {
  deckId: string;
  card: Card;
  state: StateName;
  /** next interval per grade, as the buttons show it: {"1": "1m", "2": "6m", "3": "10m", "4": "5d"} */
  intervals: Record<'1' | '2' | '3' | '4', string>;
}

export interface NextCardResult {
  card: StudyCard | null;
  /** what is left in today's session, the current card included */
  counts: Counts;
  /** when nothing is due now but a learning card comes back later today (epoch ms) */
  nextLearningAt: number | null;
  /** when card is null: why, and when the next card comes */
  idle: Idle | null;
}

export interface DeckOptions {
  /** the deck's preset */
  presetId: string;
  /** every preset, Default first */
  presets: Preset[];
  /** how many decks use each preset, by id */
  decks: Record<string, number>;
}

/** Custom study, as in Anki: a session over cards picked once, when it starts. */
export type CustomStudyMode = 'ahead' | 'forgotten' | 'tag';

export interface CustomStudyOptions {
  /** reviews and learning cards due within the next 1 and 7 days that are not due now */
  ahead: { 1: number; 7: number };
  /** cards answered Again today */
  forgotten: number;
  tags: { tag: string; cards: number }[];
}

export interface CustomStudySession {
  session: string;
  /** what the session holds, as a heading: "Studying ahead 7 days" */
  title: string;
  cards: number;
}

export interface MediaFile {
  mimeType: string;
  /** base64 */
  data: string;
}

export interface AnswerResult {
  /** sequence number of the stored answer in the review log */
  seq: number;
  cardId: string;
  grade: 1 | 2 | 3 | 4;
  /** the card's next due time (epoch ms) */
  due: number;
  /** the answer made the card a leech: it is now suspended */
  leech: boolean;
}

export interface ImportPreviewResult {
  format: string;
  title: string;
  total: number;
  /** the first cards, as they will be stored */
  cards: Card[];
  reviews: number;
  notices: string[];
  /** for tables: the columns and the mapping in use (front/back/tags), which the person may change */
  columns: string[] | null;
  mapping: ColumnMapping | null;
  /** the deck this same file was imported as before, if any */
  duplicateOf: string | null;
}

export interface ImportFileResult {
  id: string;
  title: string;
  cards: number;
  reviews: number;
  notices: string[];
  /** true when this file had been imported before: nothing was added */
  duplicate: boolean;
  /** imported into an existing deck: cards already there (same id), left as they were */
  skipped: number;
}

export interface ColumnMapping {
  front: number;
  back: number;
  tags: number | null;
  header: boolean;
}

export interface CardRow {
  id: string;
  kind: Card['kind'];
  prompt: string;
  answer: string;
  state: StateName;
  /** epoch ms; null for new cards */
  due: number | null;
  lapses: number;
  suspended: boolean;
  leech: boolean;
  tags: string[];
}

/** The card browser's columns it can sort on; `deck` is the deck's own order. */
export const cardSortKeys = ['deck', 'prompt', 'answer', 'kind', 'tags', 'state', 'due', 'lapses'] as const;
export type CardSortKey = (typeof cardSortKeys)[number];

export interface CardPage {
  /** cards matching the filter */
  total: number;
  offset: number;
  cards: CardRow[];
  /** every tag in the deck, sorted, for the tag filter */
  tags: string[];
  /** the position of the card asked for with `locate` among the matching cards (null when it does not match) */
  located: number | null;
}

export interface OptimizerStatus {
  /** answers in the log (undone ones left out) */
  reviews: number;
  /** answers needed before optimising makes sense */
  minReviews: number;
  running: boolean;
  last: {
    at: number;
    reviews: number;
    logLossBefore: number;
    logLossAfter: number;
    loaded: boolean;
    reason?: string;
  } | null;
  /** whether parameters in use are the person's own (else FSRS-6 defaults) */
  personalised: boolean;
}

export interface Notice {
  level: 'info' | 'warning';
  message: string;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  decks: number;
  reviews: number;
}

export interface RestoreResult {
  id: string;
  /** the backup taken of the state just before the restore (restore it to go back) */
  before: string;
  decks: number;
  /** cards whose progress changed */
  changed: number;
}

/** How far a named generateDeck call has got (the UI polls it while the deck is made). */
export interface GenerateProgress {
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'unknown';
  /** sentences read so far, of `total` (0 of 0 while the article is first read) */
  done: number;
  total: number;
  /** why it failed or stopped */
  message: string | null;
}

export interface AppStatus {
  dataDir: string;
  version: string;
  /** what a person should be told: recovered files, dropped torn log lines, ... */
  notices: Notice[];
  reviews: number;
}

const id = z.string().min(1).max(200);
const mapping = z.object({
  front: z.number().int().min(0), back: z.number().int().min(0), tags: z.number().int().min(0).nullable(), header: z.boolean(),
});
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const apiArgs = {
  status: z.object({}).strict(),
  listDecks: z.object({}).strict(),
  getDeck: z.object({ id }).strict(),
  generateDeck: z.object({
    text: z.string().max(5_000_000),
    title: z.string().max(1_000).nullish(),
    publisher: z.string().max(1_000).nullish(),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').nullish(),
    url: z.string().max(2_000).nullish(),
    /** at most this many cards per 100 words (default 5) */
    density: z.number().min(1).max(12).nullish(),
    /** a name for this call, to ask generateProgress about it or cancelGenerate it */
    job: z.string().min(1).max(100).optional(),
  }).strict(),
  openArticleFile: z.object({ name: z.string().min(1).max(1_000), data: z.string().max(70_000_000) }).strict(),
  openArticleUrl: z.object({ url: z.string().min(1).max(2_000) }).strict(),
  generateProgress: z.object({ job: z.string().min(1).max(100) }).strict(),
  cancelGenerate: z.object({ job: z.string().min(1).max(100) }).strict(),
  saveDeck: z.object({ deck: deckSchema }).strict(),
  deleteDeck: z.object({ id }).strict(),
  nextCard: z.object({ deckId: id, session: z.string().regex(/^[0-9a-z]{1,40}$/).optional() }).strict(),
  deckOptions: z.object({ deckId: id }).strict(),
  savePreset: z.object({ preset: presetSchema.partial({ id: true }) }).strict(),
  deletePreset: z.object({ id: presetSchema.shape.id }).strict(),
  setDeckPreset: z.object({ deckId: id, presetId: presetSchema.shape.id }).strict(),
  customStudyOptions: z.object({ deckId: id }).strict(),
  customStudy: z.object({
    deckId: id, mode: z.enum(['ahead', 'forgotten', 'tag']), days: z.number().int().min(1).max(365).optional(),
    tag: z.string().min(1).max(100).optional(),
  }).strict(),
  media: z.object({ file: z.string().regex(MEDIA_FILE, 'a media file name from a card') }).strict(),
  answer: z.object({ deckId: id, cardId: id, grade, ms: z.number().int().min(0).max(86_400_000).optional() }).strict(),
  undo: z.object({}).strict(),
  previewImport: z.object({ name: z.string().min(1).max(1_000), data: z.string().max(140_000_000), mapping: mapping.optional() }).strict(),
  importFile: z.object({
    name: z.string().min(1).max(1_000), data: z.string().max(140_000_000), title: z.string().min(1).max(1_000).optional(),
    mapping: mapping.optional(),
    /** add the file's cards to this deck instead of making a new one */
    into: id.optional(),
  }).strict(),
  renameDeck: z.object({ id, title: z.string().trim().min(1, 'a title').max(1_000) }).strict(),
  listCards: z.object({
    deckId: id, query: z.string().max(500).optional(), offset: z.number().int().min(0), limit: z.number().int().min(1).max(500),
    only: z.enum(['all', 'suspended', 'leech']).optional(),
    tag: z.string().min(1).max(100).optional(),
    sort: z.object({ by: z.enum(cardSortKeys), desc: z.boolean() }).strict().optional(),
    /** find this card's position among the matches (the browser opened on one card) */
    locate: id.optional(),
  }).strict(),
  getCard: z.object({ deckId: id, cardId: id }).strict(),
  deleteCards: z.object({ deckId: id, cardIds: z.array(id).min(1).max(100_000) }).strict(),
  cardAction: z.object({ deckId: id, cardId: id, action: z.enum(['suspend', 'unsuspend', 'bury']) }).strict(),
  editCard: z.object({ deckId: id, card: cardSchema }).strict(),
  optimizerStatus: z.object({}).strict(),
  optimizeNow: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  setSettings: z.object({ settings: schedulerSettingsSchema.partial() }).strict(),
  listBackups: z.object({}).strict(),
  restoreBackup: z.object({ id: z.string().regex(/^[0-9A-Za-z-]{1,60}$/, 'a backup id from listBackups') }).strict(),
  stats: z.object({ deckId: id.optional() }).strict(),
  exportDeck: z.object({ id, format: z.enum(['json', 'csv', 'apkg']) }).strict(),
  reportPdf: z.object({ deckId: id.optional(), since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
  report: z.object({
    format: z.enum(['html', 'csv', 'json']),
    deckId: id.optional(),
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
  }).strict(),
  // Sync, shared decks and the class report: src/core/sync/api.ts
  ...syncApiArgs,
} as const;

export type ApiMethod = keyof typeof apiArgs;
export const apiMethods = Object.keys(apiArgs) as ApiMethod[];
export type ApiArg<M extends ApiMethod> = z.input<(typeof apiArgs)[M]>;

export interface Api extends SyncApi {
  status(arg: ApiArg<'status'>): Promise<AppStatus>;
  listDecks(arg: ApiArg<'listDecks'>): Promise<DeckSummary[]>;
  getDeck(arg: ApiArg<'getDeck'>): Promise<Deck>;
  /** Reads an article and returns a deck; nothing is stored until saveDeck. Runs in a worker thread (other
   * calls are answered meanwhile); with a `job` name, generateProgress tells how far it has got. */
  generateDeck(arg: ApiArg<'generateDeck'>): Promise<Deck>;
  /** Reads the article in a file (base64 `data`): a saved web page, a PDF, a Word .docx or text. Nothing is
   * stored; the person sees and may edit the text before generateDeck. */
  openArticleFile(arg: ApiArg<'openArticleFile'>): Promise<OpenedArticle>;
  /** Fetches one web address (http/https, at most 5 redirects, 10 MB, 20 s, no cookies) and reads its article.
   * The only Api method that goes online, and only with an address the person gave. */
  openArticleUrl(arg: ApiArg<'openArticleUrl'>): Promise<OpenedArticle>;
  /** How far the generateDeck call named `job` has got. */
  generateProgress(arg: ApiArg<'generateProgress'>): Promise<GenerateProgress>;
  /** Stops the generateDeck call named `job` (it then fails with "generation was cancelled"). */
  cancelGenerate(arg: ApiArg<'cancelGenerate'>): Promise<{ cancelled: boolean }>;
  /** Stores a deck (new or edited); progress of cards whose ids did not change is kept. */
  saveDeck(arg: ApiArg<'saveDeck'>): Promise<{ id: string }>;
  deleteDeck(arg: ApiArg<'deleteDeck'>): Promise<{ id: string }>;
  /** The next card of today's session, or of a custom study session. */
  nextCard(arg: ApiArg<'nextCard'>): Promise<NextCardResult>;
  /** A deck's options preset and every preset to choose from. */
  deckOptions(arg: ApiArg<'deckOptions'>): Promise<DeckOptions>;
  /** Stores a preset (a new one without id); saving Default changes the library's own settings. */
  savePreset(arg: ApiArg<'savePreset'>): Promise<Preset>;
  /** Removes a preset; its decks go back to Default. */
  deletePreset(arg: ApiArg<'deletePreset'>): Promise<{ id: string }>;
  setDeckPreset(arg: ApiArg<'setDeckPreset'>): Promise<DeckOptions>;
  /** What each kind of custom study would hold for a deck. */
  customStudyOptions(arg: ApiArg<'customStudyOptions'>): Promise<CustomStudyOptions>;
  /** Starts a custom study session (study ahead, the cards forgotten today, by tag); nextCard takes its id. */
  customStudy(arg: ApiArg<'customStudy'>): Promise<CustomStudySession>;
  /** An image or sound a card shows, from the library's media folder. */
  media(arg: ApiArg<'media'>): Promise<MediaFile>;
  /** Resolves only after the answer is durable on disk. */
  answer(arg: ApiArg<'answer'>): Promise<AnswerResult>;
  /** Takes back the last answer; null when there is none to take back. */
  undo(arg: ApiArg<'undo'>): Promise<{ deckId: string; cardId: string } | null>;
  /** Reads a file (base64 `data`) and shows what importing it would give; nothing is stored. */
  previewImport(arg: ApiArg<'previewImport'>): Promise<ImportPreviewResult>;
  /** Adds the file's deck (and its review history) to the library, or its cards to an existing deck
   * (`into`); all or nothing. */
  importFile(arg: ApiArg<'importFile'>): Promise<ImportFileResult>;
  renameDeck(arg: ApiArg<'renameDeck'>): Promise<{ id: string; title: string }>;
  /** A window of a deck's cards (for a list that shows only what is on screen), filtered by text or state. */
  listCards(arg: ApiArg<'listCards'>): Promise<CardPage>;
  getCard(arg: ApiArg<'getCard'>): Promise<Card>;
  /** Removes cards from their deck; their facts are remembered so regenerating the deck leaves them out.
   * Their review history stays in the log. */
  deleteCards(arg: ApiArg<'deleteCards'>): Promise<{ deleted: number }>;
  /** Suspend (until unsuspended) or bury (until tomorrow) a card; stored in the review log. */
  cardAction(arg: ApiArg<'cardAction'>): Promise<{ cardId: string; suspended: boolean; buried: boolean }>;
  /** Replaces one card's text in its deck; the card keeps its id and so its progress. */
  editCard(arg: ApiArg<'editCard'>): Promise<Card>;
  optimizerStatus(arg: ApiArg<'optimizerStatus'>): Promise<OptimizerStatus>;
  /** Fits FSRS parameters to the person's history now (it also runs by itself in the background). */
  optimizeNow(arg: ApiArg<'optimizeNow'>): Promise<OptimizerStatus>;
  getSettings(arg: ApiArg<'getSettings'>): Promise<SchedulerSettings>;
  setSettings(arg: ApiArg<'setSettings'>): Promise<SchedulerSettings>;
  /** The progress model for the statistics screen: overall, or one deck. */
  stats(arg: ApiArg<'stats'>): Promise<ProgressModel>;
  /** A progress report as a file to save: HTML (self-contained), CSV (the review log) or JSON. */
  report(arg: ApiArg<'report'>): Promise<ReportFile>;
  /** The HTML report printed to PDF and saved where the person chooses: the desktop app only (Electron's
   * printToPDF); the browser shell prints the HTML report with the browser's own Print. */
  reportPdf(arg: ApiArg<'reportPdf'>): Promise<{ path: string | null }>;
  /** A deck as a file: factdeck JSON, CSV (both import back to the same cards) or Anki .apkg (base64). */
  exportDeck(arg: ApiArg<'exportDeck'>): Promise<ExportFile>;
  /** The daily backups (seven kept) and those taken before a restore, newest first. */
  listBackups(arg: ApiArg<'listBackups'>): Promise<BackupInfo[]>;
  /** Replaces decks and progress with a backup's; the current state is backed up first. */
  restoreBackup(arg: ApiArg<'restoreBackup'>): Promise<RestoreResult>;
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiArgs, name);
}
