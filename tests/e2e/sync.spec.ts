// Settings › Sync, as a person uses it: the address, user and password typed in, "Sync now", and what came in
// and went out shown with the time; a second machine's answers arrive on the next sync; a server out of reach
// is one line and the library stays as it was. Against a real pouchdb-server on loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../src/backend/backend.js';
import { freePort, startCouch, type Couch } from '../helpers/couch.js';
import { test, expect } from './fixtures.js';

const CSV = Buffer.from(
  ['Front,Back', ...Array.from({ length: 8 }, (_, i) => `Capital question ${i + 1}?,Answer ${i + 1}`)].join('\n') +
    '\n',
);
const HOUR = 3_600_000;

let couch: Couch;
test.beforeAll(async () => {
  couch = await startCouch();
});
test.afterAll(async () => {
  await couch.stop();
});

test.describe('Settings › Sync', () => {
  test.use({
    seed: {
      async prepare(dir) {
        // This machine studied 5 answers earlier today (a deck of 8 cards, besides the built-in deck).
        const lib = createBackend(dir, { now: () => Date.now() - 2 * HOUR });
        const { id } = await lib.importFile({ name: 'capitals.csv', data: CSV });
        const deck = await lib.getDeck({ id });
        for (const c of deck.cards.slice(0, 5)) await lib.answer({ deckId: id, cardId: c.id, grade: 3 });
        lib.close();
      },
    },
  });

  test("sync now sends this machine's answers and brings another machine's", async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const sync = page.getByLabel('Sync', { exact: true });
    await expect(sync.getByRole('button', { name: 'Sync now' })).toBeDisabled();
    await sync.locator('input[name="sync-url"]').fill(couch.db('learner'));
    await sync.locator('input[name="sync-user"]').fill(couch.admin.user);
    await sync.locator('input[name="sync-password"]').fill(couch.admin.password);
    await sync.getByRole('button', { name: 'Save' }).click();
    await expect(sync.getByRole('status')).toHaveText('Saved.');
    await expect(sync.locator('input[name="sync-password"]')).toHaveValue('');
    await expect(sync.locator('input[name="sync-password"]')).toHaveAttribute(
      'placeholder',
      'kept (type to replace it)',
    );
    await expect(sync.locator('.password-kept')).toContainText(path.join(app.dataDir, 'sync', 'password.json'));

    await sync.getByRole('button', { name: 'Sync now' }).click();
    const last = page.getByLabel('Last sync');
    await expect(last.locator('p').first()).toContainText(
      /synced: received 0 answers; sent 5 answers, 2 decks, \d+ cards/,
    );
    await expect(last.locator('tr[data-way="out"] td').first()).toHaveText('5');
    await expect(last.locator('tr[data-way="in"] td').first()).toHaveText('0');

    // Another machine syncs with the same database, answers three cards, and syncs again.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-other-'));
    try {
      const lib = createBackend(other, { now: () => Date.now() - HOUR });
      await lib.setSync({ url: couch.db('learner'), user: couch.admin.user, password: couch.admin.password });
      expect((await lib.syncNow({})).received.answers).toBe(5);
      const deck = (await lib.listDecks({})).find((d) => d.title.startsWith('capitals'))!;
      const cards = (await lib.getDeck({ id: deck.id })).cards;
      for (const c of cards.slice(4, 7)) await lib.answer({ deckId: deck.id, cardId: c.id, grade: 4 });
      expect((await lib.syncNow({})).sent.answers).toBe(3);
      lib.close();
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }

    // With the mouse, as a person would.
    const button = sync.getByRole('button', { name: 'Sync now' });
    const box = (await button.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(last.locator('tr[data-way="in"] td').first()).toHaveText('3');
    await expect(last.locator('p').first()).toContainText('synced: received 3 answers; sent 0 answers');
    await expect(last.locator('p').first()).toContainText(new Date().getFullYear().toString());
    expect(await page.content()).not.toContain(couch.admin.password);
    await sync.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/settings-sync.png', fullPage: true });

    // The answers are this library's now: its statistics count all eight.
    await page.getByRole('button', { name: 'Statistics' }).click();
    await expect(page.locator('[data-total="reviews"] b')).toHaveText('8');
  });

  test('a server out of reach is one line, and nothing here changes', async ({ page, app }) => {
    const log = () => fs.readFileSync(path.join(app.dataDir, 'reviews.log'), 'utf8');
    const before = log();
    const port = await freePort();
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const sync = page.getByLabel('Sync', { exact: true });
    await sync.locator('input[name="sync-url"]').fill(`http://127.0.0.1:${port}/nobody`);
    await sync.getByRole('button', { name: 'Save' }).click();
    await expect(sync.getByRole('status')).toHaveText('Saved.');
    await sync.getByRole('button', { name: 'Sync now' }).click();
    const line = page.getByLabel('Last sync').locator('p.error');
    await expect(line).toContainText(`sync failed: cannot reach 127.0.0.1:${port}`);
    await expect(line).toContainText('nothing here changed');
    expect((await line.textContent())!.split('\n')).toHaveLength(1);
    expect(log()).toBe(before);
    await page.screenshot({ path: 'test-results/screens/settings-sync-offline.png' });
  });
});

