// A web server on 127.0.0.1 for tests that open web addresses: it records what each request carried.
import http from 'node:http';

export interface Loopback {
  origin: string;
  port: number;
  requests: { url: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function serveLoopback(handle: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void): Promise<Loopback> {
  const requests: Loopback['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    handle(req, res, new URL(req.url ?? '/', 'http://127.0.0.1'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
