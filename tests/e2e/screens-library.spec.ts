// Screenshots of the library, its menu and dialogs, the card browser, the new deck's review and the page without
// a token, at 1280x800 and 800x600, light and dark (test-results/screens/ui-library/), for a person to look at;
// on each, the page must not scroll sideways.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';

const ARTICLE = fs.readFileSync(path.resolve(import.meta.dirname, '../../decks/japan-times-hayashi-kyiv.txt'), 'utf8');
const CSV = 'Term;Meaning\nKyiv;capital of Ukraine\nHiroshima;host of the May 2023 G7 summit\n';

for (const [width, height] of [[1280, 800], [800, 600]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screens at ${width}x${height}, ${scheme}`, async ({ page, app }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      const shot = async (name: string) => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `test-results/screens/ui-library/${name}-${width}x${height}-${scheme}.png` });
      };
      await page.goto(app.url);
      await expect(page.locator('tr[data-deck]')).toHaveCount(1);
      await shot('library');
      await page.getByRole('button', { name: /^More for / }).click();
      await shot('library-menu');
      await page.keyboard.press('Escape');
      await page.getByLabel('Import a deck file').setInputFiles({ name: 'g7.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await expect(page.getByRole('dialog')).toContainText('2 cards');
      await shot('import');
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await shot('shortcuts');
      await page.keyboard.press('Escape');
      await cards(page);
      await shot('cards');
      await review(page);
      await shot('review');
      await page.goto(app.url.replace(/\?token=.*$/, ''));
      await page.evaluate(() => sessionStorage.clear());
      await page.reload();
      await expect(page.getByRole('alert')).toBeVisible();
      await shot('no-token');
    });
  }
}

async function cards(page: Page) {
  await page.getByRole('button', { name: /^Cards of / }).click();
  // Kind, twice: the last kinds first (match, order, true/false, then multiple choice), so a choice card is on
  // screen at 800x600 too (the rows are drawn as they scroll into view).
  await page.getByRole('button', { name: 'Kind', exact: true }).click();
  await page.getByRole('button', { name: 'Kind', exact: true }).click();
  await page.locator('.card-row', { hasText: 'Multiple choice' }).first().click();
  await expect(page.getByRole('region', { name: 'Edit card' }).getByLabel('Question')).not.toHaveValue('');
}

async function review(page: Page) {
  await page.getByRole('button', { name: 'Factdeck' }).click();
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('Published on').fill('2023-09-09');
  await page.getByLabel('Article').fill(ARTICLE);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await page.locator('.card-list > li', { has: page.locator('.kind', { hasText: 'Multiple choice' }) }).first().locator('.card-pick').click();
  await expect(page.getByRole('textbox', { name: /\(right\)$/ })).toBeVisible();
}
