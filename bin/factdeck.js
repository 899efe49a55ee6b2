#!/usr/bin/env node
// The installed `factdeck` command. The TypeScript is compiled to dist/node by `npm ci` (prepare).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/node/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('factdeck: not built yet; run `npm run build:node` in the project folder\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
