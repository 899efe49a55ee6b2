// Settings › Backups: the daily backups are listed, and Restore (after a confirm) brings a deck back.
import { createBackend } from '../../src/backend/backend.js';
import type { Deck } from '../../src/core/deck.js';
import { test, expect } from './fixtures.js';

const deck = (id: string, title: string): Deck => ({
  format: 'factdeck/1', id, title, source: null, generator: null,
  cards: [{ id: 'c1', kind: 'qa', prompt: `${title}?`, answer: 'yes', tags: [] }],
});

test.describe('backups', () => {
  test.use({
    seed: {
      async prepare(dir) {
        // yesterday: one deck (the backup of that day holds it); today: it was deleted
        const day = 86_400_000;
        const y = createBackend(dir, { now: () => Date.now() - day });
        await y.listDecks({});
        await y.saveDeck({ deck: deck('kept', 'Kept deck') });
        y.close();
        const t = createBackend(dir);
        await t.deleteDeck({ id: 'kept' });
        t.close();
      },
    },
  });

  test('a deleted deck comes back from yesterday\'s backup', async ({ page, app }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.goto(app.url);
    await expect(page.locator('tr[data-deck]')).toHaveCount(1);
    await expect(page.locator('tr[data-deck="kept"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Settings' }).click();
    const rows = page.getByLabel('Backups').locator('tr[data-backup]');
    await expect(rows).toHaveCount(2);
    // newest first: today's (without the deck), then yesterday's (with it)
    await expect(rows.nth(1).locator('td.num').first()).toHaveText('2');
    await rows.nth(1).getByRole('button', { name: 'Restore' }).click();
    expect(dialogs[0]).toMatch(/^Restore the backup of .* \(2 decks\)\?/);
    await expect(page.getByLabel('Backups').getByRole('status')).toContainText('Restored 2 decks');
    // the state before the restore is itself a backup now
    await expect(rows).toHaveCount(3);
    await expect(page.getByLabel('Backups')).toContainText('(before a restore)');
    await page.getByRole('button', { name: 'Factdeck' }).click();
    await expect(page.locator('tr[data-deck="kept"] .title')).toHaveText('Kept deck');
  });
});
