// The library's preferences file (conf: electron-store's format, which plain Node can read and write):
// settings, presets, the imports already seen, the optimiser's last run. Small, rewritten whole on a change.
import type Conf from 'conf';
import type { Preset } from '../../core/schedule/presets.js';
import type { SchedulerSettings } from '../../core/schedule/settings.js';
import type { OptimizationRun } from '../optimiser/optimize-job.js';

export interface PrefsShape {
  seeded?: boolean;
  scheduler?: Partial<SchedulerSettings>;
  /** sha-256 of an imported file -> the deck it became */
  imports?: Record<string, string>;
  optimizer?: OptimizationRun;
  /** deck option presets other than Default (which is `scheduler`), by id */
  presets?: Record<string, Preset>;
  /** deck id -> preset id, for decks not on Default */
  deckPresets?: Record<string, string>;
}

export type Prefs = Conf<PrefsShape>;
