// Deck option presets (core/schedule/presets.ts): listing, saving, removing and choosing one for a deck.
// Default is the library's own scheduling settings; the others live in preferences beside it.
import type { Api, DeckOptions } from '../core/api.js';
import { InputError } from '../core/errors.js';
import { DEFAULT_PRESET, defaultPreset, presetId, presetSchema, PRESET_KEYS, type Preset } from '../core/schedule/presets.js';
import { schedulerSettingsSchema } from '../core/schedule/settings.js';
import type { Library } from './library.js';

export type PresetMethods = Pick<Api, 'deckOptions' | 'savePreset' | 'deletePreset' | 'setDeckPreset'>;

export function makePresetMethods(lib: Library): PresetMethods {
  const store = (presets: Record<string, Preset>, deckPresets: Record<string, string>): void => {
    lib.prefs.set('presets', presets);
    lib.prefs.set('deckPresets', deckPresets);
    lib.presets = presets;
    lib.deckPresets = deckPresets;
  };
  const options = (deckId: string): DeckOptions => {
    const decks: Record<string, number> = { [DEFAULT_PRESET]: 0 };
    for (const id of lib.decks.keys()) {
      const p = lib.deckPresets[id];
      const used = p !== undefined && lib.presets[p] ? p : DEFAULT_PRESET;
      decks[used] = (decks[used] ?? 0) + 1;
    }
    const own = lib.deckPresets[deckId];
    const others = Object.values(lib.presets).sort((a, b) => a.name.localeCompare(b.name));
    return { presetId: own !== undefined && lib.presets[own] ? own : DEFAULT_PRESET, presets: [defaultPreset(lib.settings), ...others], decks };
  };
  return {
    async deckOptions({ deckId }) {
      await lib.seeded();
      lib.deckOf(deckId);
      return options(deckId);
    },
    async savePreset({ preset: input }) {
      lib.writable();
      if (input.id === DEFAULT_PRESET) {
        const change: Record<string, unknown> = {};
        for (const k of PRESET_KEYS) change[k] = input[k];
        lib.settings = schedulerSettingsSchema.parse({ ...lib.settings, ...change });
        lib.prefs.set('scheduler', lib.settings);
        return defaultPreset(lib.settings);
      }
      if (input.id !== undefined && !lib.presets[input.id]) throw new InputError(`no preset ${input.id}`, 'preset.id');
      const id = input.id ?? presetId(input.name, new Set(Object.keys(lib.presets)));
      const preset = presetSchema.parse({ ...input, id });
      store({ ...lib.presets, [id]: preset }, lib.deckPresets);
      return preset;
    },
    async deletePreset({ id }) {
      lib.writable();
      if (id === DEFAULT_PRESET) throw new InputError('the Default preset cannot be removed');
      if (!lib.presets[id]) throw new InputError(`no preset ${id}`);
      const presets = { ...lib.presets };
      delete presets[id];
      store(presets, Object.fromEntries(Object.entries(lib.deckPresets).filter(([, p]) => p !== id)));
      return { id };
    },
    async setDeckPreset({ deckId, presetId: id }) {
      lib.writable();
      lib.deckOf(deckId);
      if (id !== DEFAULT_PRESET && !lib.presets[id]) throw new InputError(`no preset ${id}`);
      const deckPresets = { ...lib.deckPresets };
      if (id === DEFAULT_PRESET) delete deckPresets[deckId];
      else deckPresets[deckId] = id;
      store(lib.presets, deckPresets);
      return options(deckId);
    },
  };
}
