// Reading an article: clean it, check it is English prose, split, parse and analyse it.
import { analyze } from './analyze.js';
import type { ParseFn } from './build.js';
import { cleanText } from './clean.js';
import { checkProse, checkRawInput } from './input.js';
import { splitSentences } from './sentences.js';
import type { Article } from './types.js';

export interface ReadOptions {
  /** The syntax model's parse function (article/parser.ts `parserOf`). */
  parse: ParseFn;
  publishedOn?: string | null;
  title?: string | null;
  /** Hears each sentence parsed. */
  onSentence?: (done: number, total: number) => void;
}

export function readArticle(raw: string, { parse, publishedOn = null, title = null, onSentence }: ReadOptions): Article {
  const text = cleanText(checkRawInput(raw));
  checkProse(text);
  const spans = splitSentences(text);
  let done = 0;
  const counted: ParseFn = onSentence ? (t, from, to) => {
    const words = parse(t, from, to);
    onSentence(++done, spans.length);
    return words;
  } : parse;
  const article = analyze(text, publishedOn, counted, spans);
  article.title = title?.trim() || null;
  return article;
}

/** Where the article reader's sentences are in `text`, for tools that need them (`factdeck parse`). */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  return splitSentences(text);
}

export type { Article, Mention, MentionType, Sentence, Token, Entity } from './types.js';
