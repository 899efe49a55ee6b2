// A used library for the reliability tests: three imported decks, a few hundred answers over several
// days (each day a fresh open, so daily backups exist), a snapshot on close.
import fs from 'node:fs';
import path from 'node:path';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import type { FileSystem } from '../../../src/backend/storage/fsio.js';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);

import { mulberry32 as rng } from '../../../src/core/random.js';
export { rng };

export function csvDeck(name: string, n: number): Buffer {
  const rows = ['Front,Back'];
  for (let i = 1; i <= n; i++) rows.push(`${name} question ${i}?,${name} answer ${i}`);
  return Buffer.from(rows.join('\n') + '\n');
}

export function open(dir: string, now: number, extra: { readOnly?: boolean; fs?: FileSystem } = {}): Backend {
  const builtinDir = path.join(dir, '..', 'no-builtin');
  fs.mkdirSync(builtinDir, { recursive: true });
  return createBackend(dir, { now: () => now, tz: () => 0, builtinDir, ...extra });
}

/** Builds the library; returns the clock at its last close and the number of answers given. */
export async function buildUsedLibrary(dir: string, days = 4, perDeckPerDay = 30): Promise<{ now: number; answers: number }> {
  const rand = rng(42);
  let answers = 0;
  let now = T0;
  for (let day = 0; day < days; day++) {
    const lib = open(dir, now);
    try {
      if (day === 0) {
        await lib.setSettings({ settings: { newPerDay: 60, fuzz: false } });
        for (const name of ['Alpha', 'Beta', 'Gamma']) await lib.importFile({ name: `${name.toLowerCase()}.csv`, data: csvDeck(name, 40) });
      }
      for (const d of await lib.listDecks({})) {
        for (let i = 0; i < perDeckPerDay; i++) {
          const next = await lib.nextCard({ deckId: d.id });
          if (!next.card) break;
          const grade = (1 + Math.floor(rand() * 4)) as 1 | 2 | 3 | 4;
          await lib.answer({ deckId: d.id, cardId: next.card.card.id, grade });
          answers++;
        }
      }
    } finally {
      lib.close();
    }
    now += DAY;
  }
  return { now, answers };
}

/** What a person sees of the library: decks (with their cards) and the per-deck counts. */
export async function view(lib: Backend): Promise<unknown> {
  const decks = await lib.listDecks({});
  const out = [];
  for (const d of decks) {
    const deck = await lib.getDeck({ id: d.id });
    out.push({ summary: d, cards: deck.cards.map((c) => [c.id, c.prompt, c.answer]) });
  }
  return out;
}
