import type { Page } from '@playwright/test';
import { builtinDeckSize, test, expect } from './fixtures.js';

// New cards shown today: the default 20 a day, or fewer when the built-in deck has fewer.
const NEW = Math.min(20, builtinDeckSize());

test('the library shows the built-in deck with its counts', async ({ page, app }) => {
  await page.goto(app.url);
  const row = page.locator('tr[data-deck]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Hayashi');
  await expect(row).toContainText('The Japan Times');
  await expect(row.locator('td.new')).toHaveText(String(NEW));
  await page.screenshot({ path: 'test-results/screens/library.png' });
});

/** 1 when the card shows the article's headline (and its answer is not in it), else 0. */
async function headlineShown(page: Page, answer: string, headline: string): Promise<number> {
  const shown = await page.locator('.card-face .from-article').count();
  expect(shown && /Hayashi|Ukraine/.test(answer) ? answer : '', 'a headline that gives the answer away').toBe('');
  if (shown) await expect(page.locator('.card-face .from-article')).toHaveText(headline);
  return shown;
}

test('five cards studied by keyboard, still there after a reload and a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Study' }).click();
  const prompt = page.locator('.prompt');
  await expect(prompt).toBeVisible();
  const seen: string[] = [];
  // A card says which story it asks about (the article's headline above the question), unless the headline holds
  // its answer ("Hayashi makes ..." above "Who made an unannounced visit ...?").
  const headline = 'Hayashi makes unannounced visit to Ukraine';
  let headed = 0;
  let bold = 0;
  for (let i = 0; i < 5; i++) {
    const text = (await prompt.textContent())!;
    seen.push(text);
    await page.keyboard.press('Space');
    await expect(page.locator('.grades')).toBeVisible();
    if (i === 0) {
      await expect(page.locator('.evidence')).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/study-revealed.png' });
    }
    // An answer written in the sentence is shown in bold there ("... Rakuten chief **Hiroshi Mikitani** ...").
    const answer = (await page.locator('p.answer').count()) ? ((await page.locator('p.answer').textContent()) ?? '').trim() : '';
    headed += await headlineShown(page, answer, headline);
    const sentence = (await page.locator('.evidence').textContent()) ?? '';
    if (answer && sentence.includes(answer)) {
      await expect(page.locator('.evidence strong')).toHaveText(answer);
      bold++;
    }
    await page.keyboard.press(i === 0 ? '1' : '3');
    await expect(page.locator('progress.session')).toHaveAttribute('value', String(i + 1));
  }
  expect(bold).toBeGreaterThan(0);
  expect(headed).toBeGreaterThan(0);
  // Answered "Again" first: that card is now in learning; four were Good.
  await expect(page.locator('.counts .new')).toHaveText(String(NEW - 5));
  await page.reload();
  await expect(page.locator('tr[data-deck] td.new')).toHaveText(String(NEW - 5));
  await expect(page.locator('tr[data-deck] td.learn')).toHaveText('5');

  await app.restart();
  await page.goto(app.url);
  await expect(page.locator('tr[data-deck] td.new')).toHaveText(String(NEW - 5));
  await expect(page.locator('tr[data-deck] td.learn')).toHaveText('5');
});

test('Ctrl+Z takes back the last answer', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Study' }).click();
  const first = await page.locator('.prompt').textContent();
  await page.keyboard.press('Enter');
  await page.keyboard.press('4');
  await expect(page.locator('.counts .new')).toHaveText(String(NEW - 1));
  await page.keyboard.press('Control+z');
  await expect(page.locator('.counts .new')).toHaveText(String(NEW));
  await expect(page.locator('.prompt')).toHaveText(first!);
});
