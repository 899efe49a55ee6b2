// Export then import gives the same cards: factdeck JSON, Factdeck CSV, and .apkg (checked against
// the schema of a real Anki-written collection).
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/core/deck.js';
import { toApkg } from '../../../src/core/formats/apkg-write.js';
import { toCsv } from '../../../src/core/formats/csv-export.js';
import { toFactdeckJson } from '../../../src/core/formats/factdeck-json.js';
import { parseImport } from '../../../src/core/formats/import.js';
import { shared, sql, utf8 } from './helpers.js';

const sentence = 'Japanese Foreign Minister Yoshimasa Hayashi visited Kyiv on Saturday, Sept. 9.';
export const sampleDeck: Deck = {
  format: 'factdeck/1', id: 'hayashi-kyiv', title: 'Hayashi in Kyiv', source: null,
  cards: [
    { id: 'qa-1', kind: 'qa', prompt: 'Who visited Kyiv, on "Saturday"?', answer: 'Hayashi', tags: ['who'], fact: 'f1',
      evidence: { sentence, start: 0, end: 48 } },
    { id: 'cl-1', kind: 'cloze', prompt: 'Hayashi visited [...] on Saturday.', answer: 'Kyiv', tags: ['where', 'geo'], fact: 'f1' },
    { id: 'ch-1', kind: 'choice', prompt: 'Which city?', answer: 'Kyiv', choices: ['Kyiv', 'Lviv', 'Odesa, "the pearl"'], tags: [] },
    { id: 'tf-1', kind: 'truefalse', prompt: 'Hayashi visited Kyiv in 2022.', answer: 'False', tags: [] },
    { id: 'or-1', kind: 'order', prompt: 'Put in order', answer: 'Tokyo → Warsaw → Kyiv', items: ['Tokyo', 'Warsaw', 'Kyiv'], tags: [] },
    { id: 'ma-1', kind: 'match', prompt: 'Match people and roles', answer: 'Hayashi: foreign minister',
      pairs: [['Hayashi', 'foreign minister'], ['Kishida', 'prime minister']], tags: ['who'] },
    { id: 'nl-1', kind: 'qa', prompt: 'Two lines,\nwith a comma', answer: '<b>not html</b> & 5 < 6', tags: [] },
  ],
};

