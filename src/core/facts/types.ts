// Typed facts: what a careful reader should remember, each with the sentence it comes from.
import type { ResolvedDate } from '../article/dates.js';
import type { Sentence } from '../article/types.js';

export type FactKind = 'visit' | 'meeting' | 'amount' | 'rank' | 'role' | 'quote' | 'statement' | 'event' | 'detail';

export type AnswerType =
  | 'person' | 'place' | 'org' | 'norp' | 'thing' | 'date' | 'time' | 'duration'
  | 'amount' | 'number' | 'ordinal' | 'percent' | 'role';

/** One question a fact can be asked with. */
export interface Ask {
  prompt: string;
  answer: string;
  type: AnswerType;
  tags: string[];
  /** true when the prompt is the sentence with a blank (no question form was found). */
  cloze: boolean;
  /** Answer's character span in the text, for cloze and true/false swaps. */
  start: number;
  end: number;
  score: number;
  /** A hand-written question form for a typed fact ("When did X visit Y?"): asked before generic ones. */
  template?: boolean;
}

export interface Fact {
  id: string;
  kind: FactKind;
  sent: Sentence;
  asks: Ask[];
  date?: ResolvedDate;
  /** Short event description for the timeline ("Russia's invasion"). */
  label?: string;
  person?: string;
  role?: string;
}
