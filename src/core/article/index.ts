// Reading an article: clean it, check it is English prose, analyse it.
import { analyze } from './analyze.js';
import { cleanText } from './clean.js';
import { checkProse, checkRawInput } from './input.js';
import { tokenize as winkTokens } from './tokens.js';
import type { Article } from './types.js';

export function readArticle(raw: string, publishedOn: string | null): Article {
  const text = cleanText(checkRawInput(raw));
  checkProse(text);
  return analyze(text, publishedOn);
}

export type { Article, Mention, MentionType, Sentence, Token, Entity } from './types.js';

import type { Mention } from './types.js';

const bySentence = new WeakMap<Article, Mention[][]>();

/** The mentions of one sentence, indexed once per article so per-sentence work stays linear. */
export function mentionsIn(a: Article, sent: number): Mention[] {
  let idx = bySentence.get(a);
  if (!idx) {
    idx = a.sentences.map(() => []);
    for (const m of a.mentions) idx[m.sent]?.push(m);
    bySentence.set(a, idx);
  }
  return idx[sent] ?? [];
}

/** Where the article reader's sentences are in `text` (unchanged text: no cleaning), for tools that need them. */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  return winkTokens(text).sentences.map((s) => ({ start: s.start, end: s.end }));
}
