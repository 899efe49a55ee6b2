import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdeck } from '../../helpers/cli.js';
import { builtinArticle, tempDir } from '../../helpers/tmp.js';

describe('factdeck CLI', () => {
  it('prints help and exits 0; bad usage exits 2', () => {
    const help = factdeck(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/generate <file\|address>/);
    expect(help.stdout).toMatch(/study <deck-id>/);
    const bad = factdeck(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('generates a deck on stdout, identical on a second run', () => {
    const a = factdeck(['generate', builtinArticle, '--date', '2023-09-09', '--title', 'Hayashi in Kyiv']);
    expect(a.code, a.stderr).toBe(0);
    const deck = JSON.parse(a.stdout) as { format: string; cards: { evidence: { sentence: string } }[] };
    expect(deck.format).toBe('factdeck/1');
    expect(deck.cards.length).toBeGreaterThan(5);
    const article = fs.readFileSync(builtinArticle, 'utf8');
    for (const c of deck.cards) expect(article).toContain(c.evidence.sentence);
    expect(factdeck(['generate', builtinArticle, '--date', '2023-09-09', '--title', 'Hayashi in Kyiv']).stdout).toBe(a.stdout);
  });

  it('refuses bad input files with one line and exit 65, leaving the library alone', () => {
    const dir = tempDir();
    const data = path.join(dir, 'lib');
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const binary = path.join(dir, 'junk.pdf');
    fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x03]));
    for (const file of [empty, binary, path.join(dir, 'missing.txt')]) {
      const r = factdeck(['--data-dir', data, 'generate', file]);
      expect(r.code, r.stderr).toBe(65);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(path.basename(file));
      if (file === binary) expect(r.stderr).toMatch(/junk.pdf: not a readable PDF/);
    }
    const before = factdeck(['--data-dir', data, 'decks', '--json']).stdout;
    const r = factdeck(['--data-dir', data, 'import', binary]);
    expect(r.code).toBe(65);
    expect(factdeck(['--data-dir', data, 'decks', '--json']).stdout).toBe(before);
  });

  it('reads an article with a stray control character, saying so; refuses text full of them', () => {
    // A Reuters story of 1987 carried one DEL ("a 500 mln dlr\x7f untied loan") and was refused as binary (round 8787).
    const dir = tempDir();
    const stray = path.join(dir, 'stray.txt');
    fs.writeFileSync(
      stray,
      'Pemex signs loan\n\nPetroleos Mexicanos signed a 500 mln dlr\x7f untied loan with Japanese banks to pay ' +
        'for a pipeline across the isthmus, the company said. The loan runs for 15 years, officials said.\n',
    );
    const ok = factdeck(['generate', stray]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/stray\.txt: a stray control character \(0x7f, line 3\) removed/);
    const deck = JSON.parse(ok.stdout) as { source: { text: string } };
    expect(deck.source.text).toContain('500 mln dlr untied loan');
    const junk = path.join(dir, 'junk.txt');
    fs.writeFileSync(junk, 'Line one\x01\x02\x03\x04\x05\x06 and more words after them.\n');
    const bad = factdeck(['generate', junk]);
    expect(bad.code).toBe(65);
    expect(bad.stderr).toMatch(/junk\.txt: line 1: binary data, not a text article/);
  });

  it('imports a generated deck, lists it, and studies it from a script', () => {
    const dir = tempDir();
    const data = path.join(dir, 'lib');
    const out = path.join(dir, 'deck.json');
    expect(factdeck(['generate', builtinArticle, '--date', '2023-09-09', '--title', 'Imported Kyiv', '-o', out]).code).toBe(0);
    // The built-in deck has the same article: give this one another id so both live in the library.
    const deck = JSON.parse(fs.readFileSync(out, 'utf8')) as { id: string };
    deck.id = 'my-kyiv';
    fs.writeFileSync(out, JSON.stringify(deck));
    const imp = factdeck(['--data-dir', data, 'import', out]);
    expect(imp.code, imp.stderr).toBe(0);
    const id = imp.stdout.trim().split('\n').at(-1);
    expect(id).toBe('my-kyiv');
    const again = factdeck(['--data-dir', data, 'import', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/imported before/);

    const list = JSON.parse(factdeck(['--data-dir', data, 'decks', '--json']).stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(2);
    const mine = list.find((d) => d.id === 'my-kyiv')!;
    expect(Object.keys(mine).sort()).toEqual(['cards', 'due', 'id', 'learning', 'new', 'review', 'title']);

    const study = factdeck(['--data-dir', data, 'study', 'my-kyiv'], { input: 'good\n3\neasy\nagain\n' });
    expect(study.code, study.stderr).toBe(0);
    const lines = study.stdout.trim().split('\n').map((l) => JSON.parse(l) as { grade: number; seq: number });
    expect(lines.map((l) => l.grade)).toEqual([3, 3, 4, 1]);
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3, 4]);
    const after = (JSON.parse(factdeck(['--data-dir', data, 'decks', '--json']).stdout) as { id: string; new: number }[])
      .find((d) => d.id === 'my-kyiv')!;
    expect(after.new).toBe((mine.new as number) - 4);

    const badGrade = factdeck(['--data-dir', data, 'study', 'my-kyiv'], { input: 'maybe\n' });
    expect(badGrade.code).toBe(65);
    expect(badGrade.stderr).toMatch(/stdin line 1: "maybe" is not a grade/);
  });
});
