// What sync needs of the library, and nothing more: its decks and where they are stored, the review log and the
// card states it gives, the clock and the scheduling settings. backend.ts hands these over; sync touches the
// library through them only.
import type { Notice } from '../../core/api.js';
import type { Deck } from '../../core/deck.js';
import type { SchedulerSettings } from '../../core/schedule/settings.js';
import type { CardState } from '../../core/schedule/state.js';
import type { LogEntry } from '../../core/schedule/log.js';

export interface SyncLibrary {
  readonly dataDir: string;
  readonly readOnly: boolean;
  /** told of damaged sync files (kept aside) */
  readonly notices: { push(notice: Notice): unknown };
  readonly now: () => number;
  /** today's day number, for the log's records */
  today(): number;
  settingsFor(deckId: string): SchedulerSettings;
  readonly decks: Map<string, Deck>;
  readonly store: {
    save(deck: Deck): void;
    remove(id: string, dataDir: string): void;
    /** told of every deck saved (sync notes when each card was edited) */
    onSave: ((deck: Deck) => void) | null;
    /** how many writes so far: something changed since the last sync */
    readonly writes: number;
  };
  readonly progress: {
    readonly seq: number;
    readonly logSize: number;
    readonly logFile: string;
    record(entries: Omit<LogEntry, 'n'>[], today: number): unknown;
    get(deck: string, card: string): CardState | undefined;
  };
  /** the deck, or an input error naming it */
  deckOf(id: string): Deck;
  positionOf(deck: Deck, cardId: string): number | undefined;
  /** throws when the library was opened read-only */
  writable(): void;
  /** resolves once the built-in deck is in a new library */
  seeded(): Promise<void>;
}
