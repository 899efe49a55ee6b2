// Small inline-SVG chart builders for the HTML report. Every text that reaches markup goes through esc().
import type { DayStat, DeckStat, StateCounts, WeekStat } from './model.js';

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
export const pct = (x: number | null) => (x === null ? '–' : `${r1(x * 100)}%`);

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
}

function svgOpen(w: number, h: number, label: string, cls: string): string {
  return `<svg class="chart ${cls}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">`;
}

/** Day of week, Monday = 0, of a YYYY-MM-DD date. */
function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Reviews per day as a calendar: one column per week, Monday at the top. */
export function heatmap(days: readonly DayStat[]): string {
  const cell = 11;
  const pitch = 13;
  const left = 26;
  const top = 16;
  const first = days[0] ? weekday(days[0].date) : 0;
  const cols = Math.ceil((days.length + first) / 7);
  const w = left + cols * pitch;
  const h = top + 7 * pitch + 4;
  const max = Math.max(1, ...days.map((d) => d.reviews));
  let out = svgOpen(w, h, 'Reviews per day, last 365 days', 'heatmap');
  ['Mon', 'Wed', 'Fri'].forEach((l, i) => {
    out += `<text class="axis" x="0" y="${top + i * 2 * pitch + 9}">${l}</text>`;
  });
  let lastMonth = '';
  days.forEach((d, i) => {
    const col = Math.floor((i + first) / 7);
    const row = (i + first) % 7;
    const level = d.reviews === 0 ? 0 : Math.min(4, Math.ceil((d.reviews / max) * 4));
    const month = d.date.slice(0, 7);
    if (row === 0 && month !== lastMonth) {
      lastMonth = month;
      if (col < cols - 1) out += `<text class="axis" x="${left + col * pitch}" y="10">${esc(monthName(d.date))}</text>`;
    }
    out += `<rect class="day l${level}"${attrs({ x: left + col * pitch, y: top + row * pitch, width: cell, height: cell, rx: 2, 'data-day': d.date, 'data-count': d.reviews })}><title>${esc(d.date)}: ${d.reviews} review${d.reviews === 1 ? '' : 's'}</title></rect>`;
  });
  return out + '</svg>';
}

function monthName(date: string): string {
  return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(date.slice(5, 7)) - 1] ?? '';
}

export interface Bar {
  label: string;
  value: number;
  /** text shown above the bar and in its tooltip */
  text: string;
  data: Record<string, string | number>;
}

/** Vertical bars with a label every `every` bars. */
export function bars(items: readonly Bar[], opts: { cls: string; label: string; every: number }): string {
  const pitch = 22;
  const bw = 16;
  const left = 6;
  const top = 16;
  const ch = 120;
  const w = left + items.length * pitch;
  const h = top + ch + 18;
  const max = Math.max(1, ...items.map((b) => b.value));
  let out = svgOpen(w, h, opts.label, `bars ${opts.cls}`);
  out += `<line class="base" x1="0" x2="${w}" y1="${top + ch}" y2="${top + ch}"/>`;
  items.forEach((b, i) => {
    const bh = b.value > 0 ? Math.max(1, (b.value / max) * ch) : 0;
    const x = left + i * pitch;
    out += `<rect class="bar"${attrs({ x, y: r1(top + ch - bh), width: bw, height: r1(bh), ...b.data })}><title>${esc(b.label)}: ${esc(b.text)}</title></rect>`;
    if (b.value > 0) out += `<text class="val" x="${x + bw / 2}" y="${r1(top + ch - bh - 3)}">${esc(b.text)}</text>`;
    if (i % opts.every === 0) out += `<text class="axis mid" x="${x + bw / 2}" y="${top + ch + 13}">${esc(b.label)}</text>`;
  });
  return out + '</svg>';
}

/** Retention per week as a line, with a point per week. */
export function retentionLine(weeks: readonly WeekStat[]): string {
  const w = 720;
  const h = 170;
  const left = 40;
  const right = 10;
  const top = 10;
  const ch = 130;
  const lo = Math.min(0.7, Math.floor(Math.min(1, ...weeks.map((x) => x.retention)) * 10) / 10);
  const y = (r: number) => r1(top + ch - ((r - lo) / (1 - lo)) * ch);
  const step = weeks.length > 1 ? (w - left - right) / (weeks.length - 1) : 0;
  const x = (i: number) => r1(weeks.length > 1 ? left + i * step : left + (w - left - right) / 2);
  let out = svgOpen(w, h, 'Retention per week', 'line');
  for (let g = lo; g <= 1.0001; g += 0.1) {
    out += `<line class="grid" x1="${left}" x2="${w - right}" y1="${y(g)}" y2="${y(g)}"/><text class="axis end" x="${left - 4}" y="${y(g) + 4}">${Math.round(g * 100)}%</text>`;
  }
  out += `<polyline class="trend" points="${weeks.map((p, i) => `${x(i)},${y(p.retention)}`).join(' ')}"/>`;
  weeks.forEach((p, i) => {
    out += `<circle class="pt"${attrs({ cx: x(i), cy: y(p.retention), r: 3, 'data-week': p.week, 'data-answers': p.answers, 'data-passed': p.passed, 'data-retention': r1(p.retention * 1000) / 1000 })}><title>week of ${esc(p.week)}: ${pct(p.retention)} of ${p.answers}</title></circle>`;
  });
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 8));
  weeks.forEach((p, i) => {
    if (i % labelEvery === 0) out += `<text class="axis mid" x="${x(i)}" y="${top + ch + 18}">${esc(p.week.slice(5))}</text>`;
  });
  return out + '</svg>';
}

export const STATE_KEYS = ['new', 'learning', 'review', 'relearning', 'suspended'] as const satisfies readonly (keyof StateCounts)[];

/** Cards by state per deck: one horizontal stacked bar per deck, as shares of its cards. */
export function mastery(decks: readonly DeckStat[]): string {
  const w = 720;
  const left = 0;
  const rowH = 34;
  const barH = 14;
  const h = decks.length * rowH + 4;
  let out = svgOpen(w, Math.max(h, 10), 'Cards by state per deck', 'mastery');
  decks.forEach((d, i) => {
    const y = i * rowH;
    out += `<g class="deck"${attrs({ 'data-deck': d.id, 'data-cards': d.cards })}><text class="deck-title" x="${left}" y="${y + 11}">${esc(clip(d.title, 110))}</text>`;
    let x = left;
    for (const s of STATE_KEYS) {
      const share = d.cards > 0 ? d[s] / d.cards : 0;
      const bw = r1(share * (w - left));
      out += `<rect class="st-${s}"${attrs({ x: r1(x), y: y + 16, width: bw, height: barH, 'data-state': s, 'data-count': d[s] })}><title>${s}: ${d[s]}</title></rect>`;
      x += bw;
    }
    out += '</g>';
  });
  return out + '</svg>';
}

export function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
