// The fast deck check agrees with deckSchema: same decks accepted, same data out, same errors.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/core/deck-check.js';
import { deckSchema } from '../../../src/core/deck.js';

const good = () => ({
  format: 'factdeck/1', id: 'd-1', title: 'T',
  source: { title: null, publisher: 'P', publishedOn: '2023-09-09', url: null, text: 'x' },
  generator: { name: 'factdeck', version: '1' },
  cards: [
    { id: 'a', kind: 'qa', prompt: 'Q?', answer: 'A', tags: ['who'], evidence: { sentence: 's', start: 0, end: 1 }, fact: 'f' },
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
  ['cards not an array', (d) => { (d as Record<string, unknown>)['cards'] = {}; }],
];

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
