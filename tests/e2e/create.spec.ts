import { test, expect } from './fixtures.js';

const ARTICLE = `The city council of Springfield approved a new $12 million budget for public libraries on Tuesday.
Mayor Jane Porter said the money would fund longer opening hours at all nine branches.
The council voted 7 to 2 in favour of the plan after a three-hour debate.
Construction of a new central library is expected to begin in March and finish in 2027.`;

test('an article pasted becomes a deck, reviewed beside its source sentences, edited with the keyboard', async ({ page, app }) => {
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
  // The selected card's sentence is marked in the article, its answer in bold inside it.
  const first = await cards.first().locator('input').inputValue();
  await expect(page.locator('.article-pane mark')).not.toBeEmpty();
  await expect(page.locator('.article-pane mark strong')).toHaveText(first);
  await page.screenshot({ path: 'test-results/screens/create-review.png' });

  // Edit the first card's question.
  await cards.first().locator('textarea').fill('How big is the new library budget?');
  // Arrow down moves to the second card and marks its sentence; Delete removes it.
  await cards.first().locator('.card-pick').focus();
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1)).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(cards).toHaveCount(n - 1);

  // Add a card of one's own: an empty answer is refused with one line, then it saves.
  await page.getByRole('button', { name: 'Add a card' }).click();
  await expect(page.locator('.card-list .selected textarea')).toBeFocused();
  await page.keyboard.type('How many library branches does Springfield have?');
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.getByRole('alert')).toHaveText(`card ${n} has an empty answer`);
  await page.locator('.card-list .selected input').fill('nine');
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();

  await page.getByRole('button', { name: /Library/ }).click();
  const row = page.locator('tr[data-deck]', { hasText: 'Springfield libraries' });
  await expect(row).toContainText(`${n} cards`);
  await row.getByRole('button', { name: 'Cards of Springfield libraries' }).click();
  await page.getByLabel('Search cards').fill('branches');
  await expect(page.locator('section.cards')).toContainText('How many library branches does Springfield have?');
  await page.getByLabel('Search cards').fill('How big');
  await expect(page.locator('section.cards')).toContainText('How big is the new library budget?');
});
