// A deck as a file to save: factdeck JSON and CSV (both round-trip through import) or an Anki .apkg.
import type { Deck } from '../core/deck.js';
import { toApkg, toCsv, toFactdeckJson } from '../core/formats/index.js';
import { loadSql } from './sql.js';

export type ExportFormat = 'json' | 'csv' | 'apkg';

export interface ExportedDeck {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export async function exportDeck(deck: Deck, format: ExportFormat): Promise<ExportedDeck> {
  const base = fileBase(deck.title) || deck.id;
  if (format === 'json') {
    return { fileName: `${base}.factdeck.json`, mimeType: 'application/json', bytes: Buffer.from(toFactdeckJson(deck)) };
  }
  if (format === 'csv') return { fileName: `${base}.csv`, mimeType: 'text/csv', bytes: Buffer.from(toCsv(deck)) };
  return { fileName: `${base}.apkg`, mimeType: 'application/octet-stream', bytes: toApkg(deck, await loadSql()) };
}

// A deck title may hold anything; a file name gets letters, digits and dashes only.
function fileBase(title: string): string {
  return title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}
