// An open library: what every group of Api methods works on (decks in memory, progress, preferences,
// the clock). backend.ts opens it; decks.ts, study.ts and the other method groups use it.
import path from 'node:path';
import type Conf from 'conf';
import type { Notice } from '../core/api.js';
import type { Card, Deck } from '../core/deck.js';
import { InputError } from '../core/errors.js';
import { table } from '../core/ids.js';
import type { TzOffset } from '../core/schedule/day.js';
import { withPreset, type Preset } from '../core/schedule/presets.js';
import type { SchedulerSettings } from '../core/schedule/settings.js';
import { builtinArticles } from './builtin.js';
import { generator, type Generator } from './generator.js';
import type { DeckStore } from './deck-store.js';
import { diskCode } from './fsio.js';
import type { OptimizationRun } from './optimize-job.js';
import { packageRoot } from './paths.js';
import type { Progress } from './progress.js';

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

export interface Library {
  readonly dataDir: string;
  readonly readOnly: boolean;
  readonly notices: Notice[];
  readonly now: () => number;
  readonly tz: TzOffset;
  /** the study day now (the day starts at settings.dayStartHour) */
  today(): number;
  readonly prefs: Conf<PrefsShape>;
  /** the library's settings, which are also the Default preset */
  settings: SchedulerSettings;
  /** the settings a deck studies with: its preset over the library's settings (the same object while neither changes) */
  settingsFor(deckId: string): SchedulerSettings;
  /** presets other than Default, by id; replaced (never changed in place) and stored in preferences */
  presets: Record<string, Preset>;
  /** deck id -> preset id, for decks not on Default */
  deckPresets: Record<string, string>;
  readonly store: DeckStore;
  readonly decks: Map<string, Deck>;
  readonly progress: Progress;
  deckOf(id: string): Deck;
  positionOf(deck: Deck, cardId: string): number | undefined;
  cardIn(deck: Deck, cardId: string): Card | undefined;
  /** throws when the library was opened read-only */
  writable(): void;
  /** resolves once a fresh library holds its built-in decks */
  seeded(): Promise<void>;
  /** the article reader and generator, loaded on first use: listing a library stays fast */
  generator(): Promise<Generator>;
}

export interface LibraryParts {
  dataDir: string;
  readOnly: boolean;
  notices: Notice[];
  now: () => number;
  tz: TzOffset;
  prefs: Conf<PrefsShape>;
  settings: SchedulerSettings;
  store: DeckStore;
  decks: Map<string, Deck>;
  progress: Progress;
  dayOf: (t: number, settings: SchedulerSettings) => number;
  builtinDir?: string | undefined;
}

export function makeLibrary(p: LibraryParts): Library {
  let seeding: Promise<void> | null = null;
  // Card lookup by id per deck (a deck object is replaced, never changed, when edited): O(1) per answer
  // instead of a scan of every card, which costs milliseconds at 100,000 cards.
  const cardIndexes = new WeakMap<Deck, Map<string, number>>();
  // One settings object per (library settings, preset) pair: the scheduler and the queue cache key on identity.
  const merged = new WeakMap<SchedulerSettings, WeakMap<Preset, SchedulerSettings>>();
  const lib: Library = {
    dataDir: p.dataDir, readOnly: p.readOnly, notices: p.notices, now: p.now, tz: p.tz, prefs: p.prefs,
    settings: p.settings, store: p.store, decks: p.decks, progress: p.progress,
    today: () => p.dayOf(p.now(), lib.settings),
    presets: table(p.prefs.get('presets') ?? {}),
    deckPresets: table(p.prefs.get('deckPresets') ?? {}),
    settingsFor(deckId) {
      const presetId = lib.deckPresets[deckId];
      const preset = presetId === undefined ? undefined : lib.presets[presetId];
      if (!preset) return lib.settings;
      let byPreset = merged.get(lib.settings);
      if (!byPreset) merged.set(lib.settings, (byPreset = new WeakMap()));
      let out = byPreset.get(preset);
      if (!out) byPreset.set(preset, (out = withPreset(lib.settings, preset)));
      return out;
    },
    deckOf(id) {
      const deck = p.decks.get(id);
      if (!deck) throw new InputError(`no deck with id ${id}`);
      return deck;
    },
    positionOf(deck, cardId) {
      let index = cardIndexes.get(deck);
      if (!index) {
        index = new Map(deck.cards.map((c, i) => [c.id, i]));
        cardIndexes.set(deck, index);
      }
      return index.get(cardId);
    },
    cardIn(deck, cardId) {
      const i = lib.positionOf(deck, cardId);
      return i === undefined ? undefined : deck.cards[i];
    },
    writable() {
      if (p.readOnly) throw new Error('this library was opened read-only');
    },
    seeded() {
      if (p.readOnly || p.prefs.get('seeded')) return Promise.resolve();
      seeding ??= (async () => {
        const { generateDeck } = await generator();
        try {
          for (const article of builtinArticles(p.builtinDir ?? path.join(packageRoot(), 'decks'))) {
            const deck = generateDeck(article);
            if (!p.decks.has(deck.id)) {
              p.store.save(deck);
              p.decks.set(deck.id, deck);
            }
          }
          p.prefs.set('seeded', true);
        } catch (e) {
          // A full disk: the library works without the built-in decks, and they are added on a later open.
          if (diskCode(e) === null) throw e;
          const message = 'The built-in decks could not be added: the disk is full.';
          if (!p.notices.some((n) => n.message === message)) p.notices.push({ level: 'warning', message });
          seeding = null;
        }
      })();
      return seeding;
    },
    generator,
  };
  return lib;
}

