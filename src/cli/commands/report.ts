// factdeck report [--format html|csv|json] [-o FILE] [--deck ID] [--since YYYY-MM-DD]: a progress report,
// to stdout or a file.
import { parseArgs } from 'node:util';
import { dateDay } from '../../core/dates.js';
import { UsageError } from '../errors.js';
import { writeOutputFile } from '../files.js';
import { writeOut } from '../output.js';
import type { CliContext } from '../context.js';

const FORMATS = ['html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export async function report(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.args.slice(1),
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' },
      deck: { type: 'string' }, since: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new UsageError(`report takes no file name ('${positionals[0]}'); use -o FILE`);
  const format = (values.format ?? formatOf(values.output)) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be html, csv or json, not '${values.format}'`);
  if (values.since !== undefined && dateDay(values.since) === null) {
    throw new UsageError(`--since takes a date as YYYY-MM-DD, not '${values.since}'`);
  }
  if (values.deck !== undefined && values.deck.length === 0) throw new UsageError('--deck takes a deck id');
  const lib = await ctx.openForReading();
  try {
    const file = await lib.api.report({ format, deckId: values.deck, since: values.since });
    if (values.output !== undefined) {
      writeOutputFile(values.output, file.content);
      process.stderr.write(`Wrote ${values.output} (${format.toUpperCase()}, ${Buffer.byteLength(file.content)} bytes).\n`);
    } else {
      await writeOut(file.content);
    }
    return 0;
  } finally {
    lib.close();
  }
}

/** -o report.csv without --format means CSV; the default is HTML. */
function formatOf(output: string | undefined): Format {
  const ext = output?.toLowerCase().match(/\.(html?|csv|json)$/)?.[1];
  if (ext === 'csv' || ext === 'json') return ext;
  return 'html';
}
