// Stated causes ("because of X", "due to X", "because <clause>") are facts a reader should remember: they become cards.
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/core/generate.js';

const TEXT = `The city council of Springfield closed the old bridge on Monday because of serious structural damage.
Engineers found cracks in two of its three pillars during an inspection in April.
Mayor Jane Porter said a new bridge would cost about $40 million and open in 2028.
Traffic will move to the ring road while the old bridge is taken down.`;

const CLAUSE = `The museum in Lyon shut its east wing on Friday because the roof had started to leak after heavy storms.
Because visitors had complained about the heat for years, the director ordered new air conditioning for the galleries.
About 40 paintings were moved to a store in the basement.
The wing will reopen in the spring, a spokeswoman for the museum said.`;

const show = (cards: Array<{ prompt: string; answer: string }>): string => cards.map((c) => `${c.prompt} -> ${c.answer}`).join('\n');

describe('causes', () => {
  it('asks why, with the stated cause as the answer', () => {
    const deck = generateDeck({ text: TEXT, title: 'Springfield bridge', publishedOn: '2026-05-12' });
    const why = deck.cards.find((c) => c.answer === 'serious structural damage');
    expect(why, show(deck.cards)).toBeDefined();
    expect(why!.prompt).not.toContain('structural damage');
    expect(why!.evidence?.sentence).toContain('because of serious structural damage');
  });

  it('asks why when the cause is a whole clause, at the end of a sentence or before its main clause', () => {
    const deck = generateDeck({ text: CLAUSE, title: 'Museum', publishedOn: '2026-05-12' });
    const roof = deck.cards.find((c) => c.answer === 'the roof had started to leak after heavy storms');
    expect(roof, show(deck.cards)).toBeDefined();
    expect(roof!.prompt).toMatch(/^Why did the museum in Lyon shut its east wing/);
    expect(roof!.tags).toContain('why');
    const heat = deck.cards.find((c) => c.answer === 'visitors had complained about the heat for years');
    expect(heat, show(deck.cards)).toBeDefined();
    expect(heat!.prompt).toBe('Because _____, the director ordered new air conditioning for the galleries.');
  });
});
