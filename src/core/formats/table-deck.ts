// Rows of a CSV/TSV/Anki-text/Quizlet file -> cards. Decides the column mapping (front/back/tags,
// header row), cleans fields (HTML -> text), skips malformed rows with a notice naming the line.
import type { Card } from '../deck.js';
import { InputError } from '../errors.js';
import { clozeNumbers, renderCloze } from './cloze.js';
import type { Row } from './delimited.js';
import { contentId } from './hash.js';
import { htmlToTextWithMedia, looksLikeHtml } from './html-text.js';
import type { ColumnMapping } from './types.js';

const FRONT_NAMES = ['front', 'question', 'term', 'prompt', 'q', 'word', 'clue', 'text', 'side 1', 'side a', 'vorderseite', 'recto'];
const BACK_NAMES = ['back', 'answer', 'definition', 'a', 'meaning', 'translation', 'side 2', 'side b', 'rückseite', 'verso'];
const TAG_NAMES = ['tags', 'tag', 'labels', 'label', 'keywords', 'categories', 'category'];
const OTHER_NAMES = ['kind', 'choices', 'items', 'pairs', 'evidence', 'evidence_start', 'evidence_end', 'id', 'fact', 'notes', 'extra', 'source', 'hint', 'example', 'deck', 'notetype', 'guid'];

const norm = (s: string): string => s.trim().toLowerCase().replace(/^\ufeff/, '');

/** A first row whose cells are all (known) column names is a header. */
export function looksLikeHeader(cells: string[]): boolean {
  const known = [...FRONT_NAMES, ...BACK_NAMES, ...TAG_NAMES, ...OTHER_NAMES];
  const names = cells.map(norm).filter(Boolean);
  if (names.length < 2) return false;
  const hits = names.filter((n) => known.includes(n)).length;
  return hits >= 2 && hits >= names.length / 2;
}

