// Deck generation with the shipped syntax model: the core generator and the model, both loaded on first use.
import type { ArticleInput, Deck } from '../core/deck.js';
import type { GenerateOptions } from '../core/generate.js';

export interface Generator {
  generateDeck(input: ArticleInput, opts?: Omit<GenerateOptions, 'syntax'>): Deck;
}

let loaded: Promise<Generator> | null = null;

export function generator(): Promise<Generator> {
  loaded ??= (async () => {
    const [core, { loadSyntaxModel }] = await Promise.all([import('../core/generate.js'), import('./syntax-model.js')]);
    return { generateDeck: (input, opts) => core.generateDeck(input, { ...opts, syntax: loadSyntaxModel() }) };
  })();
  return loaded;
}
