// How the study screen says durations and waits, and that a puzzle is never shown solved.
import { describe, expect, it } from 'vitest';
import { duration, shuffled, until } from '../../../src/ui/lib/format.js';
import { matchGrade, orderGrade } from '../../../src/ui/lib/grading.js';

describe('durations and waits', () => {
  it('says the time measured, not a minute for a second', () => {
    expect(duration(1_000)).toBe('1.0 s');
    expect(duration(420)).toBe('0.4 s');
    expect(duration(42_000)).toBe('42 s');
    expect(duration(185_000)).toBe('3 min 5 s');
    expect(duration(4_320_000)).toBe('1 h 12 min');
  });
  it('says when the next card comes', () => {
    expect(until(8 * 60_000, 0)).toBe('in 8 min');
    expect(until(7 * 60_000 + 1, 0)).toBe('in 8 min');
    expect(until(30_000, 0)).toBe('in less than a minute');
    expect(until(125 * 60_000, 0)).toBe('in 2 h 5 min');
  });
});

describe('puzzles', () => {
  it('never shows an order card solved, and the same order each time', () => {
    for (let i = 0; i < 200; i++) {
      const items = ['a', 'b', 'c'].slice(0, 2 + (i % 2));
      const shown = shuffled(items, `card-${i}`);
      expect(shown).not.toEqual(items);
      expect(shown).toEqual(shuffled(items, `card-${i}`));
      expect([...shown].sort()).toEqual(items);
    }
  });
  it('grades the right arrangement and the right pairs full marks', () => {
    expect(orderGrade(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ correct: 3, grade: 3 });
    expect(orderGrade(['c', 'b', 'a'], ['a', 'b', 'c'])).toEqual({ correct: 1, grade: 1 });
    const pairs: [string, string][] = [['x', 'President'], ['y', 'Minister'], ['z', 'President']];
    // two people may share a role: either "President" is right for either of them
    expect(matchGrade(['President', 'Minister', 'President'], pairs)).toEqual({ correct: 3, grade: 3 });
    expect(matchGrade(['Minister', null, 'President'], pairs)).toEqual({ correct: 1, grade: 1 });
  });
});
