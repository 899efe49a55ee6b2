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
  // The first card asks the budget, the news of the lead (not "on Tuesday", the day it was news).
  expect(await cards.first().getByRole('textbox', { name: 'Answer' }).inputValue()).toBe('$12 million');
  await expect(page.locator('.article-pane mark')).toContainText('approved a new $12 million budget for public libraries on Tuesday');
  await page.screenshot({ path: 'test-results/screens/create-review.png' });

  // Edit the first card's question.
  await cards.first().locator('textarea').fill('How big is the new library budget?');
  // Arrow down moves to the second card and marks its sentence; Delete removes it.
  await cards.first().locator('.card-pick').focus();
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1)).toHaveClass(/selected/);
  // This card's answer is written in its sentence: it is the bold part of the marked sentence.
  await expect(page.locator('.article-pane mark strong')).toHaveText(await cards.nth(1).getByRole('textbox', { name: 'Answer' }).inputValue());
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

test('editing a deck\'s article regenerates it in place, and cards whose facts did not change keep their progress', async ({ page, app }) => {
  await page.goto(app.url);
  const row = page.locator('tr[data-deck]').first();
  await expect(row.locator('td.learn')).toHaveText('0');
  // Two cards studied: they are in learning now.
  await row.getByRole('button', { name: 'Study' }).click();
  for (let i = 0; i < 2; i++) {
    await expect(page.locator('.prompt')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('.grades')).toBeVisible();
    await page.keyboard.press('3');
    // The answer is saved before the next card is asked (no race between two key presses).
    await expect(page.locator('progress.session')).toHaveAttribute('value', String(i + 1));
  }
  await page.keyboard.press('Escape');
  await expect(row.locator('td.learn')).toHaveText('2');
  const before = Number((await row.locator('.muted').textContent())?.match(/(\d+) cards/)?.[1]);

  await row.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Edit the article…' }).click();
  const article = page.getByLabel('Article');
  await expect(article).not.toHaveValue('');
  const text = await article.inputValue();
  // One sentence near the end changes; the lead, which the studied cards come from, does not.
  expect(text).toContain('legal constraints');
  await article.fill(text.replace('legal constraints', 'legal limits'));
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.change')).toContainText(/\d+ cards keep their progress/);
  const kept = Number((await page.locator('.change').textContent())?.match(/(\d+) cards keep/)?.[1]);
  expect(kept).toBeGreaterThanOrEqual(before - 3);
  await page.screenshot({ path: 'test-results/screens/regenerate.png' });
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.keyboard.press('Escape');
  // Still one deck, and the two studied cards are still in learning.
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  await expect(row.locator('td.learn')).toHaveText('2');
});
