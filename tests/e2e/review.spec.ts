// Reviewing a new deck on the create screen, through the real `factdeck serve`: readable kinds, cards in the
// order of the article, a choice card's options to check and edit, and a card deleted there staying deleted
// when the deck is regenerated from its article.
import fs from 'node:fs';
import path from 'node:path';
import { builtinDeckSize, test, expect } from './fixtures.js';

/** Cards of the built-in deck, as generated from its article. */
const BUILTIN = builtinDeckSize();

const ARTICLE = fs.readFileSync(path.resolve(import.meta.dirname, '../../decks/japan-times-hayashi-kyiv.txt'), 'utf8');
const LABELS = ['Question', 'Cloze', 'Multiple choice', 'True/false', 'Order', 'Match'];

test('the review lists the cards in article order with readable kinds; a choice card\'s options are checked and edited', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('Title').fill('Kyiv visit');
  await page.getByLabel('Published on').fill('2023-09-09');
  await page.getByLabel('Article').fill(ARTICLE);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  const picks = page.locator('.card-list .card-pick');
  await expect(picks.first()).toBeVisible();
  const kinds = await page.locator('.card-list .kind').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
  expect(new Set(kinds)).toEqual(new Set(LABELS));

  // Article order: each card's sentence starts at or after the one before it.
  const n = await picks.count();
  let last = -1;
  for (let i = 0; i < n; i++) {
    await picks.nth(i).click();
    const kind = await picks.nth(i).locator('.kind').innerText();
    const at = await page.locator('.article-pane .article-text').evaluate((p) => {
      const mark = p.querySelector('mark')!;
      const r = document.createRange();
      r.setStart(p, 0);
      r.setEndBefore(mark);
      return r.toString().length;
    });
    // Order and match cards draw on several sentences; they are placed at their first.
    expect(at, `card ${i + 1} (${kind})`).toBeGreaterThanOrEqual(last);
    last = at;
  }

  const choice = page.locator('.card-list > li', { has: page.locator('.kind', { hasText: 'Multiple choice' }) }).first();
  await choice.locator('.card-pick').click();
  const options = choice.getByRole('textbox', { name: /^Choice \d/ });
  expect(await options.count()).toBeGreaterThanOrEqual(3);
  const right = choice.getByRole('textbox', { name: /\(right\)$/ });
  const answer = choice.getByLabel('Answer');
  await expect(right).toHaveValue(await answer.inputValue());
  await page.screenshot({ path: 'test-results/screens/review-choice.png' });
  // A wrong option reworded; the right one edited through the answer.
  const wrong = choice.getByRole('textbox', { name: /^Choice \d$/ }).first();
  await wrong.fill('A better distractor');
  await answer.fill('The answer, reworded');
  await expect(right).toHaveValue('The answer, reworded');
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.keyboard.press('Escape');
  const row = page.locator('tr[data-deck]', { hasText: 'Kyiv visit' });
  await row.getByRole('button', { name: /^Cards of / }).click();
  await page.getByLabel('Search cards').fill('The answer, reworded');
  // The list is filtered as the search answers (a moment later on a busy machine): open the first choice card
  // until it is the edited one, its choices as saved.
  const region = page.getByRole('region', { name: 'Edit card' });
  await expect
    .poll(async () => {
      await page.locator('.card-row', { hasText: 'Multiple choice' }).first().click();
      return region.getByRole('textbox', { name: /^Choice \d/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    }, { timeout: 15_000 })
    .toEqual(expect.arrayContaining(['A better distractor', 'The answer, reworded']));
});

test('a card deleted in the review stays deleted when the deck is regenerated, and the summary says so', async ({ page, app }) => {
  await page.goto(app.url);
  const row = page.locator('tr[data-deck]');
  await row.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Edit the article…' }).click();
  await expect(page.getByLabel('Article')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.change')).toHaveText(`${BUILTIN} cards keep their progress, 0 new.`);
  const picks = page.locator('.card-list .card-pick');
  const gone = await picks.nth(4).innerText();
  // The card in focus is the one selected (whichever was selected before): Delete removes it.
  await picks.nth(0).click();
  await picks.nth(4).focus();
  await expect(page.locator('.card-list > li.selected .card-pick')).toHaveText(gone);
  await page.keyboard.press('Delete');
  await expect(picks).toHaveCount(BUILTIN - 1);
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row).toContainText(`${BUILTIN - 1} cards`);
  await row.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Edit the article…' }).click();
  await expect(page.getByLabel('Article')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.change')).toHaveText(`${BUILTIN - 1} cards keep their progress, 0 new, 1 card you deleted stays deleted.`);
  await expect(picks).toHaveCount(BUILTIN - 1);
  await expect(page.locator('.card-list .card-pick').filter({ hasText: gone })).toHaveCount(0);
});
