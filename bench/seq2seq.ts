// The public seq2seq review-history format (open-spaced-repetition/fsrs-optimizer-tiny) and a
// seeded card split, shared by the scheduler benchmark and the optimiser's unit test.
import type { ReviewHistory } from '../src/core/schedule/history.js';
import { mulberry32 as rng } from '../src/core/random.js';

/**
 * One card per row. t_history/r_history are the reviews we know the grade of; the last delta_ts/ys
 * pair describes one more review whose grade we only know as recalled or not, so we append it as
 * Good or Again (only "Again or not" is ever scored). Then each review after the first is a target.
 */
export function parseSeq2seq(text: string): ReviewHistory[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const nums = (s: string | undefined) => (s ?? '').split(',').map(Number);
  return lines.slice(1).map((line, n) => {
    const [tH, rH, dT, ys] = line.split('\t');
    const t = nums(tH), r = nums(rH), d = nums(dT), y = nums(ys);
    if (t.length !== r.length || d.length !== r.length || y.length !== r.length) throw new Error(`line ${n + 2}: column lengths differ`);
    const h = r.map((grade, j) => ({ deltaDays: t[j]!, grade }));
    h.push({ deltaDays: d[d.length - 1]!, grade: y[y.length - 1]! > 0 ? 3 : 1 });
    return h;
  });
}


export function splitHalf<T>(xs: readonly T[], seed: number): [T[], T[]] {
  const a = [...xs];
  const rand = rng(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  const half = Math.floor(a.length / 2);
  return [a.slice(0, half), a.slice(half)];
}
