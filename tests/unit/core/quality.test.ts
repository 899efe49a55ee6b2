// Deck quality against human questions: 12 CNN articles with 147 MultiRC questions (answers marked correct).
// Covered = some card's answer is a correct answer AND the card's prompt or sentence shares the question's
// content words (see src/core/cards/eval.ts). Floors sit a little under the measured figures.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { readArticle } from '../../../src/core/article/index.js';
import { parserOf } from '../../../src/core/article/parser.js';
import { baselineCards, evaluate, sameAnswer, sameTopic, type EvalArticle } from '../../../src/core/cards/eval.js';
import { generateDeck } from '../../../src/core/generate.js';

const FILE = new URL('../../../../shared/data/articles-dev/multirc-cnn.json', import.meta.url);
const syntax = loadSyntaxModel();

describe('the matching rule', () => {
  const card = {
    id: 'x',
    kind: 'qa' as const,
    prompt: 'How many crew members were injured in the crash?',
    answer: 'five',
    tags: [],
    evidence: { sentence: 'Five crew members were injured in the crash.', start: 0, end: 0 },
  };
  it('compares answers after normalising numbers and articles', () => {
    expect(sameAnswer('five', '5')).toBe(true);
    expect(sameAnswer('The Cook Islands', 'Cook Islands')).toBe(true);
    expect(sameAnswer('Japan', 'Japan and the United States and the European Union')).toBe(false);
  });
  it('needs the card to be about the question', () => {
    expect(sameTopic(card, 'How many crew members were hurt in the Osprey crash?', '5')).toBe(true);
    expect(sameTopic(card, 'How many paintings were seized?', '5')).toBe(false);
  });
});

describe.skipIf(!existsSync(FILE))(
  `human questions practised on the MultiRC CNN dev articles${existsSync(FILE) ? '' : ": needs ../shared/data/articles-dev/multirc-cnn.json (MultiRC's dev set, CNN articles with human questions; other people's data, not in the repository)"}`,
  () => {
    const ARTICLES = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as EvalArticle[]) : [];
    const product = evaluate(ARTICLES, (text) => generateDeck({ text }, { syntax }).cards);
    const baseline = evaluate(ARTICLES, (text) => baselineCards(readArticle(text, { parse: parserOf(syntax) })));

    it('measures the same questions for both', () => {
      expect(product.questions).toBe(147);
      expect(product.answerable).toBe(baseline.answerable);
    });

    it('keeps a floor on the questions practised, at no more than 5 cards per 100 words', () => {
      // The figures are in the README (npm run bench:questions); the floor sits under the measured share, so a change
      // that loses questions fails here.
      expect(product.share).toBeGreaterThanOrEqual(FLOOR);
      expect(product.cardsPer100Words).toBeLessThanOrEqual(5);
      expect(baseline.cardsPer100Words).toBeGreaterThan(8);
    });

    it('practises more human questions per card than the blank-every-entity baseline', () => {
      expect(product.covered / product.cards).toBeGreaterThanOrEqual(baseline.covered / baseline.cards);
    });
  },
);

// 9/96 measured (1.79 cards per 100 words) once clozes put names in only in a sentence's opening, up to its main
// verb: wrong names put in for pronouns were the first cause of false cards in blind review, and one cloze that
// matched a human question only with a name put in further along went. (12/96 at 2.11 before one clear card per
// sentence came first; the questions per card stay above the baseline's, the next test.) 8/96 at 1.44 once no
// subject blank is a description ("There is _____ that screenwriting ..." -> "this romantic idea" went; reviewers
// passed 2 of 25 such blanks). 7/96 once no blank is cut inside a name: "others said _____ Illustrated version ..." ->
// "the Sports" had matched "What company did Air New Zealand collaborate with ...?" by its one shared word.
const FLOOR = 0.07;
