// factdeck export <deck-id> --format json|csv|apkg [-o FILE]: stdout without -o (json and csv).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { writeOutputFile } from '../files.js';
import { writeOut } from '../output.js';
import type { CliContext } from '../context.js';

const FORMATS = ['json', 'csv', 'apkg'] as const;

export async function exportCmd(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.args.slice(1), allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, output: { type: 'string', short: 'o' } },
  });
  const id = positionals[0];
  if (!id || positionals.length > 1) throw new UsageError('export takes one deck id (see factdeck decks)');
  const format = FORMATS.find((f) => f === values.format);
  if (!format) throw new UsageError('--format takes json, csv or apkg');
  if (format === 'apkg' && !values.output) throw new UsageError('an .apkg is binary: give -o FILE');
  const lib = await ctx.openForReading();
  try {
    const file = await lib.api.exportDeck({ id, format });
    const bytes = Buffer.from(file.data, 'base64');
    if (values.output) {
      writeOutputFile(path.resolve(values.output), bytes);
      process.stderr.write(`Wrote ${values.output}\n`);
    } else await writeOut(bytes);
    return 0;
  } finally {
    lib.close();
  }
}
