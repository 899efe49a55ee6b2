// parseImport: the one entry point for importing a deck file. Sniffs the format from the bytes
// (zip -> Anki package, '{' -> factdeck JSON, else delimited text), enforces the size limit and
// returns a validated Deck plus reviews, notices and (for tables) a preview with the column mapping.
import { DECK_FORMAT, deckSchema, type Card, type Deck } from '../deck.js';
import { quickDeck } from '../deck-check.js';
import { InputError } from '../errors.js';
import { readApkg } from './apkg-read.js';
import { formatPath, parseFactdeckJson } from './factdeck-json.js';
import { sha1Hex } from './hash.js';
import { decodeText } from './text-decode.js';
import { importText } from './text-import.js';
import { MAX_INPUT_BYTES, type ImportOptions, type ImportResult } from './types.js';
import { isZip } from './zip.js';

export type { ColumnMapping, ImportedReview, ImportFormat, ImportOptions, ImportResult, ImportPreview } from './types.js';

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
}

function pickTitle(opts: ImportOptions, found: string | undefined, fileName: string): string {
  const t = opts.title?.trim() || found?.trim() || baseName(fileName) || 'Imported deck';
  return t.slice(0, 1_000);
}

function isSqlite(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 16)) === 'SQLite format 3\0';
}

/** A deck built here must satisfy the schema; if not, say where (it would be our bug or an odd input).
 * The fast check keeps the deck as it is: zod would copy every card (a million cards, twice the memory). */
function finish(deck: Deck): Deck {
  const quick = quickDeck(deck);
  if (quick) return quick;
  const res = deckSchema.safeParse(deck);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    throw new InputError(issue.message, formatPath(issue.path));
  }
  return res.data;
}

function newDeck(bytes: Uint8Array, title: string, cards: Card[]): Deck {
  // Same file -> same deck id, so the library can tell a repeated import.
  return { format: DECK_FORMAT, id: 'imp-' + sha1Hex(bytes).slice(0, 16), title, source: null, cards };
}

export async function parseImport(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (bytes.length >= MAX_INPUT_BYTES) {
    throw new InputError(`the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; files of ${MAX_INPUT_BYTES / 1024 / 1024} MB or more are refused`);
  }
  const progress = opts.onProgress ?? ((): void => {});
  const notices: string[] = [];
  const lower = fileName.toLowerCase();

  if (isZip(bytes)) {
    const r = await readApkg(bytes, opts.sqlWasm, notices, progress);
    const deck = finish(newDeck(bytes, pickTitle(opts, r.deckName, fileName), r.cards));
    return { deck, format: 'apkg', reviews: r.reviews, notices, ...(r.media.length ? { media: r.media } : {}) };
  }
  if (lower.endsWith('.apkg') || lower.endsWith('.colpkg')) throw new InputError('not an Anki package (a .apkg file is a zip, and this is not one)');
  if (isSqlite(bytes)) throw new InputError('this is a bare SQLite database; export the deck from Anki as a .apkg package');

  const decoded = decodeText(bytes);
  notices.push(...decoded.notices);
  const text = decoded.text;
  const trimmed = text.trimStart();
  if (!trimmed) throw new InputError('the file holds only blank space');

  // '{"' (or '{}') starts a JSON object; '{{c1::' starts a cloze in a text file.
  if (/^\{\s*(["}]|$)/.test(trimmed) || lower.endsWith('.json')) {
    const deck = parseFactdeckJson(text);
    progress(1, 1);
    return { deck: opts.title?.trim() ? { ...deck, title: opts.title.trim().slice(0, 1_000) } : deck, format: 'factdeck-json', reviews: [], notices };
  }

  const r = importText(text, fileName, opts, notices);
  const deck = finish(newDeck(bytes, pickTitle(opts, r.deckName, fileName), r.cards));
  return { deck, format: r.format, reviews: [], notices, ...(r.preview ? { preview: r.preview } : {}) };
}
