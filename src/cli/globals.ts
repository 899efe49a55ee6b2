// The global options (--data-dir, --help, --version) wherever a person types them: before the command
// (`factdeck --data-dir D serve`) or after it (`factdeck serve --data-dir D`), as other tools allow.
// What is left is the command and its own options, which the command parses strictly.
import { UsageError } from './errors.js';

export interface Globals {
  dataDir: string | undefined;
  help: boolean;
  version: boolean;
  /** the command's name and its own arguments, global options taken out */
  command: string[];
}

export function splitGlobals(argv: readonly string[]): Globals {
  const out: Globals = { dataDir: undefined, help: false, version: false, command: [] };
  const setDir = (dir: string | undefined) => {
    if (dir === undefined || dir === '' || dir.startsWith('-')) throw new UsageError('--data-dir needs a directory');
    if (out.dataDir !== undefined && out.dataDir !== dir) throw new UsageError(`--data-dir given twice ('${out.dataDir}' and '${dir}')`);
    out.dataDir = dir;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // After `--` everything is the command's, even what looks like an option.
    if (a === '--') {
      out.command.push(...argv.slice(i));
      break;
    }
    if (a === '--data-dir') setDir(argv[++i]);
    else if (a.startsWith('--data-dir=')) setDir(a.slice('--data-dir='.length));
    else if (a === '--help' || a === '-h') out.help = true;
    else if ((a === '--version' || a === '-v') && out.command.length === 0) out.version = true;
    else out.command.push(a);
  }
  return out;
}
