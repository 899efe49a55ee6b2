// The id rule (core/ids.ts) and the tables keyed by outside strings: "constructor" and friends are plain keys.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseNumber } from '../../../src/core/article/amounts.js';
import { canonicalOrg } from '../../../src/core/article/gazetteer.js';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { generateDeck } from '../../../src/core/generate.js';
import { deckIdProblem, freeDeckId, own, table } from '../../../src/core/ids.js';
import { factdeck } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

describe('deck ids', () => {
  it('are letters, digits, _ and -, not a device name', () => {
    for (const ok of ['__proto__', 'constructor', 'a', 'imp-0123', 'CONSOLE', 'com10', 'x'.repeat(200)]) expect(deckIdProblem(ok), ok).toBeNull();
    for (const bad of ['', 'a b', 'a/b', '..', 'é', 'x'.repeat(201)]) expect(deckIdProblem(bad), bad).toMatch(/letters, digits/);
    for (const dev of ['con', 'NUL', 'Aux', 'prn', 'com1', 'LPT9']) expect(deckIdProblem(dev), dev).toMatch(/reserves for a device/);
  });

  it('are renamed where unfit or taken ignoring case, the same way each time', () => {
    const taken = new Set(['deck', 'deck-abc']);
    const has = (l: string) => taken.has(l);
    expect(freeDeckId('Other', 'abc', has)).toBe('Other');
    expect(freeDeckId('Deck', 'abc', has)).toBe('Deck-abc-2');
    expect(freeDeckId('Deck', 'def', has)).toBe('Deck-def');
    expect(freeDeckId('con', 'abc', has)).toBe('con-abc');
    expect(freeDeckId('a b/c', 'abc', has)).toBe('a-b-c-abc');
    expect(freeDeckId('%%%', 'abc', has)).toBe('deck-abc-2');
  });
});

describe('tables keyed by outside strings', () => {
  it('have no inherited keys', () => {
    const t = table({ a: 1 });
    expect(t['constructor']).toBeUndefined();
    t['__proto__'] = 2;
    expect(Object.keys(t)).toEqual(['a', '__proto__']);
    expect(JSON.parse(JSON.stringify(t))).toEqual(JSON.parse('{"a":1,"__proto__":2}'));
    expect(own(JSON.parse('{"a":1}') as Record<string, number>, 'toString')).toBeUndefined();
  });

  it('in the article reader: "constructor" is no number, no alias, no title', () => {
    expect(parseNumber('constructor')).toBeNull();
    expect(parseNumber('twenty-three')).toBe(23);
    expect(parseAmount('toString dollars')).toBeNull();
    expect(canonicalOrg('constructor')).toBe('constructor');
    expect(canonicalOrg('G7')).toBe('Group of Seven');
    const deck = generateDeck({
      text: 'Sen. Mary Smith, the constructor of the bridge, said on Monday that 300 workers were paid. Gen. Alan Jones visited Paris with the mayor of Lyon on Tuesday. The hasOwnProperty company hired 40 people in March.',
      publishedOn: '2023-09-09',
    }, { syntax: loadSyntaxModel() });
    expect(JSON.stringify(deck)).not.toMatch(/native code|function |\[object /);
  });

  it('in the CLI: `factdeck constructor` is an unknown command, "toString" is not a grade', () => {
    const r = factdeck(['constructor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'constructor'/);
    const data = path.join(tempDir(), 'lib');
    const [deck] = JSON.parse(factdeck(['--data-dir', data, 'decks', '--json']).stdout) as { id: string }[];
    const study = factdeck(['--data-dir', data, 'study', deck!.id], { input: 'toString\n' });
    expect(study.code).toBe(65);
    expect(study.stderr).toBe('factdeck: stdin line 1: "toString" is not a grade (again, hard, good, easy or 1-4)\n');
  });
});
