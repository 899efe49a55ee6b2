// Import through the UI: the file picker and drag-and-drop, a preview with the detected format and a
// column mapping, then the new deck in the library; the same file again adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.js';

const CSV = 'Term;Meaning;Tags\nKyiv;capital of Ukraine;geo\nHiroshima;host of the May 2023 G7 summit;geo events\n"Kishida; Fumio";"Prime Minister of Japan, 2021-2024";people\n';

test('a CSV picked in the library is previewed, mapped and imported once', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Import a deck file').setInputFiles({ name: 'g7.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Format: csv');
  await expect(dialog).toContainText('3 cards');
  await expect(dialog.locator('table.preview tbody tr').first()).toContainText('capital of Ukraine');
  // Swap the sides through the mapping.
  await dialog.getByLabel('Front').selectOption({ label: 'Meaning' });
  await dialog.getByLabel('Back').selectOption({ label: 'Term' });
  await expect(dialog.locator('table.preview tbody tr').first().locator('td').first()).toHaveText('capital of Ukraine');
  await page.screenshot({ path: 'test-results/screens/import-preview.png' });
  await dialog.getByRole('button', { name: /Import 3 cards/ }).click();
  await expect(dialog).toContainText('Imported');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('tr[data-deck]')).toHaveCount(2);

  await page.getByLabel('Import a deck file').setInputFiles({ name: 'g7.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('dialog')).toContainText('imported before');
  await page.keyboard.press('Escape');
  await expect(page.locator('tr[data-deck]')).toHaveCount(2);
});

test('an Anki package dropped on the library is imported', async ({ page, app }) => {
  // A package in Anki's schema 11 with every note type, made for the tests (tests/fixtures/formats/make-fixtures.py).
  const apkg = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/formats/rich-11.apkg'));
  await page.goto(app.url);
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
  const drop = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'rich-11.apkg'));
    return dt;
  }, [...apkg]);
  await page.locator('section.library').dispatchEvent('drop', { dataTransfer: drop });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Format: apkg');
  await dialog.getByRole('button', { name: /Import 7 cards/ }).click();
  await expect(dialog).toContainText('Imported');
});

test('a bad file gets one clear line and changes nothing', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Import a deck file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "factdeck/1", "cards": [') });
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await page.keyboard.press('Escape');
  await expect(page.locator('tr[data-deck]')).toHaveCount(1);
});
