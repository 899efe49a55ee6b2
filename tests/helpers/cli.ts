// Runs the real `factdeck` command (bin/factdeck.js over the built dist/node) in a child process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './tmp.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function factdeck(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/factdeck.js'), ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, FACTDECK_DATA_DIR: '', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
