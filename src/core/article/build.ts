// Cleaned text + sentence spans + a parser -> the article's tokens, trees and sentences. The parser is passed in
// (the trained model in the product, gold trees in some tests) so this stays pure and testable.
import type { Sentence, Token } from './types.js';

/** One parsed word of one sentence, offsets into the whole text (the syntax layer's token). */
export interface ParsedWord {
  id: number;
  form: string;
  start: number;
  end: number;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
}

export type ParseFn = (text: string, from: number, to: number) => ParsedWord[];

export interface Skeleton {
  tokens: Token[];
  kids: number[][];
  sentences: Sentence[];
}

export function buildSkeleton(text: string, spans: Array<{ start: number; end: number }>, parse: ParseFn): Skeleton {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const sp of spans) {
    if (sentences.length > 0 && text.slice(lastEnd, sp.start).includes('\n')) paragraph++;
    lastEnd = sp.end;
    const words = parse(text, sp.start, sp.end);
    if (words.length === 0) continue;
    const index = sentences.length;
    const t0 = tokens.length;
    for (const w of words) {
      tokens.push({
        value: w.form,
        lower: w.form.toLowerCase(),
        lemma: w.lemma.toLowerCase(),
        pos: w.upos,
        tag: w.xpos,
        feats: w.feats,
        head: w.head === 0 ? -1 : t0 + w.head - 1,
        rel: w.deprel,
        start: w.start,
        end: w.end,
        sent: index,
      });
    }
    sentences.push({ index, text: text.slice(sp.start, sp.end), start: sp.start, end: sp.end, t0, t1: tokens.length, paragraph });
  }
  const kids: number[][] = tokens.map(() => []);
  tokens.forEach((t, i) => {
    if (t.head >= 0) kids[t.head]?.push(i);
  });
  return { tokens, kids, sentences };
}
