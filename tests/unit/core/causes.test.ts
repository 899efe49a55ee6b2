// Stated causes ("because of X", "due to X") are facts a reader should remember: they become cards.
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/core/generate.js';

const TEXT = `The city council of Springfield closed the old bridge on Monday because of serious structural damage.
Engineers found cracks in two of its three pillars during an inspection in April.
Mayor Jane Porter said a new bridge would cost about $40 million and open in 2028.
Traffic will move to the ring road while the old bridge is taken down.`;

describe('causes', () => {
  it('asks why, with the stated cause as the answer', () => {
    const deck = generateDeck({ text: TEXT, title: 'Springfield bridge', publishedOn: '2026-05-12' });
    const why = deck.cards.find((c) => c.answer === 'serious structural damage');
    expect(why, deck.cards.map((c) => `${c.prompt} -> ${c.answer}`).join('\n')).toBeDefined();
    expect(why!.prompt).not.toContain('structural damage');
    expect(why!.evidence?.sentence).toContain('because of serious structural damage');
  });
});
