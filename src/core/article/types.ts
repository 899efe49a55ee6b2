// The analysed article: every sentence tokenised, tagged and parsed once; typed mentions (names, dates,
// amounts) over the tokens; all offsets point into the cleaned text, which is also the deck's source text.
import type { Amount } from './amounts.js';
import type { ResolvedDate } from './dates.js';

export type MentionType =
  | 'person' | 'place' | 'org' | 'norp' | 'name'
  | 'date' | 'time' | 'duration' | 'amount' | 'number' | 'ordinal' | 'percent';

/** A word of the article with its analysis. `head` is an article-wide token index (-1 for a sentence's root). */
export interface Token {
  value: string;
  lower: string;
  lemma: string;
  /** Universal part of speech (UPOS). */
  pos: string;
  /** Penn Treebank tag (XPOS): VBD, VBZ, NNS ... */
  tag: string;
  feats: string;
  head: number;
  /** Universal dependency relation, with its subtype: nsubj, obl:unmarked, compound:prt ... */
  rel: string;
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
  /** Line (paragraph) number in the cleaned text: 0 for the first. */
  paragraph: number;
}

export interface Mention {
  type: MentionType;
  text: string;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  sent: number;
  /** The entity this mention names: the full name for people ("Yoshimasa Hayashi" for "Hayashi"). */
  canonical: string;
  /** A title written with the name: "Foreign Minister". */
  title?: string;
  date?: ResolvedDate;
  amount?: Amount;
}

export interface Entity {
  name: string;
  type: MentionType;
  count: number;
  /** Sentence of the first mention. */
  first: number;
  title?: string;
}

export interface Article {
  text: string;
  /** Word count, as people count words. */
  words: number;
  tokens: Token[];
  /** Children of each token, in text order. */
  kids: number[][];
  sentences: Sentence[];
  mentions: Mention[];
  /** Mentions of each sentence, in text order. */
  bySentence: Mention[][];
  entities: Map<string, Entity>;
  /** The headline, when known: an answer the headline already says is easy to guess. */
  title: string | null;
  /** Publication date, the reference for relative dates; null when unknown (then no year is ever guessed). */
  ref: { y: number; m: number; d: number } | null;
}
