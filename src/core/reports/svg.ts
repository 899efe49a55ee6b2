// The charts of charts.ts written as inline SVG text for the HTML report. Every text that reaches markup goes
// through esc().
import {
  bars as barsLayout,
  heatmap as heatmapLayout,
  mastery as masteryLayout,
  retentionLine as retentionLayout,
} from './charts.js';
import type { BarItem, Box, Text } from './charts.js';
import type { DayStat, DeckStat, WeekStat } from './model.js';

export { clip, pct, STATE_KEYS } from './charts.js';

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
}

function svgOpen(box: Box, cls: string): string {
  return `<svg class="chart ${cls}" viewBox="0 0 ${box.width} ${box.height}" role="img" aria-label="${esc(box.label)}" xmlns="http://www.w3.org/2000/svg">`;
}

const text = (t: Text, cls: string) => `<text class="${cls}" x="${t.x}" y="${t.y}">${esc(t.text)}</text>`;

/** Reviews per day as a calendar. */
export function heatmap(days: readonly DayStat[]): string {
  const h = heatmapLayout(days);
  let out =
    svgOpen(h, 'heatmap') + h.rows.map((t) => text(t, 'axis')).join('') + h.months.map((t) => text(t, 'axis')).join('');
  for (const d of h.days) {
    const a = { x: d.x, y: d.y, width: h.cell, height: h.cell, rx: 2, 'data-day': d.date, 'data-count': d.reviews };
    out += `<rect class="day l${d.level}"${attrs(a)}><title>${esc(d.title)}</title></rect>`;
  }
  return out + '</svg>';
}

/** Vertical bars; `attr` names the data attribute that carries each bar's value. */
export function bars(
  items: readonly BarItem[],
  opts: { cls: string; label: string; attr: 'count' | 'seconds' },
): string {
  const b = barsLayout(items, opts.label);
  let out =
    svgOpen(b, `bars ${opts.cls}`) + `<line class="base" x1="0" x2="${b.width}" y1="${b.base}" y2="${b.base}"/>`;
  for (const bar of b.bars) {
    const a = {
      x: bar.x,
      y: bar.y,
      width: b.barWidth,
      height: bar.h,
      'data-day': bar.key,
      [`data-${opts.attr}`]: bar.value,
    };
    out += `<rect class="bar"${attrs(a)}><title>${esc(bar.label)}: ${esc(bar.text)}</title></rect>`;
    if (bar.value > 0) out += text({ x: bar.mid, y: Math.round((bar.y - 3) * 10) / 10, text: bar.text }, 'val');
    if (bar.axis) out += text(bar.axis, bar.axis.start ? 'axis' : 'axis mid');
  }
  return out + '</svg>';
}

/** Retention per week as a line, with a point per week. */
export function retentionLine(weeks: readonly WeekStat[]): string {
  const r = retentionLayout(weeks);
  let out = svgOpen(r, 'line');
  for (const g of r.grid)
    out += `<line class="grid" x1="${r.left}" x2="${r.right}" y1="${g.y}" y2="${g.y}"/>${text({ ...g, y: g.y + 4 }, 'axis end')}`;
  out += `<polyline class="trend" points="${r.trend}"/>`;
  for (const p of r.points) {
    const a = {
      cx: p.x,
      cy: p.y,
      r: 3,
      'data-week': p.week,
      'data-answers': p.answers,
      'data-passed': p.passed,
      'data-retention': Math.round(p.retention * 1000) / 1000,
    };
    out += `<circle class="pt"${attrs(a)}><title>${esc(p.title)}</title></circle>`;
  }
  return out + r.axis.map((t) => text(t, 'axis mid')).join('') + '</svg>';
}

/** Cards by state per deck. */
export function mastery(decks: readonly DeckStat[]): string {
  const m = masteryLayout(decks);
  let out = svgOpen(m, 'mastery');
  for (const row of m.rows) {
    out += `<g class="deck"${attrs({ 'data-deck': row.deck.id, 'data-cards': row.deck.cards })}>${text({ x: 0, y: row.y + 11, text: row.title }, 'deck-title')}`;
    for (const s of row.segments) {
      const a = {
        x: s.x,
        y: row.y + 16,
        width: s.width,
        height: m.barHeight,
        'data-state': s.state,
        'data-count': s.count,
      };
      out += `<rect class="st-${s.state}"${attrs(a)}><title>${s.state}: ${s.count}</title></rect>`;
    }
    out += '</g>';
  }
  return out + '</svg>';
}
