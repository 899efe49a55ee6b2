// Opening an article on the create screen: a web address served on 127.0.0.1 by this test (fetched by the
// app's backend, not the page), a PDF dropped on the screen, a Word file chosen; the text edited, then cards.
import { makeDocx } from '../fixtures/documents/make-docx.js';
import { makePdf } from '../fixtures/documents/make-pdf.js';
import { notArticles, savedPages } from '../fixtures/pages/saved-pages.js';
import { serveLoopback, type Loopback } from '../helpers/loopback.js';
import { expect, test } from './fixtures.js';

let site: Loopback;
const page0 = savedPages()[0]!;
const front = notArticles()[0]!;

test.beforeAll(async () => {
  site = await serveLoopback((_req, res, url) => {
    const html = url.pathname === '/quake.html' ? page0.html : url.pathname === '/front.html' ? front.html : null;
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not here');
  });
});
test.afterAll(() => site.close());

test('a web address opens as its article, the text is edited, and the cards come from the edited text', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  // Not an article, and a missing page: one line each, nothing filled in.
  await page.getByLabel('Open a web address').fill(`${site.origin}/front.html`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(`no article found in ${site.origin}/front.html`);
  await page.getByLabel('Open a web address').fill(`${site.origin}/gone.html`);
  await page.getByLabel('Open a web address').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(`127.0.0.1:${site.port} answered 404 Not Found for ${site.origin}/gone.html`);
  await expect(page.getByLabel('Article')).toHaveValue('');

  await page.getByLabel('Open a web address').fill(`${site.origin}/quake.html`);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByLabel('Title')).toHaveValue(page0.title);
  await expect(page.getByLabel('Published on')).toHaveValue(page0.publishedOn);
  await expect(page.getByLabel('Publisher')).toHaveValue('BBC News');
  await expect(page.locator('.opened')).toContainText(`Opened web page ${site.origin}/quake.html, by Selin Kaya, BBC News.`);
  const article = page.getByLabel('Article');
  const text = await article.inputValue();
  expect(text.startsWith(page0.paragraphs[0]!)).toBe(true);
  for (const b of ['Skip to content', 'Cookies on BBC News', 'Rescue workers searched', 'More on this story', 'Copyright 2025 BBC']) {
    expect(text).not.toContain(b);
  }
  await page.screenshot({ path: 'test-results/screens/open-address.png' });

  // The person corrects the text: the cards are made from what they left.
  const edited = text.replace('16 buildings had collapsed', '18 buildings had collapsed');
  await article.fill(edited);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.card-list > li').first()).toBeVisible();
  await expect(page.locator('.article-pane')).toContainText('18 buildings had collapsed');
  await expect(page.locator('.article-pane')).not.toContainText('16 buildings');
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('tr[data-deck]', { hasText: page0.title })).toHaveCount(1);
});

test('a PDF dropped on the create screen and a Word file chosen open with their title and date', async ({ page, app }) => {
  const pdf = await makePdf();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  // Dropped on the article's text area, as a person drags a file from their desktop.
  const drop = await page.evaluateHandle(({ b64, name }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'application/pdf' }));
    return dt;
  }, { b64: Buffer.from(pdf.bytes).toString('base64'), name: 'heart-study.pdf' });
  await page.getByLabel('Article').dispatchEvent('dragover', { dataTransfer: drop });
  await expect(page.locator('.article-source')).toHaveClass(/dragging/);
  await page.getByLabel('Article').dispatchEvent('drop', { dataTransfer: drop });
  await expect(page.getByLabel('Title')).toHaveValue(pdf.title);
  await expect(page.getByLabel('Published on')).toHaveValue(pdf.publishedOn);
  await expect(page.locator('.opened')).toContainText('Opened PDF heart-study.pdf, by Jane Porter, Health Correspondent.');
  const text = await page.getByLabel('Article').inputValue();
  expect(text).toContain('Results appeared in the New England Journal of Medicine');
  expect(text).not.toContain('Page 1 of 2');
  await page.screenshot({ path: 'test-results/screens/open-pdf.png' });
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.card-list > li').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/open-pdf-cards.png' });
  await page.getByRole('button', { name: 'Back to the article' }).click();

  const docx = makeDocx();
  await page.getByLabel('File to open').setInputFiles({ name: 'ruling.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx.bytes) });
  await expect(page.getByLabel('Title')).toHaveValue(docx.title);
  await expect(page.getByLabel('Published on')).toHaveValue(docx.publishedOn);
  await expect(page.getByLabel('Article')).toHaveValue(new RegExp(`^${docx.paragraphs[0]!.slice(0, 40).replace(/[()$.]/g, '\\$&')}`));
});

test('a text file with a stray control character opens, and the screen says what was removed', async ({ page, app }) => {
  // A Reuters story of 1987 carried one DEL and was refused as binary (round 8787).
  const text =
    'PEMEX SIGNS LOAN\n\nPetroleos Mexicanos signed a 500 mln dlr\x7f untied loan with Japanese banks to pay for a ' +
    'pipeline across the isthmus, the company said. The loan runs for 15 years, officials said.\n';
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('File to open').setInputFiles({ name: 'pemex.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.locator('.article-source .warning')).toHaveText('a stray control character (0x7f, line 3) removed from the text');
  await expect(page.getByLabel('Article')).toHaveValue(/500 mln dlr untied loan/);
  await page.screenshot({ path: 'test-results/screens/open-stray-control.png' });
});
