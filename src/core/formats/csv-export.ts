// Factdeck's own CSV: `front,back,tags,kind,choices,items,pairs,evidence,evidence_start,evidence_end,id,fact`.
// Spreadsheet-friendly (front/back first) yet lossless: list fields are JSON, ids are kept, and the
// header is recognised on import so the same cards come back. Cells a spreadsheet would run as a formula
// carry the guard of csv-guard.ts, which import takes off again.
import Papa from 'papaparse';
import { cardKinds, cardSchema, type Card, type Deck } from '../deck.js';
import { FORMULA_START, unguardCell } from './csv-guard.js';
import type { Row } from './delimited.js';
import { splitTags, type CardMaker } from './table-deck.js';

export const FACTDECK_CSV_COLUMNS = [
  'front', 'back', 'tags', 'kind', 'choices', 'items', 'pairs', 'evidence', 'evidence_start', 'evidence_end', 'id', 'fact',
] as const;

function tagsCell(tags: string[]): string {
  // Space-separated reads best; JSON keeps tags that contain separators intact.
  return tags.some((t) => /[\s,;]/.test(t) || t.startsWith('[')) ? JSON.stringify(tags) : tags.join(' ');
}

const json = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));

export function toCsv(deck: Deck): string {
  const data = deck.cards.map((c) => [
    c.prompt,
    c.answer,
    tagsCell(c.tags),
    c.kind,
    json(c.choices),
    json(c.items),
    json(c.pairs),
    c.evidence ? c.evidence.sentence : '',
    c.evidence ? String(c.evidence.start) : '',
    c.evidence ? String(c.evidence.end) : '',
    c.id,
    c.fact ?? '',
  ]);
  // A BOM so Excel opens the UTF-8 correctly; import strips it.
  return '\ufeff' + Papa.unparse({ fields: [...FACTDECK_CSV_COLUMNS], data }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START }) + '\r\n';
}

/** Whether a header row is Factdeck's own (so columns map losslessly). */
export function isFactdeckCsvHeader(cells: string[]): boolean {
  const names = cells.map((c) => c.trim().toLowerCase().replace(/^\ufeff/, ''));
  return ['front', 'back', 'kind', 'id'].every((n) => names.includes(n));
}

function parseJsonCell(cell: string | undefined, what: string): unknown {
  if (!cell || !cell.trim()) return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    throw new Error(`${what} is not a JSON list`);
  }
}

/** Rows under a Factdeck header -> cards, given one at a time after the header; rows that do not make a
 * valid card are skipped with a notice. */
export function factdeckCsvMaker(headerRow: Row, notices: string[]): CardMaker {
  const header = headerRow.cells.map((c) => c.trim().toLowerCase().replace(/^\ufeff/, ''));
  const col = (name: string): number => header.indexOf(name);
  const cards: Card[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  return {
    add(row) {
      const get = (name: string): string | undefined => {
        const i = col(name);
        const cell = i < 0 ? undefined : row.cells[i];
        return cell === undefined ? undefined : unguardCell(cell);
      };
      try {
        const kind = (get('kind') ?? 'qa').trim() || 'qa';
        if (!(cardKinds as readonly string[]).includes(kind)) throw new Error(`unknown kind "${kind}"`);
        const sentence = get('evidence') ?? '';
        const start = get('evidence_start') ?? '';
        const end = get('evidence_end') ?? '';
        const candidate: Record<string, unknown> = {
          id: get('id'),
          kind,
          prompt: get('front'),
          answer: get('back') ?? '',
          tags: splitTags(get('tags') ?? '', true),
        };
        const choices = parseJsonCell(get('choices'), 'choices');
        const items = parseJsonCell(get('items'), 'items');
        const pairs = parseJsonCell(get('pairs'), 'pairs');
        if (choices !== undefined) candidate.choices = choices;
        if (items !== undefined) candidate.items = items;
        if (pairs !== undefined) candidate.pairs = pairs;
        if (sentence || start || end) candidate.evidence = { sentence, start: Number(start || 0), end: Number(end || 0) };
        const fact = get('fact');
        if (fact) candidate.fact = fact;
        const res = cardSchema.safeParse(candidate);
        if (!res.success) {
          const issue = res.error.issues[0]!;
          const field = issue.path.length ? String(issue.path[0]) : 'row';
          throw new Error(`${field === 'prompt' ? 'front' : field === 'answer' ? 'back' : field}: ${issue.message}`);
        }
        const prev = seen.get(res.data.id);
        if (prev !== undefined) throw new Error(`duplicate id (same as line ${prev})`);
        seen.set(res.data.id, row.line);
        cards.push(res.data);
      } catch (e) {
        skipped++;
        if (skipped <= 20) notices.push(`line ${row.line}: ${(e as Error).message}; skipped`);
      }

    },
    finish() {
      if (skipped > 20) notices.push(`${skipped - 20} more lines skipped`);
      return cards;
    },
  };
}
