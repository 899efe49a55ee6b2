// The charts, once: where each mark of each chart goes, as plain numbers. The HTML report writes them as SVG
// text (svg.ts); the app's Stats screen draws the same layouts with Svelte (src/ui/components/charts). Pure and
// light (types only from elsewhere): the one module of core the renderer takes values from.
import type { DayStat, DeckStat, StateCounts, WeekStat } from './model.js';

const r1 = (x: number) => Math.round(x * 10) / 10;
export const pct = (x: number | null) => (x === null ? '–' : `${r1(x * 100)}%`);

export function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export interface Box {
  width: number;
  height: number;
  label: string;
}
export interface Text {
  x: number;
  y: number;
  text: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day of week, Monday = 0, of a YYYY-MM-DD date. */
function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export interface Heatmap extends Box {
  cell: number;
  rows: Text[];
  months: Text[];
  days: (DayStat & { x: number; y: number; level: 0 | 1 | 2 | 3 | 4; title: string })[];
}

/** Reviews per day as a calendar: one column per week, Monday at the top, darker = more answers. */
export function heatmap(days: readonly DayStat[]): Heatmap {
  const [cell, pitch, left, top] = [11, 13, 26, 16];
  const first = days[0] ? weekday(days[0].date) : 0;
  const cols = Math.ceil((days.length + first) / 7);
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const months: Text[] = [];
  let lastMonth = '';
  const placed = days.map((d, i) => {
    const col = Math.floor((i + first) / 7);
    const row = (i + first) % 7;
    const month = d.date.slice(0, 7);
    if (row === 0 && month !== lastMonth) {
      lastMonth = month;
      if (col < cols - 1)
        months.push({ x: left + col * pitch, y: 10, text: MONTHS[Number(d.date.slice(5, 7)) - 1] ?? '' });
    }
    const level = (d.reviews === 0 ? 0 : Math.min(4, Math.ceil((d.reviews / max) * 4))) as 0 | 1 | 2 | 3 | 4;
    const title = `${d.date}: ${d.reviews} review${d.reviews === 1 ? '' : 's'}`;
    return { ...d, x: left + col * pitch, y: top + row * pitch, level, title };
  });
  return {
    width: left + cols * pitch,
    height: top + 7 * pitch + 4,
    label: 'Reviews per day, last 365 days',
    cell,
    rows: ['Mon', 'Wed', 'Fri'].map((text, i) => ({ x: 0, y: top + i * 2 * pitch + 9, text })),
    months,
    days: placed,
  };
}

export interface BarItem {
  /** what the bar stands for (a date): its data attribute, and a key for lists */
  key: string;
  label: string;
  value: number;
  /** text shown above the bar and in its tooltip */
  text: string;
}

export interface Bars extends Box {
  base: number;
  barWidth: number;
  bars: (BarItem & { x: number; y: number; h: number; mid: number; axis: (Text & { start: boolean }) | null })[];
}

/** Vertical bars with their value above each and a label every `every` bars (due forecast, time studied). */
export function bars(items: readonly BarItem[], label: string, every = 5): Bars {
  const [pitch, barWidth, left, top, ch] = [22, 16, 6, 20, 120];
  const max = Math.max(1, ...items.map((b) => b.value));
  return {
    width: left + items.length * pitch,
    height: top + ch + 22,
    label,
    base: top + ch,
    barWidth,
    bars: items.map((b, i) => {
      const h = b.value > 0 ? Math.max(1, (b.value / max) * ch) : 0;
      const x = left + i * pitch;
      const mid = x + barWidth / 2;
      // the first label starts at its bar, so that it is not cut at the chart's left edge
      const axis = i % every === 0 ? { x: i === 0 ? x : mid, y: top + ch + 18, text: b.label, start: i === 0 } : null;
      return { ...b, x, y: r1(top + ch - h), h: r1(h), mid, axis };
    }),
  };
}

export interface RetentionLine extends Box {
  left: number;
  right: number;
  grid: Text[];
  points: (WeekStat & { x: number; y: number; title: string })[];
  /** the polyline's points attribute */
  trend: string;
  axis: Text[];
}

/** Retention per week as a line, with a point per week. */
export function retentionLine(weeks: readonly WeekStat[]): RetentionLine {
  const [w, left, right, top, ch] = [720, 40, 10, 10, 130];
  const lo = Math.min(0.7, Math.floor(Math.min(1, ...weeks.map((x) => x.retention)) * 10) / 10);
  const y = (r: number) => r1(top + ch - ((r - lo) / (1 - lo)) * ch);
  const step = weeks.length > 1 ? (w - left - right) / (weeks.length - 1) : 0;
  const x = (i: number) => r1(weeks.length > 1 ? left + i * step : left + (w - left - right) / 2);
  const every = Math.max(1, Math.ceil(weeks.length / 8));
  const points = weeks.map((p, i) => ({
    ...p,
    x: x(i),
    y: y(p.retention),
    title: `week of ${p.week}: ${pct(p.retention)} of ${p.answers}`,
  }));
  return {
    width: w,
    height: top + ch + 24,
    label: 'Retention per week',
    left,
    right: w - right,
    grid: Array.from({ length: Math.round((1 - lo) * 10) + 1 }, (_, i) => lo + i / 10).map((g) => ({
      x: left - 4,
      y: y(g),
      text: `${Math.round(g * 100)}%`,
    })),
    points,
    trend: points.map((p) => `${p.x},${p.y}`).join(' '),
    axis: points.filter((_, i) => i % every === 0).map((p) => ({ x: p.x, y: top + ch + 18, text: p.week.slice(5) })),
  };
}

export const STATE_KEYS = [
  'new',
  'learning',
  'review',
  'relearning',
  'suspended',
] as const satisfies readonly (keyof StateCounts)[];
export type StateKey = (typeof STATE_KEYS)[number];

export interface Mastery extends Box {
  rows: {
    deck: DeckStat;
    y: number;
    title: string;
    segments: { state: StateKey; x: number; width: number; count: number }[];
  }[];
  barHeight: number;
}

/** Cards by state per deck: one horizontal stacked bar per deck, as shares of its cards. */
export function mastery(decks: readonly DeckStat[]): Mastery {
  const [w, rowH, barHeight] = [720, 34, 14];
  return {
    width: w,
    height: Math.max(10, decks.length * rowH + 4),
    label: 'Cards by state per deck',
    barHeight,
    rows: decks.map((d, i) => {
      let x = 0;
      const segments = STATE_KEYS.map((state) => {
        const width = r1(d.cards > 0 ? (d[state] / d.cards) * w : 0);
        const seg = { state, x: r1(x), width, count: d[state] };
        x += width;
        return seg;
      });
      return { deck: d, y: i * rowH, title: clip(d.title, 110), segments };
    }),
  };
}
