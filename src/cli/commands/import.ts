// factdeck import <file> [--title T] [--into DECK]: adds a deck, or the file's cards to a deck; the deck's id is the
// last line printed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../core/errors.js';
import { readInputFile } from '../files.js';
import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';
import { writeOut } from '../output.js';

export async function importCmd(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.args.slice(1), allowPositionals: true, options: { title: { type: 'string' }, into: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('import takes one file');
  if (values.into !== undefined && values.title !== undefined) throw new UsageError('--title is for a new deck; --into keeps the deck\'s title');
  const lib = await ctx.openLibrary({ owner: 'factdeck import' });
  try {
    const bytes = readInputFileNamed(file);
    let r;
    try {
      r = await lib.api.importFile({ name: path.basename(file), data: bytes, title: values.title, into: values.into });
    } catch (e) {
      if (e instanceof InputError) throw new InputError(e.message, file);
      throw e;
    }
    for (const n of r.notices) process.stderr.write(`factdeck: ${file}: ${n}\n`);
    if (r.duplicate) {
      process.stderr.write(`factdeck: ${file} was imported before, as "${r.title}"; nothing was added\n`);
    } else {
      const history = r.reviews ? ` and ${r.reviews} past reviews` : '';
      const skipped = r.skipped ? ` (${r.skipped} already there, left as they were)` : '';
      process.stderr.write(values.into
        ? `Added ${r.cards} cards${history} to "${r.title}"${skipped}.\n`
        : `Imported "${r.title}": ${r.cards} cards${history}.\n`);
    }
    await writeOut(`${r.id}\n`);
    return 0;
  } finally {
    lib.close();
  }
}

function readInputFileNamed(file: string): Uint8Array {
  try {
    return readInputFile(file);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, file);
    throw e;
  }
}
