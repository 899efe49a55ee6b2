// Reading a person's file for the CLI (a missing or unreadable file is their input, not a bug), and writing
// the file a person names with -o (whole or not at all; a full disk is one line).
import fs from 'node:fs';
import { writeFileAtomic } from '../backend/storage/atomic.js';
import { onDiskError } from '../backend/storage/fsio.js';
import { InputError } from '../core/errors.js';

/** Files beyond this are refused before reading: import streams nothing larger into memory. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export function readInputFile(file: string, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError('no such file');
  }
  if (stat.isDirectory()) throw new InputError('is a directory, not a file');
  if (stat.size > maxBytes) {
    throw new InputError(`the file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB`);
  }
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw new InputError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Writes -o FILE atomically: on a full disk the file is left as it was and the person told in one line. */
export function writeOutputFile(file: string, data: string | Uint8Array): void {
  onDiskError(`${file} was not written`, 'run the command again', () => writeFileAtomic(file, data));
}
