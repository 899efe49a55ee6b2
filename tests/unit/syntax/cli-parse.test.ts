import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu, words } from '../../../src/core/syntax/conllu.js';
import { factdeck } from '../../helpers/cli.js';
import { repoRoot, tempDir } from '../../helpers/tmp.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/syntax');

/** Every sentence a tree: heads in range, exactly one root, no cycles. */
function expectTrees(conllu: string): void {
  for (const s of parseConllu(conllu)) {
    const ws = words(s);
    const heads = ws.map((w) => Number(w.head));
    expect(heads.filter((h) => h === 0)).toHaveLength(1);
    heads.forEach((_, i) => {
      let x = i + 1;
      for (let steps = 0; x !== 0; steps++) {
        expect(steps).toBeLessThanOrEqual(ws.length);
        x = heads[x - 1]!;
      }
    });
    for (const w of ws) expect(w.deprel).toMatch(/^[a-z]+(:[a-z]+)?$/);
  }
}

describe('factdeck parse', () => {
  it('splits plain text into sentences and words and prints CoNLL-U trees', () => {
    const file = path.join(fixtures, 'news.txt');
    const r = factdeck(['parse', file]);
    expect(r.code, r.stderr).toBe(0);
    const sents = parseConllu(r.stdout);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(sents).toHaveLength(lines.length);
    sents.forEach((s, i) => {
      expect(s.comments).toEqual([`# sent_id = ${i + 1}`, `# text = ${lines[i]}`]);
      // The words are the sentence's characters, in order, with SpaceAfter=No where no space followed.
      const rebuilt = words(s).map((w) => w.form + (w.misc === 'SpaceAfter=No' ? '' : ' ')).join('').trimEnd();
      expect(rebuilt).toBe(lines[i]);
    });
    expectTrees(r.stdout);
    const first = words(sents[0]!);
    expect(first.slice(0, 2).map((w) => w.form)).toEqual(['Japan', "'s"]);
    const arrived = first.find((w) => w.form === 'arrived')!;
    expect(arrived).toMatchObject({ lemma: 'arrive', upos: 'VERB', xpos: 'VBD', head: '0', deprel: 'root' });
    expect(first.find((w) => w.form === 'minister')).toMatchObject({ head: arrived.id, deprel: 'nsubj' });
  });

  it('keeps a .conllu file\'s sentences, words, comments and ranges, and fills in the predicted columns', () => {
    const file = path.join(fixtures, 'news.conllu');
    const given = parseConllu(fs.readFileSync(file, 'utf8'));
    const r = factdeck(['parse', file]);
    expect(r.code, r.stderr).toBe(0);
    const out = parseConllu(r.stdout);
    expect(out).toHaveLength(given.length);
    out.forEach((s, i) => {
      const g = given[i]!;
      expect(s.comments).toEqual(g.comments);
      expect(s.rows.map((w) => [w.id, w.form])).toEqual(g.rows.map((w) => [w.id, w.form]));
      for (const w of words(s)) {
        expect(w.lemma).not.toBe('_');
        expect(w.upos).toMatch(/^[A-Z]+$/);
        expect(w.deps).toBe('_');
      }
    });
    expectTrees(r.stdout);
  });

  it('writes all of a large output through a pipe', () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.txt');
    const text = fs.readFileSync(path.join(fixtures, 'news.txt'), 'utf8');
    fs.writeFileSync(big, text.repeat(60));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/factdeck.js parse "${big}" | cat`], {
      cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(500_000);
    const sents = parseConllu(r.stdout);
    expect(sents).toHaveLength(24 * 60);
    expect(sents.at(-1)!.comments[0]).toBe(`# sent_id = ${24 * 60}`);
  });

  it('refuses bad input with one line naming the file and the place, exit 65', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.conllu');
    fs.writeFileSync(bad, '# sent_id = 1\n1\tHello\t_\t_\t_\t_\t0\troot\t_\t_\n2\tworld\t_\t_\t_\t_\n\n');
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '   \n');
    const cases: Array<[string, RegExp]> = [
      [bad, /bad\.conllu: line 3: expected 10 tab-separated columns, found 6/],
      [empty, /empty\.txt: /],
      [path.join(dir, 'missing.txt'), /missing\.txt: no such file/],
    ];
    for (const [file, message] of cases) {
      const r = factdeck(['parse', file]);
      expect(r.code, r.stderr).toBe(65);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(factdeck(['parse']).code).toBe(2);
  });
});
