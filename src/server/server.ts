// `factdeck serve`: the built UI and the Api on 127.0.0.1 only. POST /api/<method> with the run's token.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isApiMethod, type Api, type ApiMethod } from '../core/api.js';
import { dispatch, type ErrorKind } from '../core/dispatch.js';
import { table } from '../core/ids.js';
import { declaredLength, Gate, readBody, SMALL_BODY_BYTES } from './body.js';
import { readUpload } from './upload.js';
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security.js';

/** The largest request body: an article or an imported file, base64-encoded. */
export const MAX_BODY_BYTES = 150 * 1024 * 1024;

const TYPES = table({
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
});

export interface ServerOptions {
  api: Api;
  token: string;
  staticDir: string;
  port?: number;
  /** request body limit (tests use a small one); MAX_BODY_BYTES by default */
  maxBodyBytes?: number;
  /** check every result against the contract (under test: a result it does not describe is a bug) */
  checkOutput?: boolean;
}

/** The HTTP status of each kind of failure dispatch() reports. */
const STATUS: Record<ErrorKind, number> = { input: 400, usage: 404, locked: 409, readonly: 409, disk: 507, network: 502 };

/** Methods whose `data` is a file: its base64 is decoded as it arrives (upload.ts), never held as text. */
const UPLOADS: ReadonlySet<ApiMethod> = new Set(['importFile', 'previewImport', 'openArticleFile']);

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  let port = opts.port ?? 0;
  const gate = new Gate();
  const server = http.createServer((req, res) => {
    handle(req, res, opts, port, gate).catch((e: unknown) => {
      send(res, 500, { error: { kind: 'internal', message: e instanceof Error ? e.message : String(e) } });
    });
  });
  server.requestTimeout = 10 * 60_000;
  // Idle connections are left for the browser to close (Chromium: after 5 minutes): when the server closed
  // them first (Node's default, 5 s), a request the browser sent as the server closed its connection failed
  // as "Failed to fetch", seen in the browser tests on a loaded machine.
  server.keepAliveTimeout = 6 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${opts.token}`,
    // A browser keeps connections open: idle ones close at once, busy ones get a second to finish.
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 1000).unref();
    }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, opts: ServerOptions, port: number, gate: Gate): Promise<void> {
  if (!hostAllowed(req.headers.host, port)) return send(res, 421, { error: { kind: 'forbidden', message: 'wrong Host' } });
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, { error: { kind: 'usage', message: 'POST only' } });
    if (!originAllowed(req.headers.origin, port)) return send(res, 403, { error: { kind: 'forbidden', message: 'foreign Origin' } });
    if (!tokenMatches(header(req, 'x-factdeck-token'), opts.token)) {
      return send(res, 401, { error: { kind: 'forbidden', message: 'missing or wrong token' } });
    }
    const method = url.pathname.slice('/api/'.length);
    if (!isApiMethod(method)) return send(res, 404, { error: { kind: 'usage', message: `no method ${method}` } });
    const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
    const length = declaredLength(req);
    // A large body waits its turn (unread) until the large request before it has been answered.
    const leave = length !== null && length <= SMALL_BODY_BYTES ? null : await gate.enter();
    try {
      return await callApi(req, res, opts, method, limit);
    } finally {
      leave?.();
    }
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: { kind: 'usage', message: 'GET only' } });
  return serveStatic(res, opts.staticDir, url.pathname);
}

async function callApi(req: http.IncomingMessage, res: http.ServerResponse, opts: ServerOptions, method: ApiMethod, limit: number): Promise<void> {
  let arg: unknown;
  if (UPLOADS.has(method)) {
    const u = await readUpload(req, limit);
    if (!u.ok && u.why === 'tooLarge') return tooLarge(req, res, limit);
    if (!u.ok) return send(res, 400, { error: { kind: 'input', message: 'request body is not JSON' } });
    // The decoded bytes take the place of the base64 text (the contract takes either).
    arg = typeof u.arg['data'] === 'string' ? { ...u.arg, data: u.bytes } : u.arg;
  } else {
    const body = await readBody(req, limit);
    if ('tooLarge' in body) return tooLarge(req, res, limit);
    try {
      arg = body.bytes.length ? JSON.parse(body.bytes.toString('utf8')) : {};
    } catch {
      return send(res, 400, { error: { kind: 'input', message: 'request body is not JSON' } });
    }
  }
  const reply = await dispatch(opts.api, method, arg, { checkOutput: opts.checkOutput ?? false });
  if ('error' in reply) return send(res, STATUS[reply.error.kind], reply);
  return send(res, 200, reply);
}

/** Refused without reading the rest: the connection closes once the answer is out. */
function tooLarge(req: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  res.once('finish', () => req.destroy());
  res.setHeader('Connection', 'close');
  send(res, 413, { error: { kind: 'input', message: `request larger than ${Math.round(limit / 1048576)} MB` } });
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string): void {
  let rel: string;
  try {
    rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return send(res, 400, { error: { kind: 'usage', message: 'malformed %-escape in the path' } });
  }
  const file = path.resolve(root, rel);
  if (!file.startsWith(path.resolve(root) + path.sep)) return send(res, 404, { error: { kind: 'usage', message: 'not found' } });
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return send(res, 404, { error: { kind: 'usage', message: 'not found' } });
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
