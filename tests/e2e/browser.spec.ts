// The card browser (Cards) by mouse and keyboard on the built-in deck, through the real `factdeck serve`:
// sorting on the column headers, moving with the arrows, editing a card in place, tags (add, filter, remove),
// deleting (and the deck's regeneration leaving the card out); and the Statistics screen's hardest cards
// opening there.
import type { Page } from '@playwright/test';
import { builtinDeckSize, test, expect } from './fixtures.js';

/** Cards of the built-in deck, as generated from its article. */
const BUILTIN = builtinDeckSize();

// Alphabetical as a person reads it: case aside.
const byText = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
const prompts = (page: Page) => page.locator('.card-row .q').allTextContents();

async function openCards(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: /^Cards of / }).click();
  await expect(page.getByRole('status').filter({ hasText: /cards$/ })).toHaveText(`${BUILTIN} cards`);
}

test('column headers sort either way; arrows move the selection; a card is edited in place and keeps its edit', async ({ page, app }) => {
  await openCards(page, app.url);
  const deckOrder = await prompts(page);
  const sorted = (xs: string[], desc = false) => JSON.stringify(xs) === JSON.stringify(desc ? [...xs].sort(byText).reverse() : [...xs].sort(byText));
  // The rows follow the header's arrow once the sorted page arrives: poll for them.
  const question = page.getByRole('columnheader', { name: 'Question' });
  await question.getByRole('button').click();
  await expect(question).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => sorted(await prompts(page))).toBe(true);
  const asc = await prompts(page);
  expect(asc).not.toEqual(deckOrder.slice(0, asc.length));
  await question.getByRole('button').click();
  await expect(question).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => sorted(await prompts(page), true)).toBe(true);
  // Sorted by kind: the kinds show their names, grouped in the order the kinds are listed.
  const kind = page.getByRole('columnheader', { name: 'Kind' });
  const groups = async () => (await page.locator('.card-row .k').allTextContents()).filter((k, i, all) => k !== all[i - 1]);
  const order = ['Question', 'Cloze', 'Multiple choice', 'True/false', 'Order', 'Match'];
  await kind.getByRole('button').click();
  await expect(kind).toHaveAttribute('aria-sort', 'ascending');
  // The kinds on screen come in the order of the list, from its start (how many depends on the deck's size).
  await expect.poll(async () => { const g = await groups(); return g.length >= 2 && g.every((x, i) => x === order[i]); }).toBe(true);
  await kind.getByRole('button').click();
  await expect(kind).toHaveAttribute('aria-sort', 'descending');
  // (The same check as ascending: the expected length must come from the sorted rows, not from the rows before.)
  const reversed = [...order].reverse();
  await expect.poll(async () => { const g = await groups(); return g.length >= 2 && g.every((x, i) => x === reversed[i]); }).toBe(true);
  expect((await groups()).length).toBeGreaterThan(1);
  await page.getByRole('columnheader', { name: 'Question' }).getByRole('button').click();
  await expect.poll(() => prompts(page)).toEqual(asc);

  // Click a row: its editor shows it. ↓ moves to the next row, Enter goes to its question.
  const rows = page.locator('.card-row');
  await rows.nth(1).click();
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  const editor = page.getByRole('region', { name: 'Edit card' });
  await expect(editor.getByLabel('Question')).toHaveValue(asc[1]!);
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(2)).toBeFocused();
  await expect(editor.getByLabel('Question')).toHaveValue(asc[2]!);
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Question')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('A question reworded in the browser?');
  await expect(editor.getByRole('status')).toHaveText('Unsaved changes.');
  await page.keyboard.press('Control+Enter');
  await expect(editor.getByRole('status')).toHaveText('Saved.');
  await expect(page.locator('.card-row.selected .q')).toHaveText('A question reworded in the browser?');
  // Esc leaves the field for the list; a second Esc goes back to the library.
  await editor.getByLabel('Question').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.card-row.selected')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  await page.reload();
  await page.getByRole('button', { name: /^Cards of / }).click();
  await page.getByLabel('Search cards').fill('reworded in the browser');
  await expect(page.locator('.card-row .q')).toHaveText(['A question reworded in the browser?']);
});

