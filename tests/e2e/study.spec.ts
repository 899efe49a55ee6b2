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

/** 1 when the card shows the article's headline whole, 0 when without the words that would give its answer away
 * ("… makes unannounced visit to Ukraine" above a card answered "Yoshimasa Hayashi") or without it. */
async function headlineShown(page: Page, answer: string, headline: string): Promise<number> {
  // (None above a card it would all but answer: the order card whose last event is the headline's.)
  if ((await page.locator('.card-face .from-article').count()) === 0) return 0;
  const shown = ((await page.locator('.card-face .from-article').textContent()) ?? '').trim();
  const words = headline.split(' ');
  expect(shown.split(' ').length).toBeLessThanOrEqual(words.length);
  // Each word is the headline's own or left out, and no word of the answer is left in.
  for (const w of shown.split(' ')) expect(words.includes(w) || w === '…', shown).toBe(true);
  for (const w of words) if (answer.includes(w)) expect(shown.split(' '), 'a headline that gives the answer away').not.toContain(w);
  return shown === headline ? 1 : 0;
}

test('five cards studied by keyboard, still there after a reload and a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Study' }).click();
  const prompt = page.locator('.prompt');
  await expect(prompt).toBeVisible();
  const seen: string[] = [];
  // A card says which story it asks about (the article's headline above the question), without the words that hold
  // its answer ("… makes ..." above "Who made an unannounced visit ...?").
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
