// factdeck generate <file> [--date YYYY-MM-DD] [--title T] [--publisher P] [-o FILE]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDeck } from '../../core/generate.js';
import { decodeText } from '../../core/formats/text-decode.js';
import { InputError } from '../../core/errors.js';
import { writeFileAtomic } from '../../backend/atomic.js';
import { readInputFile } from '../files.js';
import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

/** Articles are text; anything this large is not one, and reading it would only waste time. */
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export async function generate(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.args.slice(1),
    allowPositionals: true,
    options: {
      date: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
      url: { type: 'string' }, output: { type: 'string', short: 'o' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('generate takes one article file');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError('--date takes a date as YYYY-MM-DD');
  }
  let deck;
  try {
    const { text } = decodeText(readInputFile(file, MAX_ARTICLE_BYTES), 'article');
    deck = generateDeck({
      text,
      title: values.title ?? null,
      publisher: values.publisher ?? null,
      publishedOn: values.date ?? null,
      url: values.url ?? null,
    });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, path.basename(file));
    throw e;
  }
  const json = JSON.stringify(deck, null, 2) + '\n';
  if (values.output) writeFileAtomic(path.resolve(values.output), json);
  else fs.writeSync(1, json);
  return 0;
}
