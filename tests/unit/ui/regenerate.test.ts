// Regenerating a deck from its edited article (Library → Article): unchanged facts keep their card, own cards stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import type { Deck } from '../../../src/core/deck.js';
import { generateDeck } from '../../../src/core/generate.js';

const syntax = loadSyntaxModel();
import { regenerated } from '../../../src/ui/lib/regenerate.js';

const TEXT = readFileSync(new URL('../../../decks/japan-times-hayashi-kyiv.txt', import.meta.url), 'utf8');
const INPUT = { title: 'Hayashi in Kyiv', publisher: 'Japan Times', publishedOn: '2023-09-09' };

describe('a deck regenerated from its edited article', () => {
  const old = generateDeck({ ...INPUT, text: TEXT }, { syntax });
  // The person reworded one card and added one of their own.
  const edited = { ...old, id: 'my-deck', title: 'My deck', cards: [{ ...old.cards[0]!, prompt: 'My own wording?' }, ...old.cards.slice(1),
    { id: 'own-1', kind: 'qa' as const, prompt: 'Who wrote the article?', answer: 'Japan Times staff', tags: ['own'] }] };
  const fresh = generateDeck({ ...INPUT, text: TEXT.replace('legal constraints', 'legal limits') }, { syntax });
  const r = regenerated(edited, fresh);

  it('keeps the deck id and title, the wording of unchanged cards, and the own card', () => {
    expect(r.deck.id).toBe('my-deck');
    expect(r.deck.title).toBe('My deck');
    expect(r.deck.cards.find((c) => c.id === old.cards[0]!.id)?.prompt).toBe('My own wording?');
    expect(r.deck.cards.some((c) => c.id === 'own-1')).toBe(true);
  });

  it('counts kept, new and dropped cards, and points evidence into the new text', () => {
    expect(r.kept).toBeGreaterThanOrEqual(old.cards.length - 3);
    expect(r.kept + r.added).toBe(fresh.cards.length);
    expect(r.kept + r.dropped).toBe(old.cards.length);
    for (const c of r.deck.cards) if (c.evidence) expect(fresh.source?.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.sentence);
  });
});

/** The deck with a second card of one fact (a true/false twin, as decks made before one card per fact have). */
function withTwin(deck: Deck): Deck {
  const i = deck.cards.findIndex((c) => c.kind === 'cloze' && c.evidence);
  const c = deck.cards[i]!;
  const twin = { ...c, id: `${c.id}-t`, kind: 'truefalse' as const, prompt: `True or false? ${c.evidence!.sentence}`, answer: 'True' };
  return { ...deck, cards: [...deck.cards.slice(0, i + 1), twin, ...deck.cards.slice(i + 1)] };
}

describe('a card the person deleted', () => {
  const old = withTwin(generateDeck({ ...INPUT, text: TEXT }, { syntax }));
  // Every card of one fact deleted, and one card of another fact whose sibling stays.
  const sibling = old.cards.find((c, _i, all) => all.some((d) => d.fact === c.fact && d.id !== c.id))!;
  const fact = old.cards.find((c) => c.fact !== sibling.fact)!.fact!;
  const gone = old.cards.filter((c) => c.fact === fact);
  const kept = old.cards.filter((c) => c.fact !== fact && c.id !== sibling.id);
  const edited = { ...old, cards: kept, deletedFacts: [fact, sibling.fact!] };
  const r = regenerated(edited, withTwin(generateDeck({ ...INPUT, text: TEXT }, { syntax })));

  it('stays deleted after regenerating, its kept siblings stay, and the count says so', () => {
    expect(r.deck.cards.map((c) => c.id)).toEqual(kept.map((c) => c.id));
    expect(r.stayDeleted).toBe(gone.length + 1);
    expect(r.added).toBe(0);
    expect(r.deck.deletedFacts).toEqual([fact, sibling.fact]);
    expect(kept.some((c) => c.fact === sibling.fact)).toBe(true);
  });
});
