// A big library stays quick: 100,000 cards with 300,000 reviews of history, served by the real
// `factdeck serve`: it lists, studies and scrolls. The times are printed and annotated; the figures that
// count are `npm run bench`'s (a timed test fails on a loaded machine and says nothing about the product).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startServe, stop } from './fixtures.js';
import { makeLibrary } from '../../bench/library.js';

test('a 100,000-card library lists, studies and scrolls', async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-scale-'));
  try {
    const lib = makeLibrary(dataDir, { cards: 100_000, reviews: 300_000 });
    const { url, proc } = await startServe(dataDir);
    try {
      const l0 = Date.now();
      await page.goto(url);
      const row = page.locator(`tr[data-deck="${lib.deckIds[0]}"]`);
      await expect(row).toBeVisible({ timeout: 30_000 });
      await expect(row).toContainText('100000 cards');
      const libraryMs = Date.now() - l0;

      const next = page.waitForResponse((r) => r.url().includes('/api/nextCard'));
      const t0 = Date.now();
      await row.getByRole('button', { name: 'Study' }).click();
      await expect(page.locator('.prompt')).toBeVisible({ timeout: 30_000 });
      const firstCardMs = Date.now() - t0;
      const timing = (await next).request().timing();
      console.log(`nextCard over HTTP: ${Math.round(timing.responseEnd - timing.requestStart)} ms`);
      test.info().annotations.push({ type: 'library shown', description: `${libraryMs} ms` });
      test.info().annotations.push({ type: 'first card', description: `${firstCardMs} ms` });
      console.log(`100,000 cards: library shown in ${libraryMs} ms; first card ${firstCardMs} ms after Study`);

      // and answering keeps up: the next card follows the grade
      await page.keyboard.press('Space');
      const a0 = Date.now();
      await page.keyboard.press('3');
      await expect(page.locator('progress.session')).toHaveAttribute('value', '1');
      console.log(`answer to next card: ${Date.now() - a0} ms`);

      // The deck's card list holds 100,000 cards but only the rows on screen: scroll to the end and back.
      await page.keyboard.press('Escape');
      await page.locator(`tr[data-deck="${lib.deckIds[0]}"]`).getByRole('button', { name: 'Cards' }).click();
      await expect(page.getByRole('status').filter({ hasText: '100000 cards' })).toBeVisible({ timeout: 30_000 });
      const list = page.locator('.card-rows');
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(page.locator('.card-row .q').last()).not.toHaveText('', { timeout: 10_000 });
      expect(await page.locator('.card-row').count()).toBeLessThan(100);
      await page.screenshot({ path: 'test-results/screens/cards.png' });
      await page.getByLabel('Search cards').fill('zzz-no-such-card');
      await expect(page.getByRole('status').filter({ hasText: /^0 cards$/ })).toBeVisible();
      await expect(page.getByText('No cards match.')).toBeVisible();
    } finally {
      await stop(proc);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
