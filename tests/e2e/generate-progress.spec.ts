import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.js';

// A long article (about 400 KB) takes seconds to read: the create screen shows how far it has got and can
// stop it, and the app answers meanwhile (generation runs in the backend's worker thread).
const article = fs.readFileSync(path.resolve(import.meta.dirname, '../../decks/japan-times-hayashi-kyiv.txt'), 'utf8');
const LONG = Array.from({ length: 140 }, (_, i) => article.replace(/Hayashi/g, `Hayashi${i}`).replace(/Kyiv/g, `Kyiv${i}`)).join('\n\n');

test('a long article shows its progress and can be stopped; a short one then still generates', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('Published on').fill('2023-09-09');
  await page.getByLabel('Article').fill(LONG);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  const status = page.getByRole('status');
  await expect(status).toContainText(/\d+ of \d+ sentences/, { timeout: 30_000 });
  await expect(page.locator('progress[max]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/create-progress.png' });
  // The library still answers while the deck is made.
  const answered = await page.evaluate(async () => {
    const token = sessionStorage.getItem('factdeck-token') ?? '';
    const r = await fetch('./api/listDecks', { method: 'POST', headers: { 'X-Factdeck-Token': token, 'Content-Type': 'application/json' }, body: '{}' });
    return r.status;
  });
  expect(answered).toBe(200);
  await expect(status).toContainText(/\d+ of \d+ sentences/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();

  await page.getByLabel('Article').fill(article);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.card-list > li').first()).toBeVisible({ timeout: 30_000 });
});
