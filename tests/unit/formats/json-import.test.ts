// factdeck/1 JSON import: valid decks pass through; wrong shapes and broken JSON give one line with the place.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/core/deck.js';
import { parseImport } from '../../../src/core/formats/import.js';
import { inputError, utf8 } from './helpers.js';

const deck: Deck = {
  format: 'factdeck/1', id: 'hayashi-kyiv', title: 'Hayashi in Kyiv', source: null,
  cards: [
    { id: 'c1', kind: 'qa', prompt: 'Who visited Kyiv?', answer: 'Hayashi', tags: ['who'] },
    { id: 'c2', kind: 'choice', prompt: 'Which city?', answer: 'Kyiv', choices: ['Kyiv', 'Lviv', 'Odesa'], tags: [] },
  ],
};

const bytes = (v: unknown): Uint8Array => utf8(JSON.stringify(v));

describe('factdeck JSON import', () => {
  it('returns the deck as is, with its own id', async () => {
    const r = await parseImport(bytes(deck), 'deck.json');
    expect(r.format).toBe('factdeck-json');
    expect(r.deck).toEqual(deck);
    expect(r.reviews).toEqual([]);
  });

  it('names the place of a wrong type: cards[1].prompt: expected a string', async () => {
    const bad = { ...deck, cards: [deck.cards[0], { ...deck.cards[1], prompt: 42 }] };
    await inputError(parseImport(bytes(bad), 'bad.json'), /^cards\[1\]\.prompt: expected a string, got a number$/);
  });

  it('names missing fields, wrong format tags and wrong top-level shapes', async () => {
    const { title: _t, ...noTitle } = deck;
    await inputError(parseImport(bytes(noTitle), 'x.json'), /^title: missing \(expected a string\)$/);
    await inputError(parseImport(bytes({ ...deck, format: 'anki' }), 'x.json'), /^format: .*factdeck\/1/);
    await inputError(parseImport(bytes([1, 2]), 'x.json'), /^\(top level\): expected a factdeck\/1 deck object, got an array$/);
    await inputError(parseImport(bytes({ ...deck, cards: [{ ...deck.cards[0], kind: 'essay' }] }), 'x.json'), /^cards\[0\]\.kind: /);
  });

  it('refuses a deck with no cards, as every other format does', async () => {
    await inputError(parseImport(bytes({ ...deck, cards: [] }), 'empty.json'), /^cards: the deck has no cards$/);
  });

  it('refuses duplicate card ids', async () => {
    await inputError(parseImport(bytes({ ...deck, cards: [deck.cards[0], deck.cards[0]] }), 'x.json'), /^cards\[1\]\.id: duplicate card id/);
  });

  it('truncated JSON: says so with line and column', async () => {
    const text = JSON.stringify(deck, null, 2);
    await inputError(parseImport(utf8(text.slice(0, 120)), 'cut.json'), /^line \d+, column \d+: the JSON ends too early/);
  });

  it('malformed JSON: names the position', async () => {
    await inputError(parseImport(utf8('{\n  "format": "factdeck/1",,\n}'), 'x.json'), /^line 2, column \d+: not valid JSON/);
  });

  it('a title option renames the deck', async () => {
    const r = await parseImport(bytes(deck), 'deck.json', { title: 'Renamed' });
    expect(r.deck.title).toBe('Renamed');
  });
});
