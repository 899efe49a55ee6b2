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
import { ankiFile, sql, utf8 } from './helpers.js';
import { itWith, readShared } from '../../helpers/shared-data.js';

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

  // Anki's schema 11 (rslib/src/storage/schema11.sql): [column, type, not null] per table, and the keys of a note type.
  const SCHEMA_11: Record<string, unknown[]> = {
    col: [['id', 'integer', 0], ['crt', 'integer', 1], ['mod', 'integer', 1], ['scm', 'integer', 1], ['ver', 'integer', 1], ['dty', 'integer', 1],
      ['usn', 'integer', 1], ['ls', 'integer', 1], ['conf', 'text', 1], ['models', 'text', 1], ['decks', 'text', 1], ['dconf', 'text', 1], ['tags', 'text', 1]],
    notes: [['id', 'integer', 0], ['guid', 'text', 1], ['mid', 'integer', 1], ['mod', 'integer', 1], ['usn', 'integer', 1], ['tags', 'text', 1],
      ['flds', 'text', 1], ['sfld', 'integer', 1], ['csum', 'integer', 1], ['flags', 'integer', 1], ['data', 'text', 1]],
    cards: [['id', 'integer', 0], ['nid', 'integer', 1], ['did', 'integer', 1], ['ord', 'integer', 1], ['mod', 'integer', 1], ['usn', 'integer', 1],
      ['type', 'integer', 1], ['queue', 'integer', 1], ['due', 'integer', 1], ['ivl', 'integer', 1], ['factor', 'integer', 1], ['reps', 'integer', 1],
      ['lapses', 'integer', 1], ['left', 'integer', 1], ['odue', 'integer', 1], ['odid', 'integer', 1], ['flags', 'integer', 1], ['data', 'text', 1]],
    revlog: [['id', 'integer', 0], ['cid', 'integer', 1], ['usn', 'integer', 1], ['ease', 'integer', 1], ['ivl', 'integer', 1], ['lastIvl', 'integer', 1],
      ['factor', 'integer', 1], ['time', 'integer', 1], ['type', 'integer', 1]],
    graves: [['usn', 'integer', 1], ['oid', 'integer', 1], ['type', 'integer', 1]],
  };
  const MODEL_KEYS = ['vers', 'name', 'tags', 'did', 'usn', 'req', 'flds', 'sortf', 'latexPre', 'tmpls', 'latexPost', 'type', 'id', 'css', 'mod'];
  type Db = InstanceType<Awaited<ReturnType<typeof sql>>['Database']>;
  const columns = (db: Db, t: string): unknown[] => db.exec(`PRAGMA table_info(${t})`)[0]!.values.map((v) => [v[1], String(v[2]).toLowerCase(), v[3]]);

  it('apkg: follows Anki\'s schema 11 and fills a collection as Anki does', async () => {
    const SQL = await sql();
    const ours = new SQL.Database(unzipSync(toApkg(sampleDeck, SQL, { now: 1_700_000_000_000 }))['collection.anki2']);
    for (const t of Object.keys(SCHEMA_11)) expect(columns(ours, t), t).toEqual(SCHEMA_11[t]);
    const [ver, models, decks, dconf] = ours.exec('SELECT ver, models, decks, dconf FROM col')[0]!.values[0]!;
    expect(ver).toBe(11);
    const model = Object.values(JSON.parse(String(models)) as Record<string, Record<string, unknown>>)[0]!;
    for (const key of MODEL_KEYS) expect(model, key).toHaveProperty(key);
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
  });

  const update1 = ankiFile('update1.apkg');
  itWith(update1, 'apkg: the same schema as a collection written by Anki', async () => {
    const SQL = await sql();
    const ours = new SQL.Database(unzipSync(toApkg(sampleDeck, SQL, { now: 1_700_000_000_000 }))['collection.anki2']);
    const real = new SQL.Database(unzipSync(readShared(update1))['collection.anki2']);
    for (const t of Object.keys(SCHEMA_11)) expect(columns(ours, t), t).toEqual(columns(real, t));
    const realModel = Object.values(JSON.parse(String(real.exec('SELECT models FROM col')[0]!.values[0]![0])) as Record<string, unknown>[])[0]!;
    const model = Object.values(JSON.parse(String(ours.exec('SELECT models FROM col')[0]!.values[0]![0])) as Record<string, unknown>[])[0]!;
    for (const key of Object.keys(realModel)) expect(model, key).toHaveProperty(key);
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
