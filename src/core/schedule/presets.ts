// Deck option presets, as in Anki: a named set of daily limits, desired retention and steps that any number
// of decks share. "Default" is the scheduling part of Settings itself; a deck with no preset of its own uses
// it. Everything else (day start, FSRS weights, burying, leeches) stays library-wide.
import { z } from 'zod';
import { schedulerSettingsSchema, type SchedulerSettings } from './settings.js';

export const DEFAULT_PRESET = 'default';

const fields = schedulerSettingsSchema.shape;

export const presetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a preset id: lower-case letters, digits and -'),
  name: z.string().trim().min(1, 'a preset needs a name').max(100),
  newPerDay: fields.newPerDay.unwrap(),
  reviewsPerDay: fields.reviewsPerDay.unwrap(),
  desiredRetention: fields.desiredRetention.unwrap(),
  learningSteps: fields.learningSteps.unwrap(),
  relearningSteps: fields.relearningSteps.unwrap(),
});

export type Preset = z.infer<typeof presetSchema>;

/** What a preset sets, taken from (or put into) the library's settings. */
export const PRESET_KEYS = ['newPerDay', 'reviewsPerDay', 'desiredRetention', 'learningSteps', 'relearningSteps'] as const;

/** The Default preset: a view of the library's own settings. */
export function defaultPreset(settings: SchedulerSettings): Preset {
  return {
    id: DEFAULT_PRESET, name: 'Default', newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay,
    desiredRetention: settings.desiredRetention, learningSteps: [...settings.learningSteps], relearningSteps: [...settings.relearningSteps],
  };
}

/** The settings a deck studies with: the library's, with its preset's fields over them. */
export function withPreset(settings: SchedulerSettings, preset: Preset | undefined): SchedulerSettings {
  if (!preset || preset.id === DEFAULT_PRESET) return settings;
  const out = { ...settings };
  for (const k of PRESET_KEYS) (out as Record<string, unknown>)[k] = preset[k];
  return out;
}

/** A new preset's id from its name: "Hard facts" -> "hard-facts", "hard-facts-2" if that is taken. */
export function presetId(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'preset';
  let id = base === DEFAULT_PRESET ? `${base}-2` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
