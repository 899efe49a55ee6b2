// The review log as CSV: one row per answer that stands (undone answers are left out), safe to open in a
// spreadsheet (RFC 4180 quoting; cells that a spreadsheet would read as a formula are defused).
import { guardCell } from '../formats/csv-guard.js';
import type { LogEntry } from '../schedule/log.js';
import type { ReportDeck } from './model.js';

const DAY_MS = 86_400_000;
const UNDO_WINDOW = 4_096;
export const CSV_HEADER = ['date', 'deck', 'card', 'prompt', 'grade', 'interval_days', 'seconds'] as const;
export const GRADE_NAMES = ['', 'again', 'hard', 'good', 'easy'] as const;

/** One CSV cell: formula-like text gets the guard (formats/csv-guard.ts); quotes, commas and line breaks are quoted. */
export function csvCell(value: string | number): string {
  const s = typeof value === 'string' ? guardCell(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  decks: readonly ReportDeck[];
  since?: number | undefined;
  deckId?: string | undefined;
}

/** Builds the CSV in one pass; rows of answers later undone are dropped. */
export function reportCsv(entries: Iterable<LogEntry>, opts: CsvOptions): string {
  const b = csvBuilder(opts);
  for (const e of entries) b.add(e);
  return b.finish();
}

/** The same, fed one entry at a time. */
export function csvBuilder(opts: CsvOptions): { add(e: LogEntry): void; finish(): string } {
  const decks = new Map(opts.decks.filter((d) => opts.deckId === undefined || d.id === opts.deckId)
    .map((d) => [d.id, { title: d.title, prompts: new Map(d.cards.map((c) => [c.id, c.prompt])) }]));
  const rows: string[] = [CSV_HEADER.join(',')];
  // The rows of the last answers, in a ring by sequence number, so an undo can blank its answer's row.
  const ringSeq = new Float64Array(UNDO_WINDOW).fill(-1);
  const ringRow = new Int32Array(UNDO_WINDOW);
  const add = (e: LogEntry) => {
    if (e.k === 'u' && e.u !== undefined) {
      const r = e.u % UNDO_WINDOW;
      if (ringSeq[r] === e.u) {
        rows[ringRow[r]!] = '';
        ringSeq[r] = -1;
      }
      return;
    }
    if (e.k !== 'r' || e.g === undefined) return;
    const deck = decks.get(e.d);
    if (!deck || (opts.since !== undefined && e.t < opts.since)) return;
    const interval = e.s.state === 2 ? e.s.sched : Math.round(((e.s.due - e.t) / DAY_MS) * 1000) / 1000;
    const seconds = Math.round((e.ms ?? 0) / 100) / 10;
    ringSeq[e.n % UNDO_WINDOW] = e.n;
    ringRow[e.n % UNDO_WINDOW] = rows.length;
    rows.push([
      csvCell(new Date(e.t).toISOString()), csvCell(deck.title), csvCell(e.c), csvCell(deck.prompts.get(e.c) ?? ''),
      csvCell(GRADE_NAMES[e.g]), csvCell(interval), csvCell(seconds),
    ].join(','));
  };
  const finish = () => {
    let out = '';
    for (const r of rows) if (r !== '') out += r + '\r\n';
    return out;
  };
  return { add, finish };
}
