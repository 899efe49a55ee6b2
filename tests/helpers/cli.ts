// Runs the real `factdeck` command (bin/factdeck.js over the built dist/node) in a child process.
import { spawn, spawnSync } from 'node:child_process';
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

/** The same, without blocking this process: for tests whose own servers must answer the command. */
export function factdeckAsync(args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factdeck.js'), ...args], {
      cwd: repoRoot, env: { ...process.env, FACTDECK_DATA_DIR: '', ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
