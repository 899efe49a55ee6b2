import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import { newToken } from '../../../src/server/security.js';
import { startServer, type RunningServer } from '../../../src/server/server.js';
import { tempDir } from '../../helpers/tmp.js';

let running: { server: RunningServer; api: Backend } | null = null;
afterEach(async () => {
  await running?.server.close();
  running?.api.close();
  running = null;
});

async function start(extra: { maxBodyBytes?: number; token?: string } = {}): Promise<RunningServer> {
  const dir = tempDir();
  const web = path.join(dir, 'web');
  fs.mkdirSync(web);
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Factdeck</title>');
  const api = createBackend(path.join(dir, 'lib'));
  const server = await startServer({ api, token: extra.token ?? 'secret-token', staticDir: web, checkOutput: true, ...(extra.maxBodyBytes ? { maxBodyBytes: extra.maxBodyBytes } : {}) });
  running = { server, api };
  return server;
}

function request(port: number, p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('factdeck serve', () => {
  it('prints a loopback URL with a token and serves the UI with a strict CSP', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=secret-token$/);
    const page = await request(s.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('answers API calls with the token, and refuses them without it or from elsewhere', async () => {
    const s = await start();
    const host = `127.0.0.1:${s.port}`;
    const ok = await request(s.port, '/api/listDecks', { method: 'POST', headers: { host, 'x-factdeck-token': 'secret-token' }, body: '{}' });
    expect(ok.status).toBe(200);
    expect((JSON.parse(ok.body) as { result: unknown[] }).result).toHaveLength(1);
    expect((await request(s.port, '/api/listDecks', { method: 'POST', headers: { host }, body: '{}' })).status).toBe(401);
    expect((await request(s.port, '/api/listDecks', { method: 'POST', headers: { host, 'x-factdeck-token': 'wrong-token!' }, body: '{}' })).status).toBe(401);
    expect((await request(s.port, '/api/listDecks', {
      method: 'POST', headers: { host, origin: 'http://evil.example', 'x-factdeck-token': 'secret-token' }, body: '{}',
    })).status).toBe(403);
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host.
    expect((await request(s.port, '/api/listDecks', {
      method: 'POST', headers: { host: `evil.example:${s.port}`, 'x-factdeck-token': 'secret-token' }, body: '{}',
    })).status).toBe(421);
    expect((await request(s.port, '/api/close', { method: 'POST', headers: { host, 'x-factdeck-token': 'secret-token' }, body: '{}' })).status).toBe(404);
    const bad = await request(s.port, '/api/getDeck', { method: 'POST', headers: { host, 'x-factdeck-token': 'secret-token' }, body: '{"id": 5}' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/id: /);
  });

  it('never serves files outside the UI folder', async () => {
    const s = await start();
    expect((await request(s.port, '/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });
});

describe('factdeck serve: nothing let in (issue 6)', () => {
  const ok = (port: number) => ({ host: `127.0.0.1:${port}`, 'x-factdeck-token': 'secret-token' });

  it('listens on 127.0.0.1 only: not on this machine\'s other addresses', async () => {
    const s = await start();
    const others = Object.values(os.networkInterfaces()).flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => i!.address);
    for (const address of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const sock = net.connect({ host: address, port: s.port });
        sock.once('connect', () => { sock.destroy(); resolve(false); });
        sock.once('error', () => resolve(true));
      });
      expect(refused, address).toBe(true);
    }
    // and not on IPv6 loopback either
    const v6 = await new Promise<boolean>((resolve) => {
      const sock = net.connect({ host: '::1', port: s.port });
      sock.once('connect', () => { sock.destroy(); resolve(false); });
      sock.once('error', () => resolve(true));
    });
    expect(v6).toBe(true);
  });

  it('makes a fresh, long, random token per run', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => newToken()));
    expect(tokens.size).toBe(20);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  });

  it('checks Host and Origin (DNS rebinding, cross-site pages)', async () => {
    const s = await start();
    const p = s.port;
    const post = (headers: Record<string, string>) => request(p, '/api/status', { method: 'POST', headers, body: '{}' });
    expect((await post(ok(p))).status).toBe(200);
    expect((await post({ ...ok(p), host: `localhost:${p}` })).status).toBe(200);
    expect((await post({ ...ok(p), origin: `http://127.0.0.1:${p}` })).status).toBe(200);
    for (const host of [`evil.example:${p}`, `127.0.0.1:${p + 1}`, '127.0.0.1', `127.0.0.1.nip.io:${p}`, `[::1]:${p}`]) {
      expect((await post({ ...ok(p), host })).status, host).toBe(421);
    }
    for (const origin of ['null', 'http://evil.example', `http://127.0.0.1:${p + 1}`, `https://127.0.0.1:${p}`, `http://localhost.evil.example:${p}`]) {
      expect((await post({ ...ok(p), origin })).status, origin).toBe(403);
    }
    // static pages too refuse a foreign Host (a rebinding page cannot even read the UI)
    expect((await request(p, '/', { headers: { host: `evil.example:${p}` } })).status).toBe(421);
  });

  it('refuses a request body over the limit with 413', async () => {
    const s = await start({ maxBodyBytes: 1024 });
    const small = await request(s.port, '/api/status', { method: 'POST', headers: ok(s.port), body: '{}' });
    expect(small.status).toBe(200);
    const big = await request(s.port, '/api/generateDeck', {
      method: 'POST', headers: ok(s.port), body: JSON.stringify({ text: 'x'.repeat(5000) }),
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatch(/larger than/);
  });

  it('allows only listed methods: POST for the Api, GET/HEAD for files', async () => {
    const s = await start();
    const p = s.port;
    for (const m of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      expect((await request(p, '/api/status', { method: m, headers: ok(p) })).status, m).toBe(405);
    }
    for (const m of ['POST', 'PUT', 'DELETE']) expect((await request(p, '/', { method: m, headers: { host: `127.0.0.1:${p}` } })).status, m).toBe(405);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'close', 'importBytes', 'dataDir', '']) {
      expect((await request(p, `/api/${name}`, { method: 'POST', headers: ok(p), body: '{}' })).status, name).toBe(404);
    }
    // arguments are validated: unknown keys refused (strict schemas)
    expect((await request(p, '/api/status', { method: 'POST', headers: ok(p), body: '{"x":1}' })).status).toBe(400);
    expect((await request(p, '/api/status', { method: 'POST', headers: ok(p), body: 'not json' })).status).toBe(400);
  });

  it('lists backups and refuses a restore id that is a path', async () => {
    const s = await start();
    const list = await request(s.port, '/api/listBackups', { method: 'POST', headers: ok(s.port), body: '{}' });
    expect(list.status).toBe(200);
    expect(Array.isArray((JSON.parse(list.body) as { result: unknown }).result)).toBe(true);
    for (const id of ['../../etc', '2026-01-01/../../x', '']) {
      const r = await request(s.port, '/api/restoreBackup', { method: 'POST', headers: ok(s.port), body: JSON.stringify({ id }) });
      expect(r.status, id).toBe(400);
    }
  });

  it('sends every response with the security headers', async () => {
    const s = await start();
    for (const r of [await request(s.port, '/'), await request(s.port, '/missing.js'),
      await request(s.port, '/api/status', { method: 'POST', headers: ok(s.port), body: '{}' })]) {
      expect(r.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(r.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('factdeck serve: bodies and paths (issue 12)', () => {
  const ok = (port: number) => ({ host: `127.0.0.1:${port}`, 'x-factdeck-token': 'secret-token' });

  it('answers a malformed %-escape in a path with 400, not 500', async () => {
    const s = await start();
    for (const p of ['/%E0%A4%A', '/%', '/assets/%zz.js']) {
      const r = await request(s.port, p);
      expect(r.status, p).toBe(400);
      expect(r.body).toMatch(/malformed/);
    }
  });

  it('refuses a body declared over the limit before reading any of it', async () => {
    const s = await start({ maxBodyBytes: 1024 * 1024 });
    // Headers only: the 413 comes without a byte of the 500 MB the request announces.
    const reply = await new Promise<string>((resolve, reject) => {
      const sock = net.connect({ host: '127.0.0.1', port: s.port });
      let text = '';
      sock.on('data', (c: Buffer) => (text += c.toString()));
      sock.on('close', () => resolve(text));
      sock.on('error', reject);
      sock.write(`POST /api/importFile HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nX-Factdeck-Token: secret-token\r\nContent-Type: application/json\r\nContent-Length: ${500 * 1024 * 1024}\r\n\r\n`);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
  });

  it('stops reading a body without a length at the limit', async () => {
    const s = await start({ maxBodyBytes: 1024 * 1024 });
    const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: s.port, path: '/api/importFile', method: 'POST', headers: { ...ok(s.port), 'transfer-encoding': 'chunked' } });
      let sent = 0;
      let status = 0;
      let done = false;
      const finish = () => {
        if (!done) resolve({ status, sent });
        done = true;
      };
      req.on('response', (res) => {
        status = res.statusCode ?? 0;
        res.resume();
        res.on('end', finish);
      });
      req.on('error', finish);
      const chunk = Buffer.alloc(64 * 1024, 65);
      const pump = () => {
        while (!done && sent < 200 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    // what the client got into the socket before it closed: the limit plus what kernel buffers hold, not 200 MB
    expect(sent).toBeLessThan(32 * 1024 * 1024);
  });

  it('takes large bodies one at a time, and answers each', async () => {
    const s = await start();
    const rows = ['front,back', ...Array.from({ length: 60_000 }, (_, i) => `question ${i},answer ${i}`)].join('\n');
    const data = Buffer.from(rows).toString('base64');
    const order: string[] = [];
    const big = Array.from({ length: 4 }, (_, i) => request(s.port, '/api/previewImport', {
      method: 'POST', headers: { ...ok(s.port), 'content-type': 'application/json' }, body: JSON.stringify({ name: `big-${i}.csv`, data }),
    }).then((r) => (order.push(`big ${i}`), r)));
    // a small request is not queued behind them
    await new Promise((r) => setTimeout(r, 50));
    const small = await request(s.port, '/api/status', { method: 'POST', headers: ok(s.port), body: '{}' });
    order.push('small');
    expect(small.status).toBe(200);
    for (const r of await Promise.all(big)) {
      expect(r.status).toBe(200);
      expect((JSON.parse(r.body) as { result: { total: number } }).result.total).toBe(60_000);
    }
    expect(order.indexOf('small')).toBeLessThan(4);
  });
});
