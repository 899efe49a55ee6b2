// Importing a file into the library: parse (core/formats), refuse a second import of the same file,
// then store the deck and any review history (Anki's revlog) so scheduling continues where it was.
import crypto from 'node:crypto';
import type { Deck } from '../../core/deck.js';
import { parseImport } from '../../core/formats/import.js';
import type { ColumnMapping, ImportResult } from '../../core/formats/types.js';
import { answerCard, type GradeNumber } from '../../core/schedule/scheduler.js';
import type { SchedulerSettings } from '../../core/schedule/settings.js';
import { NEW_STATE, type CardState } from '../../core/schedule/state.js';
import type { LogEntry } from '../../core/schedule/log.js';
import { loadSql } from './sql.js';

export interface ParsedImport extends ImportResult {
  /** sha-256 of the file's bytes: the same file imported twice is recognised */
  fileHash: string;
}

export async function parseFile(
  bytes: Uint8Array, name: string, opts: { title?: string | undefined; mapping?: ColumnMapping | undefined } = {},
): Promise<ParsedImport> {
  const result = await parseImport(bytes, name, {
    sqlWasm: loadSql,
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  return { ...result, fileHash: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/** Log entries replaying imported reviews through FSRS, in time order, per card. */
export function reviewEntries(deck: Deck, parsed: ImportResult, settings: SchedulerSettings): Omit<LogEntry, 'n'>[] {
  const ids = new Set(deck.cards.map((c) => c.id));
  const states = new Map<string, CardState>();
  const out: Omit<LogEntry, 'n'>[] = [];
  const reviews = [...parsed.reviews].filter((r) => ids.has(r.card)).sort((a, b) => a.t - b.t);
  for (const r of reviews) {
    const prev = states.get(r.card) ?? NEW_STATE;
    const { state } = answerCard(prev, r.grade as GradeNumber, r.t, settings);
    states.set(r.card, state);
    out.push({ k: 'r', t: r.t, d: deck.id, c: r.card, g: r.grade, ms: r.ms, p: prev.state, s: state });
  }
  return out;
}
