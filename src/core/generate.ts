// The deck generator's entry point: article in, factdeck/1 deck out. Pure and deterministic: the same input
// gives a byte-identical deck, and card ids derive from facts so progress survives regenerating.
import { readArticle, type Article } from './article/index.js';
import { parserOf } from './article/parser.js';
import { stripTickers } from './article/clean.js';
import { deckCards } from './cards/deck.js';
import { DEFAULT_DENSITY } from './cards/budget.js';
import { RANKER_WEIGHTS } from './cards/ranker-weights.js';
import { wellFormed, type Intended } from './cards/wellformed.js';
import { ISO_DATE } from './dates.js';
import { DECK_FORMAT, type ArticleInput, type Deck } from './deck.js';
import { InputError } from './errors.js';
import { hash } from './facts/ids.js';
import type { SyntaxModel } from './syntax/index.js';

export const GENERATOR_VERSION = '0.2.0';

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

export interface GenerateOptions {
  /** The tagger and parser (src/backend/syntax-model.ts loads the shipped one). */
  syntax: SyntaxModel;
  /** Sentences parsed so far, of all: parsing is most of the work. */
  onProgress?: (done: number, total: number) => void;
  /** Sees the analysed article (sentences, trees, mentions): for tools and tests that look inside generation. */
  onArticle?: (article: Article) => void;
}

export function generateDeck(input: ArticleInput, opts: GenerateOptions): Deck {
  if (input.publishedOn && !ISO_DATE.test(input.publishedOn))
    throw new InputError(`the publication date "${input.publishedOn}" is not a YYYY-MM-DD date`, 'publishedOn');
  // A wire's headline carries the same ticker marks as its text ("AMERICAN EXPRESS <AXP> SEEN IN ...").
  const given = input.title ? stripTickers(input.title).trim() : '';
  const article = readArticle(input.text, {
    parse: parserOf(opts.syntax),
    publishedOn: input.publishedOn ?? null,
    title: given || null,
    onSentence: opts.onProgress,
  });
  if (article.sentences.length === 0) throw new InputError('the article has no sentences to learn from');
  opts.onArticle?.(article);
  const parse = parserOf(opts.syntax);
  const check = (q: string, intended: Intended): boolean => wellFormed(parse(q, 0, q.length), intended);
  const cards = deckCards(article, RANKER_WEIGHTS, input.density ?? DEFAULT_DENSITY, check);
  if (cards.length === 0) throw new InputError('no facts to ask about were found in the article');
  const title = given || (article.sentences[0]?.text.split(' ').slice(0, 10).join(' ') ?? 'Article');
  return {
    format: DECK_FORMAT,
    id: `${slug(title) || 'article'}-${hash(article.text)}`,
    title,
    source: {
      title: given || null,
      publisher: input.publisher?.trim() || null,
      publishedOn: input.publishedOn ?? null,
      url: input.url ?? null,
      text: article.text,
    },
    generator: { name: 'factdeck', version: GENERATOR_VERSION },
    cards,
  };
}
