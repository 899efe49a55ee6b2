// What `factdeck study` prints in a terminal: the same as the app's study screen (the article's headline, the
// sentence before when the card leans on it, and on reveal the names the card put in for the article's words).
import { describe, expect, it } from 'vitest';
import { revealed, show } from '../../../src/cli/commands/study.js';
import type { StudyCard } from '../../../src/core/api.js';

const study = (card: StudyCard['card'], article: string | null): StudyCard => ({
  deckId: 'd',
  card,
  article,
  state: 'new',
  intervals: { 1: '1m', 2: '6m', 3: '10m', 4: '5d' },
});

describe('factdeck study in a terminal', () => {
  const card = {
    id: 'f1-c',
    kind: 'cloze' as const,
    prompt: 'After _____, the cartel was slow to adjust its prices to reflect this depreciation.',
    answer: '1971',
    tags: ['when'],
    evidence: {
      sentence: 'After 1971, the cartel was slow to adjust its prices to reflect this depreciation.',
      start: 70,
      end: 152,
      context: 'The dollar lost a fifth of its value against gold in the early 1970s.',
      substitutions: [{ from: 'the cartel', to: 'OPEC' }],
    },
  };

  it('shows the headline and the sentence before above the card, as the app does', () => {
    const text = show(study(card, '1973 oil crisis'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('From “1973 oil crisis”');
    expect(lines[1]).toContain('The dollar lost a fifth of its value');
    expect(lines[2]).toBe(card.prompt);
    expect(text).not.toContain('1971,');
  });

  it('shows neither when the card has none (a deck made elsewhere)', () => {
    const plain = { ...card, evidence: undefined };
    expect(show(study(plain, null))).toBe(card.prompt);
  });

  it("reveals the answer, its sentence and what the card put in for the article's words", () => {
    const text = revealed(study(card, '1973 oil crisis'));
    expect(text.split('\n')[0]).toBe('1971');
    expect(text).toContain(card.evidence.sentence);
    expect(text).toContain('“OPEC” where the article says “the cartel”');
  });
});
