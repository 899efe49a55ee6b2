// Every bad file is one InputError line, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/core/formats/import.js';
import { MAX_INPUT_BYTES } from '../../../src/core/formats/types.js';
import { inputError, sql, utf8 } from './helpers.js';

function junk(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('bad files', () => {
  it('empty file', async () => {
    await inputError(parseImport(new Uint8Array(0), 'empty.csv'), /^the file is empty$/);
  });

  it('only blank space', async () => {
    await inputError(parseImport(utf8(' \n\n\t \n'), 'blank.txt'), /only blank space/);
  });

  it('binary junk', async () => {
    await inputError(parseImport(junk(4096), 'junk.csv'), /binary data, not a text deck/);
    await inputError(parseImport(junk(4096, 99), 'junk.bin', { sqlWasm: await sql() }), /binary data|damaged|not an Anki/);
  });

  it('a PNG renamed .csv', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await inputError(parseImport(png, 'image.csv'), /binary data/);
  });

  it('a bare SQLite database', async () => {
    const db = new (await sql()).Database();
    db.run('CREATE TABLE t (x)');
    const bytes = db.export();
    db.close();
    await inputError(parseImport(bytes, 'collection.anki2'), /bare SQLite database/);
  });

  it('one column only', async () => {
    await inputError(parseImport(utf8('just\nwords\nhere\n'), 'list.txt'), /^line 1: no columns found/);
  });

  it('every row malformed: the first problem is named', async () => {
    await inputError(parseImport(utf8('a\n\tb\nc\n\tx\n\ty\n'), 'bad.tsv'), /^line \d+: .*, and no other line gave a card$/);
  });

  it(`${MAX_INPUT_BYTES / 1024 / 1024} MB or more: refused with the limit named`, async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES);
    await inputError(parseImport(big, 'huge.csv'), /files of 100 MB or more are refused/);
  });

  it('valid JSON of the wrong shape', async () => {
    await inputError(parseImport(utf8('{"hello": "world"}'), 'x.json'), /^format: /);
    await inputError(parseImport(utf8('"just a string"'), 'x.json'), /^\(top level\): expected a factdeck\/1 deck object/);
  });

  it('a Factdeck CSV whose rows are all broken', async () => {
    const csv = 'front,back,tags,kind,id\nq,a,,essay,x1\n';
    await inputError(parseImport(utf8(csv), 'x.csv'), /^line 2: no usable cards/);
  });
});

it('is still fine with many skipped lines: notices are capped', async () => {
  const lines = ['a\tb'];
  for (let i = 0; i < 100; i++) lines.push('only-one-field');
  for (let i = 0; i < 100; i++) lines.push(`front ${i}\tback ${i}`);
  const r = await parseImport(utf8(lines.join('\n')), 'x.tsv');
  expect(r.deck.cards).toHaveLength(101);
  expect(r.notices).toHaveLength(21);
  expect(r.notices.at(-1)).toBe('80 more lines skipped');
});
