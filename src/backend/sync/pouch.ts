// PouchDB, the replication engine: the local replica (LevelDB, in the library's sync/ folder) and a remote
// CouchDB database. The one place sync opens connections, and only to the address a person gave.
// Credentials travel only in the Authorization header of each request: never in an address, a log or a report.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PouchDB from 'pouchdb';
import { InputError } from '../../core/errors.js';

// PouchDB and what it brings (LevelDB, node-fetch, a cookie jar, the public suffix list) take a third of the
// command line's start; only sync needs them, so they load on first use, not with every `factdeck decks`.
const requireCjs = createRequire(import.meta.url);
let loaded: typeof PouchDB | null = null;
export function pouchdb(): typeof PouchDB {
  loaded ??= requireCjs('pouchdb') as typeof PouchDB;
  return loaded;
}

export type Db = PouchDB.Database;
export type WriteResult = PouchDB.WriteResult;
export type Row = Extract<PouchDB.AllDocsRow, { id: string }>;

/** The rows of an allDocs answer that name a document (a key asked for and not found has none). */
export function found(r: PouchDB.AllDocsResult): Row[] {
  return r.rows.filter((row): row is Row => 'id' in row);
}

export interface Credentials {
  user: string | null;
  password: string | null;
}

/** The local replica: what this device last exchanged with its database, plus its own changes not yet sent. */
export function openReplica(dir: string): Db {
  // LevelDB makes its own folder but not the ones above it (sync/shared/ for a first subscription).
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o700 });
  return new (pouchdb())(dir, { auto_compaction: true });
}

/** A database on a server. `create`: make it when missing (a personal database); shared ones must exist. */
export function openRemote(url: string, creds: Credentials, create = true): Db {
  guardStrayRejections();
  const auth =
    creds.user !== null && creds.password !== null ? { username: creds.user, password: creds.password } : undefined;
  return new (pouchdb())(url, { ...(auth ? { auth } : {}), skip_setup: !create, fetch: syncFetch });
}

// When a server goes away mid-replication, PouchDB 9 reports the failure (the replication rejects) but leaves
// a request or two of its own unobserved; Node would end the process over them (the desktop app, `factdeck
// serve`). Requests sync makes are marked, and only their stray rejections are let go: any other unhandled
// rejection still ends the process, as it would without this.
const SYNC_REQUEST = Symbol('factdeck sync request');

function syncFetch(url: string, opts: unknown): Promise<unknown> {
  return pouchdb()
    .fetch(url, opts)
    .catch((e: unknown) => {
      if (e !== null && typeof e === 'object') Object.defineProperty(e, SYNC_REQUEST, { value: true });
      throw e;
    });
}

let guarded = false;
function guardStrayRejections(): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (e) => {
    if (e !== null && typeof e === 'object' && SYNC_REQUEST in e) return;
    throw e;
  });
}

export interface Address {
  /** the address with no user name or password in it */
  url: string;
  user: string | null;
  password: string | null;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads a database address as a person typed it. A user name and password written into it are taken out (they
 * go in the Authorization header instead). Plain http is refused except on this machine: a password sent over
 * it could be read on the way.
 */
export function parseAddress(input: string, field = 'address'): Address {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    throw new InputError(`"${clipText(input)}" is not a web address (https://server/database)`, field);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new InputError(`${u.protocol} addresses are not databases: use https://`, field);
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname)) {
    throw new InputError(
      `plain http sends your password readable to anyone on the way: use https://${u.host}${u.pathname}`,
      field,
    );
  }
  const user = u.username ? decodeURIComponent(u.username) : null;
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.username = '';
  u.password = '';
  u.search = '';
  u.hash = '';
  const path = u.pathname.replace(/\/+$/, '');
  if (!/^\/[^/]+$/.test(path) && !/^\/.+\/[^/]+$/.test(path))
    throw new InputError("the address needs the database's name at its end (https://server/factdeck-you)", field);
  return { url: `${u.origin}${path}`, user, password };
}

/** The database's name: the last part of its address. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? url);
}

function clipText(s: string): string {
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** A failed request as one line a person can act on (never with credentials: they are not in the address). */
export function networkProblem(e: unknown, url: string): string {
  const host = safeHost(url);
  const err = e as { status?: number; name?: string; message?: string; reason?: string; code?: string };
  const text = `${err.message ?? ''} ${err.reason ?? ''} ${err.code ?? ''}`;
  if (err.status === 401) return `${host} refused the user name or password`;
  if (err.status === 403)
    return `${host} does not let this user ${err.reason ? `(${clipText(err.reason)})` : 'use that database'}`;
  if (err.status === 404) return `${host} has no such database (${databaseName(url)})`;
  if (/ECONNREFUSED/.test(text))
    return `cannot reach ${host}: nothing answers there (offline, or the server is not running)`;
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return `cannot reach ${host}: the name does not resolve (offline?)`;
  if (/ETIMEDOUT|timeout/i.test(text)) return `${host} did not answer in time`;
  if (/socket hang up|ECONNRESET|EPIPE|terminated|premature close/i.test(text))
    return `the connection to ${host} was cut off`;
  if (/certificate|SSL|TLS/i.test(text))
    return `${host}'s https certificate was not accepted (${clipText(err.message ?? '')})`;
  if (typeof err.status === 'number' && err.status >= 500)
    return `${host} failed (HTTP ${err.status}${err.reason ? `: ${clipText(err.reason)}` : ''})`;
  return `the exchange with ${host} failed (${clipText((err.message ?? String(e)).replace(/\s+/g, ' '))})`;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}
