// The `factdeck` command: one subcommand, with the global options before or after it.
import { makeContext, type CliContext } from './context.js';
import { EXIT, report, UsageError } from './errors.js';
import { splitGlobals } from './globals.js';
import { writeOut } from './output.js';
import { VERSION } from '../backend/version.js';
import { table } from '../core/ids.js';

export const HELP = `factdeck ${VERSION}: turn news articles into spaced-repetition decks, and study them.

Usage: factdeck <command> [options] [--data-dir DIR]   (global options may also come first)

Commands:
  generate <file|address> [--date YYYY-MM-DD] [--title T] [--publisher P] [-o FILE]
                         make a deck (factdeck/1 JSON) from an article: text, a saved web page,
                         a PDF, a Word .docx, or an http(s) address (fetched; the only command
                         that goes online); stdout without -o
  import <file> [--title T | --into DECK]
                         add a deck to the library (factdeck JSON, CSV/TSV, Quizlet or Anki text,
                         Anki .apkg), or with --into the file's cards to a deck; prints the deck's id
                         as the last line
  decks [--json]         list the library with today's new / learning / due counts
  study <deck-id>        study in the terminal; with stdin not a terminal, reads one grade per line
                         (again|hard|good|easy or 1-4) and prints one JSON line per stored answer
  export <deck-id> [--format json|csv|apkg] [-o FILE]
                         a deck as a file: factdeck JSON or CSV (both import back to the same cards),
                         or an Anki package (.apkg, needs -o); stdout without -o
  report [--format html|csv|json] [-o FILE] [--deck ID] [--since YYYY-MM-DD]
                         a progress report: HTML with charts (default), CSV of the review log, or JSON;
                         stdout without -o
  sync [URL] [--user NAME] [--password-stdin]
                         sync with a CouchDB database (the one saved, or URL, which is then kept);
                         the password from FACTDECK_SYNC_PASSWORD, stdin, or where Factdeck keeps it
  publish <deck-id> <URL>
                         publish a deck (its cards, never answers) to a database others can read
  subscribe <URL>        add a published deck; each sync brings its new cards and edits
  class-report <deck-id> <URL>... [--format html|csv|json] [-o FILE]
                         one report over the students' databases: per student and per card
  serve [--port N]       serve the app on 127.0.0.1 and print the address to open
  parse <file>           words, tags, lemmas and a dependency tree per sentence as CoNLL-U: plain text is
                         split into sentences and words; a .conllu file keeps its sentences and words

Options:
  --data-dir DIR         the library (default: the desktop app's; or FACTDECK_DATA_DIR)
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 done, 1 failure, 2 bad usage, 65 bad input data.
`;

// Loaded on demand: `factdeck decks` need not load the article reader's language models. A table without a
// prototype: `factdeck constructor` is an unknown command, not Object's constructor.
const COMMANDS = table<() => Promise<(ctx: CliContext) => Promise<number>>>({
  generate: async () => (await import('./commands/generate.js')).generate,
  import: async () => (await import('./commands/import.js')).importCmd,
  decks: async () => (await import('./commands/decks.js')).decks,
  study: async () => (await import('./commands/study.js')).study,
  serve: async () => (await import('./commands/serve.js')).serve,
  report: async () => (await import('./commands/report.js')).report,
  export: async () => (await import('./commands/export.js')).exportCmd,
  parse: async () => (await import('./commands/parse.js')).parse,
  sync: async () => (await import('./commands/sync.js')).sync,
  publish: async () => (await import('./commands/share.js')).publish,
  subscribe: async () => (await import('./commands/share.js')).subscribe,
  'class-report': async () => (await import('./commands/share.js')).classReport,
});

export async function main(argv: string[]): Promise<number> {
  try {
    const g = splitGlobals(argv);
    const name = g.command[0];
    if (name === undefined || name.startsWith('-')) {
      if (g.version) return await write(`${VERSION}\n`);
      if (g.help) return await write(HELP);
      throw new UsageError(name === undefined ? 'no command given' : `unknown option '${name}'`);
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command '${name}'`);
    if (g.help) return await write(HELP);
    const ctx = makeContext(g.dataDir, g.command);
    return await (await command())(ctx);
  } catch (e) {
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      return report(new UsageError(e.message));
    }
    return report(e);
  }
}

async function write(s: string): Promise<number> {
  await writeOut(s);
  return EXIT.ok;
}
