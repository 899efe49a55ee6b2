// factdeck sync [URL] [--user NAME] [--password-stdin]: sync the library with a CouchDB database (the one
// saved in Settings › Sync, or the address given, which is then kept). The password comes from
// FACTDECK_SYNC_PASSWORD, from stdin with --password-stdin, or from where Factdeck keeps it; never from the
// command line, where other users and the shell's history would see it.
import { parseArgs } from 'node:util';
import type { SyncResult } from '../../core/sync/api.js';
import type { Backend } from '../../backend/backend.js';
import { EXIT, UsageError } from '../errors.js';
import { writeOut } from '../output.js';
import type { CliContext } from '../context.js';
import { givenPassword } from './sync-password.js';

export async function sync(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.args.slice(1),
    allowPositionals: true,
    options: { user: { type: 'string', short: 'u' }, 'password-stdin': { type: 'boolean' } },
  });
  if (positionals.length > 1) throw new UsageError('sync takes at most one database address');
  const password = await givenPassword(values['password-stdin'] === true);
  const lib = await ctx.openLibrary({ owner: 'factdeck sync', sync: { password } });
  try {
    const url = positionals[0];
    if (url !== undefined || values.user !== undefined) await lib.api.setSync({ url, user: values.user });
    if ((await lib.api.syncStatus({})).url === null) {
      throw new UsageError('no database to sync with: give its address (factdeck sync https://server/database)');
    }
    return await run(lib.backend, () => lib.api.syncNow({}));
  } finally {
    lib.close();
  }
}

/** Runs a sync, showing its progress on a terminal, and reports it: one line out, refusals on stderr. */
export async function run(lib: Backend, work: () => Promise<SyncResult>): Promise<number> {
  const ticker = process.stderr.isTTY ? setInterval(() => void tick(lib), 500) : null;
  let r: SyncResult;
  try {
    r = await work();
  } finally {
    if (ticker) {
      clearInterval(ticker);
      process.stderr.write('\r\x1b[K');
    }
  }
  for (const line of r.refused) process.stderr.write(`factdeck: sync: refused ${line}\n`);
  if (r.refusedCount > r.refused.length)
    process.stderr.write(`factdeck: sync: and ${r.refusedCount - r.refused.length} more documents refused\n`);
  if (!r.ok) {
    process.stderr.write(`factdeck: ${r.message}\n`);
    return EXIT.failure;
  }
  await writeOut(`${r.message} (${(r.ms / 1000).toFixed(1)} s)\n`);
  return r.refusedCount > 0 ? EXIT.data : EXIT.ok;
}

async function tick(lib: Backend): Promise<void> {
  const p = (await lib.syncStatus({})).running;
  if (p) process.stderr.write(`\r\x1b[Ksync: ${p.phase}… ${p.done || ''}`);
}
