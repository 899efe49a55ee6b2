// The Electron shell as electron-vite builds it. Electron cannot run here, so the bundle is checked the way Node
// would first read it: every main-process file parses as an ES module and the preload as CommonJS. (A bundle
// that declared `require` twice built without a word and would have failed at the app's first start.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers/tmp.js';

const bin = path.join(repoRoot, 'node_modules/.bin/electron-vite');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('the Electron shell bundle', () => {
  it('builds, and Node parses its main process and preload', { timeout: 120_000 }, () => {
    const out = tempDir('factdeck-shell-');
    const built = spawnSync(bin, ['build', '--outDir', out, '--logLevel', 'error'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    // The main process is ESM (the repository's package.json says "type": "module"; the temp folder must too).
    fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
    const main = files(path.join(out, 'main')).filter((f) => f.endsWith('.js'));
    expect(main.map((f) => path.basename(f))).toContain('main.js');
    const preload = path.join(out, 'preload/preload.cjs');
    for (const f of [...main, preload]) {
      const check = spawnSync(process.execPath, ['--check', f], { encoding: 'utf8' });
      expect(check.status, `${path.relative(out, f)}: ${check.stderr}`).toBe(0);
    }
  });
});
