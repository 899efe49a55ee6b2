// Shared shapes of the import/export code: what parseImport returns and takes.
import type { SqlJsStatic } from 'sql.js';
import type { Deck } from '../deck.js';

export type ImportFormat = 'factdeck-json' | 'csv' | 'tsv' | 'anki-text' | 'quizlet' | 'apkg';

/** One past answer carried over from another app (Anki's revlog), so scheduling continues where it left off. */
export interface ImportedReview {
  /** Card id in the imported deck. */
  card: string;
  /** Epoch milliseconds of the answer. */
  t: number;
  grade: 1 | 2 | 3 | 4;
  /** Time taken to answer, in milliseconds. */
  ms: number;
}

/** A media file a package carried, under the name the cards use for it (see apkg-media.ts). */
export interface ImportedMedia {
  file: string;
  bytes: Uint8Array;
}

/** Which column of a table holds what (0-based). Returned in the preview; pass it back to override detection. */
export interface ColumnMapping {
  front: number;
  back: number;
  /** Column of space/comma separated tags, or null for none. */
  tags: number | null;
  /** Whether the first row is a header (column names) rather than a card. */
  header: boolean;
}

export interface ImportPreview {
  columns: string[];
  rows: string[][];
  mapping: ColumnMapping;
}

export interface ImportResult {
  deck: Deck;
  format: ImportFormat;
  reviews: ImportedReview[];
  /** images and sounds the cards show (Anki packages) */
  media?: ImportedMedia[];
  /** Things a person should know but that did not stop the import (skipped lines, media left out, ...). */
  notices: string[];
  preview?: ImportPreview;
}

/** sql.js is loaded by the shell (wasm file location differs in Node and browser), so core takes it as an argument. */
export type SqlJsSource = SqlJsStatic | (() => Promise<SqlJsStatic>);

export interface ImportOptions {
  title?: string;
  sqlWasm?: SqlJsSource;
  onProgress?: (done: number, total: number) => void;
  mapping?: ColumnMapping;
}

/** Refuse input files at or above this size: everything is held in memory. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
/** Refuse zips whose contents would inflate beyond this (zip bombs). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
