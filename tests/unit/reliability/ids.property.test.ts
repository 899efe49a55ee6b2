// Property: ids are data. Decks and cards whose ids are "__proto__", "constructor", "toString",
// "hasOwnProperty", names Windows reserves, ids differing only in case, or any unicode go through import,
// study, the snapshot, a reopen and the reports with nothing dropped: every answer's progress is there
// after the reopen (read from the snapshot), in the stats and in the CSV report. A deck id that cannot be
// one is refused in one line (nothing stored) or, where it is only unfit as a file name, renamed.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../../src/core/errors.js';
import { unguardCell } from '../../../src/core/formats/csv-guard.js';
import { deckIdProblem } from '../../../src/core/ids.js';
import { readSnapshot, type DeckStates } from '../../../src/backend/storage/snapshot.js';
import { tempDir } from '../../helpers/tmp.js';
import { open, T0 } from './library.js';

/** Whether the snapshot read back holds the card of the deck. */
const holds = (states: DeckStates, deck: string, card: string): boolean => states.get(deck)?.has(card) === true;

const TRAPS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const deckIds = fc.oneof(
  fc.constantFrom(...TRAPS, 'con', 'NUL', 'com1', 'Lpt9', 'Deck', 'deck', 'DECK'),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
);
const cardIds = fc.oneof(
  fc.constantFrom(...TRAPS, '..', '../x', 'a/b', 'x.json', '=1+1', '-', ' '),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
);
const decks = fc.array(
  fc.record({
    id: deckIds,
    cards: fc.uniqueArray(cardIds, { minLength: 1, maxLength: 5 }),
    grades: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 5 }),
  }),
  { minLength: 1, maxLength: 4 },
);

const deckJson = (id: string, cards: string[]) => JSON.stringify({
  format: 'factdeck/1', id, title: `Deck ${id}`,
  cards: cards.map((c, i) => ({ id: c, kind: 'qa', prompt: `Question ${i} of ${c}?`, answer: `Answer ${c}`, tags: [] })),
});

let runs = 0;
let renamed = 0;
let refused = 0;

describe('ids that break plain objects', () => {
  it('survive import, study, snapshot, reopen and reports', async () => {
    await fc.assert(fc.asyncProperty(decks, async (input) => {
      runs++;
      const dir = path.join(tempDir(), 'lib');
      const studied = new Map<string, { cards: string[]; answers: number }>();
      let lib = open(dir, T0);
      let preset: string;
      try {
        await lib.listDecks({});
        // A deck option preset whose id is a trap too ("constructor"), chosen for every deck.
        const s = await lib.getSettings({});
        preset = (await lib.savePreset({ preset: {
          name: 'Constructor', newPerDay: 50, reviewsPerDay: s.reviewsPerDay, desiredRetention: s.desiredRetention,
          learningSteps: s.learningSteps, relearningSteps: s.relearningSteps,
        } })).id;
        expect(preset).toBe('constructor');
        for (const [n, d] of input.entries()) {
          const bytes = Buffer.from(deckJson(d.id, d.cards));
          const r = await lib.importFile({ name: `deck-${n}.json`, data: bytes }).then((x) => x, (e: unknown) => e);
          if (!/^[A-Za-z0-9_-]{1,200}$/.test(d.id)) {
            // not an id at all: one line, nothing stored
            expect(isInputError(r), String(r)).toBe(true);
            expect((r as Error).message).not.toContain('\n');
            refused++;
            continue;
          }
          if (isInputError(r)) throw r;
          const { id, duplicate } = r as { id: string; duplicate: boolean };
          if (duplicate) continue;
          expect(deckIdProblem(id)).toBeNull();
          if (id !== d.id) renamed++;
          expect(id.toLowerCase() === d.id.toLowerCase() || id.startsWith(`${d.id}-`) || deckIdProblem(d.id) !== null).toBe(true);
          await lib.setDeckPreset({ deckId: id, presetId: preset });
          for (const [i, c] of d.cards.entries()) await lib.answer({ deckId: id, cardId: c, grade: d.grades[i] as 1 | 2 | 3 | 4 });
          studied.set(id, { cards: d.cards, answers: d.cards.length });
        }
      } finally {
        lib.close();
      }
      // One file per deck, and no two ids the same file on a case-blind disk.
      const files = fs.readdirSync(path.join(dir, 'decks')).filter((f) => f.endsWith('.json'));
      expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
      // The snapshot written on close holds every studied deck and card as its own key.
      const snap = readSnapshot(path.join(dir, 'progress.snapshot.json'));
      if (studied.size) {
        expect(typeof snap).toBe('object');
        const states = (snap as Exclude<typeof snap, string>).states;
        for (const [id, s] of studied) {
          expect(states.has(id), id).toBe(true);
          for (const c of s.cards) expect(holds(states, id, c), `${id}/${c}`).toBe(true);
        }
      }
      lib = open(dir, T0);
      try {
        expect((await lib.status({})).notices).toEqual([]);
        let total = 0;
        for (const [id, s] of studied) {
          const page = await lib.listCards({ deckId: id, offset: 0, limit: 500 });
          expect(page.cards.map((c) => c.id).sort(), id).toEqual([...s.cards].sort());
          for (const row of page.cards) expect(row.state, `${id}/${row.id}`).not.toBe('new');
          expect((await lib.deckOptions({ deckId: id })).presetId, id).toBe('constructor');
          const stats = await lib.stats({ deckId: id });
          expect(stats.decks.find((d) => d.id === id)?.reviews, id).toBe(s.answers);
          total += s.answers;
        }
        const csv = Papa.parse<string[]>((await lib.report({ format: 'csv' })).content, { skipEmptyLines: true }).data;
        expect(csv.length - 1).toBe(total);
        const cardsInReport = csv.slice(1).map((r) => unguardCell(r[2]!));
        expect(cardsInReport.sort()).toEqual([...studied.values()].flatMap((s) => s.cards).sort());
      } finally {
        lib.close();
      }
    }), { numRuns: 40, seed: 12 });
    console.log(`[reliability] ids: ${runs} libraries with trap ids; ${renamed} deck ids renamed (reserved or same but for case), ${refused} refused as not ids; no progress lost`);
  }, 120_000);
});