describe('round trips', () => {
  it('factdeck JSON', async () => {
    const r = await parseImport(utf8(toFactdeckJson(sampleDeck)), 'deck.json');
    expect(r.deck).toEqual(sampleDeck);
  });

  it('CSV: same cards, kinds, choices, evidence and ids', async () => {
    const csv = toCsv(sampleDeck);
    expect(csv.split('\r\n')[0]).toBe('\ufefffront,back,tags,kind,choices,items,pairs,evidence,evidence_start,evidence_end,id,fact');
    const r = await parseImport(utf8(csv), 'deck.csv', { title: sampleDeck.title });
    expect(r.format).toBe('csv');
    expect(r.deck.cards).toEqual(sampleDeck.cards);
    expect(r.notices).toEqual([]);
  });

  it('CSV: tags with spaces survive', async () => {
    const deck: Deck = { ...sampleDeck, cards: [{ id: 'x', kind: 'qa', prompt: 'p', answer: 'a', tags: ['two words', 'x,y'] }] };
    const r = await parseImport(utf8(toCsv(deck)), 'deck.csv');
    expect(r.deck.cards).toEqual(deck.cards);
  });

  it('apkg: same cards back in Factdeck', async () => {
    const SQL = await sql();
    const bytes = toApkg(sampleDeck, SQL, { now: 1_700_000_000_000 });
    const r = await parseImport(bytes, 'deck.apkg', { sqlWasm: SQL });
    expect(r.format).toBe('apkg');
    expect(r.deck.title).toBe(sampleDeck.title);
    expect(r.deck.cards).toEqual(sampleDeck.cards);
    expect(toApkg(sampleDeck, SQL, { now: 1_700_000_000_000 })).toEqual(bytes); // deterministic given the time
  });

  it('apkg: an edit made in Anki wins over the hidden copy, and the id stays', async () => {
    const SQL = await sql();
    const files = unzipSync(toApkg(sampleDeck, SQL, { now: 1_700_000_000_000 }));
    const db = new SQL.Database(files['collection.anki2']);
    db.run("UPDATE notes SET flds = replace(flds, 'Hayashi', 'Yoshimasa Hayashi') WHERE guid = 'qa-1'");
    const edited = db.export();
    db.close();
    const r = await parseImport(zipSync({ ...files, 'collection.anki2': edited }), 'deck.apkg', { sqlWasm: SQL });
    expect(r.deck.cards[0]).toMatchObject({ id: 'qa-1', answer: 'Yoshimasa Hayashi' });
  });

  it('apkg: follows the schema of a collection written by Anki', async () => {
    const SQL = await sql();
    const ours = new SQL.Database(unzipSync(toApkg(sampleDeck, SQL, { now: 1_700_000_000_000 }))['collection.anki2']);
    const real = new SQL.Database(unzipSync(shared('update1.apkg'))['collection.anki2']);
    const columns = (db: InstanceType<typeof SQL.Database>, t: string): unknown[] =>
      db.exec(`PRAGMA table_info(${t})`)[0]!.values.map((v) => [v[1], String(v[2]).toLowerCase(), v[3]]);
    for (const t of ['col', 'notes', 'cards', 'revlog', 'graves']) expect(columns(ours, t), t).toEqual(columns(real, t));
    const [ver, models, decks, dconf] = ours.exec('SELECT ver, models, decks, dconf FROM col')[0]!.values[0]!;
    expect(ver).toBe(11);
    const realModel = Object.values(JSON.parse(String(real.exec('SELECT models FROM col')[0]!.values[0]![0])) as Record<string, unknown>[])[0]!;
    const model = Object.values(JSON.parse(String(models)) as Record<string, Record<string, unknown>>)[0]!;
    for (const key of Object.keys(realModel)) expect(model, key).toHaveProperty(key);
    expect((model.flds as { name: string }[]).map((f) => f.name)).toEqual(['Front', 'Back', 'Source', 'Extra', 'Factdeck']);
    expect(Object.values(JSON.parse(String(decks)) as Record<string, { name: string }>).map((d) => d.name)).toEqual(['Default', 'Hayashi in Kyiv']);
    expect(JSON.parse(String(dconf))).toHaveProperty('1');
    const notes = ours.exec('SELECT guid, flds, sfld, csum FROM notes ORDER BY id')[0]!.values;
    expect(notes).toHaveLength(sampleDeck.cards.length);
    const first = String(notes[0]![1]).split('\x1f');
    expect(first.slice(0, 3)).toEqual(['Who visited Kyiv, on &quot;Saturday&quot;?', 'Hayashi', sentence]);
    // Anki's checksum: first 8 hex digits of sha1 of the (plain text) first field.
    expect(notes[0]![2]).toBe(sampleDeck.cards[0]!.prompt);
    expect(notes[0]![3]).toBe(parseInt(createHash('sha1').update(sampleDeck.cards[0]!.prompt).digest('hex').slice(0, 8), 16));
    const cards = ours.exec('SELECT nid, ord, type, queue, due FROM cards ORDER BY id')[0]!.values;
    expect(cards.map((c) => [c[1], c[2], c[3]])).toEqual(sampleDeck.cards.map(() => [0, 0, 0]));
    ours.close();
    real.close();
  });

  it('apkg: a plain Anki reader (our generic path) sees Basic notes with the source on the back', async () => {
    const SQL = await sql();
    const deck: Deck = { ...sampleDeck, cards: [sampleDeck.cards[0]!] };
    const files = unzipSync(toApkg(deck, SQL, { now: 1 }));
    const db = new SQL.Database(files['collection.anki2']);
    // Without the hidden field, the note renders through its templates like any Anki note.
    db.run("UPDATE notes SET flds = substr(flds, 1, instr(flds, '{') - 1)");
    const stripped = db.export();
    db.close();
    const r = await parseImport(zipSync({ ...files, 'collection.anki2': stripped }), 'd.apkg', { sqlWasm: SQL });
    expect(r.deck.cards[0]).toMatchObject({ kind: 'qa', prompt: 'Who visited Kyiv, on "Saturday"?', answer: `Hayashi\n\n${sentence}` });
  });
});
