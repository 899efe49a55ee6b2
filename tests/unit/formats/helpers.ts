// Test helpers for the deck formats: fixture bytes, an initialised sql.js, InputError assertions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { expect } from 'vitest';
import { isInputError } from '../../../src/core/errors.js';
import { sharedFile, type SharedFile } from '../../helpers/shared-data.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(root + 'tests/fixtures/formats/' + name));
}

/** A file of Anki's own test suite, in ../shared/data/anki when it is beside the repository. */
export const ankiFile = (name: string): SharedFile => sharedFile(`anki/${name}`, "Anki's own test files, ankitects/anki pylib/tests/support");

let sqlPromise: Promise<SqlJsStatic> | null = null;
export function sql(): Promise<SqlJsStatic> {
  sqlPromise ??= initSqlJs({ locateFile: (f: string) => root + 'node_modules/sql.js/dist/' + f });
  return sqlPromise;
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Awaits a promise that must reject with an InputError whose message matches. */
export async function inputError(p: Promise<unknown>, message: RegExp): Promise<string> {
  let err: unknown = null;
  try {
    await p;
  } catch (e) {
    err = e;
  }
  expect(err, 'expected an InputError').not.toBeNull();
  expect(isInputError(err), `not an InputError: ${String(err)}`).toBe(true);
  const msg = (err as Error).message;
  expect(msg).toMatch(message);
  expect(msg).not.toContain('\n');
  return msg;
}
