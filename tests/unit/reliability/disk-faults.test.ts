// A full or failing disk, made exact through the file-system seam (tests/helpers/faulty-fs.ts): the
// disk runs out at every byte count that matters, writes come back short, EIO strikes a write, an fsync,
// a rename. Each time: an answer is acknowledged only if it is in the log, a refused one gets one line
// saying so, no deck file or backup is damaged, no temp file is left, and the library opens afterwards
// with everything that was acknowledged. (tmpfs-full.test.ts does the same on a real full disk.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/backend/backend.js';
import { isDiskError } from '../../../src/backend/storage/fsio.js';
import { readBackup } from '../../../src/backend/safety/backups.js';
import { readLogFrom } from '../../../src/backend/storage/review-log.js';
import { FaultyFs } from '../../helpers/faulty-fs.js';
import { tempDir } from '../../helpers/tmp.js';
import { fixture } from '../formats/helpers.js';
import { csvDeck, DAY, open, rng, T0, view } from './library.js';

const FULL_ANSWER = 'disk full: the answer was not saved; free some space and answer again';
const EIO_ANSWER = 'disk error (EIO): the answer was not saved; check the disk and answer again';

interface Ack { seq: number; card: string; grade: number }

async function newLibrary(): Promise<{ dir: string; deckId: string }> {
  const dir = path.join(tempDir(), 'lib');
  const lib = open(dir, T0);
  await lib.setSettings({ settings: { newPerDay: 500, fuzz: false } });
  const { id } = await lib.importFile({ name: 'disk.csv', data: csvDeck('Disk', 300) });
  lib.close();
  return { dir, deckId: id };
}

/** Answers `n` cards; returns what was acknowledged and the messages of what was refused. */
async function answer(lib: Backend, deckId: string, n: number, rand: () => number): Promise<{ acks: Ack[]; refused: string[] }> {
  const acks: Ack[] = [];
  const refused: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = await lib.nextCard({ deckId });
    if (!next.card) break;
    const grade = (1 + Math.floor(rand() * 4)) as 1 | 2 | 3 | 4;
    try {
      const r = await lib.answer({ deckId, cardId: next.card.card.id, grade });
      acks.push({ seq: r.seq, card: r.cardId, grade });
    } catch (e) {
      if (!isDiskError(e)) throw e;
      refused.push(e.message);
    }
  }
  return { acks, refused };
}

function logged(dir: string): { answers: Ack[]; tornBytes: number; badLines: number } {
  const r = readLogFrom(path.join(dir, 'reviews.log'), 0);
  return { answers: r.entries.filter((e) => e.k === 'r').map((e) => ({ seq: e.n, card: e.c, grade: e.g! })), tornBytes: r.tornBytes, badLines: r.badLines };
}

/** Temp files and folders a write left behind. */
function leftovers(dir: string): string[] {
  const out: string[] = [];
  for (const sub of ['', 'decks', 'backups']) {
    const d = path.join(dir, sub);
    if (!fs.existsSync(d)) continue;
    for (const n of fs.readdirSync(d)) if (/\.tmp$/.test(n) || n.startsWith('.tmp-') || n.startsWith('.old-')) out.push(path.join(sub, n));
  }
  return out;
}

const figures = { answersTried: 0, acknowledged: 0, refused: 0, lost: 0, deckWritesRefused: 0, decksDamaged: 0, importsRefused: 0 };

