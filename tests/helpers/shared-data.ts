// Real data nobody in this project wrote lives beside the repository in ../shared/data (DESIGN.md): it cannot be
// committed, so a fresh clone goes without it. A test that needs a file of it runs when the file is there and is
// otherwise skipped under a title naming the file and where it comes from; tests/helpers/skip-reporter.ts prints
// each such title as one line at the end of the run. Every format and rule is also tested on files the tests write.
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../shared/data');

/** What every skip title starts with, so the reporter can find them. */
export const NEEDS = 'needs ../shared/data/';

export interface SharedFile {
  /** absolute path (which may not exist) */
  path: string;
  present: boolean;
  /** "needs ../shared/data/anki/update1.apkg (Anki's own test files, ankitects/anki pylib/tests/support)" */
  missing: string;
}

export function sharedFile(rel: string, origin: string): SharedFile {
  const file = path.join(SHARED_DATA, rel);
  return { path: file, present: fs.existsSync(file), missing: `${NEEDS}${rel} (${origin}; other people's data, not in the repository)` };
}

export function readShared(f: SharedFile): Uint8Array {
  return new Uint8Array(fs.readFileSync(f.path));
}

/** `it` when the file is there; else a skipped test whose title says what is missing and where it comes from. */
export function itWith(f: SharedFile, title: string, fn: () => unknown, timeout?: number): void {
  if (f.present) it(title, fn, timeout);
  else it.skip(`${title}: ${f.missing}`, fn);
}

export function describeWith(f: SharedFile, title: string, fn: () => void): void {
  if (f.present) describe(title, fn);
  else it.skip(`${title}: ${f.missing}`, () => {});
}
