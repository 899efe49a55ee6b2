// Global options where people type them: before or after the command.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitGlobals } from '../../../src/cli/globals.js';
import { factdeck } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

describe('global options', () => {
  it('takes --data-dir before or after the command, in both spellings', () => {
    expect(splitGlobals(['--data-dir', 'D', 'serve', '--port', '0'])).toMatchObject({ dataDir: 'D', command: ['serve', '--port', '0'] });
    expect(splitGlobals(['serve', '--data-dir', 'D', '--port', '0'])).toMatchObject({ dataDir: 'D', command: ['serve', '--port', '0'] });
    expect(splitGlobals(['decks', '--json', '--data-dir=D'])).toMatchObject({ dataDir: 'D', command: ['decks', '--json'] });
    expect(splitGlobals(['decks'])).toMatchObject({ dataDir: undefined, command: ['decks'] });
  });

  it('leaves what follows -- to the command, and refuses a missing or second directory', () => {
    expect(splitGlobals(['import', '--', '--data-dir'])).toMatchObject({ dataDir: undefined, command: ['import', '--', '--data-dir'] });
    expect(() => splitGlobals(['serve', '--data-dir'])).toThrow('--data-dir needs a directory');
    expect(() => splitGlobals(['serve', '--data-dir', '--port'])).toThrow('--data-dir needs a directory');
    expect(() => splitGlobals(['--data-dir', 'A', 'serve', '--data-dir', 'B'])).toThrow("--data-dir given twice ('A' and 'B')");
    expect(splitGlobals(['--data-dir', 'A', 'serve', '--data-dir', 'A']).dataDir).toBe('A');
  });

  it('version before a command, help anywhere', () => {
    expect(splitGlobals(['-v'])).toMatchObject({ version: true, command: [] });
    expect(splitGlobals(['decks', '--help'])).toMatchObject({ help: true, command: ['decks'] });
  });

  it('the real command uses the library named after the command (exit 2 with one line when the directory is missing)', () => {
    const data = path.join(tempDir(), 'lib');
    const r = factdeck(['decks', '--json', '--data-dir', data]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect(fs.existsSync(path.join(data, 'decks'))).toBe(true);
    const bad = factdeck(['decks', '--data-dir']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('factdeck: --data-dir needs a directory');
    const unknown = factdeck(['--frob', 'decks']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--frob'/);
  });
});
