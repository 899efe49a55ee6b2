// The fast deck check agrees with deckSchema: same decks accepted, same data out, same errors.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDeck, quickDeck } from '../../../src/core/deck-check.js';
import { quickCheck } from '../../../src/core/quick-parse.js';
import { deckSchema } from '../../../src/core/deck.js';

const good = () => ({
  format: 'factdeck/1', id: 'd-1', title: 'T',
  source: { title: null, publisher: 'P', publishedOn: '2023-09-09', url: null, text: 'x' },
  generator: { name: 'factdeck', version: '1' },
  cards: [
    { id: 'a', kind: 'qa', prompt: 'Q?', answer: 'A', tags: ['who'], evidence: { sentence: 's', start: 0, end: 1 }, fact: 'f',
      media: [{ file: '0123456789abcdef.png', kind: 'image', side: 'front' }] },
    { id: 'b', kind: 'choice', prompt: 'Q?', answer: 'A', choices: ['A', 'B'] },
    { id: 'c', kind: 'match', prompt: 'Q?', answer: '', pairs: [['a', 'b']], evidence: null },
    { id: 'd', kind: 'order', prompt: 'Q?', answer: 'x → y', items: ['x', 'y'], tags: [] },
  ],
});

type Edit = (d: ReturnType<typeof good> & Record<string, unknown>) => void;
const edits: [string, Edit][] = [
  ['as is', () => {}],
  ['no source, no generator', (d) => { delete (d as Record<string, unknown>)['source']; (d as Record<string, unknown>)['generator'] = null; }],
  ['unknown deck key (stripped)', (d) => { d['extra'] = 1; }],
  ['unknown card key (stripped)', (d) => { (d.cards[0] as Record<string, unknown>)['x'] = 1; }],
  ['bad format', (d) => { d.format = 'factdeck/2'; }],
  ['bad id', (d) => { d.id = 'a b'; }],
  ['empty title', (d) => { d.title = ''; }],
  ['bad date', (d) => { d.source.publishedOn = '2023-9-9'; }],
  ['source key missing', (d) => { delete (d.source as Record<string, unknown>)['url']; }],
  ['deleted facts', (d) => { d['deletedFacts'] = ['f', 'g']; }],
  ['a deleted fact empty', (d) => { d['deletedFacts'] = ['']; }],
  ['deleted facts not strings', (d) => { d['deletedFacts'] = [1]; }],
  ['bad kind', (d) => { d.cards[0]!.kind = 'essay'; }],
  ['empty prompt', (d) => { d.cards[0]!.prompt = ''; }],
  ['long answer', (d) => { d.cards[0]!.answer = 'x'.repeat(20_001); }],
  ['choices null', (d) => { (d.cards[1] as Record<string, unknown>)['choices'] = null; }],
  ['13 choices', (d) => { d.cards[1]!.choices = Array(13).fill('x'); }],
  ['pair of three', (d) => { d.cards[2]!.pairs = [['a', 'b', 'c'] as unknown as [string, string]]; }],
  ['negative start', (d) => { d.cards[0]!.evidence!.start = -1; }],
  ['fractional end', (d) => { d.cards[0]!.evidence!.end = 1.5; }],
  ['long tag', (d) => { d.cards[0]!.tags = ['x'.repeat(101)]; }],
  ['numeric fact', (d) => { (d.cards[0] as Record<string, unknown>)['fact'] = 3; }],
  ['order card saved shuffled by an earlier version', (d) => { d.cards[3]!.items = ['y', 'x']; }],
  ['order card with items only', (d) => { d.cards[3]!.answer = ''; }],
  ['order card with answer only', (d) => { delete (d.cards[3] as Record<string, unknown>)['items']; }],
  ['order card whose answer lists other items', (d) => { d.cards[3]!.answer = 'x, then y'; }],
  ['media file with a path', (d) => { d.cards[0]!.media![0]!.file = '../0123456789abcdef.png'; }],
  ['media of an unknown kind', (d) => { (d.cards[0]!.media![0] as Record<string, unknown>)['kind'] = 'video'; }],
  ['cards not an array', (d) => { (d as Record<string, unknown>)['cards'] = {}; }],
];

describe('order cards (factdeck/1: items in the right order, answer = items joined with " → ")', () => {
  const order = (edit: Edit) => {
    const d = good() as ReturnType<typeof good> & Record<string, unknown>;
    edit(d);
    return parseDeck(d).cards[3]!;
  };
  it('reads a deck saved shuffled by an earlier version by trusting its answer', () => {
    expect(order((d) => { d.cards[3]!.items = ['y', 'x']; })).toMatchObject({ items: ['x', 'y'], answer: 'x → y' });
  });
  it('gives an imported card with only items its answer, and one with only an answer its items', () => {
    expect(order((d) => { d.cards[3]!.answer = ''; })).toMatchObject({ items: ['x', 'y'], answer: 'x → y' });
    expect(order((d) => { delete (d.cards[3] as Record<string, unknown>)['items']; })).toMatchObject({ items: ['x', 'y'] });
  });
  it('keeps the items of a card whose answer says something else', () => {
    expect(order((d) => { d.cards[3]!.items = ['y', 'x']; d.cards[3]!.answer = 'y first'; })).toMatchObject({ items: ['y', 'x'] });
  });
});

describe('parseDeck', () => {
  for (const [name, edit] of edits) {
    it(`agrees with deckSchema: ${name}`, () => {
      const a = good() as ReturnType<typeof good> & Record<string, unknown>;
      const b = good() as ReturnType<typeof good> & Record<string, unknown>;
      edit(a);
      edit(b);
      const want = deckSchema.safeParse(b);
      if (want.success) expect(parseDeck(a)).toEqual(want.data);
      else expect(() => parseDeck(a)).toThrow();
    });
  }
});

describe('the fast path (rules compiled from deckSchema)', () => {
  it('passes a good deck itself, without asking zod, and leaves a deck with a key zod strips to zod', () => {
    const d = good();
    expect(quickDeck(d)).toBe(d);
    expect(quickDeck({ ...good(), extra: 1 })).toBeNull();
  });
  for (const [name, edit] of edits) {
    it(`gives deckSchema's deck or asks it: ${name}`, () => {
      const a = good() as ReturnType<typeof good> & Record<string, unknown>;
      const b = good() as ReturnType<typeof good> & Record<string, unknown>;
      edit(a);
      edit(b);
      const quick = quickDeck(a);
      const want = deckSchema.safeParse(b);
      if (quick !== null) expect(want.success && quick).toEqual(want.data);
    });
  }
  it('refuses, when compiled, a schema with a part it cannot check', () => {
    expect(() => quickCheck(z.object({ a: z.union([z.string(), z.number()]) }))).toThrow(/no fast check for a zod union \(at \.a\)/);
    expect(() => quickCheck(z.string().email())).toThrow(/no fast check for zod's string_format \(email\)/);
  });
});
