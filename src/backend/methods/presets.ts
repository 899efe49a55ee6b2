// Deck option presets (core/schedule/presets.ts): listing, saving, removing and choosing one for a deck.
// Default is the library's own scheduling settings; the others live in preferences beside it.
import type { Api, DeckOptions } from '../../core/api.js';
import { InputError } from '../../core/errors.js';
import { DEFAULT_PRESET, defaultPreset, presetId, presetSchema, PRESET_KEYS, type Preset } from '../../core/schedule/presets.js';
import { table } from '../../core/ids.js';
import type { Scheduling } from '../scheduling/settings.js';
import type { Shelf } from '../storage/shelf.js';

export type PresetMethods = Pick<Api, 'deckOptions' | 'savePreset' | 'deletePreset' | 'setDeckPreset'>;

export interface PresetRoom {
  shelf: Pick<Shelf, 'decks' | 'deckOf'>;
  scheduling: Scheduling;
  seeded(): Promise<void>;
}

export function makePresetMethods({ shelf, scheduling: lib, seeded }: PresetRoom): PresetMethods {
  // Keyed by preset and deck ids: tables without a prototype (core/ids.ts), so a deck "__proto__" or a
  // preset named "Constructor" is a key like any other.
  const store = (presets: Record<string, Preset>, deckPresets: Record<string, string>): void => lib.savePresets(presets, deckPresets);
  const options = (deckId: string): DeckOptions => {
    const decks = table<number>([[DEFAULT_PRESET, 0]]);
    for (const id of shelf.decks.keys()) {
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
      await seeded();
      shelf.deckOf(deckId);
      return options(deckId);
    },
    async savePreset({ preset: input }) {
      if (input.id === DEFAULT_PRESET) {
        const change: Record<string, unknown> = {};
        for (const k of PRESET_KEYS) change[k] = input[k];
        return defaultPreset(lib.save(change, 'the options were not saved'));
      }
      if (input.id !== undefined && !lib.presets[input.id]) throw new InputError(`no preset ${input.id}`, 'preset.id');
      const id = input.id ?? presetId(input.name, new Set(Object.keys(lib.presets)));
      const preset = presetSchema.parse({ ...input, id });
      store(table([...Object.entries(lib.presets), [id, preset]]), lib.deckPresets);
      return preset;
    },
    async deletePreset({ id }) {
      if (id === DEFAULT_PRESET) throw new InputError('the Default preset cannot be removed');
      if (!lib.presets[id]) throw new InputError(`no preset ${id}`);
      store(table(Object.entries(lib.presets).filter(([p]) => p !== id)), table(Object.entries(lib.deckPresets).filter(([, p]) => p !== id)));
      return { id };
    },
    async setDeckPreset({ deckId, presetId: id }) {
      shelf.deckOf(deckId);
      if (id !== DEFAULT_PRESET && !lib.presets[id]) throw new InputError(`no preset ${id}`);
      const deckPresets = table(Object.entries(lib.deckPresets));
      if (id === DEFAULT_PRESET) delete deckPresets[deckId];
      else deckPresets[deckId] = id;
      store(lib.presets, deckPresets);
      return options(deckId);
    },
  };
}
