// Statistics and progress reports in Chromium: the Stats screen after studying, the HTML report exported
// from it, and a CLI-written report for a known history (with hostile card text) opened from file://.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

function cli(args: string[], input = ''): string {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/factdeck.js'), ...args], { input, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`factdeck ${args.join(' ')}: ${r.status} ${r.stderr}`);
  return r.stdout;
}

test('the Stats screen shows what was just studied, and exports an HTML report with the same numbers', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Study' }).click();
  for (let i = 0; i < 4; i++) {
    await expect(page.locator('.prompt')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('.grades')).toBeVisible();
    await page.keyboard.press(i === 0 ? '1' : '3');
    await expect(page.locator('progress.session')).toHaveAttribute('value', String(i + 1));
  }
  // One answer taken back: the report must not count it.
  await page.keyboard.press('Control+z');
  await expect(page.locator('progress.session')).toHaveAttribute('value', '3');

  await page.getByRole('button', { name: 'Statistics' }).click();
  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats.locator('[data-total="reviews"] b')).toHaveText('3');
  const today = stats.locator('svg.heatmap rect.day').last();
  await expect(today).toHaveAttribute('data-count', '3');
  const date = (await today.getAttribute('data-day'))!;
  await expect(stats.locator('svg.heatmap rect.day')).toHaveCount(365);
  // Answered Again once and Good twice: three cards in learning, due today.
  await expect(stats.locator('svg.bars rect.bar').first()).toHaveAttribute('data-count', '3');
  await expect(stats.locator('.legend [data-state="learning"]')).toHaveText('learning 3');
  await expect(stats.locator('ol.hardest li')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/stats.png', fullPage: true });

  // Per deck through the selector: the same numbers for the only deck.
  const select = stats.getByRole('combobox', { name: 'Deck' });
  await select.selectOption({ index: 1 });
  await expect(stats.locator('[data-total="reviews"] b')).toHaveText('3');
  await expect(stats.locator('svg.mastery g[data-deck]')).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent('download'), stats.getByRole('button', { name: 'HTML' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^factdeck-report-\d{4}-\d{2}-\d{2}-.+\.html$/);
  const html = fs.readFileSync((await download.path())!, 'utf8');
  await page.setContent(html);
  await expect(page.locator(`svg.heatmap rect[data-day="${date}"]`)).toHaveAttribute('data-count', '3');
  await expect(page.locator('[data-total="reviews"] b')).toHaveText('3');
  await page.screenshot({ path: 'test-results/screens/report-from-app.png', fullPage: true });

  // The library's per-deck Stats link opens the screen on that deck.
  await page.goto(app.url);
  await page.locator('tr[data-deck]').getByRole('button', { name: /^Stats for / }).click();
  await expect(page.getByRole('combobox', { name: 'Deck' })).not.toHaveValue('');
  await expect(page.locator('[data-total="reviews"] b')).toHaveText('3');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  const rows = fs.readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
  expect(rows).toHaveLength(4);
});

test('a CLI report of a known history renders its charts in Chromium, hostile text as text', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-e2e-report-'));
  try {
    const data = path.join(dir, 'lib');
    const deckFile = path.join(dir, 'hostile.json');
    fs.writeFileSync(deckFile, JSON.stringify({
      format: 'factdeck/1', id: 'hostile', title: `Deck ${HOSTILE}`,
      cards: [1, 2, 3].map((i) => ({
        id: `h${i}`, kind: 'qa', prompt: `Question ${i} ${HOSTILE}`, answer: `Answer ${i}`, tags: [],
        evidence: { sentence: `Sentence ${i} </blockquote><script>window.__pwned=1</script>`, start: 0, end: 5 },
      })),
    }));
    cli(['--data-dir', data, 'import', deckFile]);
    const studied = cli(['--data-dir', data, 'study', 'hostile'], 'again\ngood\neasy\n').trim().split('\n');
    expect(studied).toHaveLength(3);
    const model = JSON.parse(cli(['--data-dir', data, 'report', '--format', 'json', '--deck', 'hostile'])) as {
      today: string; forecast: { due: number }[];
    };
    const out = path.join(dir, 'report.html');
    cli(['--data-dir', data, 'report', '--deck', 'hostile', '-o', out]);

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(out).href);
    await expect(page.locator('h1')).toHaveText('Factdeck progress report');
    const todayCell = page.locator(`svg.heatmap rect[data-day="${model.today}"]`);
    await expect(todayCell).toHaveAttribute('data-count', '3');
    await expect(todayCell).toHaveClass(/l4/);
    expect((await todayCell.boundingBox())!.width).toBeGreaterThan(5);
    const forecastToday = page.locator('svg.forecast rect.bar').first();
    await expect(forecastToday).toHaveAttribute('data-count', String(model.forecast[0]!.due));
    expect((await forecastToday.boundingBox())!.height).toBeGreaterThan(20);
    await expect(page.locator('svg.mastery rect[data-state="new"]')).toHaveAttribute('data-count', '0');
    await expect(page.locator('tr.hard')).toHaveCount(1);
    await expect(page.locator('tr.hard .prompt')).toContainText(HOSTILE);
    await expect(page.locator('tr.hard .sentence')).toContainText('<script>');
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('script')).toHaveCount(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/report.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.pdf({ format: 'Letter', path: 'test-results/screens/report-letter.pdf' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
