// `factdeck generate` on what people have: a web address, a saved page, a PDF, a Word file, and a page that
// is no article. The real command in a child process; the web address served on 127.0.0.1 by the test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/core/deck.js';
import { factdeckAsync } from '../../helpers/cli.js';
import { serveLoopback, type Loopback } from '../../helpers/loopback.js';
import { tempDir } from '../../helpers/tmp.js';
import { makeDocx } from '../../fixtures/documents/make-docx.js';
import { makePdf } from '../../fixtures/documents/make-pdf.js';
import { notArticles, savedPages } from '../../fixtures/pages/saved-pages.js';

let site: Loopback;
const pages = savedPages();

beforeAll(async () => {
  site = await serveLoopback((_req, res, url) => {
    const p = pages.find((x) => `/${x.file}` === url.pathname);
    res.writeHead(p ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(p?.html ?? 'no');
  });
});
afterAll(() => site.close());

function expectArticleDeck(deck: Deck, title: string, publishedOn: string, paragraphs: string[]): void {
  expect(deck.title).toBe(title);
  expect(deck.source?.publishedOn).toBe(publishedOn);
  // (The seven-sentence Vision Pro story gives 3 cards since its lead's weekday is no longer asked, round 10505.)
  expect(deck.cards.length).toBeGreaterThanOrEqual(3);
  // Every card comes from the article's own sentences: none from a caption, a menu or a share bar.
  const article = paragraphs.join('\n');
  for (const c of deck.cards) if (c.evidence) expect(article).toContain(c.evidence.sentence.replace(/^Lusail, Qatar CNN — /, ''));
}

describe('factdeck generate on pages, addresses and documents', () => {
  it('a web address: the page\'s headline and date, the address kept as the source', async () => {
    const page = pages[1]!;
    const url = `${site.origin}/${page.file}`;
    const r = await factdeckAsync(['generate', url]);
    expect(r.code, r.stderr).toBe(0);
    const deck = JSON.parse(r.stdout) as Deck;
    expectArticleDeck(deck, page.title, page.publishedOn, page.paragraphs);
    expect(deck.source?.url).toBe(url);
    expect(deck.source?.publisher).toBe('the Guardian');
  });

  it('saved pages of five site layouts, a PDF and a Word file become decks of their articles', async () => {
    const dir = tempDir();
    for (const page of pages) {
      const file = path.join(dir, page.file);
      fs.writeFileSync(file, page.html);
      const r = await factdeckAsync(['generate', file]);
      expect(r.code, r.stderr).toBe(0);
      expectArticleDeck(JSON.parse(r.stdout) as Deck, page.title, page.publishedOn, page.paragraphs);
    }
    const pdf = await makePdf();
    fs.writeFileSync(path.join(dir, 'study.pdf'), pdf.bytes);
    const p = await factdeckAsync(['generate', path.join(dir, 'study.pdf')]);
    expect(p.code, p.stderr).toBe(0);
    expectArticleDeck(JSON.parse(p.stdout) as Deck, pdf.title, pdf.publishedOn, pdf.paragraphs);
    const docx = makeDocx();
    fs.writeFileSync(path.join(dir, 'ruling.docx'), docx.bytes);
    const d = await factdeckAsync(['generate', path.join(dir, 'ruling.docx'), '--title', 'My title']);
    expect(d.code, d.stderr).toBe(0);
    // The person's options outrank what the file says.
    expectArticleDeck(JSON.parse(d.stdout) as Deck, 'My title', docx.publishedOn, docx.paragraphs);
  });

  it('a page that is not an article, an address that answers 404 and an ftp address: one line each, exit 65', async () => {
    const dir = tempDir();
    for (const { file, html } of notArticles()) {
      fs.writeFileSync(path.join(dir, file), html);
      const r = await factdeckAsync(['generate', path.join(dir, file)]);
      expect(r.code).toBe(65);
      expect(r.stderr).toBe(`factdeck: no article found in ${file}\n`);
      expect(r.stdout).toBe('');
    }
    const missing = await factdeckAsync(['generate', `${site.origin}/gone.html`]);
    expect(missing.code).toBe(65);
    expect(missing.stderr).toBe(`factdeck: 127.0.0.1:${site.port} answered 404 Not Found for ${site.origin}/gone.html\n`);
    const ftp = await factdeckAsync(['generate', 'ftp://127.0.0.1/article.html']);
    expect(ftp.code).toBe(65);
    expect(ftp.stderr).toBe('factdeck: only http and https addresses are opened, not ftp\n');
  });
});
