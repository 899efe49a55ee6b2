// The text formats end to end: Anki text header -> delimiter -> rows -> mapping -> cards.
// Covers CSV, TSV (Excel "Unicode text"), Quizlet's export and Anki's text export.
import type { Card } from '../deck.js';
import { InputError } from '../errors.js';
import { readAnkiTextHeader } from './anki-text.js';
import { factdeckCsvMaker, isFactdeckCsvHeader } from './csv-export.js';
import { detectDelimiter, eachRow, type Delimiter, type Row } from './delimited.js';
import { detectMapping, modalWidth, tableCardMaker, type CardMaker } from './table-deck.js';
import type { ColumnMapping, ImportFormat, ImportOptions, ImportPreview } from './types.js';

export interface TextImport {
  cards: Card[];
  format: ImportFormat;
  preview?: ImportPreview;
  /** Deck name from an Anki `#deck:` header. */
  deckName?: string;
}

/** Rows kept from the first pass: enough to tell a header, the tags column and to show a preview. */
const SAMPLE_ROWS = 200;

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
  // Two passes over the text, keeping no row but the first few: the first counts fields per row (the
  // table's width) and keeps a sample for the header, mapping and preview; the second makes the cards.
  const progress = opts.onProgress;
  const pass = (from: number, onRow: (row: Row) => void) => eachRow(text, {
    delimiter, hashComments: anki, ...(progress ? { onProgress: (done, total) => progress(from + done / 2, total) } : {}),
  }, onRow);
  const sample: Row[] = [];
  const widths = new Map<number, number>();
  pass(0, (row) => {
    if (sample.length < SAMPLE_ROWS) sample.push(row);
    widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1);
  });
  if (sample.length === 0) throw new InputError('no cards found: the file has no rows');
  const afterFirst = (maker: CardMaker, skipFirst: boolean) => {
    let first = skipFirst;
    pass(text.length / 2, (row) => {
      if (first) first = false;
      else maker.add(row);
    });
    return maker.finish();
  };

  const kindOfFile: ImportFormat = anki ? 'anki-text' : delimiter === '\t' ? 'tsv' : 'csv';
  if (!opts.mapping && isFactdeckCsvHeader(sample[0]!.cells)) {
    const cards = afterFirst(factdeckCsvMaker(sample[0]!, notices), true);
    if (cards.length === 0) throw new InputError('no usable cards in this Factdeck CSV', notices[0]?.replace(/:.*$/, ''));
    return { cards, format: kindOfFile };
  }

  const width = Math.max(ankiHeader.columns?.length ?? 0, modalWidth(widths));
  if (width < 2) {
    throw new InputError('only one column found: expected a front and a back separated by a comma, semicolon or tab', `line ${sample[0]!.line}`);
  }
  const mapping = opts.mapping ?? detectMapping(sample, width, {
    header: ankiHeader.columns, tagsColumn: ankiHeader.tagsColumn, reserved: ankiHeader.otherColumns,
  });
  checkMapping(mapping, width);
  const cards = afterFirst(tableCardMaker({
    mapping,
    width,
    html: ankiHeader.html,
    ankiTags: anki,
    extraTags: ankiHeader.tags,
    notices,
  }), mapping.header);
  const headerCells = ankiHeader.columns ?? (mapping.header ? sample[0]!.cells : null);
  const columns = Array.from({ length: width }, (_, i) => headerCells?.[i]?.trim() || `Column ${i + 1}`);
  const previewRows = (mapping.header ? sample.slice(1) : sample).slice(0, 10).map((r) => r.cells.map((c) => c.slice(0, 200)));
  const format: ImportFormat = kindOfFile === 'tsv' && !mapping.header && width === 2 ? 'quizlet' : kindOfFile;
  return {
    cards,
    format,
    preview: { columns, rows: previewRows, mapping },
    ...(ankiHeader.deck ? { deckName: ankiHeader.deck } : {}),
  };
}
