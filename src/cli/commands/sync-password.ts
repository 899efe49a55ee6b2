// The password for a command that syncs: from FACTDECK_SYNC_PASSWORD or the first line of stdin
// (--password-stdin), used for this run only; undefined: the one kept for the library (sync/password.json).
// Never an argument: other users and the shell's history would see it.
import readline from 'node:readline';
import { UsageError } from '../errors.js';

export async function givenPassword(fromStdin: boolean): Promise<string | undefined> {
  return fromStdin ? firstLine() : process.env['FACTDECK_SYNC_PASSWORD'];
}

async function firstLine(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  throw new UsageError('--password-stdin: nothing came on stdin');
}
