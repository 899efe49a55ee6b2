// What the generator's cards show a learner, through the real `factdeck serve`: the sentence before when a card
// leans on it, the words the card says in place of the article's ("Yoshimasa Hayashi" for "He"), and the create
// screen's "Cards: fewer / usual / more".
import fs from 'node:fs';
import path from 'node:path';
import { createBackend } from '../../src/backend/backend.js';
import type { Deck } from '../../src/core/deck.js';
import { test, expect } from './fixtures.js';

const ARTICLE = fs.readFileSync(path.resolve(import.meta.dirname, '../../decks/japan-times-hayashi-kyiv.txt'), 'utf8');
const TEXT = 'Foreign Minister Yoshimasa Hayashi arrived in Kyiv on Saturday. He toured the suburb of Bucha.';

const deck: Deck = {
  format: 'factdeck/1', id: 'context', title: 'Context and substitutions',
  source: { title: null, publisher: null, publishedOn: '2023-09-09', url: null, text: TEXT },
  generator: null,
  cards: [{
    id: 'c1', kind: 'qa', prompt: 'What did Yoshimasa Hayashi tour?', answer: 'the suburb of Bucha', tags: ['what'],
    evidence: {
      sentence: 'He toured the suburb of Bucha.', start: 64, end: 94,
      substitutions: [{ from: 'He', to: 'Yoshimasa Hayashi' }],
      context: 'Foreign Minister Yoshimasa Hayashi arrived in Kyiv on Saturday.',
    },
  }],
};

test.describe('a card that leans on its article', () => {
  test.use({
    seed: {
      async prepare(dir) {
        const api = createBackend(dir);
        await api.saveDeck({ deck });
        api.close();
      },
    },
  });

  test('shows the sentence before with the question, and after the answer what it says in other words', async ({ page, app }) => {
    await page.goto(app.url);
    await page.locator('tr[data-deck]', { hasText: 'Context and substitutions' }).getByRole('button', { name: /^Study/ }).click();
    await expect(page.locator('.prompt')).toHaveText('What did Yoshimasa Hayashi tour?');
    await expect(page.locator('.context')).toContainText('Foreign Minister Yoshimasa Hayashi arrived in Kyiv on Saturday.');
    await expect(page.locator('.substitutions')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.locator('.substitutions')).toContainText('The card says “Yoshimasa Hayashi” where the article says “He”.');
    await page.screenshot({ path: 'test-results/screens/context-and-substitutions.png' });
  });
});

test('the create screen makes fewer or more cards when asked', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  await page.getByLabel('Published on').fill('2023-09-09');
  await page.getByLabel('Article').fill(ARTICLE);
  const count = async (density: 'Fewer' | 'More'): Promise<number> => {
    await page.getByLabel('Cards', { exact: true }).selectOption({ label: density });
    await expect(page.locator('#density-hint')).toContainText('cards at most');
    await page.getByRole('button', { name: 'Generate cards' }).click();
    const picks = page.locator('.card-list .card-pick');
    await expect(picks.first()).toBeVisible();
    const n = await picks.count();
    await page.screenshot({ path: `test-results/screens/create-${density.toLowerCase()}.png` });
    // Back to the article (kept as typed) to try the other setting.
    await page.getByRole('button', { name: 'Back to the article' }).click();
    return n;
  };
  const fewer = await count('Fewer');
  const more = await count('More');
  expect(more).toBeGreaterThan(fewer);
});
