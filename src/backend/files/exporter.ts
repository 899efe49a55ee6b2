// A deck as a file to save: factdeck JSON and CSV (both round-trip through import) or an Anki .apkg, which
// also carries the deck's review history, each card's schedule and its media, so Anki continues from here.
import type { Deck } from '../../core/deck.js';
import { toApkg, toCsv, toFactdeckJson } from '../../core/formats/index.js';
import type { ApkgProgress, ExportedReview } from '../../core/formats/apkg-write.js';
import { dayNumber, dayStart } from '../../core/schedule/day.js';
import type { Progress } from '../scheduling/progress.js';
import type { Clock, Scheduling } from '../scheduling/settings.js';
import { readMedia } from '../storage/media.js';
import { readReviews } from '../storage/review-log.js';
import { loadSql } from './sql.js';

export type ExportFormat = 'json' | 'csv' | 'apkg';

export interface ExportedDeck {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** What an Anki package needs besides the deck: its history, its cards' states, its media, the day's start. */
export interface ExportSource {
  dataDir: string;
  progress: Pick<Progress, 'logFile' | 'deckStates'>;
  scheduling: Pick<Scheduling, 'settings' | 'settingsFor'>;
  clock: Pick<Clock, 'now' | 'tz'>;
}

export async function exportDeck(deck: Deck, format: ExportFormat, lib?: ExportSource): Promise<ExportedDeck> {
  const base = fileBase(deck.title) || deck.id;
  if (format === 'json') {
    return { fileName: `${base}.factdeck.json`, mimeType: 'application/json', bytes: Buffer.from(toFactdeckJson(deck)) };
  }
  if (format === 'csv') return { fileName: `${base}.csv`, mimeType: 'text/csv', bytes: Buffer.from(toCsv(deck)) };
  const progress = lib ? apkgProgress(deck, lib) : undefined;
  return {
    fileName: `${base}.apkg`, mimeType: 'application/octet-stream',
    bytes: toApkg(deck, await loadSql(), { now: lib?.clock.now(), ...(progress ? { progress } : {}) }),
  };
}

/** The deck's answers that stand (read from the review log once), its cards' states and its media files. */
function apkgProgress(deck: Deck, lib: ExportSource): ApkgProgress {
  const byN = new Map<number, ExportedReview>();
  readReviews(lib.progress.logFile, (e) => {
    if (e.d !== deck.id) return;
    if (e.k === 'r' && e.g !== undefined) byN.set(e.n, { card: e.c, t: e.t, grade: e.g, ms: e.ms ?? 0, before: e.p ?? 0, after: e.s });
    else if (e.k === 'u' && e.u !== undefined) byN.delete(e.u);
  });
  const media = new Map<string, Uint8Array>();
  for (const c of deck.cards) for (const m of c.media ?? []) if (!media.has(m.file)) media.set(m.file, readMedia(lib.dataDir, m.file));
  const hour = lib.scheduling.settings.dayStartHour;
  const { tz } = lib.clock;
  return {
    states: lib.progress.deckStates(deck.id), reviews: [...byN.values()], media,
    dayOf: (t) => dayNumber(t, hour, tz), dayStart: (d) => dayStart(d, hour, tz),
    desiredRetention: lib.scheduling.settingsFor(deck.id).desiredRetention,
  };
}

// A deck title may hold anything; a file name gets letters, digits and dashes only.
function fileBase(title: string): string {
  return title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}
