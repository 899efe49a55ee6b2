// The deck generator's entry point: article in, factdeck/1 deck out. Pure and deterministic: the same input
// gives a byte-identical deck, and card ids derive from facts so progress survives regenerating.
import { readArticle, type Article } from './article/index.js';
import { buildCards } from './cards/build.js';
import { DECK_FORMAT, type ArticleInput, type Deck } from './deck.js';
import { InputError } from './errors.js';
import { sentenceFacts } from './facts/extract.js';
import { hash } from './facts/ids.js';
import { pronounResolver } from './facts/names.js';
import { quoteFacts } from './facts/quotes.js';
import { roleFacts } from './facts/roles.js';
import { timelineFacts } from './facts/timeline.js';
import type { Fact } from './facts/types.js';
import { analyze, type SyntaxModel } from './syntax/index.js';

export const GENERATOR_VERSION = '0.1.0';

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
}

export interface GenerateOptions {
  onProgress?: (done: number, total: number) => void;
  /** When given, every sentence is tagged and parsed (article.syntax); cards do not use the trees yet. */
  syntax?: SyntaxModel;
  /** Sees the analysed article (sentences, mentions, trees): for tools and tests that look inside generation. */
  onArticle?: (article: Article) => void;
}

export function generateDeck(input: ArticleInput, opts?: GenerateOptions): Deck {
  if (input.publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.publishedOn))
    throw new InputError(`the publication date "${input.publishedOn}" is not a YYYY-MM-DD date`, 'publishedOn');
  const article = readArticle(input.text, input.publishedOn ?? null);
  if (article.sentences.length === 0) throw new InputError('the article has no sentences to learn from');
  if (opts?.syntax) {
    const model = opts.syntax;
    article.syntax = article.sentences.map((s) => analyze(model, article.text, s.start, s.end));
  }
  opts?.onArticle?.(article);
  const resolve = pronounResolver(article);
  const facts: Fact[] = [];
  const total = article.sentences.length;
  const step = Math.max(1, Math.floor(total / 20));
  for (const s of article.sentences) {
    // Headlines and captions without a full stop are not sentences to quiz on.
    if (/[.!?"”’')]$/.test(s.text)) facts.push(...sentenceFacts(article, s, resolve));
    if (opts?.onProgress && (s.index % step === 0 || s.index === total - 1)) opts.onProgress(s.index + 1, total);
  }
  facts.push(...quoteFacts(article));
  const cards = buildCards(article, facts, timelineFacts(article), roleFacts(article));
  if (cards.length === 0) throw new InputError('no facts to ask about were found in the article');
  const title = input.title?.trim() || (article.sentences[0]?.text.split(' ').slice(0, 10).join(' ') ?? 'Article');
  return {
    format: DECK_FORMAT,
    id: `${slug(title) || 'article'}-${hash(article.text)}`,
    title,
    source: {
      title: input.title?.trim() || null,
      publisher: input.publisher?.trim() || null,
      publishedOn: input.publishedOn ?? null,
      url: input.url ?? null,
      text: article.text,
    },
    generator: { name: 'factdeck', version: GENERATOR_VERSION },
    cards,
  };
}
