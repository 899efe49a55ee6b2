// One line of the review log (the source of truth for progress: src/backend/storage/review-log.ts keeps it on
// disk), as everything that reads it sees it: replaying states, reports, the optimiser, exports.
import type { CardState } from './state.js';

/** r: an answer; u: an answer taken back; x: a state change without an answer (suspend, bury, import) */
export interface LogEntry {
  k: 'r' | 'u' | 'x';
  /** sequence number, 1-based, increasing */
  n: number;
  /** epoch ms */
  t: number;
  d: string;
  c: string;
  /** grade 1-4 (answers) */
  g?: 1 | 2 | 3 | 4 | undefined;
  /** time taken, ms (answers) */
  ms?: number | undefined;
  /** the card's state kind before the answer (0 new ... 3 relearning) */
  p?: 0 | 1 | 2 | 3 | undefined;
  /** the undone answer's sequence number (undo) */
  u?: number | undefined;
  /** the card's state after this entry (a placeholder where a reader skipped it: see lean-entry.ts) */
  s: CardState;
}