test('a multiple-choice card\'s choices are edited in the browser, the right one staying the answer', async ({ page, app }) => {
  await openCards(page, app.url);
  await page.locator('.card-row', { hasText: 'Multiple choice' }).first().click();
  const editor = page.getByRole('region', { name: 'Edit card' });
  const right = editor.getByRole('textbox', { name: /^Choice \d \(right\)$/ });
  await expect(right).toHaveCount(1);
  await expect(right).toHaveValue(await editor.getByLabel('Answer').inputValue());
  await right.fill('The right answer, edited');
  await expect(editor.getByLabel('Answer')).toHaveValue('The right answer, edited');
  await editor.getByRole('button', { name: /^Save/ }).click();
  await expect(page.locator('.card-row.selected .a')).toHaveText('The right answer, edited');
});

test('tags are added, filtered on and removed; a deleted card is gone and regenerating the deck leaves it out', async ({ page, app }) => {
  await openCards(page, app.url);
  const rows = page.locator('.card-row');
  const victim = (await rows.nth(3).locator('.q').textContent())!;
  await rows.nth(0).click();
  const editor = page.getByRole('region', { name: 'Edit card' });
  const first = await editor.getByLabel('Question').inputValue();
  await editor.getByLabel('Add a tag').fill('to review');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('status')).toHaveText('Tags saved.');
  await expect(editor.locator('.tag', { hasText: 'to-review' })).toBeVisible();
  await expect(rows.nth(0).locator('.t')).toContainText('to-review');
  await page.getByLabel('Tag', { exact: true }).selectOption('to-review');
  await expect(page.getByRole('status').filter({ hasText: /cards?$/ })).toHaveText('1 card');
  await expect(page.locator('.card-row .q')).toHaveText([first]);
  await page.getByRole('button', { name: 'Remove tag to-review' }).click();
  await expect(editor.locator('.tag', { hasText: 'to-review' })).toHaveCount(0);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await expect(page.getByRole('status').filter({ hasText: /cards$/ })).toHaveText(`${BUILTIN} cards`);

  // Delete by key (it asks first; cancelling keeps the card).
  page.once('dialog', (d) => void d.dismiss());
  await rows.nth(3).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: /cards$/ })).toHaveText(`${BUILTIN} cards`);
  page.once('dialog', (d) => void d.accept());
  await rows.nth(3).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: /cards$/ })).toHaveText(`${BUILTIN - 1} cards`);
  await expect(page.locator('.card-row .q', { hasText: victim })).toHaveCount(0);
  // The next card is selected, ready for the next key.
  await expect(rows.nth(3)).toHaveAttribute('aria-selected', 'true');

  // Regenerate the deck from its article: the deleted card does not come back, and the summary says so.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Edit the article…' }).click();
  await expect(page.getByLabel('Article')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.change')).toHaveText(`${BUILTIN - 1} cards keep their progress, 0 new, 1 card you deleted stays deleted.`);
  await expect(page.locator('.card-list .card-pick', { hasText: victim })).toHaveCount(0);
});

test('the Statistics screen\'s hardest cards open in the card browser, and Back returns to Statistics', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  const prompt = (await page.locator('.prompt').textContent())!;
  // Answered Again: the one card with an Again, so the hardest.
  await page.keyboard.press('Space');
  await expect(page.locator('.grades')).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.locator('progress.session')).toHaveAttribute('value', '1');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Statistics' }).click();
  const hardest = page.getByRole('region', { name: 'Hardest cards' });
  await expect(hardest.getByRole('listitem')).toHaveCount(1);
  await hardest.getByRole('button', { name: prompt }).click();
  const editor = page.getByRole('region', { name: 'Edit card' });
  await expect(editor.getByLabel('Question')).toHaveValue(prompt);
  await expect(page.locator('.card-row.selected .q')).toHaveText(prompt);
  await page.getByRole('button', { name: /^Back to Statistics/ }).click();
  await expect(page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
});
