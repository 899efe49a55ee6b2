// Offline stays the default: the places in the app's Node code that open a network connection are the fetch of
// an address a person gave (src/backend/files/fetch-page.ts) and sync with the database a person gave (PouchDB, opened
// in src/backend/sync/pouch.ts only). Checked on the source, so a new call elsewhere (the CLI, the server, the
// desktop shell, the article readers) fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/tmp.js';

const NETWORK = /\bfetch\s*\(|\bhttps?\.(request|get)\s*\(|\bnet\.(connect|createConnection|fetch|request)\s*\(|from ['"](undici|node:net|node:tls|axios|node-fetch)['"]|\bnew\s+WebSocket\b|XMLHttpRequest/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // declarations (.d.ts) hold types, never a call
    return e.isDirectory() ? sources(p) : /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('offline by default', () => {
  it('only fetch-page.ts and sync/pouch.ts open connections in core, backend, CLI, server and the desktop shell', () => {
    const files = ['src/core', 'src/backend', 'src/cli', 'src/server', 'electron'].flatMap((d) => sources(path.join(repoRoot, d)));
    expect(files.length).toBeGreaterThan(50);
    const calling = files.filter((f) => NETWORK.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(repoRoot, f));
    expect(calling).toEqual(['src/backend/files/fetch-page.ts', 'src/backend/sync/pouch.ts']);
  });
});
