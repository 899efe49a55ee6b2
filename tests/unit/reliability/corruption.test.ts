// Corruption: every file of a used library, truncated or garbled in turn. The library still opens with
// every deck and its progress, rebuilt from what is intact (log replay, snapshot, backups); the damaged
// file is kept aside (never deleted); the person is told (status().notices). Figures are printed.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLogFrom } from '../../../src/backend/storage/review-log.js';
import { tempDir } from '../../helpers/tmp.js';
import { buildUsedLibrary, DAY, open, view } from './library.js';

type Damage = 'half' | 'empty' | 'garble';
const JUNK = Buffer.from('\u0000}{"garbled\u0001');

function damage(file: string, how: Damage): void {
  const data = fs.readFileSync(file);
  if (how === 'empty') fs.writeFileSync(file, '');
  else if (how === 'half') fs.writeFileSync(file, data.subarray(0, Math.floor(data.length / 2)));
  else {
    const at = Math.floor(data.length / 2);
    fs.writeFileSync(file, Buffer.concat([data.subarray(0, at), JUNK, data.subarray(at + JUNK.length)]));
  }
}

let template = '';
let checkAt = 0;
let expected: unknown;
let expectedReviews = 0;
let answers = 0;

function copyOf(): string {
  const dir = path.join(tempDir(), 'lib');
  fs.cpSync(template, dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

beforeAll(async () => {
  template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-corrupt-template-')), 'lib');
  const built = await buildUsedLibrary(template);
  answers = built.answers;
  checkAt = built.now;
  // Backups in the template are listed only: the check below opens copies.
  const lib = open(copyOf(), checkAt);
  expected = await view(lib);
  expectedReviews = (await lib.status({})).reviews;
  lib.close();
}, 60_000);

afterAll(() => fs.rmSync(path.dirname(template), { recursive: true, force: true }));

const tally = { cases: 0, recovered: 0 };

describe('a damaged file never empties or silently resets a library', () => {
  it('the used library is what the cases start from', () => {
    expect(fs.existsSync(path.join(template, 'progress.snapshot.json'))).toBe(true);
    expect(answers).toBeGreaterThan(300);
    expect((expected as unknown[]).length).toBe(3);
  });

  const targets = (dir: string): string[] => [
    path.join(dir, 'reviews.log'),
    path.join(dir, 'progress.snapshot.json'),
    ...fs.readdirSync(path.join(dir, 'decks')).filter((n) => n.endsWith('.json')).map((n) => path.join(dir, 'decks', n)),
    path.join(dir, 'preferences.json'),
    path.join(dir, 'library.lock'),
  ];

  for (const how of ['garble', 'half', 'empty'] as Damage[]) {
    it(`each file ${how === 'garble' ? 'garbled' : how === 'half' ? 'cut in half' : 'emptied'} in turn`, () => {
      const n = targets(template).length;
      expect(n).toBe(7);
      return (async () => {
        for (let i = 0; i < n; i++) {
          const dir = copyOf();
          const file = targets(dir)[i]!;
          const name = path.basename(file);
          if (name === 'library.lock') {
            // A lock left by a crash (the holder is gone), then damaged.
            fs.writeFileSync(file, JSON.stringify({ pid: 999_999_999, what: 'factdeck serve', since: new Date(0).toISOString() }));
            const old = new Date(Date.now() - 60_000);
            damage(file, how);
            fs.utimesSync(file, old, old);
          } else {
            damage(file, how);
          }
          const size = fs.statSync(file).size;
          tally.cases++;
          const lib = open(dir, checkAt);
          try {
            expect(await view(lib), `${name} ${how}`).toEqual(expected);
            const status = await lib.status({});
            expect(status.reviews, `${name} ${how}`).toBeGreaterThanOrEqual(expectedReviews - 1);
            // Told: a notice names what happened.
            expect(status.notices.length, `${name} ${how}: ${JSON.stringify(status.notices)}`).toBeGreaterThan(0);
            // Kept aside: the damaged bytes are still on disk beside the file, unless there were none.
            const beside = fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${name}.`) && /damaged|short|stale|torn/.test(f));
            if (size > 0) expect(beside.length, `${name} ${how} kept aside`).toBeGreaterThan(0);
            tally.recovered++;
          } finally {
            lib.close();
          }
          // And it opens again cleanly, with the same content.
          const again = open(dir, checkAt + 1000);
          expect(await view(again)).toEqual(expected);
          again.close();
        }
      })();
    }, 60_000);
  }

  it('a garbled line in the middle of the log loses only that line (no snapshot to lean on)', async () => {
    const dir = copyOf();
    fs.renameSync(path.join(dir, 'progress.snapshot.json'), path.join(dir, 'snapshot.away'));
    const log = path.join(dir, 'reviews.log');
    const total = readLogFrom(log, 0).entries.length;
    const text = fs.readFileSync(log, 'utf8');
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    lines[mid] = lines[mid]!.slice(0, 20) + '#garbage#' + lines[mid]!.slice(40);
    // and the newline after the next line garbled away: two lines merge
    lines[mid + 2] = lines[mid + 2]! + 'x' + lines[mid + 3]!;
    lines.splice(mid + 3, 1);
    fs.writeFileSync(log, lines.join('\n'));
    const lib = open(dir, checkAt);
    const status = await lib.status({});
    // the garbled line is lost; the merged pair is salvaged
    expect(status.reviews).toBe(total - 1);
    expect(status.notices.some((n) => /unreadable line/.test(n.message))).toBe(true);
    lib.close();
    console.log(`[reliability] log with a garbled line: ${total - 1} of ${total} entries kept`);
  });

  it('reports the figures', () => {
    console.log(`[reliability] corruption: ${tally.cases} damaged files (7 files x 3 kinds of damage), ${tally.recovered} recovered with every deck; library of ${answers} answers`);
    expect(tally.recovered).toBe(tally.cases);
  });
});

describe('daily backups', () => {
  it('keeps seven, restores one (after backing up the current state), and can go back', async () => {
    const dir = copyOf();
    let now = checkAt;
    for (let d = 0; d < 6; d++) {
      const lib = open(dir, now);
      const deck = (await lib.listDecks({}))[d % 3]!;
      const next = await lib.nextCard({ deckId: deck.id });
      if (next.card) await lib.answer({ deckId: deck.id, cardId: next.card.card.id, grade: 3 });
      lib.close();
      now += DAY;
    }
    const lib = open(dir, now);
    const list = await lib.listBackups({});
    expect(list.length).toBe(7);
    expect(list.map((b) => b.id)).toEqual([...list.map((b) => b.id)].sort().reverse());
    const current = await view(lib);
    const oldest = list[list.length - 1]!;
    expect(oldest.decks).toBe(3);
    const r = await lib.restoreBackup({ id: oldest.id });
    expect(r.decks).toBe(3);
    expect(r.changed).toBeGreaterThan(0);
    const restored = await view(lib);
    expect(restored).not.toEqual(current);
    // going back: the state before the restore was backed up
    const back = await lib.restoreBackup({ id: r.before });
    expect(back.changed).toBe(r.changed);
    expect(await view(lib)).toEqual(current);
    await expect(lib.restoreBackup({ id: '../../etc' })).rejects.toThrow(/no intact backup/);
    lib.close();
    // the restores are in the log: a reopen shows the same
    const reopened = open(dir, now + 1000);
    expect(await view(reopened)).toEqual(current);
    reopened.close();
  }, 60_000);
});
