// Sharing decks on the command line:
//   factdeck publish <deck-id> <URL>        the deck (its cards, never answers) to a database others can read
//   factdeck subscribe <URL>                a published deck into this library, updated on each sync
//   factdeck class-report <deck-id> <URL>... [--format html|csv|json] [-o FILE]
//                                           one report over the students' databases, per student and per card
// Credentials as for `factdeck sync`: FACTDECK_SYNC_PASSWORD (with --user), or those saved for sync.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { writeOutputFile } from '../files.js';
import { writeOut } from '../output.js';
import type { CliContext, OpenLibrary } from '../context.js';
import { givenPassword } from './sync-password.js';

const credentials = { user: { type: 'string', short: 'u' } } as const;

async function withLibrary(
  ctx: CliContext,
  user: string | undefined,
  work: (lib: OpenLibrary) => Promise<number>,
): Promise<number> {
  const password = await givenPassword(false);
  const lib = await ctx.openLibrary({ owner: `factdeck ${ctx.args[0]}`, sync: { password } });
  try {
    if (user !== undefined) await lib.api.setSync({ user });
    return await work(lib);
  } finally {
    lib.close();
  }
}

export async function publish(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: ctx.args.slice(1), allowPositionals: true, options: credentials });
  if (positionals.length !== 2) throw new UsageError('publish takes a deck id and a database address');
  return withLibrary(ctx, values.user, async (lib) => {
    const r = await lib.api.publishDeck({ deckId: positionals[0]!, url: positionals[1]! });
    await writeOut(`published ${r.deckId} (${r.cards} cards) to ${r.url}; each sync keeps it up to date\n`);
    return 0;
  });
}

export async function subscribe(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: ctx.args.slice(1), allowPositionals: true, options: credentials });
  if (positionals.length !== 1) throw new UsageError('subscribe takes a database address');
  return withLibrary(ctx, values.user, async (lib) => {
    const r = await lib.api.subscribeDeck({ url: positionals[0]! });
    await writeOut(
      `subscribed to ${r.url}: ${r.decks.join(', ')}; each sync brings its new cards and edits\n${r.decks.at(-1)}\n`,
    );
    return 0;
  });
}

export async function classReport(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.args.slice(1),
    allowPositionals: true,
    options: { ...credentials, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } },
  });
  if (positionals.length < 2)
    throw new UsageError("class-report takes a deck id and one or more students' database addresses");
  const ext = values.output?.toLowerCase().match(/\.(csv|json)$/)?.[1];
  const format = (values.format ?? ext ?? 'html') as 'html' | 'csv' | 'json';
  if (!['html', 'csv', 'json'].includes(format))
    throw new UsageError(`--format must be html, csv or json, not '${values.format}'`);
  return withLibrary(ctx, values.user, async (lib) => {
    const file = await lib.api.classReport({ deckId: positionals[0]!, sources: positionals.slice(1), format });
    if (values.output === undefined) await writeOut(file.content);
    else {
      writeOutputFile(values.output, file.content);
      const n = positionals.length - 1;
      process.stderr.write(`Wrote ${values.output} (${format.toUpperCase()}, ${n} student${n === 1 ? '' : 's'}).\n`);
    }
    return 0;
  });
}
