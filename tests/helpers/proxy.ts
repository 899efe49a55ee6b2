// A loopback HTTP proxy in front of a test server: it records every request as it arrived on the wire (method,
// address, headers, body) and tells a test when the n-th one comes, so a test can kill the client or the server
// at a chosen point of a sync.
import http from 'node:http';

export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Proxy {
  origin: string;
  port: number;
  requests: Seen[];
  /** called as each request arrives (1-based count), before it is forwarded */
  onRequest: ((n: number, req: Seen) => void) | null;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const to = new URL(target);
  const proxy: Proxy = {
    origin: '',
    port: 0,
    requests: [],
    onRequest: null,
    close: () => Promise.resolve(),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const seen: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: body.toString('utf8'),
      };
      proxy.requests.push(seen);
      proxy.onRequest?.(proxy.requests.length, seen);
      const out = http.request(
        {
          host: to.hostname,
          port: to.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: to.host },
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as { port: number }).port;
  proxy.origin = `http://127.0.0.1:${proxy.port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
