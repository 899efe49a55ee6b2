import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../src/core/reports/model.js';
import { reportHtml } from '../../../src/core/reports/html.js';
import { dayOf, dayStartMs, decks, entries, HOSTILE, now, states } from './history.js';

const model = buildProgress({ decks, states, now, dayOf, dayStartMs, entries });
const html = reportHtml(model, { generator: 'Factdeck test' });

describe('reportHtml', () => {
  it('escapes hostile deck and card text: it shows as text, never as markup', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror=alert(1)>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(HOSTILE).toContain('<img');
  });

  it('is self-contained: no scripts, no network, a CSP that forbids them', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).toContain(`default-src 'none'`);
    expect(html.match(/https?:\/\/[^"\s]*/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('puts the numbers on the chart elements', () => {
    expect(html).toContain('data-day="2026-03-10" data-count="3"');
    expect(html).toContain('data-day="2026-03-09" data-count="1"');
    expect(html.match(/<rect class="day /g)).toHaveLength(365);
    expect(html).toMatch(/<rect class="bar"[^>]*data-day="2026-03-10" data-count="5"/);
    expect(html).toMatch(/<rect class="bar"[^>]*data-day="2026-03-10" data-seconds="16"/);
    expect(html).toContain('data-week="2026-03-09" data-answers="2" data-passed="1" data-retention="0.5"');
    expect(html).toContain('data-state="suspended" data-count="1"');
    expect(html).toContain('<div class="total" data-total="retention"><b>50%</b>');
  });

  it('lists the hardest cards with their source sentences', () => {
    expect(html).toMatch(/<tr class="hard" data-card="b1" data-again="1" data-lapses="2">/);
    expect(html).toContain('<blockquote class="sentence">Sentence for b1.</blockquote>');
  });

  it('prints on A4 and Letter alike', () => {
    expect(html).toContain('@page { size: auto;');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('@media print');
  });
});