test.describe('Settings › Sync: a card edited on two machines', () => {
  let other = '';
  test.use({
    seed: {
      async prepare(dir) {
        // This machine and another share a deck; each then edits its first card, the other one later, with
        // markup in its text (as a hostile server or person could send): it must be shown as text.
        const here = createBackend(dir, { now: () => Date.now() - 3 * HOUR });
        await here.setSync({ url: couch.db('conflict'), user: couch.admin.user, password: couch.admin.password });
        const { id } = await here.importFile({ name: 'capitals.csv', data: CSV });
        expect((await here.syncNow({})).ok).toBe(true);
        here.close();
        other = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-other-'));
        const there = createBackend(other, { now: () => Date.now() - 2 * HOUR });
        await there.setSync({ url: couch.db('conflict'), user: couch.admin.user, password: couch.admin.password });
        expect((await there.syncNow({})).ok).toBe(true);
        const card = (await there.getDeck({ id })).cards[0]!;
        await there.editCard({
          deckId: id,
          card: { ...card, answer: '<img src=x onerror="window.__pwned=1">Edited there' },
        });
        expect((await there.syncNow({})).sent.cards).toBe(1);
        there.close();
        const again = createBackend(dir, { now: () => Date.now() - 2.5 * HOUR });
        await again.editCard({ deckId: id, card: { ...card, answer: 'Edited here' } });
        again.close();
      },
    },
  });
  test.afterEach(() => {
    fs.rmSync(other, { recursive: true, force: true });
  });

  test('the later edit is kept, the other listed as text, and Use the other puts it back', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    // Opening the app synced by itself (its result may come before or after this click's).
    await page.getByLabel('Sync', { exact: true }).getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByLabel('Last sync').locator('p').first()).toContainText(/synced: received 0 answers/);
    const rows = page.getByLabel('Edited on two devices').locator('tr[data-conflict]');
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('td').nth(1)).toContainText('<img src=x onerror="window.__pwned=1">Edited there');
    await expect(rows.locator('td').nth(2)).toContainText('Edited here');
    await expect(page.locator('.sync img')).toHaveCount(0);
    await rows.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/settings-sync-conflict.png' });

    await rows.getByRole('button', { name: 'Use the other' }).click();
    await expect(rows).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The library holds the chosen edit (read beside the running app).
    const lib = createBackend(app.dataDir, { readOnly: true });
    const deck = (await lib.listDecks({})).find((d) => d.title.startsWith('capitals'))!;
    expect((await lib.getDeck({ id: deck.id })).cards[0]!.answer).toBe('Edited here');
    lib.close();
  });
});

test.describe('Settings › Sync: sharing', () => {
  test('a student subscribes to a published deck; a teacher exports a class report', async ({ page, app }) => {
    // A teacher (elsewhere) publishes a deck.
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-teacher-'));
    const teacher = createBackend(elsewhere);
    const deckId = (await teacher.importFile({ name: 'capitals.csv', data: CSV })).id;
    await teacher.setSync({ user: couch.admin.user, password: couch.admin.password });
    expect((await teacher.publishDeck({ deckId, url: couch.db('class-capitals') })).cards).toBe(8);
    teacher.close();
    fs.rmSync(elsewhere, { recursive: true, force: true });

    await page.goto(app.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const sync = page.getByLabel('Sync', { exact: true });
    // The student's own database and credentials first (they are used for the shared one too).
    await sync.locator('input[name="sync-url"]').fill(couch.db('student-e2e'));
    await sync.locator('input[name="sync-user"]').fill(couch.admin.user);
    await sync.locator('input[name="sync-password"]').fill(couch.admin.password);
    await sync.getByRole('button', { name: 'Save' }).click();
    const sharing = page.getByLabel('Sharing decks');
    await sharing.locator('input[name="subscribe-url"]').fill(couch.db('class-capitals'));
    await sharing.getByRole('button', { name: 'Subscribe' }).click();
    await expect(sharing.getByRole('status')).toHaveText(
      'Subscribed: capitals added. Each sync brings its new cards and edits.',
    );
    await expect(sharing.locator('.shared-list')).toContainText(`Subscribed: capitals ← ${couch.db('class-capitals')}`);

    // Once the student has synced, a class report over the student's database names the student and the cards.
    await page.getByRole('button', { name: 'Factdeck' }).click();
    await expect(page.locator(`tr[data-deck="${deckId}"]`)).toHaveCount(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Sync', { exact: true }).getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByLabel('Last sync').locator('p').first()).toContainText('synced:');
    await sharing.locator('select[name="report-deck"]').selectOption(deckId);
    await sharing.locator('textarea[name="report-sources"]').fill(couch.db('student-e2e'));
    await sharing.locator('select[name="report-format"]').selectOption('csv');
    const download = page.waitForEvent('download');
    await sharing.getByRole('button', { name: 'Export class report' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^factdeck-class-${deckId}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = fs.readFileSync((await file.path())!, 'utf8');
    expect(text).toContain('student-e2e');
    expect(text).toContain('Capital question 1?');
    await expect(sharing.getByRole('status')).toHaveText(`Saved ${file.suggestedFilename()} (1 student).`);
    await sharing.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/settings-sync-sharing.png' });
  });
});
