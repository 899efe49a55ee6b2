// Anki .apkg import: Anki's own files, schema 11 and schema 18 (zstd) fixtures with every note type,
// tags and revlog; zip bombs and non-Anki zips refused with one line.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/core/formats/import.js';
import { ankiFile, fixture, inputError, sql, utf8 } from './helpers.js';
import { itWith, readShared } from '../../helpers/shared-data.js';

const expected = [
  ['qa', 'hello', 'world', []],
  ['qa', 'Capital of France ?', 'Paris\non the Seine', ['geo', 'europe']],
  ['qa', 'Tokyo', 'Japan', ['geo']],
  ['qa', 'Japan', 'Tokyo', ['geo']],
  ['cloze', '[...] visited Kyiv in 2023', 'Hayashi', ['news']],
  ['cloze', 'Hayashi visited [...] in 2023', 'Kyiv', ['news']],
  ['qa', 'one way', 'only', []],
];

describe("Anki's own .apkg files", () => {
  for (const [name, cards] of [
    ['diffmodels2-1.apkg', [['front', 'back']]],
    ['update1.apkg', [['hello', 'world']]],
  ] as const) {
    const file = ankiFile(name);
    itWith(file, name, async () => {
      const r = await parseImport(readShared(file), name, { sqlWasm: await sql() });
      expect(r.format).toBe('apkg');
      expect(r.deck.cards.map((c) => [c.prompt, c.answer])).toEqual(cards);
      expect(r.reviews).toEqual([]);
    });
  }

  const media = ankiFile('media.apkg');
  itWith(media, 'media.apkg: its only card is a sound, imported with the sound file under its content name', async () => {
    const r = await parseImport(readShared(media), 'media.apkg', { sqlWasm: await sql() });
    expect(r.deck.cards).toHaveLength(1);
    const [card] = r.deck.cards;
    expect(card!.prompt).toBe('(sound)');
    expect(card!.media).toEqual([{ file: expect.stringMatching(/^[0-9a-f]{16}\.wav$/), kind: 'sound', side: 'front' }]);
    expect(r.media).toEqual([{ file: card!.media![0]!.file, bytes: expect.any(Uint8Array) }]);
    expect(r.notices).toContain('0 image(s) and 1 sound(s) imported with the cards');
  });
});

describe.each([
  ['rich-11.apkg', 'Geography'],
  ['rich-18.apkg', 'Japan::News'],
])('%s', (name, title) => {
  it('Basic, reversed, optional reversed and cloze notes become cards with tags', async () => {
    const r = await parseImport(fixture(name), name, { sqlWasm: async () => sql() });
    expect(r.deck.title).toBe(title);
    expect(r.deck.cards.map((c) => [c.kind, c.prompt, c.answer, c.tags])).toEqual(expected);
    // Siblings (same note) share a fact; ids are stable across the two schemas (from note guid + ord).
    const [, , tokyo, japan, c1, c2] = r.deck.cards;
    expect(tokyo!.fact).toBe(japan!.fact);
    expect(c1!.fact).toBe(c2!.fact);
    expect(tokyo!.fact).not.toBe(c1!.fact);
  });

  it('revlog becomes reviews: answers only, in time order, mapped to our card ids', async () => {
    const r = await parseImport(fixture(name), name, { sqlWasm: await sql() });
    const id = (i: number): string => r.deck.cards[i]!.id;
    expect(r.reviews).toEqual([
      { card: id(1), t: 1600000000000, grade: 1, ms: 8000 },
      { card: id(4), t: 1600000100000, grade: 3, ms: 6000 },
      { card: id(3), t: 1600000200000, grade: 2, ms: 7000 },
      { card: id(1), t: 1600000600000, grade: 3, ms: 4000 },
      { card: id(1), t: 1600086400000, grade: 4, ms: 2500 },
    ]);
    expect(r.notices).toContain('1 review(s) of cards not in this package were left out');
  });
});

it('schema 11 and 18 give the same card ids', async () => {
  const a = await parseImport(fixture('rich-11.apkg'), 'a.apkg', { sqlWasm: await sql() });
  const b = await parseImport(fixture('rich-18.apkg'), 'b.apkg', { sqlWasm: await sql() });
  expect(a.deck.cards.map((c) => c.id)).toEqual(b.deck.cards.map((c) => c.id));
  // The package's one media file is used by no card: nothing is stored, nothing to say.
  expect(a.media).toBeUndefined();
  expect(a.notices.join(' ')).not.toMatch(/media|image|sound/);
});

describe('bad packages', () => {
  it('zip bomb: 250 MB declared, refused before inflating, limit named', async () => {
    await inputError(parseImport(fixture('bomb.zip'), 'bomb.apkg', { sqlWasm: await sql() }), /more than 200 MB \(the limit\).*zip bomb/);
  });

  it('a zip whose directory lies about the size is stopped while inflating', async () => {
    const zip = zipSync({ 'collection.anki2': new Uint8Array(2_000_000) });
    // Patch the declared size (central directory, offset 24 of the entry) down to 1,000 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let cd = zip.length - 22;
    while (view.getUint32(cd, true) !== 0x02014b50) cd--;
    view.setUint32(cd + 24, 1000, true);
    await inputError(parseImport(zip, 'lie.apkg', { sqlWasm: await sql() }), /inflates beyond its declared size/);
  });

  it('a zip that is not an Anki package', async () => {
    const zip = zipSync({ 'readme.txt': utf8('hello') });
    await inputError(parseImport(zip, 'x.apkg', { sqlWasm: await sql() }), /^this zip is not an Anki package/);
  });

  it('an Anki package whose collection is not SQLite', async () => {
    const zip = zipSync({ 'collection.anki2': utf8('not a database at all, just text') });
    await inputError(parseImport(zip, 'x.apkg', { sqlWasm: await sql() }), /not a readable Anki collection/);
  });

  it('anki21b that is not zstd', async () => {
    const zip = zipSync({ 'collection.anki21b': utf8('garbage') });
    await inputError(parseImport(zip, 'x.apkg', { sqlWasm: await sql() }), /not valid zstd data/);
  });

  it('anki21b whose zstd header asks for a 1 GB window is refused before anything is allocated', async () => {
    // magic, single-segment frame with a 4-byte content size of 1 GiB, then one raw block of 4 bytes
    const frame = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 0, 0, 0, 0x40, 0x21, 0, 0, 1, 2, 3, 4]);
    const zip = zipSync({ 'collection.anki21b': frame });
    await inputError(parseImport(zip, 'x.apkg', { sqlWasm: await sql() }), /collection.anki21b asks for more than 200 MB to unpack/);
  });

  it('a truncated package', async () => {
    const bytes = fixture('rich-11.apkg');
    await inputError(parseImport(bytes.slice(0, bytes.length - 100), 'cut.apkg', { sqlWasm: await sql() }), /damaged zip file/);
    await inputError(parseImport(bytes.slice(0, 2000), 'cut.apkg', { sqlWasm: await sql() }), /damaged zip file/);
  });

  it('a .apkg name on something that is not a zip', async () => {
    await inputError(parseImport(utf8('front,back\na,b'), 'deck.apkg'), /^not an Anki package/);
  });
});
