// What an answer attempt suggests as a grade: a right pick means Good, a wrong one Again; order and match
// cards by how many positions or pairs are right; typed answers compared leniently (case, accents, punctuation, a typo).
export type Grade = 1 | 2 | 3 | 4;

export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Right when equal after normalising, allowing one typo per six letters. */
export function typedMatches(typed: string, answer: string): boolean {
  const a = normalise(typed);
  const b = normalise(answer);
  if (!a) return false;
  if (a === b) return true;
  return distance(a, b) <= Math.floor(b.length / 6);
}

/** How many of `total` were right -> Good when all, Hard when at least half, else Again. */
export function shareGrade(correct: number, total: number): Grade {
  return correct === total ? 3 : correct * 2 >= total ? 2 : 1;
}

/** Items in their right place (an order card's `items` are the right order). */
export function orderGrade(given: readonly string[], right: readonly string[]): { correct: number; grade: Grade } {
  const correct = given.filter((x, i) => right[i] === x).length;
  return { correct, grade: shareGrade(correct, right.length) };
}

/** A match card: `picks[i]` is the right-hand text paired with left item i (null: none). Two people may share
 * a role, so a pick is right when its text is the pair's. */
export function matchGrade(picks: readonly (string | null)[], pairs: readonly (readonly [string, string])[]): { correct: number; grade: Grade } {
  const correct = pairs.filter(([, b], i) => picks[i] === b).length;
  return { correct, grade: shareGrade(correct, pairs.length) };
}
