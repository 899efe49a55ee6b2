// Scheduler settings a person can change; defaults follow Anki's.
import { z } from 'zod';
import { default_w } from 'ts-fsrs';

const step = z.string().regex(/^\d+(\.\d+)?[mhd]$/, 'a step is a number and m, h or d, like 10m');

export const schedulerSettingsSchema = z.object({
  desiredRetention: z.number().min(0.7).max(0.99).default(0.9),
  maximumIntervalDays: z.number().int().min(1).max(36500).default(36500),
  learningSteps: z.array(step).max(10).default(['1m', '10m']),
  relearningSteps: z.array(step).max(10).default(['10m']),
  newPerDay: z.number().int().min(0).max(9999).default(20),
  reviewsPerDay: z.number().int().min(0).max(99999).default(200),
  /** hour (local) at which a new study day starts, as in Anki */
  dayStartHour: z.number().int().min(0).max(23).default(4),
  fuzz: z.boolean().default(true),
  newOrder: z.enum(['deck', 'random']).default('deck'),
  buryNewSiblings: z.boolean().default(true),
  buryReviewSiblings: z.boolean().default(true),
  leechThreshold: z.number().int().min(1).max(99).default(8),
  /** FSRS-6 weights: defaults until optimised on the person's own history */
  weights: z.array(z.number()).min(17).max(21).default([...default_w]),
});

export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

export function defaultSettings(): SchedulerSettings {
  return schedulerSettingsSchema.parse({});
}
