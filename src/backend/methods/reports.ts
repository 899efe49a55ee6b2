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
import { dateDay, progressBuilder } from '../../core/reports/model.js';
import { readReviews } from '../storage/review-log.js';

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
  if (s.deckId !== undefined && !decks.some((d) => d.id === s.deckId)) throw new InputError(`no deck with id ${s.deckId}`);
  let since: number | undefined;
  if (s.since !== undefined) {
    const day = dateDay(s.since);
    if (day === null) throw new InputError(`"${s.since}" is not a date (YYYY-MM-DD)`, 'since');
    since = dayStart(day, lib.dayStartHour, lib.tz);
  }
  return {
    decks, since, deckId: s.deckId, states: lib.states, now: lib.now,
    dayOf: (t: number) => dayNumber(t, lib.dayStartHour, lib.tz),
    dayStartMs: (day: number) => dayStart(day, lib.dayStartHour, lib.tz),
  };
}

export function progressStats(lib: ReportLibrary, s: ReportScope): ProgressModel {
  return buildModel(lib.logFile, scope(lib, s));
}

function buildModel(logFile: string, sc: ReturnType<typeof scope>): ProgressModel {
  const b = progressBuilder(sc);
  // The model reads no card state from the log (states come from the library): the lean reader will do.
  readReviews(logFile, (e) => b.add(e), { lean: true });
  return b.finish();
}

export function progressReport(lib: ReportLibrary, s: ReportScope & { format: 'html' | 'csv' | 'json' }): ReportFile {
  const sc = scope(lib, s);
  const today = localDate(lib.now, lib.tz(lib.now));
  const base = `factdeck-report-${today}${s.deckId ? `-${s.deckId}` : ''}`;
  if (s.format === 'csv') {
    const b = csvBuilder(sc);
    readReviews(lib.logFile, (e) => b.add(e));
    return { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', content: b.finish() };
  }
  const model = buildModel(lib.logFile, sc);
  if (s.format === 'json') return { fileName: `${base}.json`, mimeType: 'application/json', content: reportJson(model) };
  const content = reportHtml(model, { generator: `Factdeck ${lib.version ?? ''}`.trim() });
  return { fileName: `${base}.html`, mimeType: 'text/html; charset=utf-8', content };
}

export type ReportMethods = Pick<Api, 'stats' | 'report' | 'reportPdf'>;

/** The report methods over what they read: the decks, their states, the log, the day's start and the time. */
export function makeReportMethods(source: () => ReportLibrary, seeded: () => Promise<void>): ReportMethods {
  return {
    async stats({ deckId }) {
      await seeded();
      return progressStats(source(), { deckId });
    },
    async report({ format, deckId, since }) {
      await seeded();
      return progressReport(source(), { format, deckId, since });
    },
    async reportPdf() {
      throw new InputError('PDF reports are made by the desktop app; here, save the HTML report and print it from the browser');
    },
  };
}
