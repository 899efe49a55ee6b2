// Web addresses, against a loopback HTTP server run by the test: a page, a redirect chain, a 404, a slow
// response, oversized ones, a PDF, a page in another charset. No request leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FETCH_LIMITS, fetchPage } from '../../../src/backend/files/fetch-page.js';
import { openArticleUrl } from '../../../src/backend/files/open-article.js';
import { makePdf } from '../../fixtures/documents/make-pdf.js';
import { savedPages } from '../../fixtures/pages/saved-pages.js';
import { serveLoopback, type Loopback } from '../../helpers/loopback.js';

let site: Loopback;
const page = savedPages()[0]!;

beforeAll(async () => {
  const pdf = await makePdf();
  site = await serveLoopback((req, res, url) => {
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (url.pathname === '/article') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': 'session=abc; Path=/' });
      res.end(page.html);
    } else if (hop) {
      // Each hop sets a cookie that must never come back.
      const n = Number(hop[1]);
      res.writeHead(n === 0 ? 302 : 301, { Location: n === 0 ? '/article' : `/hop/${n - 1}`, 'Set-Cookie': `hop${n}=1; Path=/` });
      res.end();
    } else if (url.pathname === '/to-ftp') {
      res.writeHead(302, { Location: 'ftp://127.0.0.1/article.html' });
      res.end();
    } else if (url.pathname === '/slow') {
      // Headers at once, then the body never finishes: the time limit covers the whole answer.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html><body><p>Start of a page');
    } else if (url.pathname === '/huge-declared') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(FETCH_LIMITS.maxBytes + 1) });
      res.end();
    } else if (url.pathname === '/huge-streamed') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 11 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    } else if (url.pathname === '/study.pdf') {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.end(pdf.bytes);
    } else if (url.pathname === '/latin1') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from(page.html.replaceAll('Izmir and Bursa', 'Izmir and Düzce'), 'latin1'));
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not here');
    }
  });
});

afterAll(() => site.close());

describe('web addresses', () => {
  it('a page: its article, title, date and address; the request names Factdeck and carries no cookie', async () => {
    const a = await openArticleUrl(`${site.origin}/article`);
    expect(a.title).toBe(page.title);
    expect(a.publishedOn).toBe(page.publishedOn);
    expect(a.url).toBe(`${site.origin}/article`);
    expect(a.text).toContain(page.paragraphs[0]);
    const req = site.requests.at(-1)!;
    expect(req.headers['user-agent']).toMatch(/^Factdeck\/\d/);
    expect(req.headers.cookie).toBeUndefined();
  });

  it('follows 5 redirects (cookies set on the way never sent back), refuses the 6th and a redirect to ftp', async () => {
    const before = site.requests.length;
    const a = await openArticleUrl(`${site.origin}/hop/4`);
    expect(a.url).toBe(`${site.origin}/article`);
    const chain = site.requests.slice(before);
    expect(chain.map((r) => r.url)).toEqual(['/hop/4', '/hop/3', '/hop/2', '/hop/1', '/hop/0', '/article']);
    for (const r of chain) expect(r.headers.cookie).toBeUndefined();
    await expect(openArticleUrl(`${site.origin}/hop/5`)).rejects.toThrow(/^too many redirects \(more than 5\)/);
    await expect(openArticleUrl(`${site.origin}/to-ftp`)).rejects.toThrow(/^only http and https addresses are opened, not ftp$/);
  });

  it('a 404, a slow answer, and pages over 10 MB (declared or not) each give one line', async () => {
    await expect(openArticleUrl(`${site.origin}/gone`)).rejects.toThrow(`127.0.0.1:${site.port} answered 404 Not Found for ${site.origin}/gone`);
    await expect(fetchPage(`${site.origin}/slow`, { timeoutMs: 400 })).rejects.toThrow(/^no complete answer from 127\.0\.0\.1:\d+ within 0\.4 s$/);
    await expect(openArticleUrl(`${site.origin}/huge-declared`)).rejects.toThrow(/^the page is larger than 10 MB \(10\.0 MB\)$/);
    await expect(openArticleUrl(`${site.origin}/huge-streamed`)).rejects.toThrow(/^the page is larger than 10 MB$/);
  });

  it('refuses what is not an http(s) address before any request', async () => {
    const before = site.requests.length;
    await expect(openArticleUrl('file:///etc/passwd')).rejects.toThrow('only http and https addresses are opened, not file');
    await expect(openArticleUrl('javascript:alert(1)')).rejects.toThrow('only http and https addresses are opened, not javascript');
    await expect(openArticleUrl(`http://me:secret@127.0.0.1:${site.port}/article`)).rejects.toThrow('addresses with a user name or password are not opened');
    await expect(openArticleUrl('not an address')).rejects.toThrow('not a web address: not an address');
    expect(site.requests.length).toBe(before);
  });

  it('an unreachable host is one line, not a stack trace', async () => {
    const closed = await serveLoopback(() => {});
    const port = closed.port;
    await closed.close();
    await expect(openArticleUrl(`http://127.0.0.1:${port}/x`)).rejects.toThrow(`could not reach 127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('a PDF by address, and a page in ISO-8859-1, read as what they are', async () => {
    const pdf = await openArticleUrl(`${site.origin}/study.pdf`);
    expect(pdf.kind).toBe('pdf');
    expect(pdf.title).toMatch(/^Weekly weight-loss shot/);
    const latin = await openArticleUrl(`${site.origin}/latin1`);
    expect(latin.text).toContain('as far away as Izmir and Düzce.');
  });

  it('the limits are the ones the app promises', () => {
    expect(FETCH_LIMITS).toEqual({ maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 5 });
  });
});
