// Counts that tell the truth: the time a session took, when the next card comes, why Study is greyed out,
// study ahead, the library refreshed on return; per-deck option presets and custom study.
import { createBackend } from '../../src/backend/backend.js';
import { builtinDeckSize, test, expect } from './fixtures.js';

const cards = ['Kyiv', 'Hiroshima', 'Tokyo'].map((city, i) => ({ id: `s${i}`, kind: 'qa' as const, prompt: `Where is ${['Ukraine’s capital', 'the G7 summit of May 2023', 'Japan’s capital'][i]}?`, answer: city, tags: i === 1 ? ['g7'] : ['capitals'] }));

test.describe('a session and the library', () => {
  test.use({
    seed: { async prepare(dir) {
      const api = createBackend(dir);
      await api.saveDeck({ deck: { format: 'factdeck/1', id: 'steps', title: 'Three cities', source: null, generator: null, cards } });
      // A second step longer than the 20-minute learn-ahead limit: after Good, a card waits 30 minutes.
      await api.setSettings({ settings: { learningSteps: ['1m', '30m'] } });
      api.close();
    } },
  });

  test('says how long it took, when the next card comes, why Study is greyed out, and studies ahead', async ({ page, app }) => {
    await page.goto(app.url);
    const row = page.locator('tr[data-deck="steps"]');
    await row.getByRole('button', { name: 'Study', exact: true }).click();
    for (let i = 1; i <= 3; i++) {
      await expect(page.locator('.counts .new')).toHaveText(String(4 - i));
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await expect(page.locator('progress.session')).toHaveAttribute('value', String(i));
    }
    const done = page.locator('.done');
    // Measured, in seconds: not "1 min" for a few seconds of work.
    await expect(done).toContainText(/3 cards studied in \d{1,2}(\.\d)? s\./);
    await expect(done).toContainText(/Next card in (29|30) min/);
    await expect(done.getByRole('button', { name: 'Study ahead (3)' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/session-done.png' });

    await page.keyboard.press('Escape');
    await expect(row.locator('td.learn')).toHaveText('3');
    const study = row.getByRole('button', { name: 'Study', exact: true });
    await expect(study).toBeDisabled();
    // The reason is beside the button and is its description.
    await expect(row.locator('.idle')).toContainText(/Next card in (29|30) min/);
    await expect(study).toHaveAccessibleDescription(/Next card in (29|30) min/);
    await page.screenshot({ path: 'test-results/screens/library-idle.png' });

    await row.getByRole('button', { name: 'Study ahead (3)' }).click();
    await expect(page.locator('.session-title')).toHaveText('Studying ahead 7 days');
    await expect(page.locator('.counts .learn')).toHaveText('3');
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await expect(page.locator('progress.session')).toHaveAttribute('value', String(i));
    }
    await expect(done).toContainText('Session complete');
    await page.keyboard.press('Escape');
    // Back in the library, the counts are the new ones: nothing in learning, done for now.
    await expect(row.locator('td.learn')).toHaveText('0');
    await expect(row.locator('.idle')).toContainText(/Done for now; next review (tomorrow|on \w+)/);
  });

  test('the library refreshes when the person comes back to it', async ({ page, context, app }) => {
    await page.goto(app.url);
    const row = page.locator('tr[data-deck="steps"]');
    await expect(row.locator('td.new')).toHaveText('3');
    // Study one card in another tab, then come back.
    const other = await context.newPage();
    await other.goto(app.url);
    await other.locator('tr[data-deck="steps"]').getByRole('button', { name: 'Study', exact: true }).click();
    await expect(other.locator('.prompt')).toBeVisible();
    await other.keyboard.press('Space');
    await other.keyboard.press('3');
    await expect(other.locator('progress.session')).toHaveAttribute('value', '1');
    await other.close();
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(row.locator('td.new')).toHaveText('2');
  });
});

test.describe('deck options and custom study', () => {
  test.use({
    seed: { async prepare(dir) {
      const api = createBackend(dir);
      await api.saveDeck({ deck: { format: 'factdeck/1', id: 'steps', title: 'Three cities', source: null, generator: null, cards } });
      api.close();
    } },
  });

  test('a preset of its own sets a deck\'s new cards a day; custom study brings back the card forgotten today', async ({ page, app }) => {
    await page.goto(app.url);
    const builtin = page.locator('tr[data-deck]:not([data-deck="steps"])');
    await expect(builtin.locator('td.new')).toHaveText(String(Math.min(20, builtinDeckSize())));
    await builtin.getByRole('button', { name: /^More for / }).click();
    await page.getByRole('menuitem', { name: 'Options…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Preset this deck uses')).toHaveValue('default');
    await dialog.getByRole('button', { name: 'Add preset' }).click();
    await expect(dialog).toContainText('Added');
    await dialog.getByLabel('Name').fill('Light');
    await dialog.getByLabel('New cards per day').fill('5');
    await dialog.getByLabel('Desired retention').fill('0.85');
    await dialog.getByRole('button', { name: 'Save preset' }).click();
    await expect(dialog).toContainText('Saved “Light”');
    await page.screenshot({ path: 'test-results/screens/deck-options.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(builtin.locator('td.new')).toHaveText('5');
    // The other deck stays on Default.
    await expect(page.locator('tr[data-deck="steps"] td.new')).toHaveText('3');

    // Forget one card, then ask for the cards forgotten today.
    await page.locator('tr[data-deck="steps"]').getByRole('button', { name: 'Study', exact: true }).click();
    const first = (await page.locator('.prompt').textContent())!;
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect(page.locator('progress.session')).toHaveAttribute('value', '1');
    await page.keyboard.press('Escape');
    await page.locator('tr[data-deck="steps"]').getByRole('button', { name: /^More for / }).click();
    await page.getByRole('menuitem', { name: 'Options…' }).click();
    await dialog.getByRole('button', { name: 'Custom study…' }).click();
    await expect(dialog).toContainText('The cards forgotten today (1)');
    await dialog.getByLabel(/The cards forgotten today/).check();
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.session-title')).toHaveText('The cards forgotten today');
    await expect(page.locator('.prompt')).toHaveText(first);
    await page.keyboard.press('Space');
    // Easy: it graduates (Good would bring it back in 10 minutes, within this session, as a learning card)
    await page.keyboard.press('4');
    await expect(page.locator('.done')).toContainText('1 card studied');
  });
});
