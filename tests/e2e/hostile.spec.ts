// Hostile input never executes: the usual XSS payloads as deck titles, card text, article text, CSV cells,
// factdeck JSON fields and file names, through generate, import and every screen (library, study,
// create/review, import preview). Each payload tries to set window.__pwned and/or open a dialog; the
// test listens for dialogs, checks __pwned stays undefined, that no element the payloads would create
// (img, svg, script, iframe, a[href^=javascript]) appears, and that the text is shown literally.
import type { Page } from '@playwright/test';
import { createBackend } from '../../src/backend/backend.js';
import type { Deck } from '../../src/core/deck.js';
import { test, expect } from './fixtures.js';

export const PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=2;alert(2)">',
  'javascript:window.__pwned=3;alert(3)',
  '"><svg onload="window.__pwned=4;alert(4)">',
  "{{constructor.constructor('window.__pwned=5;alert(5)')()}}",
  '<a href="javascript:window.__pwned=6">click me</a>',
  '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe>',
  '</textarea></title><script>window.__pwned=8</script>',
  "'-alert(9)-'",
  '${window.__pwned=10}',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=11">',
  '<details open ontoggle="window.__pwned=12">',
];
const INJECTED = 'main img, main svg, main script, main iframe, main details, main a[href^="javascript"], .modal img, .modal svg, .modal script, h1 img';

function watch(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

async function clean(page: Page, seen: { dialogs: string[] }, where: string): Promise<void> {
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned), `${where}: __pwned`).toBeUndefined();
  expect(seen.dialogs, `${where}: dialogs`).toEqual([]);
  expect(await page.locator(INJECTED).count(), `${where}: injected elements`).toBe(0);
}

const hostileDeck: Deck = {
  format: 'factdeck/1', id: 'hostile', title: `Deck ${PAYLOADS[1]} ${PAYLOADS[3]}`,
  source: { title: PAYLOADS[0]!, publisher: PAYLOADS[2]!, publishedOn: '2023-09-09', url: 'javascript:alert(1)', text: PAYLOADS.join(' ') },
  generator: null,
  cards: PAYLOADS.map((p, i) => ({
    id: `h${i}`, kind: 'qa' as const, prompt: `Q${i} ${p}`, answer: `A${i} ${p}`, tags: [],
    evidence: { sentence: p, start: 0, end: p.length },
  })),
};

test.describe('hostile decks on the library and study screens', () => {
  test.use({
    seed: {
      async prepare(dir) {
        const api = createBackend(dir);
        await api.saveDeck({ deck: hostileDeck });
        await api.setSettings({ settings: { buryNewSiblings: false } });
        api.close();
      },
    },
  });

  test('titles, prompts, answers and evidence are shown as text; nothing runs', async ({ page, app }) => {
    const seen = watch(page);
    await page.goto(app.url);
    const row = page.locator('tr[data-deck="hostile"]');
    await expect(row.locator('.title')).toHaveText(hostileDeck.title);
    await clean(page, seen, 'library');
    await row.getByRole('button', { name: 'Study' }).click();
    const prompt = page.locator('.prompt');
    const shown = new Set<string>();
    for (let i = 0; i < PAYLOADS.length; i++) {
      await expect(prompt).toBeVisible();
      const text = (await prompt.textContent())!.trim();
      const n = Number(/^Q(\d+) /.exec(text)?.[1]);
      expect(text).toBe(`Q${n} ${PAYLOADS[n]}`);
      shown.add(text);
      await page.keyboard.press('Space');
      await expect(page.locator('.grades')).toBeVisible();
      await expect(page.locator('p.answer')).toHaveText(`A${n} ${PAYLOADS[n]}`);
      await expect(page.locator('.evidence')).toHaveText(PAYLOADS[n]!);
      await clean(page, seen, `study card ${n}`);
      await page.keyboard.press('3');
      await expect(page.locator('progress.session')).toHaveAttribute('value', String(i + 1));
    }
    expect(shown.size).toBe(PAYLOADS.length);
    await clean(page, seen, 'study end');
  });

  test('the card browser, its editor, tags, the deck menu and renaming show them as text', async ({ page, app }) => {
    const seen = watch(page);
    await page.goto(app.url);
    const row = page.locator('tr[data-deck="hostile"]');
    await row.getByRole('button', { name: /^More for / }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await clean(page, seen, 'deck menu');
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    await expect(row.getByRole('textbox')).toHaveValue(hostileDeck.title);
    await page.keyboard.press('Escape');
    await row.getByRole('button', { name: /^Cards of / }).click();
    await expect(page.locator('.card-row .q')).toHaveCount(PAYLOADS.length);
    await expect(page.locator('.card-row .q').first()).toHaveText(`Q0 ${PAYLOADS[0]}`);
    await page.locator('.card-row').nth(1).click();
    const editor = page.getByRole('region', { name: 'Edit card' });
    await expect(editor.getByLabel('Question')).toHaveValue(`Q1 ${PAYLOADS[1]}`);
    await editor.getByLabel('Add a tag').fill(PAYLOADS[3]!);
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('status')).toHaveText('Tags saved.');
    await expect(page.locator('.card-row.selected .t')).toHaveText(PAYLOADS[3]!.replace(/\s+/g, '-'));
    await clean(page, seen, 'card browser');
  });
});

