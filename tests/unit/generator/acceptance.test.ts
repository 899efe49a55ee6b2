// The acceptance floor (src/core/cards/acceptance.ts): cards the model learned from the blind grades scores low are
// left out, never the sentence that says what the headline says, and never down to an empty deck.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { readArticle } from '../../../src/core/article/index.js';
import { parserOf } from '../../../src/core/article/parser.js';
import type { Acceptance } from '../../../src/core/cards/acceptance.js';
import { ACCEPTANCE } from '../../../src/core/cards/acceptance-weights.js';
import { deckCards } from '../../../src/core/cards/deck.js';
import { DEFAULT_DENSITY } from '../../../src/core/cards/budget.js';
import { RANKER_WEIGHTS } from '../../../src/core/cards/ranker-weights.js';

const parse = parserOf(loadSyntaxModel());
const TEXT = readFileSync(new URL('../../../decks/japan-times-hayashi-kyiv.txt', import.meta.url), 'utf8');
const TITLE = "Japan's foreign minister makes unannounced visit to Ukraine";
const article = () => readArticle(TEXT, { parse, title: TITLE, publishedOn: '2023-09-09' });
const asked = (acceptance: Acceptance | null) =>
  deckCards(article(), RANKER_WEIGHTS, DEFAULT_DENSITY, undefined, acceptance).filter(
    (c) => c.kind !== 'order' && c.kind !== 'match',
  );

describe('the acceptance floor', () => {
  it("leaves out the cards under it, but keeps the headline's sentence and at least three cards", () => {
    const all = asked(null);
    // (A floor over every score: only what is never left out stays.)
    const strict = asked({ floor: 0.99, weights: {} });
    expect(all.length).toBeGreaterThan(8);
    expect(strict.length).toBeGreaterThanOrEqual(3);
    expect(strict.length).toBeLessThan(all.length);
    const lead = article().sentences[0]?.text;
    expect(strict.filter((c) => c.evidence?.sentence === lead).length).toBeGreaterThan(0);
    expect(all.filter((c) => c.evidence?.sentence === lead).length).toBe(
      strict.filter((c) => c.evidence?.sentence === lead).length,
    );
  });

  it('as learned (a floor and weights from the grades), keeps the cards the built-in deck must ask', () => {
    expect(ACCEPTANCE.floor).toBeGreaterThan(0.2);
    expect(Object.keys(ACCEPTANCE.weights).length).toBeGreaterThan(20);
    const answers = asked(ACCEPTANCE).map((c) => c.answer);
    for (const must of ['February 2022', "Russia's sham elections", 'nonlethal defense gear', 'Fumio Kishida'])
      expect(answers).toContain(must);
  });
});
