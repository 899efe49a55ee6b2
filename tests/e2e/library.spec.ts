// The library and its dialogs as a person uses them, by mouse and by keyboard, through the real
// `factdeck serve`: the layout at 800 px, the More menu, renaming, importing (title, into a deck, focus
// held in the dialog), the first-run hint, the shortcut list, the key hint's contrast, the page without its
// token, and the command line with its global option after the command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startServe, stop, test, expect } from './fixtures.js';

const CSV = 'Term;Meaning\nKyiv;capital of Ukraine\nHiroshima;host of the May 2023 G7 summit\nTokyo;capital of Japan\n';
const MORE = 'Kyiv;capital of Ukraine\nOttawa;capital of Canada\n';
const focusInDialog = (page: Page) => page.evaluate(() => Boolean(document.querySelector('dialog[open]')?.contains(document.activeElement)));

test('at 800 px the library has no sideways scroll and every row action is on screen', async ({ page, app }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(app.url);
  const row = page.locator('tr[data-deck]');
  await expect(row).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  for (const name of [/^Study$/, /^Cards of /, /^Stats for /, /^More for /]) {
    const box = (await row.getByRole('button', { name }).boundingBox())!;
    expect(box.x + box.width, String(name)).toBeLessThanOrEqual(800);
  }
  // Every export and Delete are in the menu, which opens inside the window too.
  await row.getByRole('button', { name: /^More for / }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Rename…', 'Edit the article…', 'Import cards into this deck…',
    'Export as Factdeck JSON', 'Export as CSV', 'Export as Anki package (.apkg)', 'Options…', 'Custom study…', 'Delete…']);
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(800);
});

test('the More menu: arrow keys move without downloading, Enter exports, Esc closes; the mouse exports too', async ({ page, app }) => {
  await page.goto(app.url);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const more = page.getByRole('button', { name: /^More for / });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Export as Anki package (.apkg)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Export as CSV' })).toBeFocused();
  await page.waitForTimeout(300);
  expect(downloads).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(more).toBeFocused();
  // Enter on a chosen item exports; so does a click.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  // up from Delete past Custom study, Options and the Anki package to CSV
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Export as CSV' })).toBeFocused();
  const byKey = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await byKey).suggestedFilename()).toMatch(/\.csv$/);
  await more.click();
  const byMouse = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export as Factdeck JSON' }).click();
  expect((await byMouse).suggestedFilename()).toMatch(/\.json$/);
  expect(downloads).toHaveLength(2);
});

