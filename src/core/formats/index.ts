// Public surface of the deck formats: import any supported file, export to JSON, CSV and .apkg.
export { parseImport } from './import.js';
export { toFactdeckJson } from './factdeck-json.js';
export { toCsv } from './csv-export.js';
export { toApkg } from './apkg-write.js';
export type { ColumnMapping, ImportedReview, ImportFormat, ImportOptions, ImportPreview, ImportResult, SqlJsSource } from './types.js';
export { MAX_INPUT_BYTES, MAX_UNZIPPED_BYTES } from './types.js';
