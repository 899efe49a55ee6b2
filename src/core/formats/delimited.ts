// Delimited text -> rows with their line numbers, through papaparse (quoted fields with delimiters,
// quotes and newlines). Also detects the delimiter. Knows nothing about cards.
import Papa from 'papaparse';
import { InputError } from '../errors.js';

export type Delimiter = ',' | ';' | '\t' | '|' | ' ' | ':';

export interface Row {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

export interface ReadRowsOptions {
  delimiter: Delimiter;
  /** Skip lines starting with '#' (Anki's text format treats them as comments/headers). */
  hashComments: boolean;
  onProgress?: (done: number, total: number) => void;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

/** Papaparse reports where a row ends; the row starts after any blank or comment lines it skipped. */
function skipBlankAndComments(text: string, pos: number, hashComments: boolean): number {
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const line = text.slice(pos, eol);
    if (line.trim() === '' || (hashComments && line.startsWith('#'))) pos = eol + 1;
    else break;
  }
  return pos;
}

/** Calls onRow for each row in turn; nothing is kept (a million rows never sit in memory at once). */
export function eachRow(text: string, opts: ReadRowsOptions, onRow: (row: Row) => void): void {
  const starts = lineStarts(text);
  let count = 0;
  let prev = 0;
  let failure: InputError | null = null;
  const total = text.length;
  Papa.parse<string[]>(text, {
    delimiter: opts.delimiter,
    quoteChar: '"',
    escapeChar: '"',
    comments: opts.hashComments ? '#' : false,
    skipEmptyLines: 'greedy',
    step(result, parser) {
      const start = skipBlankAndComments(text, prev, opts.hashComments);
      const line = lineOf(starts, start);
      prev = result.meta.cursor;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = new InputError(
          quoteError.code === 'MissingQuotes'
            ? 'unbalanced quote: a quoted field is never closed'
            : 'unbalanced quote: text follows the closing quote of a field',
          `line ${line}`,
        );
        parser.abort();
        return;
      }
      onRow({ line, cells: result.data });
      if (opts.onProgress && ++count % 2000 === 0) opts.onProgress(prev, total);
    },
  });
  if (failure) throw failure;
  opts.onProgress?.(total, total);
}

const CANDIDATES: Delimiter[] = ['\t', ';', ','];

/**
 * Picks the delimiter that splits the first lines most consistently into 2 or more fields.
 * Scored on up to 50 rows parsed with each candidate: share of rows with the most common field count.
 */
export function detectDelimiter(text: string, hashComments: boolean): Delimiter | null {
  const sample = text.slice(0, 64 * 1024);
  let best: { d: Delimiter; score: number; width: number } | null = null;
  for (const d of CANDIDATES) {
    const res = Papa.parse<string[]>(sample, {
      delimiter: d, preview: 50, skipEmptyLines: 'greedy', comments: hashComments ? '#' : false,
    });
    // The last sampled row may be cut off mid-file; ignore it when the sample is partial.
    const data = sample.length < text.length ? res.data.slice(0, -1) : res.data;
    if (data.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of data) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 1, freq = 0;
    for (const [w, f] of counts) if (f > freq || (f === freq && w > width)) { width = w; freq = f; }
    if (width < 2) continue;
    const score = freq / data.length;
    if (!best || score > best.score + 1e-9) best = { d, score, width };
  }
  return best && best.score >= 0.5 ? best.d : null;
}