describe('a full disk through the seam: answers', () => {
  it('acknowledges only what is in the log, at every point the disk can run out', async () => {
    const { dir, deckId } = await newLibrary();
    const rand = rng(7);
    const all: Ack[] = [];
    // One answer line is about 200 bytes: running out at each of these cuts a line at a different place.
    for (const free of [0, 1, 17, 100, 199, 230, 411, 640, 1001, 1500]) {
      const fsys = new FaultyFs();
      const lib = open(dir, T0, { fs: fsys });
      try {
        all.push(...(await answer(lib, deckId, 2, rand)).acks);
        fsys.free = free;
        const full = await answer(lib, deckId, 8, rand);
        expect(full.refused.length, `free ${free}`).toBeGreaterThan(0);
        for (const m of full.refused) expect(m).toBe(FULL_ANSWER);
        all.push(...full.acks);
        figures.answersTried += 8;
        figures.refused += full.refused.length;
        // Space freed: answering goes on where it stopped.
        fsys.free = Infinity;
        all.push(...(await answer(lib, deckId, 2, rand)).acks);
      } finally {
        lib.close();
      }
      const log = logged(dir);
      const stored = new Set(log.answers.map((x) => `${x.seq}/${x.card}/${x.grade}`));
      figures.lost += all.filter((x) => !stored.has(`${x.seq}/${x.card}/${x.grade}`)).length;
      expect(log.tornBytes, `free ${free}`).toBe(0);
      expect(log.badLines).toBe(0);
      expect(log.answers).toEqual(all);
    }
    figures.acknowledged += all.length;
    // Sequence numbers stay 1..n: a refused answer took none.
    expect(all.map((a) => a.seq)).toEqual(all.map((_, i) => i + 1));
    const lib = open(dir, T0);
    try {
      expect((await lib.status({})).notices.filter((n) => /incomplete|unreadable/.test(n.message))).toEqual([]);
      expect((await lib.status({})).reviews).toBe(all.length);
    } finally {
      lib.close();
    }
  });

  it('survives short writes (each write takes at most 7 bytes): nothing lost, nothing torn', async () => {
    const { dir, deckId } = await newLibrary();
    const fsys = new FaultyFs();
    fsys.maxWrite = 7;
    const lib = open(dir, T0, { fs: fsys });
    const { acks, refused } = await answer(lib, deckId, 30, rng(3));
    await lib.editCard({ deckId, card: { ...(await lib.getDeck({ id: deckId })).cards[0]!, answer: 'edited with short writes' } });
    lib.close();
    expect(refused).toEqual([]);
    expect(logged(dir).answers).toEqual(acks);
    const again = open(dir, T0);
    expect((await again.getDeck({ id: deckId })).cards[0]!.answer).toBe('edited with short writes');
    again.close();
  });

  it('EIO on a write or an fdatasync of the log, EDQUOT: refused in one line, the next answer stored', async () => {
    const { dir, deckId } = await newLibrary();
    const fsys = new FaultyFs();
    const lib = open(dir, T0, { fs: fsys });
    const isLog = (f: string) => f.endsWith('reviews.log');
    const acks: Ack[] = [];
    try {
      acks.push(...(await answer(lib, deckId, 3, rng(1))).acks);
      for (const op of ['write', 'fdatasync'] as const) {
        fsys.fail(op, 'EIO', isLog);
        const r = await answer(lib, deckId, 3, rng(2));
        expect(r.refused, op).toEqual([EIO_ANSWER]);
        acks.push(...r.acks);
      }
      fsys.fail('write', 'EDQUOT', isLog);
      const quota = await answer(lib, deckId, 3, rng(3));
      expect(quota.refused).toEqual(['disk quota exceeded: the answer was not saved; free some space and answer again']);
      acks.push(...quota.acks);
      // A write cut short by a full disk whose clean-up truncate also fails: the part line is cut off
      // before the next answer is written.
      fsys.free = 50;
      fsys.fail('truncate', 'EIO', isLog);
      const cut = await answer(lib, deckId, 1, rng(4));
      expect(cut.refused).toEqual([FULL_ANSWER]);
      fsys.free = Infinity;
      acks.push(...(await answer(lib, deckId, 3, rng(5))).acks);
    } finally {
      lib.close();
    }
    expect(acks).toHaveLength(3 + 2 + 2 + 2 + 3);
    const log = logged(dir);
    expect(log).toEqual({ answers: acks, tornBytes: 0, badLines: 0 });
  });

  it('an undo the disk refuses is not taken back, and can be tried again', async () => {
    const { dir, deckId } = await newLibrary();
    const fsys = new FaultyFs();
    const lib = open(dir, T0, { fs: fsys });
    try {
      const { acks } = await answer(lib, deckId, 2, rng(9));
      fsys.free = 0;
      await expect(lib.undo({})).rejects.toThrow('disk full: the answer was not taken back; free some space and undo again');
      fsys.free = Infinity;
      expect(await lib.undo({})).toEqual({ deckId, cardId: acks[1]!.card });
      const undone = readLogFrom(path.join(dir, 'reviews.log'), 0).entries.filter((e) => e.k === 'u');
      expect(undone.map((e) => e.u)).toEqual([acks[1]!.seq]);
    } finally {
      lib.close();
    }
  });
});

