// Answering by card kind, editing, suspending, and the optimiser in Settings, all by keyboard.
import { createBackend } from '../../src/backend/backend.js';
import type { Deck } from '../../src/core/deck.js';
import { test, expect } from './fixtures.js';

const deck: Deck = {
  format: 'factdeck/1', id: 'kinds', title: 'All kinds', source: null, generator: null,
  cards: [
    { id: 'choice1', kind: 'choice', prompt: 'Which city hosted the G7 summit in May?', answer: 'Hiroshima', choices: ['Tokyo', 'Hiroshima', 'Osaka', 'Kyoto'], tags: [] },
    { id: 'tf1', kind: 'truefalse', prompt: 'True or false: Kishida visited Kyiv in March.', answer: 'True', tags: [] },
    { id: 'order1', kind: 'order', prompt: 'Put these in order.', answer: 'A → B → C', items: ['A', 'B', 'C'], tags: [] },
    { id: 'qa1', kind: 'qa', prompt: 'Who is Japan’s foreign minister?', answer: 'Yoshimasa Hayashi', tags: [] },
  ],
};

test.describe('card kinds', () => {
  test.use({
    seed: {
      async prepare(dir) {
        const api = createBackend(dir);
        await api.saveDeck({ deck });
        api.close();
      },
    },
  });

  test('choice, true/false, order and typed answers suggest the grade; E edits; @ suspends', async ({ page, app }) => {
    await page.goto(app.url);
    await page.locator('tr[data-deck="kinds"]').getByRole('button', { name: 'Study' }).click();
    const prompt = page.locator('.prompt');

    await expect(prompt).toHaveText(/G7 summit/);
    await page.keyboard.press('1'); // Tokyo: wrong
    await expect(page.locator('.choices li.wrong')).toHaveText(/Tokyo/);
    await expect(page.locator('.choices li.right')).toHaveText(/Hiroshima/);
    await expect(page.locator('.grade.suggested')).toContainText('Again');
    await page.keyboard.press('Enter'); // takes the suggestion

    await expect(prompt).toHaveText(/True or false/);
    await page.keyboard.press('t');
    await expect(page.locator('.grade.suggested')).toContainText('Good');
    await page.keyboard.press('3');

    await expect(prompt).toHaveText(/Put these in order/);
    // Arrange by keyboard: focus the first item and move items until A, B, C.
    for (let guard = 0; guard < 6; guard++) {
      const items = await page.locator('.order-item').allInnerTexts();
      const texts = items.map((t) => t.replace('⋮⋮', '').trim());
      if (texts.join() === 'A,B,C') break;
      const i = texts.findIndex((t, k) => t !== ['A', 'B', 'C'][k]);
      const want = ['A', 'B', 'C'][i]!;
      const from = texts.indexOf(want);
      await page.locator('.order-item').nth(from).focus();
      for (let k = from; k > i; k--) await page.keyboard.press('Alt+ArrowUp');
    }
    await page.locator('.order-item').first().blur();
    await page.keyboard.press('Space');
    await expect(page.getByText('3 of 3 in the right place.')).toBeVisible();
    await expect(page.locator('.grade.suggested')).toContainText('Good');
    await page.keyboard.press('Enter');

    await expect(prompt).toHaveText(/foreign minister/);
    await page.keyboard.press('e');
    await page.getByLabel('Question').fill('Who is Japan’s foreign minister (2023)?');
    await page.keyboard.press('Control+Enter');
    await expect(prompt).toHaveText('Who is Japan’s foreign minister (2023)?');
    await page.getByLabel('Type answers').check();
    await page.getByLabel('Your answer').fill('yoshimasa hayash');
    await page.keyboard.press('Enter');
    await expect(page.locator('.typed')).toHaveClass(/right/);
    await page.screenshot({ path: 'test-results/screens/study-typed.png' });
    await page.keyboard.press('@');
    await expect(page.getByText('Card suspended')).toBeVisible();
    // The deck's card list shows it under Suspended and gives it back.
    await page.keyboard.press('Escape');
    await page.locator('tr[data-deck="kinds"]').getByRole('button', { name: 'Cards' }).click();
    await page.getByLabel('Show').selectOption('suspended');
    const row = page.locator('.card-row[data-card="qa1"]');
    await expect(row).toContainText('foreign minister (2023)');
    await row.click();
    await page.getByRole('region', { name: 'Edit card' }).getByRole('button', { name: 'Unsuspend' }).click();
    // Unsuspended, it leaves the list of suspended cards.
    await expect(row).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.locator('tr[data-deck="kinds"]').getByRole('button', { name: 'Study' }).click();
    // Unsuspended, the card is new again in today's session.
    await expect(page.locator('.counts .new')).toHaveText('1');
  });
});

test.describe('optimiser', () => {
  test.use({
    seed: { async prepare(dir) {
      // 500 answers over 120 simulated days, through the real backend and its injected clock.
      const clock = { t: Date.UTC(2026, 0, 1, 12) };
      const api = createBackend(dir, { now: () => clock.t });
      const cards = Array.from({ length: 80 }, (_, i) => ({ id: `c${i}`, kind: 'qa' as const, prompt: `Q${i}?`, answer: `A${i}`, tags: [] }));
      await api.saveDeck({ deck: { format: 'factdeck/1', id: 'many', title: 'Many', source: null, generator: null, cards } });
      await api.setSettings({ settings: { newPerDay: 10, fuzz: false } });
      let n = 0;
      let seed = 7;
      for (let day = 0; day < 120 && n < 500; day++) {
        for (let next = await api.nextCard({ deckId: 'many' }); next.card && n < 500; next = await api.nextCard({ deckId: 'many' })) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          const grade = seed % 10 === 0 ? 1 : 3;
          await api.answer({ deckId: 'many', cardId: next.card.card.id, grade });
          clock.t += 60_000;
          n++;
        }
        clock.t = Date.UTC(2026, 0, 2 + day, 12);
      }
      api.close();
    } },
  });

  test('Settings shows the optimiser and its log loss before and after', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Optimizer')).toContainText('answers in your history');
    await page.getByRole('button', { name: 'Optimise now' }).click();
    // Done when the button is back and the last run is today's (the seed's own background run was not).
    await expect(page.getByRole('button', { name: 'Optimise now' })).toBeEnabled({ timeout: 30_000 });
    const today = await page.evaluate(() => new Date().toLocaleDateString());
    await expect(page.getByLabel('Optimizer')).toContainText(`${today}`);
    const before = Number(await page.locator('.loss-before').textContent());
    const after = Number(await page.locator('.loss-after').textContent());
    expect(after).toBeLessThanOrEqual(before);
    // Log loss of a sane model on long-term reviews lies well under ln 2.
    expect(before).toBeGreaterThan(0.05);
    expect(before).toBeLessThan(0.7);
    await page.screenshot({ path: 'test-results/screens/settings.png', fullPage: true });
  });
});
