// Property: parseImport on arbitrary input either returns a valid deck or throws InputError (never any
// other exception), each within a time limit. Inputs: random bytes, text made of the characters parsers
// care about, and damaged copies of the real fixtures (flipped bytes, truncation) to reach zip/SQLite code.
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../../src/core/deck.js';
import { isInputError } from '../../../src/core/errors.js';
import { parseImport } from '../../../src/core/formats/import.js';
import { fixture, ankiFile, sql } from './helpers.js';
import { itWith, readShared } from '../../helpers/shared-data.js';

// A hang guard, not a speed measure (speed is in npm run bench): one damaged file must not keep the app
// busy. Generous, because CI machines are loaded; the memory a damaged header may ask for is tested in
// apkg-import.test.ts.
const LIMIT_MS = 20_000;

async function check(bytes: Uint8Array, name: string): Promise<void> {
  const SQL = await sql();
  const t0 = performance.now();
  try {
    const r = await parseImport(bytes, name, { sqlWasm: SQL });
    expect(deckSchema.safeParse(r.deck).success).toBe(true);
    expect(r.deck.cards.length).toBeGreaterThan(0);
  } catch (e) {
    if (!isInputError(e)) throw e;
    expect((e as Error).message).not.toContain('\n');
  }
  expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
}

const pieces = [',', ';', '\t', '\n', '\r\n', '"', '""', '#', '#separator:', '#html:true\n', '#tags column:3\n', '{', '}', '[',
  '{{c1::', '::', '}}', '<b>', '</b>', '<script>', '&amp;', '&#0;', 'front', 'back', 'tags', 'kind', 'id', '\ufeff', 'é', '日本', ' ', 'x'];
const texty = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => new TextEncoder().encode(a.join('')));
const names = fc.constantFrom('a.csv', 'a.tsv', 'a.txt', 'a.json', 'a.apkg', 'noext');

function damaged(base: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat()).map(([flips, cut]) => {
    const out = base.slice(0, base.length - (cut % Math.max(1, Math.floor(base.length / 4))));
    for (const [at, v] of flips) out[at % out.length] = v;
    return out;
  });
}

describe('parseImport never throws anything but InputError', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), names, check), { numRuns: 200 });
  });

  it('text from parser-relevant pieces', async () => {
    await fc.assert(fc.asyncProperty(texty, names, check), { numRuns: 200 });
  });

  it('full-unicode strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), names, (s, n) => check(new TextEncoder().encode(s), n)), { numRuns: 200 });
  });

  it.each(['rich-11.apkg', 'rich-18.apkg', 'anki-export.txt', 'excel-unicode.txt'])('damaged copies of %s', async (name) => {
    await fc.assert(fc.asyncProperty(damaged(fixture(name)), (b) => check(b, name)), { numRuns: 200 });
  });

  it('valid zips holding damaged collections (schema 11 and zstd schema 18)', async () => {
    const c11 = unzipSync(fixture('rich-11.apkg'))['collection.anki2']!;
    const c18 = unzipSync(fixture('rich-18.apkg'))['collection.anki21b']!;
    await fc.assert(fc.asyncProperty(damaged(c11), (c) => check(zipSync({ 'collection.anki2': c }), 'c.apkg')), { numRuns: 200 });
    await fc.assert(fc.asyncProperty(damaged(c18), (c) => check(zipSync({ 'collection.anki21b': c }), 'c.apkg')), { numRuns: 100 });
  });

  const update1 = ankiFile('update1.apkg');
  itWith(update1, 'damaged copies of Anki\'s update1.apkg', async () => {
    await fc.assert(fc.asyncProperty(damaged(readShared(update1)), (b) => check(b, 'u.apkg')), { numRuns: 200 });
  });
});
