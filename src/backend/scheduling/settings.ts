// Scheduling settings: the library's own (which are also the Default preset), the other presets and which
// deck uses which, kept in the preferences file; and the study day they define (the clock).
import { table } from '../../core/ids.js';
import { dayNumber, type TzOffset } from '../../core/schedule/day.js';
import { withPreset, type Preset } from '../../core/schedule/presets.js';
import { defaultSettings, schedulerSettingsSchema, type SchedulerSettings } from '../../core/schedule/settings.js';
import type { Notice } from '../../core/api.js';
import { onDiskError } from '../storage/fsio.js';
import type { Prefs } from '../storage/prefs.js';

export class Scheduling {
  /** the library's settings, which are also the Default preset; replaced, never changed in place */
  settings: SchedulerSettings;
  /** presets other than Default, by id (a table without a prototype: core/ids.ts) */
  presets: Record<string, Preset>;
  /** deck id -> preset id, for decks not on Default */
  deckPresets: Record<string, string>;
  // One settings object per (library settings, preset) pair: the scheduler and the queue cache key on identity.
  private readonly merged = new WeakMap<SchedulerSettings, WeakMap<Preset, SchedulerSettings>>();

  constructor(
    private readonly prefs: Prefs,
    notices: Notice[],
  ) {
    this.settings = parseSettings(prefs.get('scheduler'), notices);
    this.presets = table(prefs.get('presets') ?? {});
    this.deckPresets = table(prefs.get('deckPresets') ?? {});
  }

  /** The settings a deck studies with: its preset over the library's (the same object while neither changes). */
  settingsFor(deckId: string): SchedulerSettings {
    const presetId = this.deckPresets[deckId];
    const preset = presetId === undefined ? undefined : this.presets[presetId];
    if (!preset) return this.settings;
    let byPreset = this.merged.get(this.settings);
    if (!byPreset) this.merged.set(this.settings, (byPreset = new WeakMap()));
    let out = byPreset.get(preset);
    if (!out) byPreset.set(preset, (out = withPreset(this.settings, preset)));
    return out;
  }

  /** Stores changed library settings (a full disk refuses them in one line, nothing changed). */
  save(change: Partial<SchedulerSettings>, what = 'the settings were not saved'): SchedulerSettings {
    const next = schedulerSettingsSchema.parse({ ...this.settings, ...change });
    onDiskError(what, 'save again', () => this.prefs.set('scheduler', next));
    this.settings = next;
    return next;
  }

  savePresets(presets: Record<string, Preset>, deckPresets: Record<string, string>): void {
    onDiskError('the options were not saved', 'save again', () => {
      this.prefs.set('presets', presets);
      this.prefs.set('deckPresets', deckPresets);
    });
    this.presets = table(presets);
    this.deckPresets = table(deckPresets);
  }

  presetName(deckId: string): string {
    const presetId = this.deckPresets[deckId];
    return (presetId !== undefined && this.presets[presetId]?.name) || 'Default';
  }
}

/** Time as the library sees it: the instant, the time zone, and the study day (which starts at the settings' hour). */
export interface Clock {
  now(): number;
  readonly tz: TzOffset;
  /** the study day now */
  today(): number;
  /** the study day of an instant */
  dayOf(t: number): number;
}

export function makeClock(now: () => number, tz: TzOffset, scheduling: Pick<Scheduling, 'settings'>): Clock {
  const dayOf = (t: number) => dayNumber(t, scheduling.settings.dayStartHour, tz);
  return { now, tz, dayOf, today: () => dayOf(now()) };
}

function parseSettings(stored: unknown, notices: Notice[]): SchedulerSettings {
  if (stored === undefined) return defaultSettings();
  const r = schedulerSettingsSchema.safeParse(stored);
  if (r.success) return r.data;
  notices.push({ level: 'warning', message: 'Saved scheduler settings were invalid; defaults are in use.' });
  return defaultSettings();
}
