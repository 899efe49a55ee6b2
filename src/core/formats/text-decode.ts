// Bytes -> text for the text formats: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (Excel's
// "Unicode text"), UTF-16 without BOM when the NUL pattern gives it away, and Windows-1252 as the
// last resort for old Excel CSVs. Binary junk is refused here so no parser ever sees it.
import { InputError } from '../errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  notices: string[];
}

function decode(bytes: Uint8Array, label: string, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Where bytes look like UTF-16 without a BOM: most NULs sit on one parity. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++; else odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even === 0) return 'utf-16le';
  if (even > pairs * 0.3 && odd === 0) return 'utf-16be';
  return null;
}

/** Line (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// Control characters other than tab, newline, CR, form feed never occur in a deck made by a person.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001e\u007f]/g;

/** The character at `at` as two hex digits ("7f"). */
const hexAt = (text: string, at: number): string => text.charCodeAt(at).toString(16).padStart(2, '0');

function refuseBinary(text: string, what: string): void {
  // (search, not exec: CONTROL is global, and search keeps no lastIndex between calls.)
  const at = text.search(CONTROL);
  if (at >= 0) {
    throw new InputError(`binary data, not a text ${what} (a control character 0x${hexAt(text, at)} was found)`,
      `line ${lineAt(text, at)}`);
  }
}

/** `what` names the text in messages: "deck" for imports, "article" for generate. */
export function decodeText(bytes: Uint8Array, what = 'deck'): DecodedText {
  const notices: string[] = [];
  let text: string;
  let encoding: DecodedText['encoding'];
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  try {
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      encoding = 'utf-8';
      text = decode(bytes, 'utf-8', true);
    } else if (b0 === 0xff && b1 === 0xfe) {
      encoding = 'utf-16le';
      text = decode(bytes, 'utf-16le', true);
    } else if (b0 === 0xfe && b1 === 0xff) {
      encoding = 'utf-16be';
      text = decode(bytes, 'utf-16be', true);
    } else {
      const u16 = guessUtf16(bytes);
      if (u16) {
        encoding = u16;
        text = decode(bytes, u16, true);
        notices.push(`read as ${u16.toUpperCase()} text without a byte order mark`);
      } else {
        encoding = 'utf-8';
        text = decode(bytes, 'utf-8', true);
      }
    }
  } catch {
    // Not valid in the chosen Unicode encoding: either junk or an old single-byte file.
    const latin = decode(bytes, 'windows-1252', false);
    refuseBinary(latin, what);
    if (bytes.some((b) => b === 0)) throw new InputError(`binary data, not a text ${what}`);
    encoding = 'windows-1252';
    text = latin;
    notices.push('the file is not valid UTF-8; it was read as Windows-1252 (Western European)');
  }
  return { text: strayDropped(text, what, notices), encoding, notices };
}

/** An article may carry a stray control character among its words ("a 500 mln dlr<DEL> untied loan" in a Reuters
 * story of 1987: round 8787's deck was refused as binary): two, or one in a thousand characters, none a NUL, are
 * dropped with a notice; more is a binary file. A deck is held to every character. */
function strayDropped(text: string, what: string, notices: string[]): string {
  const found: string[] = text.match(CONTROL) ?? [];
  if (what !== 'article' || found.length === 0 || found.includes('\u0000') || found.length > Math.max(2, text.length / 1000)) {
    refuseBinary(text, what);
    return text;
  }
  const first = text.search(CONTROL);
  const many = found.length === 1 ? 'a stray control character' : `${found.length} stray control characters`;
  notices.push(`${many} (0x${hexAt(text, first)}, line ${lineAt(text, first)}) removed from the text`);
  return text.replace(CONTROL, '');
}
