// The progress snapshot on disk: written as columns (v2), read back state for state; a v1 file an older Factdeck
// wrote reads the same; a v2 file whose columns do not match its ids is damaged (progress is then rebuilt from the log).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, statesOf, writeSnapshot, type Snapshot } from '../../../src/backend/storage/snapshot.js';
import { table } from '../../../src/core/ids.js';
import type { CardState } from '../../../src/core/schedule/state.js';
import { tempDir } from '../../helpers/tmp.js';

const learned: CardState = {
  due: 1_781_000_000_000,
  stab: 12.5,
  diff: 5.25,
  state: 2,
  reps: 7,
  lapses: 1,
  step: 0,
  last: 1_780_000_000_000,
  sched: 12,
};
const fresh: CardState = { due: 0, stab: 0, diff: 0, state: 0, reps: 0, lapses: 0, step: 0, last: null, sched: 0 };

function snapshot(): Snapshot {
  const states = table<Record<string, CardState>>();
  // (Pairs, not an object literal: a literal's "__proto__" sets the prototype, not a key.)
  states['kyiv'] = table<CardState>([
    ['c1', learned],
    ['c2', { ...fresh, susp: true }],
    ['__proto__', { ...learned, buryDay: 20_600, leech: true }],
  ]);
  states['__proto__'] = table<CardState>([['only', fresh]]);
  return {
    v: 1,
    offset: 4096,
    seq: 41,
    entries: 40,
    day: 20_599,
    daily: table({ kyiv: [3, 12] as [number, number] }),
    states,
  };
}

/** Writes the snapshot as progress does: its head, and the states as Maps. */
function write(file: string, s: Snapshot): void {
  const { v: _v, states, ...head } = s;
  writeSnapshot(file, head, statesOf(states));
}

describe('the progress snapshot file', () => {
  it('is written as columns and read back state for state, "__proto__" ids and the rare fields kept', () => {
    const file = path.join(tempDir(), 'progress.snapshot.json');
    write(file, snapshot());
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).v).toBe(2);
    const back = readSnapshot(file);
    if (typeof back === 'string') throw new Error(back);
    expect({ offset: back.offset, seq: back.seq, entries: back.entries, day: back.day }).toEqual({
      offset: 4096,
      seq: 41,
      entries: 40,
      day: 20_599,
    });
    expect(back.daily['kyiv']).toEqual([3, 12]);
    expect([...back.states.keys()].sort()).toEqual(['__proto__', 'kyiv']);
    const kyiv = back.states.get('kyiv');
    expect(kyiv?.get('c1')).toEqual(learned);
    expect(kyiv?.get('c2')).toEqual({ ...fresh, susp: true });
    expect(kyiv?.get('__proto__')).toEqual({ ...learned, buryDay: 20_600, leech: true });
    expect(back.states.get('__proto__')?.get('only')).toEqual(fresh);
  });

  it('reads a v1 file as an older Factdeck wrote it', () => {
    const file = path.join(tempDir(), 'progress.snapshot.json');
    fs.writeFileSync(file, JSON.stringify(snapshot()));
    const back = readSnapshot(file);
    if (typeof back === 'string') throw new Error(back);
    expect(back.states.get('kyiv')?.get('__proto__')).toEqual({ ...learned, buryDay: 20_600, leech: true });
    expect(back.states.get('kyiv')?.get('c2')).toEqual({ ...fresh, susp: true });
  });

  it('is damaged when a column is not as long as its ids, and missing when absent', () => {
    const dir = tempDir();
    const file = path.join(dir, 'progress.snapshot.json');
    write(file, snapshot());
    const v2 = JSON.parse(fs.readFileSync(file, 'utf8')) as { decks: Array<{ cols: { due: number[] } }> };
    v2.decks[0]?.cols.due.pop();
    fs.writeFileSync(file, JSON.stringify(v2));
    expect(readSnapshot(file)).toBe('damaged');
    expect(readSnapshot(path.join(dir, 'none.json'))).toBe('missing');
  });
});
