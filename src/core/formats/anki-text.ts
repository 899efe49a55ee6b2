// The header lines of Anki's text export (`#separator:Tab`, `#html:true`, `#tags column:3`, ...).
// They sit at the top of the file; Anki treats every other line starting with '#' as a comment.
import type { Delimiter } from './delimited.js';

export interface AnkiTextHeader {
  separator?: Delimiter;
  html?: boolean;
  /** 0-based column index. */
  tagsColumn?: number;
  /** 0-based columns Anki reserves for note type / deck / guid (not card text). */
  otherColumns: number[];
  columns?: string[];
  /** Tags for every note (`#tags:a b`). */
  tags: string[];
  notetype?: string;
  deck?: string;
  /** Header lines were found (so this is Anki's own text format). */
  found: boolean;
  /** Leading lines starting with '#' (headers and comments) were found. */
  leadingHashLines: number;
  /** Unknown or unsupported header values, for notices. */
  ignored: string[];
}

const SEPARATORS: Record<string, Delimiter> = {
  tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':',
  '\t': '\t', ',': ',', ';': ';', '|': '|', ' ': ' ', ':': ':',
};

export function readAnkiTextHeader(text: string): AnkiTextHeader {
  const h: AnkiTextHeader = { otherColumns: [], tags: [], found: false, leadingHashLines: 0, ignored: [] };
  let pos = 0;
  while (pos < text.length && text[pos] === '#') {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    pos = eol + 1;
    h.leadingHashLines++;
    const m = /^#([a-z ]+):(.*)$/i.exec(line);
    if (!m) continue; // a comment
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!;
    const column = (): number | undefined => {
      const n = Number(value.trim());
      return Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
    };
    switch (key) {
      case 'separator': {
        const sep = SEPARATORS[value.toLowerCase()] ?? SEPARATORS[value.trim().toLowerCase()];
        if (sep) h.separator = sep; else h.ignored.push(`#separator:${value}`);
        h.found = true;
        break;
      }
      case 'html': h.html = value.trim().toLowerCase() === 'true'; h.found = true; break;
      case 'tags column': { const c = column(); if (c !== undefined) h.tagsColumn = c; h.found = true; break; }
      case 'notetype column': case 'deck column': case 'guid column': {
        const c = column(); if (c !== undefined) h.otherColumns.push(c); h.found = true; break;
      }
      case 'columns': h.columns = value.split(h.separator ?? /\t|,|;/); h.found = true; break;
      case 'tags': h.tags = value.split(/\s+/).filter(Boolean); h.found = true; break;
      case 'notetype': h.notetype = value.trim(); h.found = true; break;
      case 'deck': h.deck = value.trim(); h.found = true; break;
      case 'if matches': h.found = true; break;
      default: break; // a comment that happens to contain a colon
    }
  }
  return h;
}