describe('a full or failing disk through the seam: deck files and backups', () => {
  it('an edit the disk refuses leaves the deck file as it was (ENOSPC at every size, EIO on fsync and rename)', async () => {
    const { dir, deckId } = await newLibrary();
    const deckFile = path.join(dir, 'decks', `${deckId}.json`);
    const size = fs.statSync(deckFile).size;
    const cases: { name: string; arm: (f: FaultyFs) => void; message: RegExp }[] = [
      ...[0, 1, 4096, Math.floor(size / 2), size - 1].map((free) => ({
        name: `ENOSPC after ${free} bytes`, arm: (f: FaultyFs) => void (f.free = free), message: /^disk full: the card was not changed \(the deck file is as it was\); free some space and save again$/,
      })),
      { name: 'EIO on fsync', arm: (f) => void f.fail('fsync', 'EIO'), message: /^disk error \(EIO\): the card was not changed/ },
      { name: 'EIO on rename', arm: (f) => void f.fail('rename', 'EIO'), message: /^disk error \(EIO\): the card was not changed/ },
    ];
    for (const c of cases) {
      const before = fs.readFileSync(deckFile);
      const fsys = new FaultyFs();
      const lib = open(dir, T0 + DAY, { fs: fsys });
      try {
        const card = (await lib.getDeck({ id: deckId })).cards[1]!;
        c.arm(fsys);
        await expect(lib.editCard({ deckId, card: { ...card, answer: `edit (${c.name})` } }), c.name).rejects.toThrow(c.message);
        figures.deckWritesRefused++;
        const unchanged = fs.readFileSync(deckFile).equals(before);
        if (!unchanged) figures.decksDamaged++;
        expect(unchanged, c.name).toBe(true);
        expect(leftovers(dir), c.name).toEqual([]);
        expect((await lib.getDeck({ id: deckId })).cards[1]!.answer).toBe(card.answer);
      } finally {
        // closing on a still-full disk: the backup refresh fails quietly and leaves nothing behind
        lib.close();
      }
      expect(leftovers(dir), c.name).toEqual([]);
    }
    const lib = open(dir, T0 + 2 * DAY);
    try {
      expect((await lib.getDeck({ id: deckId })).cards).toHaveLength(300);
      expect((await lib.status({})).notices).toEqual([]);
    } finally {
      lib.close();
    }
  });

  it('a failed import leaves nothing behind: no deck file, no log lines, no temp files', async () => {
    const { dir } = await newLibrary();
    const lib0 = open(dir, T0);
    const before = await view(lib0);
    lib0.close();
    const logSize = fs.statSync(path.join(dir, 'reviews.log')).size;
    const apkg = fixture('rich-11.apkg');
    // What the import writes, measured on a throwaway library: the disk then runs out before each part of it.
    const meter = new FaultyFs();
    meter.free = 1e9;
    const scratch = open(path.join(tempDir(), 'lib'), T0, { fs: meter });
    await scratch.importFile({ name: 'rich.apkg', data: apkg });
    // The last write remembers the file's hash in preferences.json: a disk too full for that alone keeps the
    // import (with a notice), so the disk runs out before it here.
    const needs = 1e9 - meter.free - fs.statSync(path.join(scratch.dataDir, 'preferences.json')).size;
    scratch.close();
    const tries: { name: string; arm: (f: FaultyFs) => void }[] = [
      ...[0, 10, Math.floor(needs / 3), Math.floor((2 * needs) / 3), needs - 1].map((free) => ({
        name: `ENOSPC after ${free} of ${needs} bytes`, arm: (f: FaultyFs) => void (f.free = free),
      })),
      // the deck is written, then its review history is refused: the deck goes again
      { name: 'history refused', arm: (f) => void f.fail('write', 'ENOSPC', (p) => p.endsWith('reviews.log')) },
      { name: 'EIO on rename', arm: (f) => void f.fail('rename', 'EIO') },
    ];
    for (const t of tries) {
      const fsys = new FaultyFs();
      const lib = open(dir, T0, { fs: fsys });
      try {
        t.arm(fsys);
        const err = await lib.importFile({ name: 'rich.apkg', data: apkg }).then(() => null, (e: unknown) => e);
        expect(isDiskError(err), `${t.name}: ${String(err)}`).toBe(true);
        expect((err as Error).message).toMatch(/^disk (full|error \(EIO\)): nothing was imported; (free some space|check the disk) and import again$/);
        figures.importsRefused++;
        expect(await view(lib), t.name).toEqual(before);
      } finally {
        lib.close();
      }
      expect(leftovers(dir), t.name).toEqual([]);
      expect(fs.statSync(path.join(dir, 'reviews.log')).size, t.name).toBe(logSize);
    }
    const lib = open(dir, T0);
    try {
      expect(await view(lib)).toEqual(before);
      // and with room, the same file imports, history and all
      const r = await lib.importFile({ name: 'rich.apkg', data: apkg });
      expect(r.reviews).toBeGreaterThan(0);
    } finally {
      lib.close();
    }
  });

  it('a backup the disk refuses leaves the earlier backups whole and no temp folder', async () => {
    const { dir, deckId } = await newLibrary();
    const first = open(dir, T0 + DAY);
    await answer(first, deckId, 5, rng(11));
    first.close();
    const id = new Date(T0 + DAY).toISOString().slice(0, 10);
    const good = readBackup(dir, id);
    expect(good).not.toBeNull();
    for (const free of [0, 100, 5000, 60_000]) {
      const fsys = new FaultyFs();
      const lib = open(dir, T0 + DAY, { fs: fsys });
      await answer(lib, deckId, 1, rng(free));
      fsys.free = free;
      lib.close(); // the refresh of today's backup is refused part way
      expect(leftovers(dir), `free ${free}`).toEqual([]);
      expect(readBackup(dir, id), `free ${free}`).not.toBeNull();
    }
  });

  it('a backup is never taken from a deck file that changed under the library: the deck is written from memory', async () => {
    const { dir, deckId } = await newLibrary();
    const lib = open(dir, T0 + DAY);
    const deck = await lib.getDeck({ id: deckId });
    const deckFile = path.join(dir, 'decks', `${deckId}.json`);
    // Cut short behind the library's back (a failing disk, another program): the backup must not copy it.
    fs.truncateSync(deckFile, Math.floor(fs.statSync(deckFile).size / 3));
    await answer(lib, deckId, 1, rng(5));
    lib.close();
    const b = readBackup(dir, new Date(T0 + DAY).toISOString().slice(0, 10));
    expect(b?.decks.find((d) => d.id === deckId)?.cards).toEqual(deck.cards);
    // and on the next open the damaged file is kept aside and the deck comes back from that backup
    const again = open(dir, T0 + 2 * DAY);
    try {
      expect((await again.getDeck({ id: deckId })).cards).toEqual(deck.cards);
      expect((await again.status({})).notices.map((n) => n.message).join(' ')).toMatch(/was damaged .* restored from the backup/);
    } finally {
      again.close();
    }
  });

  it('reports the figures', () => {
    console.log(`[reliability] disk faults (seam): ${figures.answersTried} answers tried on a full disk, ${figures.refused} refused with one line, ${figures.acknowledged} acknowledged in all and ${figures.lost} lost; ${figures.deckWritesRefused} deck writes refused with the file unchanged (${figures.decksDamaged} damaged); ${figures.importsRefused} imports refused leaving nothing behind`);
    expect(figures.lost).toBe(0);
    expect(figures.decksDamaged).toBe(0);
    expect(figures.acknowledged).toBeGreaterThan(0);
  });
});