const TAGGY = /^[\p{L}\p{N}_:.\-/,#&+]+( [\p{L}\p{N}_:.\-/,#&+]+)*$/u;

export function splitTags(cell: string, ankiStyle: boolean): string[] {
  const t = cell.trim();
  if (t.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(t);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch { /* not a JSON list: plain tags */ }
  }
  return t.split(ankiStyle ? /\s+/ : /[\s,;]+/).filter(Boolean);
}

export function detectMapping(
  rows: Row[],
  width: number,
  opts: { header?: string[] | undefined; tagsColumn?: number | undefined; reserved?: number[] },
): ColumnMapping {
  const first = rows[0]?.cells ?? [];
  const header = opts.header === undefined && looksLikeHeader(first);
  const names = (opts.header ?? (header ? first : [])).map(norm);
  const find = (list: string[]): number => names.findIndex((n) => list.includes(n));
  let front = find(FRONT_NAMES);
  let back = find(BACK_NAMES);
  let tags: number | null = opts.tagsColumn ?? (find(TAG_NAMES) >= 0 ? find(TAG_NAMES) : null);
  // Columns Anki reserves for note type, deck or guid never hold card text.
  const free = (i: number): boolean => i !== tags && !(opts.reserved ?? []).includes(i);
  const all = Array.from({ length: Math.max(width, 2) }, (_, i) => i);
  if (front < 0) front = all.find((i) => i !== back && free(i)) ?? 0;
  if (back < 0) back = all.find((i) => i !== front && free(i)) ?? 1;
  if (tags === null && names.length === 0 && width >= 3) {
    // No header: the last column is tags if every value in it looks like a tag list.
    const last = width - 1;
    if (last !== front && last !== back && free(last)) {
      const values = rows.slice(0, 200).map((r) => r.cells[last]?.trim() ?? '').filter(Boolean);
      if (values.length > 0 && values.every((v) => v.length <= 200 && TAGGY.test(v))) tags = last;
    }
  }
  return { front, back, tags, header };
}

/** Most common number of fields per row (from a count of rows per width): rows with another count are malformed. */
export function modalWidth(counts: ReadonlyMap<number, number>): number {
  let width = 0, freq = 0;
  for (const [w, f] of counts) if (f > freq || (f === freq && w > width)) { width = w; freq = f; }
  return width;
}

export interface TableCardsOptions {
  mapping: ColumnMapping;
  width: number;
  /** true/false: the Anki header said; undefined: convert fields that look like HTML. */
  html: boolean | undefined;
  ankiTags: boolean;
  extraTags: string[];
  notices: string[];
}

const MAX_TEXT = 20_000;
const MAX_LISTED = 20;

class NoticeList {
  private skipped = 0;
  constructor(private readonly notices: string[]) {}
  skip(line: number, why: string): void {
    this.skipped++;
    if (this.skipped <= MAX_LISTED) this.notices.push(`line ${line}: ${why}; skipped`);
  }
  finish(): void {
    if (this.skipped > MAX_LISTED) this.notices.push(`${this.skipped - MAX_LISTED} more lines skipped`);
  }
  get count(): number { return this.skipped; }
}

/** A field as card text: HTML becomes text (its spacing means nothing); plain text is kept as it was, a
 * leading tab or space included ("\t=1+1" stays "\t=1+1"), only its line breaks made "\n". */
export function cleanField(raw: string, html: boolean | undefined): { text: string; media: number } {
  if (html !== false && (html === true || looksLikeHtml(raw))) return htmlToTextWithMedia(raw);
  return { text: raw.replace(/\r\n/g, '\n'), media: 0 };
}

/** Cards from rows given one at a time (a million rows are never held at once); the header row, if any,
 * is not given. */
export interface CardMaker {
  add(row: Row): void;
  finish(): Card[];
}

export function tableCardMaker(o: TableCardsOptions): CardMaker {
  const { mapping, width } = o;
  const needed = Math.max(mapping.front, mapping.back, mapping.tags ?? 0) + 1;
  const list = new NoticeList(o.notices);
  const seen = new Map<string, number>();
  const cards: Card[] = [];
  let media = 0;
  let firstProblem: { line: number; why: string } | null = null;
  const skip = (line: number, why: string): void => {
    firstProblem ??= { line, why };
    list.skip(line, why);
  };
  return {
    add(row) {
      let cells = row.cells;
      // Trailing empty cells (a stray delimiter at the end of a line) do not make a row malformed.
      while (cells.length > width && cells[cells.length - 1]!.trim() === '') cells = cells.slice(0, -1);
      if (cells.length < needed) {
        skip(row.line, `expected ${width} fields, found ${cells.length}`);
        return;
      }
      if (cells.length > width) {
        skip(row.line, `too many fields (expected ${width}, found ${cells.length})`);
        return;
      }
      const front = cleanField(cells[mapping.front] ?? '', o.html);
      const back = cleanField(cells[mapping.back] ?? '', o.html);
      media += front.media + back.media;
      if (!front.text.trim()) {
        skip(row.line, 'the front is empty');
        return;
      }
      if (front.text.length > MAX_TEXT || back.text.length > MAX_TEXT) {
        skip(row.line, `a field is longer than ${MAX_TEXT} characters`);
        return;
      }
      const tags = [...o.extraTags, ...(mapping.tags !== null ? splitTags(cells[mapping.tags] ?? '', o.ankiTags) : [])]
        .filter((t) => t.length <= 100)
        .slice(0, 50);
      const fact = contentId('f-', front.text);
      const rawFront = cells[mapping.front] ?? '';
      const made: Card[] = [];
      const nums = clozeNumbers(rawFront);
      if (nums.length > 0) {
        for (const n of nums) {
          const c = renderCloze(rawFront, n);
          const prompt = cleanField(c.prompt, o.html).text;
          const answer = cleanField(c.answer, o.html).text;
          if (prompt) made.push({ id: contentId('c-', 'cloze', prompt, answer), kind: 'cloze', prompt, answer, tags, fact });
        }
      } else {
        made.push({ id: contentId('c-', 'qa', front.text, back.text), kind: 'qa', prompt: front.text, answer: back.text, tags, fact });
      }
      for (const card of made) {
        const prev = seen.get(card.id);
        if (prev !== undefined) {
          skip(row.line, `same card as line ${prev}`);
          continue;
        }
        seen.set(card.id, row.line);
        cards.push(card);
      }
    },
    finish() {
      list.finish();
      if (media > 0) o.notices.push(`${media} media reference(s) (images, sounds) were left out`);
      if (cards.length === 0) {
        const p = firstProblem as { line: number; why: string } | null;
        if (p) throw new InputError(`${p.why}, and no other line gave a card`, `line ${p.line}`);
        throw new InputError('no cards found');
      }
      return cards;
    },
  };
}
