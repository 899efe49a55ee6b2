// The card browser's and the library's deck methods on a real library in a temp directory: sort, tag
// filter, locating a card, deleting cards (their facts remembered), renaming, importing into a deck.
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import { utc } from '../../../src/core/schedule/day.js';
import type { Deck } from '../../../src/core/deck.js';
import { tempDir } from '../../helpers/tmp.js';

const T0 = Date.UTC(2026, 2, 2, 10);
const open = (dir: string): Backend => createBackend(dir, { now: () => T0, tz: utc });

function deck(): Deck {
  const card = (id: string, prompt: string, answer: string, tags: string[], fact?: string) =>
    ({ id, kind: 'qa' as const, prompt, answer, tags, ...(fact ? { fact } : {}) });
  return {
    format: 'factdeck/1', id: 'd', title: 'Capitals', source: null, generator: null,
    cards: [
      card('c1', 'Capital of Peru?', 'Lima', ['americas'], 'f1'),
      card('c2', 'Capital of Austria?', 'Vienna', ['europe'], 'f2'),
      card('c3', 'capital of Chile?', 'Santiago', ['americas', 'hard'], 'f3'),
      card('c4', 'Capital of Benin?', 'Porto-Novo', ['africa', 'hard'], 'f3'),
    ],
  };
}
const csv = (rows: string[]) => Buffer.from(rows.join('\n') + '\n');

describe('card browser', () => {
  it('sorts on a column either way, filters by tag and text, and finds a card among the matches', async () => {
    const api = open(tempDir());
    await api.saveDeck({ deck: deck() });
    const prompts = async (arg: Partial<Parameters<Backend['listCards']>[0]>) =>
      (await api.listCards({ deckId: 'd', offset: 0, limit: 10, ...arg })).cards.map((c) => c.answer);
    expect(await prompts({})).toEqual(['Lima', 'Vienna', 'Santiago', 'Porto-Novo']);
    expect(await prompts({ sort: { by: 'prompt', desc: false } })).toEqual(['Vienna', 'Porto-Novo', 'Santiago', 'Lima']);
    expect(await prompts({ sort: { by: 'answer', desc: true } })).toEqual(['Vienna', 'Santiago', 'Porto-Novo', 'Lima']);
    expect(await prompts({ tag: 'hard' })).toEqual(['Santiago', 'Porto-Novo']);
    expect(await prompts({ tag: 'hard', query: 'benin' })).toEqual(['Porto-Novo']);
    await api.answer({ deckId: 'd', cardId: 'c3', grade: 3 });
    // New cards have no due date: they come after the studied one.
    expect((await prompts({ sort: { by: 'due', desc: false } }))[0]).toBe('Santiago');
    const page = await api.listCards({ deckId: 'd', offset: 0, limit: 1, sort: { by: 'prompt', desc: false }, locate: 'c1' });
    expect(page.tags).toEqual(['africa', 'americas', 'europe', 'hard']);
    expect(page.located).toBe(3);
    expect((await api.listCards({ deckId: 'd', offset: 0, limit: 1, tag: 'europe', locate: 'c1' })).located).toBeNull();
    api.close();
  });

  it('deletes cards and remembers their facts; edits tags; both survive reopening', async () => {
    const dir = tempDir();
    const api = open(dir);
    await api.saveDeck({ deck: deck() });
    expect(await api.deleteCards({ deckId: 'd', cardIds: ['c2', 'c4'] })).toEqual({ deleted: 2 });
    const card = await api.getCard({ deckId: 'd', cardId: 'c1' });
    await api.editCard({ deckId: 'd', card: { ...card, tags: [...card.tags, 'south'] } });
    await expect(api.deleteCards({ deckId: 'd', cardIds: ['c2'] })).rejects.toThrow('none of these cards is in deck d');
    api.close();
    const again = open(dir);
    const d = await again.getDeck({ id: 'd' });
    expect(d.cards.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(d.deletedFacts).toEqual(['f2', 'f3']);
    expect((await again.listCards({ deckId: 'd', offset: 0, limit: 5, tag: 'south' })).cards.map((c) => c.id)).toEqual(['c1']);
    again.close();
  });

  it('renames any deck, the built-in one too', async () => {
    const dir = tempDir();
    const api = open(dir);
    const [builtin] = await api.listDecks({});
    expect(await api.renameDeck({ id: builtin!.id, title: '  Hayashi in Kyiv  ' })).toEqual({ id: builtin!.id, title: 'Hayashi in Kyiv' });
    api.close();
    const again = open(dir);
    expect((await again.listDecks({})).map((d) => d.title)).toEqual(['Hayashi in Kyiv']);
    again.close();
  });

  it('imports a file into an existing deck: new cards added, those it has left alone, the same file twice adds nothing', async () => {
    const api = open(tempDir());
    const first = await api.importFile({ name: 'a.csv', data: csv(['Kyiv;capital of Ukraine', 'Hiroshima;G7 summit host']) });
    const base = (await api.getDeck({ id: first.id })).cards;
    const r = await api.importFile({ name: 'b.csv', data: csv(['Kyiv;capital of Ukraine', 'Tokyo;capital of Japan']), into: first.id });
    expect(r).toMatchObject({ id: first.id, cards: 1, skipped: 1, duplicate: false });
    const merged = await api.getDeck({ id: first.id });
    expect(merged.cards.map((c) => c.prompt)).toEqual(['Kyiv', 'Hiroshima', 'Tokyo']);
    expect(merged.cards.slice(0, 2)).toEqual(base);
    expect((await api.listDecks({})).length).toBe(2);
    const twice = await api.importFile({ name: 'b.csv', data: csv(['Kyiv;capital of Ukraine', 'Tokyo;capital of Japan']), into: first.id });
    expect(twice.duplicate).toBe(true);
    await expect(api.importFile({ name: 'c.csv', data: csv(['x;y']), into: 'nope' })).rejects.toThrow('no deck with id nope');
    api.close();
  });
});

describe('sorting text as a person reads it', () => {
  it('ignores case and accents and orders numbers by value', async () => {
    const { textKey } = await import('../../../src/core/browse.js');
    const words = ['item 10', 'Item 2', 'éclair', 'Eagle', 'zebra'];
    expect([...words].sort((a, b) => (textKey(a) < textKey(b) ? -1 : 1))).toEqual(['Eagle', 'éclair', 'Item 2', 'item 10', 'zebra']);
  });
});
