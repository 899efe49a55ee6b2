// Screenshots of every card kind, question and answer side, at 1280x800 and 800x600, light and dark, for a
// person to look at (test-results/screens/kinds/). Each shot also checks the screen needs no sideways
// scrolling and that the answer controls are on screen.
import type { Page } from '@playwright/test';
import { createBackend } from '../../src/backend/backend.js';
import type { Card } from '../../src/core/deck.js';
import { mediaApkg } from '../helpers/media-apkg.js';
import { sql } from '../unit/formats/helpers.js';
import { test, expect } from './fixtures.js';

const ORDER = ['Russia invades Ukraine', 'Kishida visits Kyiv', 'Zelenskyy attends the G7 summit in Hiroshima', 'The G7 pledges more support for Ukraine', 'Hayashi visits Kyiv'];
const PAIRS: [string, string][] = [['Yoshimasa Hayashi', 'Foreign Minister of Japan'], ['Fumio Kishida', 'Prime Minister'], ['Volodymyr Zelenskyy', 'President'], ['Dmytro Kuleba', 'Foreign Minister of Ukraine'], ['Hiroshi Mikitani', 'Rakuten chief']];
const evidence = (sentence: string) => ({ sentence, start: 0, end: sentence.length });
const cards: Card[] = [
  { id: 'k-qa', kind: 'qa', prompt: 'Who is Japan’s foreign minister?', answer: 'Yoshimasa Hayashi', tags: [], evidence: evidence('Japanese Foreign Minister Yoshimasa Hayashi made an unannounced visit to Ukraine on Saturday.') },
  { id: 'k-cloze', kind: 'cloze', prompt: 'Japan has pledged more than _____ in aid to Ukraine.', answer: '$7 billion', tags: [], evidence: evidence('Japan has pledged more than $7 billion in aid to Ukraine since the invasion.') },
  { id: 'k-choice', kind: 'choice', prompt: 'Which city hosted the G7 summit in May?', answer: 'Hiroshima', choices: ['Tokyo', 'Hiroshima', 'Osaka', 'Kyoto'], tags: [], evidence: evidence('Zelenskyy attended the Group of Seven summit in Hiroshima in May.') },
  { id: 'k-tf', kind: 'truefalse', prompt: 'True or false: Kishida visited Kyiv in March 2023.', answer: 'True', tags: [], evidence: evidence('Prime Minister Fumio Kishida visited Kyiv in March.') },
  { id: 'k-order', kind: 'order', prompt: 'Put these events in the order they happened.', answer: ORDER.join(' → '), items: ORDER, tags: [] },
  { id: 'k-match', kind: 'match', prompt: 'Match each person with their role.', answer: PAIRS.map((p) => p.join(' — ')).join('; '), pairs: PAIRS, tags: [] },
];

const SIZES = [{ width: 1280, height: 800 }, { width: 800, height: 600 }];
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/screens/kinds/${name}-${size.width}x${size.height}-${scheme}.png` });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `${name} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize(SIZES[0]!);
}

test.use({
  seed: {
    async prepare(dir) {
      const api = createBackend(dir);
      await api.saveDeck({ deck: { format: 'factdeck/1', id: 'kinds', title: 'All kinds', source: null, generator: null, cards } });
      await api.importFile({ name: 'flags.apkg', data: mediaApkg(await sql()) });
      api.close();
    },
  },
});

test('each kind, question and answer, in both sizes and both colour schemes', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await page.locator('tr[data-deck="kinds"]').getByRole('button', { name: 'Study' }).click();
  for (const card of cards) {
    await expect(page.locator('.prompt')).toHaveText(card.prompt);
    await shoot(page, `${card.kind}-front`);
    if (card.kind === 'choice') await page.locator('.choice').nth(0).click();
    else if (card.kind === 'truefalse') await page.getByRole('button', { name: /True/ }).click();
    else if (card.kind === 'match') {
      const rightCol = (await page.locator('.match-col[aria-label="Right"] .text').allInnerTexts()).map((t) => t.trim());
      // three pairs right, one swapped, one left open: the back shows each verdict
      for (const [i, role] of [[0, PAIRS[0]![1]], [1, PAIRS[1]![1]], [2, PAIRS[3]![1]], [3, PAIRS[2]![1]]] as const) {
        await page.keyboard.press(String(i + 1));
        await page.keyboard.press(String(rightCol.indexOf(role) + 1));
      }
      await shoot(page, 'match-paired');
      await page.keyboard.press('Space');
    } else await page.keyboard.press('Space');
    await expect(page.locator('.grades')).toBeVisible();
    await shoot(page, `${card.kind}-back`);
    await page.keyboard.press('3');
  }
  await page.keyboard.press('Escape');
  await page.locator('tr[data-deck]', { hasText: 'Flags of Asia' }).getByRole('button', { name: 'Study' }).click();
  await expect(page.locator('.card-media img')).toBeVisible();
  await shoot(page, 'media-front');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play sound/ })).toBeVisible();
  await shoot(page, 'media-back');
});
