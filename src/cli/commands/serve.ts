// factdeck serve [--port N]: the app in any browser on this machine, over loopback HTTP.
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { packageRoot } from '../../backend/storage/paths.js';
import { newToken } from '../../server/security.js';
import { startServer } from '../../server/server.js';
import { UsageError } from '../errors.js';
import { writeOut } from '../output.js';
import type { CliContext } from '../context.js';

export async function serve(ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: ctx.args.slice(1), options: { port: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a number from 0 to 65535');
  const staticDir = path.join(packageRoot(), 'dist', 'web');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    process.stderr.write(`factdeck: the UI is not built (${staticDir}); run npm run build:web\n`);
    return 1;
  }
  // Sync on open and close and after answers when idle, once a database is set in Settings › Sync.
  const lib = await ctx.openLibrary({ owner: 'factdeck serve', sync: { auto: true }, readAhead: true });
  // Under test, every result is checked against the contract (a result it does not describe is a bug).
  const checkOutput = process.env['FACTDECK_CHECK_OUTPUT'] === '1';
  const server = await startServer({ api: lib.backend, token: newToken(), staticDir, port, checkOutput });
  await writeOut(`Factdeck is running. Open this address in a browser on this machine (Ctrl+C stops it):\n${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await lib.backend.closing();
  lib.close();
  return 0;
}
