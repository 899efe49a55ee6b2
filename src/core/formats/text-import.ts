// The text formats end to end: Anki text header -> delimiter -> rows -> mapping -> cards.
// Covers CSV, TSV (Excel "Unicode text"), Quizlet's export and Anki's text export.
import type { Card } from '../deck.js';
import { InputError } from '../errors.js';
import { readAnkiTextHeader } from './anki-text.js';
import { factdeckCsvCards, isFactdeckCsvHeader } from './csv-export.js';
import { detectDelimiter, readRows, type Delimiter } from './delimited.js';
import { detectMapping, modalWidth, tableCards } from './table-deck.js';
import type { ColumnMapping, ImportFormat, ImportOptions, ImportPreview } from './types.js';

export interface TextImport {
  cards: Card[];
  format: ImportFormat;
  preview?: ImportPreview;
  /** Deck name from an Anki `#deck:` header. */
  deckName?: string;
}

function extension(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

function checkMapping(m: ColumnMapping, width: number): void {
  const cols = [m.front, m.back, ...(m.tags === null ? [] : [m.tags])];
  for (const c of cols) {
    if (!Number.isInteger(c) || c < 0 || c >= width) throw new InputError(`column ${c} does not exist (the file has ${width} columns)`, 'mapping');
  }
  if (new Set(cols).size !== cols.length) throw new InputError('front, back and tags must be different columns', 'mapping');
}

export function importText(text: string, fileName: string, opts: ImportOptions, notices: string[]): TextImport {
  const ankiHeader = readAnkiTextHeader(text);
  const anki = ankiHeader.found || ankiHeader.leadingHashLines > 0;
  const ext = extension(fileName);
  const delimiter: Delimiter | null =
    ankiHeader.separator ?? detectDelimiter(text, anki) ?? (ext === 'tsv' || ext === 'tab' ? '\t' : null);
  if (!delimiter) {
    throw new InputError('no columns found: expected a front and a back separated by a comma, semicolon or tab', 'line 1');
  }
  for (const h of ankiHeader.ignored) notices.push(`Anki header ${h} was not understood and was ignored`);
  if (ankiHeader.notetype && !/^(basic|cloze)/i.test(ankiHeader.notetype)) {
    notices.push(`Anki note type "${ankiHeader.notetype}" was read as front and back columns`);
  }
  const progress = opts.onProgress;
  const rows = readRows(text, { delimiter, hashComments: anki, ...(progress ? { onProgress: progress } : {}) });
  if (rows.length === 0) throw new InputError('no cards found: the file has no rows');

  const kindOfFile: ImportFormat = anki ? 'anki-text' : delimiter === '\t' ? 'tsv' : 'csv';
  if (!opts.mapping && isFactdeckCsvHeader(rows[0]!.cells)) {
    const cards = factdeckCsvCards(rows, notices);
    if (cards.length === 0) throw new InputError('no usable cards in this Factdeck CSV', notices[0]?.replace(/:.*$/, ''));
    return { cards, format: kindOfFile };
  }

  const width = Math.max(ankiHeader.columns?.length ?? 0, modalWidth(rows));
  if (width < 2) {
    throw new InputError('only one column found: expected a front and a back separated by a comma, semicolon or tab', `line ${rows[0]!.line}`);
  }
  const mapping = opts.mapping ?? detectMapping(rows, width, {
    header: ankiHeader.columns, tagsColumn: ankiHeader.tagsColumn, reserved: ankiHeader.otherColumns,
  });
  checkMapping(mapping, width);
  const cards = tableCards(rows, {
    mapping,
    width,
    html: ankiHeader.html,
    ankiTags: anki,
    extraTags: ankiHeader.tags,
    notices,
  });
  const headerCells = ankiHeader.columns ?? (mapping.header ? rows[0]!.cells : null);
  const columns = Array.from({ length: width }, (_, i) => headerCells?.[i]?.trim() || `Column ${i + 1}`);
  const previewRows = (mapping.header ? rows.slice(1) : rows).slice(0, 10).map((r) => r.cells.map((c) => c.slice(0, 200)));
  const format: ImportFormat = kindOfFile === 'tsv' && !mapping.header && width === 2 ? 'quizlet' : kindOfFile;
  return {
    cards,
    format,
    preview: { columns, rows: previewRows, mapping },
    ...(ankiHeader.deck ? { deckName: ankiHeader.deck } : {}),
  };
}
