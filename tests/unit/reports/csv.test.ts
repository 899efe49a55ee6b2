import { describe, expect, it } from 'vitest';
import { csvCell, reportCsv } from '../../../src/core/reports/csv.js';
import { decks, entries, HOSTILE } from './history.js';

/** A small RFC 4180 reader, to check the CSV parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('reportCsv', () => {
  it('one row per standing answer, undone and deleted-deck answers left out', () => {
    const rows = parseCsv(reportCsv(entries, { decks }));
    expect(rows[0]).toEqual(['date', 'deck', 'card', 'prompt', 'grade', 'interval_days', 'seconds']);
    expect(rows).toHaveLength(1 + 6);
    expect(rows.map((r) => r[2])).toEqual(['card', 'a1', 'a2', 'a3', 'a4', 'b1', 'b1']);
    expect(rows[4]).toEqual(['2026-03-10T05:02:00.000Z', 'Deck A', 'a4', 'Prompt a4?', 'easy', '5', '2']);
    expect(rows[1]![5]).toBe('0.007'); // learning: 10 minutes, as a fraction of a day
    expect(rows[1]![4]).toBe('good');
    expect(rows[2]![4]).toBe('again');
    expect(rows[5]![1]).toBe(`Deck B ${HOSTILE}`);
  });

  it('filters by deck and since', () => {
    expect(parseCsv(reportCsv(entries, { decks, deckId: 'B' }))).toHaveLength(3);
    expect(parseCsv(reportCsv(entries, { decks, since: Date.parse('2026-03-10T04:00:00Z') }))).toHaveLength(4);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
  });

  it('hostile card text round-trips through a CSV reader as text', () => {
    const prompt = '=cmd|\' /C calc\'!A0, "quoted"\nnext line';
    const deck = { id: 'H', title: '+evil, "title"', cards: [{ id: '-id', kind: 'qa' as const, prompt, answer: 'x', tags: [] }] };
    const csv = reportCsv([{ ...entries[0]!, d: 'H', c: '-id' }], { decks: [deck] });
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe(`'+evil, "title"`);
    expect(rows[1]![2]).toBe("'-id");
    expect(rows[1]![3]).toBe(`'${prompt}`);
  });
});
