// The analysed article: tokens with character offsets, sentences, and typed mentions, all pointing into the cleaned text.
import type { Amount } from './amounts.js';
import type { ResolvedDate } from './dates.js';
import type { SyntaxToken } from '../syntax/types.js';

export type MentionType =
  | 'person' | 'place' | 'org' | 'norp' | 'thing'
  | 'date' | 'time' | 'duration' | 'amount' | 'number' | 'ordinal' | 'percent';

export interface Token {
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  sent: number;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

export interface Mention {
  type: MentionType;
  text: string;
  start: number;
  end: number;
  t0: number;
  t1: number;
  sent: number;
  /** The entity this mention names: the full name for people ("Yoshimasa Hayashi" for "Hayashi"). */
  canonical: string;
  /** A title written before a name: "Foreign Minister". */
  title?: string;
  date?: ResolvedDate;
  amount?: Amount;
}

export interface Entity {
  name: string;
  type: MentionType;
  count: number;
  first: number;
  title?: string;
}

export interface Article {
  text: string;
  words: number;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, Entity>;
  /** Publication date, the reference for relative dates. */
  ref: { y: number; m: number; d: number } | null;
  /** Per sentence, its words with tags, lemmas and dependency tree, when generation was given a syntax model. */
  syntax?: SyntaxToken[][];
}
