// A real CouchDB-protocol server for tests: pouchdb-server (from npm, the PouchDB project's drop-in CouchDB
// replacement) started on a free loopback port, in memory unless a folder is given. Nothing needs to be
// running beforehand: each test starts and stops its own.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Not from tmp.ts: the browser tests use this file too, and tmp.ts hooks into vitest.
const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface Couch {
  origin: string;
  port: number;
  proc: ChildProcess;
  /** a database's address on this server */
  db(name: string): string;
  /** an admin's credentials (the server refuses requests without them once an admin exists) */
  admin: { user: string; password: string };
  stop(): Promise<void>;
  /** SIGKILL: the server stops mid-request, as a crashed or unplugged one would */
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** `dir`: keep the databases on disk there (a server killed and started again keeps them); else in memory. */
export async function startCouch(
  opts: { dir?: string; port?: number; admin?: { user: string; password: string } } = {},
): Promise<Couch> {
  const work = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-couch-'));
  fs.mkdirSync(work, { recursive: true });
  const port = opts.port ?? (await freePort());
  const bin = path.join(repoRoot, 'node_modules/pouchdb-server/bin/pouchdb-server');
  const args = [
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--dir',
    work,
    '--config',
    path.join(work, 'config.json'),
    '-n',
    '--no-color',
  ];
  if (!opts.dir) args.push('--in-memory');
  const proc = spawn(process.execPath, [bin, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`pouchdb-server exited ${proc.exitCode}: ${err}`);
    try {
      const r = await fetch(`${origin}/`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not start on ${port}: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const admin = opts.admin ?? { user: 'admin', password: 'admin-secret-' + Math.random().toString(36).slice(2) };
  // Made without credentials (the server has no admin yet); a server on disk started again has its admin
  // already and answers 401: the same admin, with the same password.
  const made = await fetch(`${origin}/_config/admins/${encodeURIComponent(admin.user)}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password),
  });
  if (!made.ok && made.status !== 401) throw new Error(`could not make the admin: ${made.status} ${await made.text()}`);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    origin,
    port,
    proc,
    admin,
    db: (name) => `${origin}/${name}`,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
      if (!opts.dir) fs.rmSync(work, { recursive: true, force: true });
    },
    async kill() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await exited;
    },
  };
}

/** A request to the server as an admin (to look at what it holds, or plant a document). */
export async function couchRequest(
  couch: Couch,
  method: string,
  pathname: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const r = await fetch(`${couch.origin}${pathname}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${couch.admin.user}:${couch.admin.password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await r.text();
  return { status: r.status, json: text ? (JSON.parse(text) as unknown) : null };
}
