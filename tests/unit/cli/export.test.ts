import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdeck } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

interface DeckJson {
  id: string;
  title: string;
  cards: { id: string; kind: string; prompt: string; answer: string }[];
}

describe('factdeck export', () => {
  it('exports the built-in deck as JSON, CSV and .apkg, each importing back to the same cards', () => {
    const dir = tempDir();
    const lib = path.join(dir, 'lib');
    const [deck] = JSON.parse(factdeck(['--data-dir', lib, 'decks', '--json']).stdout) as { id: string }[];
    const json = factdeck(['--data-dir', lib, 'export', deck!.id, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const original = JSON.parse(json.stdout) as DeckJson;
    const cardsOf = (d: DeckJson) => d.cards.map(({ id, kind, prompt, answer }) => ({ id, kind, prompt, answer }));

    for (const format of ['csv', 'apkg'] as const) {
      const file = path.join(dir, `deck.${format}`);
      const out = factdeck(['--data-dir', lib, 'export', deck!.id, '--format', format, '-o', file]);
      expect(out.code, out.stderr).toBe(0);
      expect(fs.statSync(file).size).toBeGreaterThan(100);
      const other = path.join(dir, `other-${format}`);
      const imp = factdeck(['--data-dir', other, 'import', file]);
      expect(imp.code, imp.stderr).toBe(0);
      const newId = imp.stdout.trim().split('\n').at(-1)!;
      const back = JSON.parse(factdeck(['--data-dir', other, 'export', newId, '--format', 'json']).stdout) as DeckJson;
      expect(cardsOf(back)).toEqual(cardsOf(original));
    }
  });

  it('refuses an unknown deck (65) and a bad format (2)', () => {
    const lib = path.join(tempDir(), 'lib');
    expect(factdeck(['--data-dir', lib, 'export', 'nope']).code).toBe(65);
    expect(factdeck(['--data-dir', lib, 'export', 'nope', '--format', 'pdf']).code).toBe(2);
  });
});
