// factdeck generate <file|address> [--date YYYY-MM-DD] [--title T] [--publisher P] [--url U] [-o FILE]
// The file may be a saved web page, a PDF, a Word .docx or text; an http(s) address is fetched (only then does
// the command go online). What the source says (headline, publisher, date, address) fills what the options leave.
// Through the Api's article methods, as the app does: the deck is made in the generator's worker thread.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ISO_DATE } from '../../core/dates.js';
import { InputError } from '../../core/errors.js';
import { MAX_ARTICLE_FILE_BYTES } from '../../backend/files/limits.js';
import { readInputFile, writeOutputFile } from '../files.js';
import { UsageError } from '../errors.js';
import { writeOut } from '../output.js';
import type { CliContext } from '../context.js';

/** "https://…", "ftp://…": an address, not a file name (refused below unless http or https). */
const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;

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
  if (!file || positionals.length > 1) throw new UsageError('generate takes one article file or web address');
  if (values.date !== undefined && !ISO_DATE.test(values.date)) throw new UsageError('--date takes a date as YYYY-MM-DD');
  const isAddress = ADDRESS.test(file);
  const { api, close } = await ctx.articles();
  let deck;
  try {
    const source = isAddress
      ? await api.openArticleUrl({ url: file })
      : await api.openArticleFile({ name: path.basename(file), data: readInputFile(file, MAX_ARTICLE_FILE_BYTES) });
    for (const n of source.notices) process.stderr.write(`factdeck: ${path.basename(file)}: ${n}\n`);
    deck = await api.generateDeck({
      text: source.text,
      title: values.title ?? source.title,
      publisher: values.publisher ?? source.publisher,
      publishedOn: values.date ?? source.publishedOn,
      url: values.url ?? source.url,
    });
  } catch (e) {
    // Messages about a file name it; messages about an address already name its host or the address.
    if (e instanceof InputError && !isAddress && !e.message.includes(path.basename(file))) throw new InputError(e.message, path.basename(file));
    throw e;
  } finally {
    close();
  }
  const json = JSON.stringify(deck, null, 2) + '\n';
  if (values.output) writeOutputFile(path.resolve(values.output), json);
  else await writeOut(json);
  return 0;
}
