import { test, expect } from './fixtures.js';

const ARTICLE = `The city council of Springfield approved a new $12 million budget for public libraries on Tuesday.
Mayor Jane Porter said the money would fund longer opening hours at all nine branches.
The council voted 7 to 2 in favour of the plan after a three-hour debate.
Construction of a new central library is expected to begin in March and finish in 2027.`;

test('an article pasted becomes a deck, reviewed beside its source sentences', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('Title').fill('Springfield libraries');
  await page.getByLabel('Published on').fill('2026-05-12');
  await page.getByLabel('Article').fill(ARTICLE);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  const cards = page.locator('.card-list > li');
  await expect(cards.first()).toBeVisible();
  const n = await cards.count();
  expect(n).toBeGreaterThan(1);
  // The selected card's sentence is marked in the article.
  await expect(page.locator('.article-pane mark')).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/screens/create-review.png' });
  // Delete one card before saving.
  await page.getByRole('button', { name: 'Delete card' }).click();
  await expect(cards).toHaveCount(n - 1);
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.getByRole('button', { name: /Library/ }).click();
  const row = page.locator('tr[data-deck]', { hasText: 'Springfield libraries' });
  await expect(row).toContainText(`${n - 1} cards`);
});
