// The password for a command that syncs: from FACTDECK_SYNC_PASSWORD or the first line of stdin
// (--password-stdin), used for this run only; else the one kept for the library (sync/password.json).
// Never an argument: other users and the shell's history would see it.
import readline from 'node:readline';
import path from 'node:path';
import { fileSecrets, type SecretStore } from '../../backend/sync/secrets.js';
import { UsageError } from '../errors.js';

export async function passwordFor(dataDir: string, fromStdin: boolean): Promise<SecretStore> {
  const kept = fileSecrets(path.join(dataDir, 'sync'));
  const given = fromStdin ? await firstLine() : process.env['FACTDECK_SYNC_PASSWORD'];
  if (given === undefined) return kept;
  return { where: 'given for this run only (not kept)', load: () => given, save: (p) => kept.save(p) };
}

async function firstLine(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  throw new UsageError('--password-stdin: nothing came on stdin');
}
