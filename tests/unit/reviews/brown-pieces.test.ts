import { describe, expect, it } from 'vitest';
import { brownLine, brownParagraphs, brownParts } from '../../../scripts/brown-pieces.js';

// The Brown corpus's tagged form, as the review source reads it (sentences of my own, tagged as the corpus tags).
describe('the Brown corpus reader', () => {
  it('puts quotes and punctuation back as the paper printed them', () => {
    expect(brownLine("``/`` We/ppss will/md build/vb it/ppo ''/'' ,/, the/at mayor/nn said/vbd ./.")).toBe(
      '"We will build it," the mayor said.',
    );
    expect(brownLine('He/pps paid/vbd $12/nns (/( a/at record/nn )/) ./.')).toBe('He paid $12 (a record).');
    expect(brownLine('It/pps starts/vbz at/in 7/cd p.m./rb ./.')).toBe('It starts at 7 p.m.');
  });

  it('drops crossheads, keeps a dateline before its story and marks where the story starts', () => {
    const tagged = [
      '\tThe/at council/nn met/vbd ./.',
      '',
      'New/jj-hl budget/nn-hl ',
      '\tIt/pps voted/vbd ./.',
      'Boston/np-hl ,/,-hl July/np-hl 24/cd-hl ',
      '\t--/-- Rain/nn fell/vbd ./.',
    ].join('\n');
    expect(brownParagraphs(tagged)).toEqual([
      { text: 'The council met.', story: false },
      { text: 'It voted.\n\nBoston, July 24 -- Rain fell.', story: true },
    ]);
  });

  it('cuts a sample into parts of whole paragraphs, at a dateline once a part is long enough', () => {
    const para = (n: number, story = false) => ({ text: Array(n).fill('word').join(' '), story });
    const parts = brownParts([para(200), para(100), para(100, true), para(300), para(100)]);
    expect(parts.map((p) => p.split(/\s+/).length)).toEqual([300, 500]);
  });
});
