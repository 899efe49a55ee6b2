// CSV / TSV / Quizlet / Anki text import: delimiters, headers, quoting, encodings, HTML, malformed rows.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../src/core/formats/import.js';
import { ankiFile, fixture, inputError, utf8 } from './helpers.js';
import { itWith, readShared } from '../../helpers/shared-data.js';

const qa = (r: Awaited<ReturnType<typeof parseImport>>): [string, string][] => r.deck.cards.map((c) => [c.prompt, c.answer]);

// The same rules on a file written here (a comment, a repeated card, too many fields, too few, an empty front,
// an empty back), so a clone without ../shared tests them too.
const OWN_2FIELDS = ['# notes to study', 'Haus\thouse', 'Baum\ttree', 'Hund\tdog', 'house\tHaus', 'Baum\ttree',
  'Katze\ttoo many\tfields', 'just, commas, here', 'Vogel\t', '\tno front', ''].join('\n');

describe('Anki text with two fields, written here', () => {
  it('keeps the 5 good notes and names each skipped line', async () => {
    const r = await parseImport(utf8(OWN_2FIELDS), 'two-fields.txt');
    expect(r.format).toBe('anki-text');
    expect(qa(r)).toEqual([['Haus', 'house'], ['Baum', 'tree'], ['Hund', 'dog'], ['house', 'Haus'], ['Vogel', '']]);
    expect(r.notices).toEqual([
      'line 6: same card as line 3; skipped',
      'line 7: too many fields (expected 2, found 3); skipped',
      'line 8: expected 2 fields, found 1; skipped',
      'line 10: the front is empty; skipped',
    ]);
  });

  it('a third column of tag-like values becomes tags', async () => {
    const r = await parseImport(utf8('alpha\tone\tgreek,letters\nbeta\ttwo\tgreek\n'), 'tags.txt');
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([['alpha', 'one', ['greek', 'letters']], ['beta', 'two', ['greek']]]);
    expect(r.preview?.mapping).toEqual({ front: 0, back: 1, tags: 2, header: false });
  });
});

describe("Anki's own text-import cases", () => {
  const twoFields = ankiFile('text-2fields.txt');
  const tags = ankiFile('text-tags.txt');
  itWith(twoFields, 'text-2fields.txt: keeps the 5 good notes and names each skipped line', async () => {
    const r = await parseImport(readShared(twoFields), 'text-2fields.txt');
    expect(r.format).toBe('anki-text');
    expect(qa(r)).toEqual([
      ['食べる', 'to eat'], ['飲む', 'to drink'], ['テスト', 'test'], ['to eat', '食べる'], ['遊ぶ', ''],
    ]);
    expect(r.notices).toEqual([
      'line 6: same card as line 3; skipped',
      'line 7: too many fields (expected 2, found 3); skipped',
      'line 8: expected 2 fields, found 1; skipped',
      'line 10: the front is empty; skipped',
    ]);
    expect(r.deck.cards.every((c) => c.kind === 'qa')).toBe(true);
  });

  itWith(tags, 'text-tags.txt: a third column of tag-like values becomes tags', async () => {
    const r = await parseImport(readShared(tags), 'text-tags.txt');
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([
      ['foo', 'bar', ['baz', 'qux']], ['foo2', 'bar2', ['baz2']],
    ]);
    expect(r.preview?.mapping).toEqual({ front: 0, back: 1, tags: 2, header: false });
  });

  it('Anki export headers: #separator, #html, #tags column', async () => {
    const r = await parseImport(fixture('anki-export.txt'), 'anki-export.txt');
    expect(r.format).toBe('anki-text');
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([
      ['Capital of France', 'Paris\ncity', ['geo', 'europe']],
      ['A "quoted" front', 'back & more', []],
    ]);
    expect(r.notices).toEqual(['line 6: expected 3 fields, found 1; skipped']);
  });
});

