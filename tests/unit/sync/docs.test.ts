// The check every document from a server passes (src/core/sync/docs.ts), on shapes a server cannot be trusted
// not to send: keys that are Object's own names, ids that do not match, answers from the future.
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../../src/core/sync/docs.js';

const NOW = Date.UTC(2026, 5, 1);
const good = {
  _id: 'a:abcdefgh:3',
  _rev: '1-x',
  type: 'answer',
  device: 'abcdefgh',
  seq: 3,
  deck: 'd1',
  card: 'c1',
  t: NOW - 1000,
  grade: 2,
  ms: 5,
};

describe('checkDoc', () => {
  it("accepts an answer, and CouchDB's own fields on it", () => {
    expect(checkDoc({ ...good, _conflicts: ['2-y'] }, NOW)).toMatchObject({ ok: true, doc: { seq: 3, grade: 2 } });
  });

  it('refuses "__proto__" and "constructor" keys (as JSON.parse makes them) without polluting anything', () => {
    for (const text of [
      JSON.stringify(good).replace(/}$/, ',"__proto__":{"polluted":"yes"}}'),
      JSON.stringify(good).replace(/}$/, ',"constructor":{"prototype":{"polluted":"yes"}}}'),
    ]) {
      const r = checkDoc(JSON.parse(text), NOW);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.problem).toMatch(
        /^document "a:abcdefgh:3": (Unrecognized key: "constructor"|unexpected field __proto__)$/,
      );
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses other underscore fields, ids that do not match, answers from the future or before 2000', () => {
    const problem = (doc: unknown) => {
      const r = checkDoc(doc, NOW);
      return r.ok ? null : r.problem;
    };
    expect(problem({ ...good, _attachments: {} })).toBe('document "a:abcdefgh:3": unexpected field _attachments');
    expect(problem({ ...good, _id: 'a:abcdefgh:4' })).toMatch(/_id does not match/);
    expect(problem({ ...good, t: NOW + 2 * 86_400_000 })).toMatch(/is not a time an answer can have been given/);
    expect(problem({ ...good, t: Date.UTC(1999, 0, 1) })).toMatch(/is not a time/);
    expect(problem({ ...good, device: 'UPPER' })).toMatch(/device: a device id/);
    expect(problem(['x'])).toBe('a document: not a JSON object');
    expect(problem({ ...good, _id: 'a:\u0000\u001b[31m:1' })).toMatch(/^document "a:\\u0000\\u001b\[31m:1": /);
  });

  it('checks deck and card documents with the deck schema', () => {
    const deck = {
      _id: 'deck:d1',
      type: 'deck',
      deck: { format: 'factdeck/1', id: 'd1', title: 'T' },
      order: ['c1'],
      editedAt: 1,
    };
    expect(checkDoc(deck, NOW).ok).toBe(true);
    expect(checkDoc({ ...deck, deck: { ...deck.deck, title: '' } }, NOW)).toMatchObject({ ok: false });
    expect(checkDoc({ ...deck, deck: { ...deck.deck, cards: [] } }, NOW)).toMatchObject({ ok: false });
    const card = {
      _id: 'card:d1:c1',
      type: 'card',
      deck: 'd1',
      card: { id: 'c1', kind: 'qa', prompt: 'Q', answer: 'A' },
      editedAt: 1,
    };
    expect(checkDoc(card, NOW)).toMatchObject({ ok: true, doc: { card: { tags: [] } } });
    expect(checkDoc({ ...card, _id: 'card:d2:c1' }, NOW)).toMatchObject({ ok: false });
    expect(
      checkDoc(
        { ...card, card: { ...card.card, media: [{ file: '../../etc/passwd', kind: 'image', side: 'front' }] } },
        NOW,
      ),
    ).toMatchObject({ ok: false });
  });
});
