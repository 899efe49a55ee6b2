import { describe, expect, it } from 'vitest';
import { unsupported } from '../../../src/core/cards/check.js';

const sentence = 'In March, Prime Minister Fumio Kishida became the final G7 leader to visit Kyiv.';
const lemmas = 'in march , prime minister fumio kishida become the final g7 leader to visit kyiv .'.split(' ');

describe('the first law: a card says nothing its sentence does not', () => {
  it('accepts a question made of the sentence, its lemmas and question words', () => {
    expect(unsupported({ prompt: 'Who became the final G7 leader to visit Kyiv in March?', answer: 'Prime Minister Fumio Kishida', sentence, lemmas, substituted: [] })).toEqual([]);
    expect(unsupported({ prompt: 'When did Fumio Kishida become the final G7 leader to visit Kyiv?', answer: 'March', sentence, lemmas, substituted: [] })).toEqual([]);
  });

  it('names every word the card added', () => {
    expect(unsupported({ prompt: 'Who became the first G7 leader to visit Moscow?', answer: 'Fumio Kishida', sentence, lemmas, substituted: [] })).toEqual(['first', 'moscow']);
  });

  it('accepts words the card records as substituted, and only those', () => {
    const s = 'He also toured the suburb of Bucha.';
    const l = 'he also tour the suburb of bucha .'.split(' ');
    expect(unsupported({ prompt: 'What did Yoshimasa Hayashi also tour?', answer: 'the suburb of Bucha', sentence: s, lemmas: l, substituted: ['Yoshimasa Hayashi'] })).toEqual([]);
    expect(unsupported({ prompt: 'What did Yoshimasa Hayashi also tour?', answer: 'the suburb of Bucha', sentence: s, lemmas: l, substituted: [] })).toEqual(['yoshimasa', 'hayashi']);
  });
});
