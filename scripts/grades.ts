// The blind reviewers' grades and the rounds they graded (docs/reviews/), as the scripts that learn from them or
// weigh the generator against them read them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Card } from '../src/core/deck.js';

export interface Grade {
  round: number;
  card: string;
  ok: boolean;
  false: boolean;
  failed: string;
  /** The card's words when graded (a digest of prompt, answer and choices): a card reworded since is
   * another card. */
  text: string;
}

export interface Round {
  seed: number;
  articles: string[];
}

const root = resolve(import.meta.dirname, '..');

export const readGrades = (): Grade[] =>
  JSON.parse(readFileSync(resolve(root, 'docs/reviews/grades.json'), 'utf8')) as Grade[];

export const readRounds = (): Round[] =>
  JSON.parse(readFileSync(resolve(root, 'docs/reviews/rounds.json'), 'utf8')) as Round[];

/** Grades by round and card id ("9898|f1a2b3-c"). */
export const gradesById = (grades: Grade[]): Map<string, Grade> =>
  new Map(grades.map((g) => [`${g.round}|${g.card}`, g]));

/** The words a reviewer read: prompt, answer and the choices in any order. */
export function textHash(c: Card): string {
  const s = `${c.prompt}\u0000${c.answer}\u0000${[...(c.choices ?? [])].sort().join('\u0001')}`;
  return createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 12);
}
