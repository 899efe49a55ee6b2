// The shapes the Api's methods take and give (src/core/api.ts lists the methods): zod schemas, with the
// TypeScript types derived from them, so a shape is written once and checked where it crosses a process.
import { z } from 'zod';
import { isoDateSchema } from './dates.js';
import { cardKinds, cardSchema, deckSchema, MEDIA_FILE } from './deck.js';
import { idleSchema } from './schedule/idle.js';
import { presetSchema } from './schedule/presets.js';
import { schedulerSettingsSchema } from './schedule/settings.js';
import { progressModelSchema } from './reports/model-schema.js';

export { cardSchema, deckSchema, presetSchema, schedulerSettingsSchema, progressModelSchema, idleSchema, isoDateSchema };

// --- pieces of arguments
export const idSchema = z.string().min(1).max(200);
export const jobSchema = z.string().min(1).max(100);
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** A file's bytes: base64 over JSON (HTTP, the UI), the bytes themselves in-process (the CLI, uploads the
 * HTTP shell decodes as they arrive, Electron's structured clone). */
export const fileDataSchema = z.union([
  z.string().max(140_000_000),
  z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the file as a base64 string'),
]);
export const columnMappingSchema = z.object({
  front: z.number().int().min(0), back: z.number().int().min(0), tags: z.number().int().min(0).nullable(), header: z.boolean(),
});
export const cardSortKeys = ['deck', 'prompt', 'answer', 'kind', 'tags', 'state', 'due', 'lapses'] as const;
export const stateNameSchema = z.enum(['new', 'learning', 'review', 'relearning']);
export const empty = z.object({}).strict();

// --- results
export const noticeSchema = z.object({ level: z.enum(['info', 'warning']), message: z.string() });

export const appStatusSchema = z.object({
  dataDir: z.string(),
  version: z.string(),
  /** what a person should be told: recovered files, dropped torn log lines, ... */
  notices: z.array(noticeSchema),
  reviews: z.number(),
});

export const deckSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** all cards in the deck */
  cards: z.number(),
  /** new cards that may be introduced today (daily limit applied) */
  new: z.number(),
  /** cards in (re)learning */
  learning: z.number(),
  /** review cards due today (daily limit applied) */
  review: z.number(),
  /** what a session would show now: learning due now + review + new */
  due: z.number(),
  suspended: z.number(),
  publisher: z.string().nullable(),
  publishedOn: z.string().nullable(),
  /** the deck keeps the article it was generated from: it can be edited and the deck regenerated */
  hasArticle: z.boolean(),
  /** why nothing is due now (null when something is) */
  idle: idleSchema.nullable(),
  /** the deck's options preset (name) */
  preset: z.string(),
});

export const openedArticleSchema = z.object({
  kind: z.enum(['web page', 'pdf', 'docx', 'text']),
  /** paragraphs separated by a blank line */
  text: z.string(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  /** YYYY-MM-DD, as the source gives it */
  publishedOn: z.string().nullable(),
  language: z.string().nullable(),
  /** the address it was fetched from (after redirects) */
  url: z.string().nullable(),
  notices: z.array(z.string()),
});

/** How far a named generateDeck call has got (the UI polls it while the deck is made). */
export const generateProgressSchema = z.object({
  state: z.enum(['queued', 'running', 'done', 'failed', 'cancelled', 'unknown']),
  /** sentences read so far, of `total` (0 of 0 while the article is first read) */
  done: z.number(),
  total: z.number(),
  /** why it failed or stopped */
  message: z.string().nullable(),
});

export const countsSchema = z.object({ new: z.number(), learning: z.number(), review: z.number() });

export const studyCardSchema = z.object({
  deckId: z.string(),
  card: cardSchema,
  /** the headline of the article the deck was made from, shown with the card: which story it asks about (null for
   * decks made elsewhere, and for a card whose answer the headline gives away: core/cards/headline.ts) */
  article: z.string().nullable(),
  state: stateNameSchema,
  /** next interval per grade, as the buttons show it: {"1": "1m", "2": "6m", "3": "10m", "4": "5d"} */
  intervals: z.object({ 1: z.string(), 2: z.string(), 3: z.string(), 4: z.string() }),
});

export const nextCardResultSchema = z.object({
  card: studyCardSchema.nullable(),
  /** what is left in today's session, the current card included */
  counts: countsSchema,
  /** when nothing is due now but a learning card comes back later today (epoch ms) */
  nextLearningAt: z.number().nullable(),
  /** when card is null: why, and when the next card comes */
  idle: idleSchema.nullable(),
});

export const deckOptionsSchema = z.object({
  /** the deck's preset */
  presetId: z.string(),
  /** every preset, Default first */
  presets: z.array(presetSchema),
  /** how many decks use each preset, by id */
  decks: z.record(z.string(), z.number()),
});

export const customStudyModeSchema = z.enum(['ahead', 'forgotten', 'tag']);

export const customStudyOptionsSchema = z.object({
  /** reviews and learning cards due within the next 1 and 7 days that are not due now */
  ahead: z.object({ 1: z.number(), 7: z.number() }),
  /** cards answered Again today */
  forgotten: z.number(),
  tags: z.array(z.object({ tag: z.string(), cards: z.number() })),
});

export const customStudySessionSchema = z.object({
  session: z.string(),
  /** what the session holds, as a heading: "Studying ahead 7 days" */
  title: z.string(),
  cards: z.number(),
});

export const mediaFileSchema = z.object({ mimeType: z.string(), /** base64 */ data: z.string() });

export const answerResultSchema = z.object({
  /** sequence number of the stored answer in the review log */
  seq: z.number(),
  cardId: z.string(),
  grade: gradeSchema,
  /** the card's next due time (epoch ms) */
  due: z.number(),
  /** the answer made the card a leech: it is now suspended */
  leech: z.boolean(),
});

export const importPreviewSchema = z.object({
  format: z.string(),
  title: z.string(),
  total: z.number(),
  /** the first cards, as they will be stored */
  cards: z.array(cardSchema),
  reviews: z.number(),
  notices: z.array(z.string()),
  /** for tables: the columns and the mapping in use (front/back/tags), which the person may change */
  columns: z.array(z.string()).nullable(),
  mapping: columnMappingSchema.nullable(),
  /** the deck this same file was imported as before, if any */
  duplicateOf: z.string().nullable(),
});

export const importResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  cards: z.number(),
  reviews: z.number(),
  notices: z.array(z.string()),
  /** true when this file had been imported before: nothing was added */
  duplicate: z.boolean(),
  /** imported into an existing deck: cards already there (same id), left as they were */
  skipped: z.number(),
});

