// THE contract. Each method of the Api is declared once, in the table below: its name, the schema of its one
// argument, the schema of its result, and whether it changes the library. The types come from the schemas;
// every shell reaches the backend through dispatch() (src/core/dispatch.ts), which checks arguments against
// this table. Adding a method: one entry here, and its implementation in a room of the backend.
import { z } from 'zod';
import * as s from './api-shapes.js';
import { schedulerSettingsSchema } from './schedule/settings.js';
import { syncContract } from './sync/api.js';

export * from './api-shapes.js';
export type { ProgressModel } from './reports/model-schema.js';
export type { Preset } from './schedule/presets.js';
export type { Idle } from './schedule/idle.js';
export type { SchedulerSettings } from './schedule/settings.js';
export type { OpenedArticleResult as OpenedArticle } from './api-shapes.js';
export type { ConflictSide, SyncConflict, SyncCounts, SyncProgress, SyncResult, SyncStatus } from './sync/api.js';

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** changes the library: refused on a library opened read-only */
  writes: boolean;
}

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, writes: boolean) => ({ input, output, writes });
const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => method(input, output, false);
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => method(input, output, true);
const { idSchema: id, empty } = s;
const sinceDate = s.isoDateSchema.optional();

export const contract = {
  status: read(empty, s.appStatusSchema),
  listDecks: read(empty, z.array(s.deckSummarySchema)),
  getDeck: read(z.object({ id }).strict(), s.deckSchema),
  /** Reads an article and returns a deck; nothing is stored until saveDeck. Runs in a worker thread (other
   * calls are answered meanwhile); with a `job` name, generateProgress tells how far it has got. */
  generateDeck: read(s.articleInputSchema.strict(), s.deckSchema),
  /** Reads the article in a file: a saved web page, a PDF, a Word .docx or text. Nothing is stored; the person
   * sees and may edit the text before generateDeck. */
  openArticleFile: read(z.object({ name: z.string().min(1).max(1_000), data: s.fileDataSchema }).strict(), s.openedArticleSchema),
  /** Fetches one web address (http/https, at most 5 redirects, 10 MB, 20 s, no cookies) and reads its article.
   * The only Api method that goes online, and only with an address the person gave. */
  openArticleUrl: read(z.object({ url: z.string().min(1).max(2_000) }).strict(), s.openedArticleSchema),
  /** How far the generateDeck call named `job` has got. */
  generateProgress: read(z.object({ job: s.jobSchema }).strict(), s.generateProgressSchema),
  /** Stops the generateDeck call named `job` (it then fails with "generation was cancelled"). */
  cancelGenerate: read(z.object({ job: s.jobSchema }).strict(), z.object({ cancelled: z.boolean() })),
  /** Stores a deck (new or edited); progress of cards whose ids did not change is kept. */
  saveDeck: write(z.object({ deck: s.deckSchema }).strict(), s.deckIdResult),
  deleteDeck: write(z.object({ id }).strict(), s.deckIdResult),
  renameDeck: write(z.object({ id, title: z.string().trim().min(1, 'a title').max(1_000) }).strict(), z.object({ id: z.string(), title: z.string() })),
  /** The next card of today's session, or of a custom study session. */
  nextCard: read(z.object({ deckId: id, session: z.string().regex(/^[0-9a-z]{1,40}$/).optional() }).strict(), s.nextCardResultSchema),
  /** A deck's options preset and every preset to choose from. */
  deckOptions: read(z.object({ deckId: id }).strict(), s.deckOptionsSchema),
  /** Stores a preset (a new one without id); saving Default changes the library's own settings. */
  savePreset: write(z.object({ preset: s.presetSchema.partial({ id: true }) }).strict(), s.presetSchema),
  /** Removes a preset; its decks go back to Default. */
  deletePreset: write(z.object({ id: s.presetSchema.shape.id }).strict(), s.deckIdResult),
  setDeckPreset: write(z.object({ deckId: id, presetId: s.presetSchema.shape.id }).strict(), s.deckOptionsSchema),
  /** What each kind of custom study would hold for a deck. */
  customStudyOptions: read(z.object({ deckId: id }).strict(), s.customStudyOptionsSchema),
  /** Starts a custom study session (study ahead, the cards forgotten today, by tag); nextCard takes its id. */
  customStudy: read(z.object({
    deckId: id, mode: s.customStudyModeSchema, days: z.number().int().min(1).max(365).optional(), tag: z.string().min(1).max(100).optional(),
  }).strict(), s.customStudySessionSchema),
  /** An image or sound a card shows, from the library's media folder. */
  media: read(z.object({ file: s.mediaName }).strict(), s.mediaFileSchema),
  /** Resolves only after the answer is durable on disk. */
  answer: write(z.object({ deckId: id, cardId: id, grade: s.gradeSchema, ms: z.number().int().min(0).max(86_400_000).optional() }).strict(), s.answerResultSchema),
  /** Takes back the last answer; null when there is none to take back. */
  undo: write(empty, z.object({ deckId: z.string(), cardId: z.string() }).nullable()),
  /** Reads a file and shows what importing it would give; nothing is stored. */
  previewImport: read(z.object({ name: z.string().min(1).max(1_000), data: s.fileDataSchema, mapping: s.columnMappingSchema.optional() }).strict(), s.importPreviewSchema),
  /** Adds the file's deck (and its review history) to the library, or its cards to an existing deck (`into`);
   * all or nothing. */
  importFile: write(z.object({
    name: z.string().min(1).max(1_000), data: s.fileDataSchema, title: z.string().min(1).max(1_000).optional(),
    mapping: s.columnMappingSchema.optional(),
    /** add the file's cards to this deck instead of making a new one */
    into: id.optional(),
  }).strict(), s.importResultSchema),
  /** A window of a deck's cards (for a list that shows only what is on screen), filtered by text or state. */
  listCards: read(z.object({
    deckId: id, query: z.string().max(500).optional(), offset: z.number().int().min(0), limit: z.number().int().min(1).max(500),
    only: z.enum(['all', 'suspended', 'leech']).optional(),
    tag: z.string().min(1).max(100).optional(),
    sort: z.object({ by: z.enum(s.cardSortKeys), desc: z.boolean() }).strict().optional(),
    /** find this card's position among the matches (the browser opened on one card) */
    locate: id.optional(),
  }).strict(), s.cardPageSchema),
  getCard: read(z.object({ deckId: id, cardId: id }).strict(), s.cardSchema),
  /** Removes cards from their deck; their facts are remembered so regenerating the deck leaves them out. Their
   * review history stays in the log. */
  deleteCards: write(z.object({ deckId: id, cardIds: z.array(id).min(1).max(100_000) }).strict(), z.object({ deleted: z.number() })),
  /** Suspend (until unsuspended) or bury (until tomorrow) a card; stored in the review log. */
  cardAction: write(z.object({ deckId: id, cardId: id, action: z.enum(['suspend', 'unsuspend', 'bury']) }).strict(),
    z.object({ cardId: z.string(), suspended: z.boolean(), buried: z.boolean() })),
  /** Replaces one card's text in its deck; the card keeps its id and so its progress. */
  editCard: write(z.object({ deckId: id, card: s.cardSchema }).strict(), s.cardSchema),
  optimizerStatus: read(empty, s.optimizerStatusSchema),
  /** Fits FSRS parameters to the person's history now (it also runs by itself in the background). */
  optimizeNow: write(empty, s.optimizerStatusSchema),
  getSettings: read(empty, schedulerSettingsSchema),
  setSettings: write(z.object({ settings: schedulerSettingsSchema.partial() }).strict(), schedulerSettingsSchema),
  /** The progress model for the statistics screen: overall, or one deck. */
  stats: read(z.object({ deckId: id.optional() }).strict(), s.progressModelSchema),
  /** A progress report as a file to save: HTML (self-contained), CSV (the review log) or JSON. */
  report: read(z.object({ format: z.enum(['html', 'csv', 'json']), deckId: id.optional(), since: sinceDate }).strict(), s.reportFileSchema),
  /** The HTML report printed to PDF and saved where the person chooses: the desktop app only (Electron's
   * printToPDF); the browser shell prints the HTML report with the browser's own Print. */
  reportPdf: read(z.object({ deckId: id.optional(), since: sinceDate }).strict(), z.object({ path: z.string().nullable() })),
  /** A deck as a file: factdeck JSON, CSV (both import back to the same cards) or Anki .apkg (base64). */
  exportDeck: read(z.object({ id, format: z.enum(['json', 'csv', 'apkg']) }).strict(), s.exportFileSchema),
  /** The daily backups (seven kept) and those taken before a restore, newest first. */
  listBackups: read(empty, z.array(s.backupInfoSchema)),
  /** Replaces decks and progress with a backup's; the current state is backed up first. */
  restoreBackup: write(z.object({ id: z.string().regex(/^[0-9A-Za-z-]{1,60}$/, 'a backup id from listBackups') }).strict(), s.restoreResultSchema),
  // Sync, shared decks and the class report: declared in src/core/sync/api.ts, in the same form.
  ...syncContract,
} satisfies Record<string, MethodSpec>;

export type ApiMethod = keyof typeof contract;
export const apiMethods = Object.keys(contract) as ApiMethod[];
/** What a caller may pass (before defaults and transforms). */
export type ApiArg<M extends ApiMethod> = z.input<(typeof contract)[M]['input']>;
/** What the implementation receives (checked, trimmed). */
export type ApiInput<M extends ApiMethod> = z.output<(typeof contract)[M]['input']>;
export type ApiResult<M extends ApiMethod> = z.output<(typeof contract)[M]['output']>;

/** The Api as a caller sees it. */
export type Api = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<ApiResult<M>> };

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
