// Media in Anki packages: an .apkg with a picture and a sound (built here with sql.js and fflate) imported
// through the library; both show on their card under the page's Content-Security-Policy, the sound plays
// from its button and again with R; the deck exported as .apkg and imported again keeps its review count.
import fs from 'node:fs';
import { mediaApkg } from '../helpers/media-apkg.js';
import { sql } from '../unit/formats/helpers.js';
import { test, expect } from './fixtures.js';

test('a picture and a sound from an .apkg show on their card; the exported package keeps the reviews', async ({ page, app }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(app.url);
  await page.getByLabel('Import a deck file').setInputFiles({ name: 'flags.apkg', mimeType: 'application/octet-stream', buffer: Buffer.from(mediaApkg(await sql())) });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Format: apkg');
  await expect(dialog).toContainText('1 image(s) and 1 sound(s) imported with the cards');
  await dialog.getByRole('button', { name: /Import 2 cards/ }).click();
  await expect(dialog).toContainText('Imported');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const row = page.locator('tr[data-deck]', { hasText: 'Flags of Asia' });
  const originalId = (await row.getAttribute('data-deck'))!;
  await row.getByRole('button', { name: 'Study', exact: true }).click();
  await expect(page.locator('.prompt')).toHaveText('Which country flies this flag?');
  // A deck made elsewhere names no article above its cards.
  await expect(page.locator('.from-article')).toHaveCount(0);
  const img = page.locator('.card-media img');
  await expect(img).toBeVisible();
  // Decoded, not a broken image: its own size (120 x 80, as made).
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => `${el.naturalWidth}x${el.naturalHeight}`)).toBe('120x80');
  await expect(page.getByRole('button', { name: /Play sound/ })).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(page.locator('p.answer')).toHaveText('Japan');
  const play = page.getByRole('button', { name: /Play sound/ });
  await expect(play).toBeEnabled();
  const audio = page.locator('.card-media audio');
  // The sound decodes: 0.4 s of audio.
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => Math.round(el.duration * 10) / 10)).toBe(0.4);
  const playedTo = () => audio.evaluate((el: HTMLAudioElement) => el.currentTime);
  await play.click();
  await expect.poll(playedTo).toBeGreaterThan(0);
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.ended)).toBe(true);
  // R plays it again from the start.
  await page.keyboard.press('r');
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.ended && el.currentTime > 0)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/media-answer.png' });
  expect(violations).toEqual([]);

  // Two answers, then the deck goes out as an Anki package and comes back in.
  await page.keyboard.press('3');
  await expect(page.locator('.prompt')).toHaveText('Capital of South Korea?');
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(page.locator('progress.session')).toHaveAttribute('value', '2');
  await page.keyboard.press('Escape');
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: /^More for / }).click();
  await page.getByRole('menuitem', { name: 'Export as Anki package (.apkg)' }).click();
  const file = await (await download).path();
  const bytes = fs.readFileSync(file);
  await page.getByLabel('Import a deck file').setInputFiles({ name: 'flags-again.apkg', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(dialog).toContainText('2 past reviews');
  await expect(dialog).toContainText('1 image(s) and 1 sound(s)');
  await dialog.getByRole('button', { name: /Import 2 cards/ }).click();
  await expect(dialog).toContainText('Imported "Flags of Asia": 2 cards, 2 past reviews.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Both copies: the same counts (one card in learning from Again, one from Good), and the picture still there.
  const copies = page.locator('tr[data-deck]', { hasText: 'Flags of Asia' });
  await expect(copies).toHaveCount(2);
  await expect(copies.nth(0).locator('td.learn')).toHaveText('2');
  await expect(copies.nth(1).locator('td.learn')).toHaveText('2');
  // The copy shows the picture too (its cards are due within the learn-ahead limit, so Study is on).
  const copy = page.locator(`tr[data-deck]:not([data-deck="${originalId}"])`, { hasText: 'Flags of Asia' });
  await copy.getByRole('button', { name: 'Study', exact: true }).click();
  let sawFlag = false;
  for (let i = 0; i < 2; i++) {
    if ((await page.locator('.prompt').textContent()) === 'Which country flies this flag?') {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(120);
      sawFlag = true;
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('progress.session')).toHaveAttribute('value', String(i + 1));
  }
  expect(sawFlag).toBe(true);
});