export const cardRowSchema = z.object({
  id: z.string(),
  kind: z.enum(cardKinds),
  prompt: z.string(),
  answer: z.string(),
  state: stateNameSchema,
  /** epoch ms; null for new cards */
  due: z.number().nullable(),
  lapses: z.number(),
  suspended: z.boolean(),
  leech: z.boolean(),
  tags: z.array(z.string()),
});

export const cardPageSchema = z.object({
  /** cards matching the filter */
  total: z.number(),
  offset: z.number(),
  cards: z.array(cardRowSchema),
  /** every tag in the deck, sorted, for the tag filter */
  tags: z.array(z.string()),
  /** the position of the card asked for with `locate` among the matching cards (null when it does not match) */
  located: z.number().nullable(),
});

export const optimizerStatusSchema = z.object({
  /** answers in the log (undone ones left out) */
  reviews: z.number(),
  /** answers needed before optimising makes sense */
  minReviews: z.number(),
  running: z.boolean(),
  last: z.object({
    /** log loss on the person's history before and after (null when there was no history to measure it on) */
    at: z.number(), reviews: z.number(), logLossBefore: z.number().nullable(), logLossAfter: z.number().nullable(), loaded: z.boolean(),
    reason: z.string().optional(),
  }).nullable(),
  /** whether parameters in use are the person's own (else FSRS-6 defaults) */
  personalised: z.boolean(),
});

export const reportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });
/** `data`: the file's bytes, base64 */
export const exportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });

export const backupInfoSchema = z.object({ id: z.string(), createdAt: z.string(), decks: z.number(), reviews: z.number() });

export const restoreResultSchema = z.object({
  id: z.string(),
  /** the backup taken of the state just before the restore (restore it to go back) */
  before: z.string(),
  decks: z.number(),
  /** cards whose progress changed */
  changed: z.number(),
});

export const deckIdResult = z.object({ id: z.string() });
export const mediaName = z.string().regex(MEDIA_FILE, 'a media file name from a card');
export const articleInputSchema = z.object({
  text: z.string().max(5_000_000),
  title: z.string().max(1_000).nullish(),
  publisher: z.string().max(1_000).nullish(),
  publishedOn: isoDateSchema.nullish(),
  url: z.string().max(2_000).nullish(),
  /** at most this many cards per 100 words (default 5) */
  density: z.number().min(1).max(12).nullish(),
  /** a name for this call, to ask generateProgress about it or cancelGenerate it */
  job: jobSchema.optional(),
});

export type Notice = z.output<typeof noticeSchema>;
export type AppStatus = z.output<typeof appStatusSchema>;
export type DeckSummary = z.output<typeof deckSummarySchema>;
export type OpenedArticleResult = z.output<typeof openedArticleSchema>;
export type GenerateProgress = z.output<typeof generateProgressSchema>;
export type Counts = z.output<typeof countsSchema>;
export type StudyCard = z.output<typeof studyCardSchema>;
export type NextCardResult = z.output<typeof nextCardResultSchema>;
export type DeckOptions = z.output<typeof deckOptionsSchema>;
export type CustomStudyMode = z.output<typeof customStudyModeSchema>;
export type CustomStudyOptions = z.output<typeof customStudyOptionsSchema>;
export type CustomStudySession = z.output<typeof customStudySessionSchema>;
export type MediaFile = z.output<typeof mediaFileSchema>;
export type AnswerResult = z.output<typeof answerResultSchema>;
export type ImportPreviewResult = z.output<typeof importPreviewSchema>;
export type ImportFileResult = z.output<typeof importResultSchema>;
export type ColumnMapping = z.output<typeof columnMappingSchema>;
export type CardRow = z.output<typeof cardRowSchema>;
export type CardSortKey = (typeof cardSortKeys)[number];
export type CardPage = z.output<typeof cardPageSchema>;
export type OptimizerStatus = z.output<typeof optimizerStatusSchema>;
export type ReportFile = z.output<typeof reportFileSchema>;
export type ExportFile = z.output<typeof exportFileSchema>;
export type BackupInfo = z.output<typeof backupInfoSchema>;
export type RestoreResult = z.output<typeof restoreResultSchema>;
