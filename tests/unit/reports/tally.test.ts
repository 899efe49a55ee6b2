// The report's counts carried forward (core/reports/tally.ts, backend report.tally.json) give exactly the report a
// fresh pass over the whole log gives: split anywhere (an undo on the far side of the split included), written
// down and read back, after more answers and undos, reopened, and after the log is replaced by a backup's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend.js';
import { buildProgress, progressFromTally } from '../../../src/core/reports/model.js';
import { cachedDayOf, newTally, tallyEntry, tallyFromJson, tallyToJson } from '../../../src/core/reports/tally.js';
import { utc } from '../../../src/core/schedule/day.js';
import { makeLibrary } from '../../../bench/library.js';
import { tempDir } from '../../helpers/tmp.js';
import { dayOf, dayStartMs, decks, entries, now, states } from './history.js';

const input = { decks, states, now, dayOf, dayStartMs };

describe('a tally of the log', () => {
  it('split at every entry and carried through JSON, gives the model of one pass', () => {
    const whole = buildProgress({ ...input, entries });
    for (let cut = 0; cut <= entries.length; cut++) {
      const first = newTally();
      const day = cachedDayOf(dayOf);
      for (const e of entries.slice(0, cut)) tallyEntry(first, e, day);
      const carried = tallyFromJson(JSON.parse(JSON.stringify(tallyToJson(first))))!;
      for (const e of entries.slice(cut)) tallyEntry(carried, e, day);
      expect(progressFromTally(carried, input), `cut at ${cut}`).toEqual(whole);
      expect(progressFromTally(carried, { ...input, deckId: 'B' })).toEqual(
        buildProgress({ ...input, entries, deckId: 'B' }),
      );
    }
  });

  it('read back from anything but a tally, is none', () => {
    for (const bad of [
      null,
      7,
      {},
      { decks: [['A', 1]], ring: [] },
      { decks: [], ring: [[-1, 'A', 'a', 0, 3, 2, 0]] },
    ]) {
      expect(tallyFromJson(bad)).toBeNull();
    }
    const ids = newTally();
    tallyEntry(ids, { ...entries[0]!, d: '__proto__', c: 'constructor' }, dayOf);
    expect(
      tallyFromJson(JSON.parse(JSON.stringify(tallyToJson(ids))))!
        .decks.get('__proto__')!
        .cards.get('constructor'),
    ).toEqual([0, 1]);
  });
});

describe('report.tally.json in a library', () => {
  const NOW = Date.UTC(2026, 5, 15, 10);
  it('is written after a long count, and later reports add only what was appended: the same report as a full count', async () => {
    const dir = tempDir();
    // about 9 MB of log: more than a report writes its tally down after
    const lib = makeLibrary(dir, { cards: 2_000, reviews: 40_000, decks: 2, now: NOW });
    const logFile = path.join(dir, 'reviews.log');
    let b = createBackend(dir, { now: () => NOW, tz: utc });
    try {
      const first = await b.stats({});
      expect(fs.existsSync(path.join(dir, 'report.tally.json'))).toBe(true);
      expect(first.totals.reviews).toBeGreaterThan(30_000);
      // more answers and an undo, then the report again: carried in memory
      for (let i = 0; i < 30; i++) {
        const next = await b.nextCard({ deckId: lib.deckIds[0]! });
        const cardId = next.card?.card.id ?? lib.cardIds[0]![i]!;
        await b.answer({ deckId: lib.deckIds[0]!, cardId, grade: i % 4 === 0 ? 1 : 3, ms: 3000 });
      }
      await b.undo({});
      const carried = await b.stats({});
      expect(carried.totals.reviews).toBe(first.totals.reviews + 29);
      b.close();
      // reopened: read from the file, then the log since (a number changed in the file shows it is read)
      const tallyFile = path.join(dir, 'report.tally.json');
      const stored = fs.readFileSync(tallyFile, 'utf8');
      const marked = JSON.parse(stored) as { tally: { decks: [string, number][] } };
      marked.tally.decks[0]![1] += 1_000;
      fs.writeFileSync(tallyFile, JSON.stringify(marked));
      b = createBackend(dir, { now: () => NOW, tz: utc });
      expect((await b.stats({})).totals.reviews).toBe(carried.totals.reviews + 1_000);
      b.close();
      fs.writeFileSync(tallyFile, stored);
      b = createBackend(dir, { now: () => NOW, tz: utc });
      expect(await b.stats({})).toEqual({ ...carried, generatedAt: expect.any(Number) });
      expect(await b.stats({ deckId: lib.deckIds[1]! })).toMatchObject({ deckId: lib.deckIds[1]! });
      b.close();
      // the same library with the tally file gone: a full count gives the same
      fs.renameSync(path.join(dir, 'report.tally.json'), path.join(dir, 'kept.json'));
      b = createBackend(dir, { now: () => NOW, tz: utc });
      const counted = await b.stats({});
      expect(counted).toEqual({ ...carried, generatedAt: expect.any(Number) });
      b.close();
      // a log replaced by a shorter one (a backup's, say) with the old tally file back: the tally is not used
      fs.renameSync(path.join(dir, 'kept.json'), path.join(dir, 'report.tally.json'));
      const lines = fs.readFileSync(logFile, 'utf8').split('\n');
      fs.writeFileSync(logFile + '.new', lines.slice(0, 1000).join('\n') + '\n');
      fs.renameSync(logFile + '.new', logFile);
      b = createBackend(dir, { now: () => NOW, tz: utc });
      expect((await b.stats({})).totals.reviews).toBeLessThanOrEqual(1000);
    } finally {
      b.close();
    }
  }, 60_000);
});
