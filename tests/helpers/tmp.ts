// Real temp directories for tests; removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

export function tempDir(prefix = 'factdeck-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedData = path.resolve(repoRoot, '../shared/data');
export const builtinArticle = path.resolve(repoRoot, 'decks/japan-times-hayashi-kyiv.txt');
