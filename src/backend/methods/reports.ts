// Progress reports over a library on disk: the review log is read once, streaming (never held whole),
// into the pure model and renderers of src/core/reports.
import type { Api, ProgressModel, ReportFile } from '../../core/api.js';
import type { Deck } from '../../core/deck.js';
import { localDate } from '../../core/dates.js';
import { InputError } from '../../core/errors.js';
import { dayNumber, dayStart, type TzOffset } from '../../core/schedule/day.js';
import type { CardState } from '../../core/schedule/state.js';
import { csvBuilder } from '../../core/reports/csv.js';
import { reportHtml } from '../../core/reports/html.js';
import { reportJson } from '../../core/reports/json.js';
import { dateDay, progressBuilder, progressFromTally } from '../../core/reports/model.js';
import { cachedDayOf, newTally, tallyEntry, type Tally } from '../../core/reports/tally.js';
import type { FileSystem } from '../storage/fsio.js';
import { leanEntry } from '../storage/lean-entry.js';
import { readLogFrom, readReviews } from '../storage/review-log.js';
import { logPlace, readTallyFile, samePlace, writeTallyFile, type LogPlace } from '../storage/tally-file.js';

export interface ReportLibrary {
  logFile: string;
  decks: readonly Deck[];
  states: ReadonlyMap<string, ReadonlyMap<string, CardState>>;
  now: number;
  dayStartHour: number;
  tz: TzOffset;
  version?: string;
}

export interface ReportScope {
  deckId?: string | undefined;
  /** YYYY-MM-DD: only answers from this study day on */
  since?: string | undefined;
}

function scope(lib: ReportLibrary, s: ReportScope) {
  const decks = [...lib.decks].sort((a, b) => a.title.localeCompare(b.title));
  if (s.deckId !== undefined && !decks.some((d) => d.id === s.deckId))
    throw new InputError(`no deck with id ${s.deckId}`);
  let since: number | undefined;
  if (s.since !== undefined) {
    const day = dateDay(s.since);
    if (day === null) throw new InputError(`"${s.since}" is not a date (YYYY-MM-DD)`, 'since');
    since = dayStart(day, lib.dayStartHour, lib.tz);
  }
  return {
    decks,
    since,
    deckId: s.deckId,
    states: lib.states,
    now: lib.now,
    dayOf: (t: number) => dayNumber(t, lib.dayStartHour, lib.tz),
    dayStartMs: (day: number) => dayStart(day, lib.dayStartHour, lib.tz),
  };
}

/** Write the tally down for the next open when a report had to read at least this many bytes of log. */
const STORE_AFTER_BYTES = 4_000_000;

/** The report's counts carried forward: from memory, else from report.tally.json, else from the log's start;
 * then the log written since is added. `since` reports count afresh (their counts start on that day). */
export class LogTally {
  private carried: { place: LogPlace; tally: Tally } | null = null;

  constructor(private readonly room: { dataDir: string; readOnly: boolean; fsys: FileSystem }) {}

  current(logFile: string, dayStartHour: number, tz: TzOffset, now: number): Tally {
    const days = daysKey(dayStartHour, tz, now);
    const from = this.carriedFrom(logFile, days);
    const start = from?.place.offset ?? 0;
    const tally = from?.tally ?? newTally();
    const dayOf = cachedDayOf((t) => dayNumber(t, dayStartHour, tz));
    // The model reads no card state from the log (states come from the library): the lean reader will do.
    const { end } = readLogFrom(logFile, start, (e) => tallyEntry(tally, e, dayOf), Infinity, leanEntry);
    const place = logPlace(logFile, end, days);
    this.carried = place ? { place, tally } : null;
    const worthStoring = end - start >= STORE_AFTER_BYTES && !this.room.readOnly;
    if (place && worthStoring) writeTallyFile(this.room.dataDir, place, tally, this.room.fsys);
    return tally;
  }

  /** The tally in memory, else the one on disk, where it still stands at its place in this log. */
  private carriedFrom(logFile: string, days: string): { place: LogPlace; tally: Tally } | null {
    const fits = (c: { place: LogPlace } | null) =>
      c !== null && samePlace(c.place, logPlace(logFile, c.place.offset, days));
    if (fits(this.carried)) return this.carried;
    const stored = readTallyFile(this.room.dataDir);
    return fits(stored) ? stored : null;
  }
}

/** The days answers fall on depend on the day's start and the time zone (its offsets in winter and summer of
 * recent years stand for it): a tally counted under others is not reused. */
function daysKey(dayStartHour: number, tz: TzOffset, now: number): string {
  const year = new Date(now).getUTCFullYear();
  const offsets = [0, 1, 2, 3].flatMap((y) => [tz(Date.UTC(year - y, 0, 1)), tz(Date.UTC(year - y, 6, 1))]);
  return `${dayStartHour} ${offsets.join(' ')}`;
}

export function progressStats(lib: ReportLibrary, s: ReportScope, tallies?: LogTally): ProgressModel {
  return buildModel(lib, scope(lib, s), tallies);
}

function buildModel(lib: ReportLibrary, sc: ReturnType<typeof scope>, tallies?: LogTally): ProgressModel {
  if (tallies && sc.since === undefined)
    return progressFromTally(tallies.current(lib.logFile, lib.dayStartHour, lib.tz, lib.now), sc);
  const b = progressBuilder(sc);
  readReviews(lib.logFile, (e) => b.add(e), { lean: true });
  return b.finish();
}

export function progressReport(
  lib: ReportLibrary,
  s: ReportScope & { format: 'html' | 'csv' | 'json' },
  tallies?: LogTally,
): ReportFile {
  const sc = scope(lib, s);
  const today = localDate(lib.now, lib.tz(lib.now));
  const base = `factdeck-report-${today}${s.deckId ? `-${s.deckId}` : ''}`;
  if (s.format === 'csv') {
    const b = csvBuilder(sc);
    readReviews(lib.logFile, (e) => b.add(e));
    return { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', content: b.finish() };
  }
  const model = buildModel(lib, sc, tallies);
  if (s.format === 'json')
    return { fileName: `${base}.json`, mimeType: 'application/json', content: reportJson(model) };
  const content = reportHtml(model, { generator: `Factdeck ${lib.version ?? ''}`.trim() });
  return { fileName: `${base}.html`, mimeType: 'text/html; charset=utf-8', content };
}

export type ReportMethods = Pick<Api, 'stats' | 'report' | 'reportPdf'>;

/** The report methods over what they read: the decks, their states, the log, the day's start and the time. */
export function makeReportMethods(
  source: () => ReportLibrary,
  seeded: () => Promise<void>,
  tallies?: LogTally,
): ReportMethods {
  return {
    async stats({ deckId }) {
      await seeded();
      return progressStats(source(), { deckId }, tallies);
    },
    async report({ format, deckId, since }) {
      await seeded();
      return progressReport(source(), { format, deckId, since }, tallies);
    },
    async reportPdf() {
      throw new InputError(
        'PDF reports are made by the desktop app; here, save the HTML report and print it from the browser',
      );
    },
  };
}
