// The layering check (.dependency-cruiser.cjs, run by `npm run lint`) finds the imports the old checks
// missed: run on a small tree of folders like the project's, each file breaking one rule, it names each one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const root = path.resolve(import.meta.dirname, '../..');

function tree(files: Record<string, string>): string {
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'tsconfig.tests.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2023',
        allowImportingTsExtensions: false,
      },
    }),
  );
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Rule name and 'from → to' of each violation dependency-cruiser reports. */
function violations(dir: string): string[] {
  const bin = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const r = spawnSync(
    process.execPath,
    [bin, 'src', 'electron', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
    { cwd: dir, encoding: 'utf8' },
  );
  const out = JSON.parse(r.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return out.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

const GOOD = {
  'src/core/deck.ts': 'export const deckSchema = { parse: (x: unknown) => x };\nexport type Deck = { id: string };\n',
  'src/core/api.ts': "import type { Deck } from './deck.js';\nexport type Api = { getDeck(): Deck };\n",
  'src/backend/backend.ts':
    "import type { Api } from '../core/api.js';\nexport const createBackend = (): Api | null => null;\n",
  'src/backend/methods/decks.ts':
    "import { deckSchema } from '../../core/deck.js';\nexport const decks = deckSchema;\n",
  'src/cli/main.ts': "export const main = () => import('../backend/backend.js');\n",
  'src/ui/client.ts': "import type { Api } from '../core/api.js';\nexport const api: Api | null = null;\n",
  'electron/main.ts': "import { createBackend } from '../src/backend/backend.js';\nexport const b = createBackend;\n",
};

describe('the layering check', () => {
  it('passes a tree that keeps the rules', () => {
    expect(violations(tree(GOOD))).toEqual([]);
  }, 30_000);

  it('names each import that breaks one: node I/O in core under any name, a bare import, the UI taking a value from core, the CLI around the Api, Electron on the CLI', () => {
    const dir = tree({
      ...GOOD,
      'src/core/reads-disk.ts': "import { readFile } from 'fs/promises';\nexport const r = readFile;\n",
      'src/core/bare.ts': "import '../backend/backend.js';\nexport {};\n",
      'src/ui/value.ts': "import { deckSchema } from '../core/deck.js';\nexport const s = deckSchema;\n",
      'src/cli/around.ts': "export const d = () => import('../backend/methods/decks.js');\n",
      'electron/cli.ts': "import { main } from '../src/cli/main.js';\nexport const m = main;\n",
    });
    expect(violations(dir)).toEqual([
      'cli-calls-the-api: src/cli/around.ts → src/backend/methods/decks.ts',
      'core-knows-no-shell: src/core/bare.ts → src/backend/backend.ts',
      'electron-is-a-shell: electron/cli.ts → src/cli/main.ts',
      'no-node-io: src/core/reads-disk.ts → fs/promises',
      'ui-imports-types-from-core: src/ui/value.ts → src/core/deck.ts',
    ]);
  }, 30_000);
});