test('an article full of payloads becomes a deck whose review screen shows them literally', async ({ page, app }) => {
  const seen = watch(page);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New deck from article' }).click();
  const title = `Council ${PAYLOADS[0]} ${PAYLOADS[3]}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Published on').fill('2026-05-12');
  const article = [
    `The city council of Springfield approved a new $12 million budget for public libraries on Tuesday ${PAYLOADS[1]}.`,
    `Mayor Jane Porter ${PAYLOADS[3]} said the money would fund longer opening hours at all nine branches.`,
    `The council voted 7 to 2 in favour of the plan ${PAYLOADS[4]} after a three-hour debate.`,
    `Construction of a new central library ${PAYLOADS[0]} is expected to begin in March and finish in 2027.`,
    `Officials linked to ${PAYLOADS[2]} and ${PAYLOADS[5]} in a statement ${PAYLOADS[10]}.`,
  ].join('\n');
  await page.getByLabel('Article').fill(article);
  await page.getByRole('button', { name: 'Generate cards' }).click();
  await expect(page.locator('.card-list > li').first()).toBeVisible();
  // Text with tags is read as HTML (its markup dropped, as for a pasted web page); what is kept is text.
  await expect(page.locator('.article-pane')).toContainText('Mayor Jane Porter');
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await clean(page, seen, 'create/review');
  await page.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.locator('.prompt')).toBeVisible();
  await clean(page, seen, 'study of generated deck');
  await page.getByRole('button', { name: /Library/ }).click();
  await expect(page.locator('tr[data-deck] .title', { hasText: 'Council' })).toHaveText(title);
  await clean(page, seen, 'library after generate');
});

test('imports: CSV with HTML cells and factdeck JSON with hostile fields, under hostile file names', async ({ page, app }) => {
  const seen = watch(page);
  await page.goto(app.url);
  const csvName = `"><img src=x onerror="window.__pwned=20">.csv`;
  const csv = ['Front,Back', ...PAYLOADS.map((p, i) => `"Front ${i} ${p.replace(/"/g, '""')}","Back ${i} ${p.replace(/"/g, '""')}"`)].join('\n');
  await page.getByLabel('Import a deck file').setInputFiles({ name: csvName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const modal = page.locator('.modal');
  await expect(modal.locator('h2')).toHaveText(`Import ${csvName}`);
  await expect(modal.locator('table.preview tbody tr').first()).toBeVisible();
  // what the importer keeps of each cell is shown as text, never as markup
  const cells = await modal.locator('table.preview tbody td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.join('\n')).toContain('Front 0');
  await clean(page, seen, 'CSV preview');
  await modal.getByRole('button', { name: /^Import \d+ cards$/ }).click();
  await expect(modal.getByRole('status')).toContainText('Imported');
  await modal.getByRole('button', { name: 'Close' }).click();
  await clean(page, seen, 'library after CSV import');

  const json: Deck = { ...hostileDeck, id: 'hostile-json', title: `JSON ${PAYLOADS[5]} ${PAYLOADS[6]}` };
  const jsonName = `${PAYLOADS[3]}.json`;
  await page.getByLabel('Import a deck file').setInputFiles({ name: jsonName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await expect(modal.locator('h2')).toHaveText(`Import ${jsonName}`);
  await expect(modal.getByLabel('Title')).toHaveValue(json.title);
  const first = modal.locator('table.preview tbody tr').first().locator('td').first();
  await expect(first).toHaveText(`Q0 ${PAYLOADS[0]}`);
  await clean(page, seen, 'JSON preview');
  await modal.getByRole('button', { name: /^Import \d+ cards$/ }).click();
  await expect(modal.getByRole('status')).toContainText('Imported');
  await modal.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('tr[data-deck] .title', { hasText: 'JSON' })).toHaveText(json.title);
  await clean(page, seen, 'library after JSON import');

  // a file that is not a deck: the error names the file, as text
  const badName = `<img src=x onerror="window.__pwned=21">.json`;
  await page.getByLabel('Import a deck file').setInputFiles({ name: badName, mimeType: 'application/json', buffer: Buffer.from('{"format": "<script>alert(1)</script>"') });
  await expect(modal.getByRole('alert')).toContainText(badName);
  await clean(page, seen, 'import error');
});