test('any deck is renamed from its menu, by keyboard (Esc cancels) and by mouse, and keeps the name', async ({ page, app }) => {
  await page.goto(app.url);
  const row = page.locator('tr[data-deck]');
  await row.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const input = row.getByRole('textbox', { name: /^New title for / });
  await expect(input).toBeFocused();
  await page.keyboard.type('Nothing');
  await page.keyboard.press('Escape');
  await expect(row.locator('.title')).toHaveText('Hayashi makes unannounced visit to Ukraine');
  await row.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  // The old title is selected: typing replaces it.
  await page.keyboard.type('Hayashi in Kyiv');
  await page.keyboard.press('Enter');
  await expect(row.locator('.title')).toHaveText('Hayashi in Kyiv');
  await row.getByRole('button', { name: 'More for Hayashi in Kyiv' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await input.fill('Japan’s foreign minister in Kyiv');
  await row.getByRole('button', { name: 'Save' }).click();
  await page.reload();
  await expect(row.locator('.title')).toHaveText('Japan’s foreign minister in Kyiv');
});

test('the import dialog holds focus and closes on Esc; its title field names the deck; cards import into an existing deck', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Import…' }).focus();
  await page.getByLabel('Import a deck file').setInputFiles({ name: 'g7.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const dialog = page.getByRole('dialog', { name: 'Import g7.csv' });
  await expect(dialog).toContainText('3 cards');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page), `Tab ${i + 1}`).toBe(true);
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(page), `Shift+Tab ${i + 1}`).toBe(true);
  }
  // The page behind is inert: a click there does not reach the library's buttons.
  await page.mouse.click(5, 5);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);

  await page.getByLabel('Import a deck file').setInputFiles({ name: 'g7.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const title = dialog.getByLabel('Title');
  await expect(title).toHaveValue('g7');
  await title.fill('');
  await expect(dialog.getByRole('button', { name: 'Import 3 cards' })).toBeDisabled();
  await title.fill('G7 words');
  await dialog.getByRole('button', { name: 'Import 3 cards' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported "G7 words": 3 cards.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const g7 = page.locator('tr[data-deck]', { hasText: 'G7 words' });
  await expect(g7).toContainText('3 cards');

  // Into this deck, from its menu: the file picker, then the dialog with the deck chosen.
  await g7.getByRole('button', { name: 'More for G7 words' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Import cards into this deck…' }).click();
  await (await chooser).setFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(MORE) });
  const more = page.getByRole('dialog', { name: 'Import more.csv' });
  await expect(more.getByLabel('Add to')).toHaveValue(await g7.getAttribute('data-deck') ?? '');
  await expect(more.getByLabel('Title')).toHaveCount(0);
  await more.getByRole('button', { name: 'Import 2 cards' }).click();
  await expect(more.getByRole('status')).toHaveText('Added 1 card to "G7 words" (1 already there, left as they were).');
  await more.getByRole('button', { name: 'Close' }).click();
  await expect(g7).toContainText('4 cards');
  await expect(page.locator('tr[data-deck]')).toHaveCount(2);
});

test('a first-run hint offers the sample deck, an article and an import, and goes once studied or closed', async ({ page, app }) => {
  await page.goto(app.url);
  const hint = page.getByRole('region', { name: 'Welcome to Factdeck' });
  await expect(hint.getByRole('button')).toHaveText(['✕', 'Start with the sample deck', 'Paste an article', 'Import a deck']);
  await hint.getByRole('button', { name: 'Paste an article' }).click();
  await expect(page.getByRole('heading', { name: 'New deck from an article' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  const chooser = page.waitForEvent('filechooser');
  await hint.getByRole('button', { name: 'Import a deck' }).click();
  await chooser;
  await hint.getByRole('button', { name: 'Start with the sample deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('progress.session')).toHaveAttribute('value', '1');
  await page.keyboard.press('Escape');
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  await expect(hint).toHaveCount(0);
});

test('the hint, closed, stays closed', async ({ page, app }) => {
  await page.goto(app.url);
  const hint = page.getByRole('region', { name: 'Welcome to Factdeck' });
  await hint.getByRole('button', { name: 'Close the welcome hint' }).click();
  await expect(hint).toHaveCount(0);
  await page.reload();
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  await expect(hint).toHaveCount(0);
});

test('? opens the shortcut list from any screen (not while typing), Esc closes it; the Space hint on Show answer is readable', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(list).toContainText('show the answer');
  await expect(list).toContainText('Cards (the card browser)');
  expect(await focusInDialog(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  // The top bar's button opens it by mouse.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await list.getByRole('button', { name: /Close/ }).click();
  await expect(list).toHaveCount(0);
  // While studying: ? opens it and keys pressed in it do not reveal the card behind.
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.keyboard.press('?');
  await expect(list).toBeVisible();
  // E (edit) and @ (suspend) are study keys: in the list they do nothing to the card behind; Esc closes the
  // list only.
  await page.keyboard.press('e');
  await page.keyboard.press('@');
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(page.locator('.prompt')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Card suspended')).toHaveCount(0);
  // The key hint inside the blue Show answer button: at least WCAG AA's 4.5:1 against the button.
  const ratio = await page.getByRole('button', { name: /Show answer/ }).evaluate((b) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, bl] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const fg = lum(getComputedStyle(b.querySelector('kbd')!).color);
    const bg = lum(getComputedStyle(b).backgroundColor);
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  // In a text field, ? is a character.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('Title').focus();
  await page.keyboard.type('Why?');
  await expect(page.getByLabel('Title')).toHaveValue('Why?');
  await expect(list).toHaveCount(0);
});

test('opened without its token, or with an old one, the page says what to do instead of loading forever', async ({ browser, app }) => {
  const page = await browser.newPage();
  const bare = app.url.replace(/\?token=.*$/, '');
  await page.goto(bare);
  await expect(page.getByRole('heading', { name: 'Open Factdeck with its full address' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Open the address it printed');
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/no-token.png' });
  await page.goto(`${bare}?token=from-an-earlier-run`);
  await expect(page.getByRole('heading', { name: 'This address is from an earlier run of Factdeck' })).toBeVisible();
  // With the right address the library is there.
  await page.goto(app.url);
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  await page.close();
});

test('`factdeck serve --data-dir DIR` (the option after the command) serves that library', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-'));
  const { url, proc } = await startServe(dir, ['serve', '--data-dir', dir]);
  try {
    await page.goto(url);
    await expect(page.locator('tr[data-deck]')).toHaveCount(1);
    expect(fs.readdirSync(path.join(dir, 'decks')).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  } finally {
    await stop(proc);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
