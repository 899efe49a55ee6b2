// The progress model's shape (what `stats` gives the statistics screen and the reports are drawn from), as a
// schema: the Api checks it where it crosses a process, and the types below are derived from it.
import { z } from 'zod';

const totals = z.object({
  reviews: z.number(),
  cards: z.number(),
  decks: z.number(),
  /** true retention: share of answers on review cards graded Hard or better; null without such answers */
  retention: z.number().nullable(),
  studyMinutes: z.number(),
});

const dayStat = z.object({
  /** YYYY-MM-DD of the study day */
  date: z.string(),
  reviews: z.number(),
  seconds: z.number(),
});

const weekStat = z.object({
  /** YYYY-MM-DD of the week's Monday */
  week: z.string(),
  /** answers on review cards */
  answers: z.number(),
  passed: z.number(),
  retention: z.number(),
});

const forecastDay = z.object({
  date: z.string(),
  /** 0 = today (overdue cards included) */
  offset: z.number(),
  due: z.number(),
});

const stateCounts = z.object({
  new: z.number(), learning: z.number(), review: z.number(), relearning: z.number(), suspended: z.number(),
});

const deckStat = stateCounts.extend({
  id: z.string(),
  title: z.string(),
  cards: z.number(),
  reviews: z.number(),
  retention: z.number().nullable(),
  studyMinutes: z.number(),
});

const hardCard = z.object({
  deckId: z.string(),
  deckTitle: z.string(),
  cardId: z.string(),
  prompt: z.string(),
  answer: z.string(),
  sentence: z.string().nullable(),
  lapses: z.number(),
  again: z.number(),
  reviews: z.number(),
});

export const progressModelSchema = z.object({
  /** when the model was made (epoch ms) */
  generatedAt: z.number(),
  today: z.string(),
  since: z.string().nullable(),
  deckId: z.string().nullable(),
  totals,
  /** the last 365 study days, oldest first, today last */
  days: z.array(dayStat),
  /** weeks with answers on review cards, oldest first */
  weeks: z.array(weekStat),
  /** the next 30 days, today first */
  forecast: z.array(forecastDay),
  decks: z.array(deckStat),
  states: stateCounts,
  hardest: z.array(hardCard),
  /** undo entries whose answer was not found (older than the undo window, or filtered out) */
  unmatchedUndos: z.number(),
});

export type Totals = z.output<typeof totals>;
export type DayStat = z.output<typeof dayStat>;
export type WeekStat = z.output<typeof weekStat>;
export type ForecastDay = z.output<typeof forecastDay>;
export type StateCounts = z.output<typeof stateCounts>;
export type DeckStat = z.output<typeof deckStat>;
export type HardCard = z.output<typeof hardCard>;
export type ProgressModel = z.output<typeof progressModelSchema>;
