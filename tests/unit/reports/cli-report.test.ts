// `factdeck report` on a real temp library after a scripted study session (run `npm run build:node` first).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdeck } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

function studied(): { data: string; deck: string } {
  const data = path.join(tempDir(), 'lib');
  const list = factdeck(['--data-dir', data, 'decks', '--json']);
  expect(list.code, list.stderr).toBe(0);
  const deck = (JSON.parse(list.stdout) as { id: string }[])[0]!.id;
  const s = factdeck(['--data-dir', data, 'study', deck], { input: 'again\ngood\neasy\n' });
  expect(s.code, s.stderr).toBe(0);
  expect(s.stdout.trim().split('\n')).toHaveLength(3);
  return { data, deck };
}

describe('factdeck report', () => {
  it('reports json, csv and html with the answers just made', () => {
    const { data, deck } = studied();
    const j = factdeck(['--data-dir', data, 'report', '--format', 'json']);
    expect(j.code, j.stderr).toBe(0);
    const model = JSON.parse(j.stdout) as {
      totals: { reviews: number; cards: number; decks: number; retention: number | null; studyMinutes: number };
      decks: { id: string; new: number; learning: number; review: number; reviews: number }[];
      today: string; days: { date: string; reviews: number }[];
    };
    expect(model.totals).toMatchObject({ reviews: 3, decks: 1, retention: null });
    expect(model.totals.cards).toBeGreaterThan(10);
    expect(model.decks[0]).toMatchObject({ id: deck, reviews: 3 });
    expect(model.decks[0]!.new).toBe(model.totals.cards - 3);
    expect(model.days.at(-1)).toMatchObject({ date: model.today, reviews: 3 });

    const c = factdeck(['--data-dir', data, 'report', '--format', 'csv']);
    expect(c.code, c.stderr).toBe(0);
    const lines = c.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('date,deck,card,prompt,grade,interval_days,seconds');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => /,(again|hard|good|easy),/.exec(l)?.[1])).toEqual([undefined, 'again', 'good', 'easy']);

    const out = path.join(path.dirname(data), 'report.html');
    const h = factdeck(['--data-dir', data, 'report', '-o', out]);
    expect(h.code, h.stderr).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`data-day="${model.today}" data-count="3"`);
    expect(html).toContain(`data-deck="${deck}"`);
  });

  it('one deck, and since: answers before that day are left out', () => {
    const { data, deck } = studied();
    const j = JSON.parse(factdeck(['--data-dir', data, 'report', '--format', 'json', '--deck', deck, '--since', '2999-01-01']).stdout) as {
      totals: { reviews: number; decks: number }; since: string;
    };
    expect(j.totals).toMatchObject({ reviews: 0, decks: 1 });
    expect(j.since).toBe('2999-01-01');
    const old = JSON.parse(factdeck(['--data-dir', data, 'report', '--format', 'json', '--since', '2000-01-01']).stdout) as {
      totals: { reviews: number };
    };
    expect(old.totals.reviews).toBe(3);
  });

  it('bad --since and --format are usage errors (2); an unknown deck is bad data (65)', () => {
    const data = path.join(tempDir(), 'lib');
    for (const args of [['--since', '2024-02-30'], ['--since', 'yesterday'], ['--format', 'pdf'], ['extra']]) {
      const r = factdeck(['--data-dir', data, 'report', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^factdeck: /);
    }
    const r = factdeck(['--data-dir', data, 'report', '--deck', 'no-such-deck']);
    expect(r.code).toBe(65);
    expect(r.stderr.trim()).toBe('factdeck: no deck with id no-such-deck');
  });
});
