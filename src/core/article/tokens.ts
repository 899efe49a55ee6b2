// wink-nlp -> tokens and sentences with character offsets into the text (wink gives token values and spaces only).
import type { ItemEntity, ItemSentence } from 'wink-nlp';
import { nlp } from './nlp.js';
import type { Sentence, Token } from './types.js';

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  /** wink's numeric entities: [type, t0, t1) */
  spans: Array<{ type: string; t0: number; t1: number }>;
}

export function tokenize(text: string): Tokenized {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The model's lemma accessor is typed for add-ons; it works as a plain token property.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    // wink reproduces the text exactly; if it ever does not, find the token instead of drifting.
    if (text.substr(at, v.length) !== v) {
      const found = text.indexOf(v, at);
      if (found >= 0) at = found;
    }
    tokens.push({ value: v, lower: v.toLowerCase(), lemma: (lemmas[i] ?? v).toLowerCase(), pos: pos[i] ?? 'X', start: at, end: at + v.length, sent: 0 });
    at += v.length;
  }
  const sentences: Sentence[] = [];
  const ranges: Array<[number, number]> = [];
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    // A line break always ends a sentence: a headline without a full stop is not part of the next line.
    let from = a;
    for (let t = a; t <= b; t++) {
      if (tokens[t]?.pos === 'SPACE' && tokens[t]?.value.includes('\n')) {
        ranges.push([from, t]);
        from = t + 1;
      }
    }
    ranges.push([from, b + 1]);
  });
  for (const [a, b] of ranges) {
    // Newlines belong to no sentence: trim SPACE tokens at both ends.
    let t0 = a;
    let t1 = b;
    while (t0 < t1 && tokens[t0]?.pos === 'SPACE') t0++;
    while (t1 > t0 && tokens[t1 - 1]?.pos === 'SPACE') t1--;
    if (t1 <= t0) continue;
    const start = tokens[t0]?.start ?? 0;
    const end = tokens[t1 - 1]?.end ?? start;
    const index = sentences.length;
    for (let t = t0; t < t1; t++) {
      const tok = tokens[t];
      if (tok) tok.sent = index;
    }
    sentences.push({ index, text: text.slice(start, end), start, end, t0, t1 });
  }
  const spans: Tokenized['spans'] = [];
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    spans.push({ type: e.out(its.type) as string, t0: a, t1: b + 1 });
  });
  return { tokens, sentences, spans };
}