describe('CSV and TSV', () => {
  it('quoted fields with commas, quotes, newlines; header names; HTML made safe', async () => {
    const r = await parseImport(fixture('quoted.csv'), 'quoted.csv');
    expect(r.format).toBe('csv');
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([
      ['Who visited Kyiv, in 2023?', 'Hayashi, the "foreign" minister', ['news']],
      ['Multi\nline', 'Yes', []],
      ['plain', 'bold & safe', []],
    ]);
    expect(r.preview?.columns).toEqual(['question', 'answer', 'tags']);
    expect(r.preview?.mapping).toEqual({ front: 0, back: 1, tags: 2, header: true });
  });

  it('semicolon delimiter with a UTF-8 BOM', async () => {
    const r = await parseImport(fixture('semicolon.csv'), 'semicolon.csv');
    expect(qa(r)).toEqual([['Zwei, drei', 'two, three'], ['Vier', 'four']]);
  });

  it('Excel "Unicode text": UTF-16 LE with BOM and CRLF', async () => {
    const r = await parseImport(fixture('excel-unicode.txt'), 'excel-unicode.txt');
    expect(r.format).toBe('tsv');
    expect(qa(r)).toEqual([['東京', 'Tokyo'], ['Kyiv', 'Kiev, Kyiv']]);
  });

  it('UTF-16 BE with BOM, term/definition header', async () => {
    const r = await parseImport(fixture('utf16be.tsv'), 'utf16be.tsv');
    expect(qa(r)).toEqual([['Hayashi', 'Foreign Minister']]);
  });

  it('Quizlet export: term TAB definition, no header', async () => {
    const r = await parseImport(fixture('quizlet.txt'), 'quizlet.txt');
    expect(r.format).toBe('quizlet');
    expect(r.deck.cards).toHaveLength(3);
    expect(r.deck.cards[2]).toMatchObject({ kind: 'qa', prompt: 'Rakuten', answer: 'Japanese company, founded by Mikitani' });
  });

  it('a mapping passed back overrides detection', async () => {
    const r = await parseImport(fixture('quizlet.txt'), 'quizlet.txt', { mapping: { front: 1, back: 0, tags: null, header: false } });
    expect(r.deck.cards[0]).toMatchObject({ prompt: 'Japanese foreign minister', answer: 'Hayashi' });
    await inputError(parseImport(fixture('quizlet.txt'), 'q.txt', { mapping: { front: 0, back: 5, tags: null, header: false } }), /^mapping: column 5 does not exist/);
  });

  it('ids are stable content hashes, title from the file name or option', async () => {
    const a = await parseImport(fixture('quizlet.txt'), 'My words.txt');
    const b = await parseImport(fixture('quizlet.txt'), 'other.txt', { title: 'Named' });
    expect(a.deck.cards.map((c) => c.id)).toEqual(b.deck.cards.map((c) => c.id));
    expect(a.deck.id).toBe(b.deck.id);
    expect(a.deck.title).toBe('My words');
    expect(b.deck.title).toBe('Named');
  });

  it('cloze markup in a front becomes cloze cards', async () => {
    const r = await parseImport(utf8('{{c1::Hayashi}} went to {{c2::Kyiv::city}}\textra\n'), 'c.txt');
    expect(r.deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['cloze', '[...] went to Kyiv', 'Hayashi'], ['cloze', 'Hayashi went to [...]', 'Kyiv'],
    ]);
    expect(new Set(r.deck.cards.map((c) => c.fact)).size).toBe(1);
  });

  it('unbalanced quote: one line naming the line', async () => {
    await inputError(parseImport(fixture('unbalanced.csv'), 'unbalanced.csv'), /^line 3: unbalanced quote/);
  });

  it('progress is reported while a 50,000-row CSV parses (its speed is in npm run bench)', async () => {
    const lines = ['front,back,tags'];
    for (let i = 0; i < 50_000; i++) lines.push(`"Question ${i}, with comma","Answer ${i}",tag${i % 7}`);
    const bytes = utf8(lines.join('\n'));
    const calls: number[] = [];
    const t0 = performance.now();
    const r = await parseImport(bytes, 'big.csv', { onProgress: (d, t) => calls.push(d / t) });
    const ms = performance.now() - t0;
    expect(r.deck.cards).toHaveLength(50_000);
    expect(calls.at(-1)).toBe(1);
    expect(calls.length).toBeGreaterThan(5);
    console.log(`50,000-row CSV: ${ms.toFixed(0)} ms`);
  });
});

describe('encodings and headers, more', () => {
  it('UTF-16 LE without a BOM is recognised by its NULs', async () => {
    const body = 'front\tback\nKyiv\tUkraine\n';
    const bytes = new Uint8Array(body.length * 2);
    for (let i = 0; i < body.length; i++) bytes[i * 2] = body.charCodeAt(i);
    const r = await parseImport(bytes, 'x.txt');
    expect(qa(r)).toEqual([['Kyiv', 'Ukraine']]);
    expect(r.notices[0]).toMatch(/UTF-16LE/);
  });

  it('Windows-1252 (old Excel CSV) is read with a notice', async () => {
    const bytes = new Uint8Array([...utf8('front;back\ncaf'), 0xe9, ...utf8(';coffee\n')]);
    const r = await parseImport(bytes, 'x.csv');
    expect(qa(r)).toEqual([['café', 'coffee']]);
    expect(r.notices[0]).toMatch(/Windows-1252/);
  });

  it('#separator:Comma, #columns and #tags apply; #html:false keeps markup as text', async () => {
    const text = '#separator:Comma\n#html:false\n#columns:Back,Front\n#tags:imported\n"x<y>",q1\n';
    const r = await parseImport(utf8(text), 'x.txt');
    expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([['q1', 'x<y>', ['imported']]]);
    expect(r.preview?.columns).toEqual(['Back', 'Front']);
  });

  it('HTML: scripts and styles dropped, entities decoded, breaks kept', async () => {
    const text = 'front,back\n"<style>p{}</style><p>One</p><p>Two &lt;3&gt;</p>","a<br>b <script>x()</script>&nbsp;c"\n';
    const r = await parseImport(utf8(text), 'x.csv');
    expect(qa(r)).toEqual([['One\n\nTwo <3>', 'a\nb c']]);
  });
});

it('Anki export with #notetype column / #deck column: those columns are not card text', async () => {
  const text = '#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\nBasic\tNews\tWho?\tHayashi\tpeople\n';
  const r = await parseImport(utf8(text), 'notes.txt');
  expect(r.deck.cards.map((c) => [c.prompt, c.answer, c.tags])).toEqual([['Who?', 'Hayashi', ['people']]]);
  expect(r.preview?.mapping).toEqual({ front: 2, back: 3, tags: 4, header: false });
});
