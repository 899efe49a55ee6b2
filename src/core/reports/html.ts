// The progress report as ONE self-contained HTML file: no network, inline SVG charts, print CSS for A4 and
// Letter. Every piece of deck or card text is escaped; a CSP meta tag forbids scripts besides.
import type { ProgressModel } from './model.js';
import { bars, clip, esc, heatmap, mastery, pct, retentionLine, STATE_KEYS } from './svg.js';

export interface HtmlOptions {
  /** the report's heading */
  title?: string;
  /** e.g. "factdeck 0.3.0" */
  generator?: string;
}

const CSS = `
:root { --fg: #1d1d1f; --muted: #5f6368; --line: #d9d9d9; --accent: #2f6fdf; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--fg);
  background: #fff; margin: 0 auto; padding: 24px; max-width: 800px; font-size: 14px; line-height: 1.4; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 0 0 8px; }
.muted { color: var(--muted); }
section { margin: 20px 0; break-inside: avoid; page-break-inside: avoid; }
.totals { display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; margin: 16px 0; }
.total { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
.total b { display: block; font-size: 20px; font-variant-numeric: tabular-nums; }
.total span { color: var(--muted); font-size: 12px; }
svg.chart { width: 100%; height: auto; display: block; }
svg text { font-size: 9px; fill: var(--muted); font-family: inherit; }
svg text.mid, svg text.val { text-anchor: middle; } svg text.end { text-anchor: end; }
svg text.val { fill: var(--fg); font-size: 8px; }
svg text.deck-title { fill: var(--fg); font-size: 11px; }
.day.l0 { fill: #ebedf0; } .day.l1 { fill: #b7e1c0; } .day.l2 { fill: #74c487; } .day.l3 { fill: #3a9b55; } .day.l4 { fill: #1e6b34; }
.bar { fill: var(--accent); } .time .bar { fill: #b9770e; } line.base { stroke: var(--line); }
line.grid { stroke: #eee; } polyline.trend { fill: none; stroke: #1e8449; stroke-width: 2; } circle.pt { fill: #1e8449; }
.st-new { fill: #2f6fdf; } .st-learning { fill: #e67e22; } .st-review { fill: #1e8449; } .st-relearning { fill: #c0392b; } .st-suspended { fill: #b0b0b0; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin-top: 6px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.legend .st-new { background: #2f6fdf; } .legend .st-learning { background: #e67e22; } .legend .st-review { background: #1e8449; }
.legend .st-relearning { background: #c0392b; } .legend .st-suspended { background: #b0b0b0; }
table { width: 100%; border-collapse: collapse; font-size: 12px; }
th, td { text-align: left; vertical-align: top; padding: 6px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-size: 11px; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
blockquote { margin: 4px 0 0; padding-left: 8px; border-left: 3px solid #e8d36a; font-style: italic; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 24px; font-size: 11px; color: var(--muted); }
@page { size: auto; margin: 14mm 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  .totals { grid-template-columns: repeat(5, 1fr); }
  section.wide { break-before: auto; }
  h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export function reportHtml(model: ProgressModel, opts: HtmlOptions = {}): string {
  const { totals } = model;
  const title = opts.title ?? 'Factdeck progress report';
  const scope =
    model.deckId !== null ? `Deck: ${model.decks[0]?.title ?? model.deckId}` : `All decks (${totals.decks})`;
  const since = model.since ? ` · answers since ${model.since}` : '';
  const last30 = model.days.slice(-30);
  const recentWeeks = model.weeks.filter((w) => w.week >= (model.days[0]?.date ?? ''));
  const t = (label: string, value: string, k: string) =>
    `<div class="total" data-total="${k}"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;

  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<div class="muted">${esc(scope)} · ${esc(model.today)}${esc(since)}</div>
</header>
<div class="totals">
${t('reviews', String(totals.reviews), 'reviews')}
${t('cards', String(totals.cards), 'cards')}
${t(totals.decks === 1 ? 'deck' : 'decks', String(totals.decks), 'decks')}
${t('true retention', pct(totals.retention), 'retention')}
${t('minutes studied', String(totals.studyMinutes), 'studyMinutes')}
</div>`);

  parts.push(`<section class="reviews-per-day"><h2>Reviews per day</h2>${heatmap(model.days)}
<div class="muted">${plural(
    model.days.reduce((n, d) => n + d.reviews, 0),
    'answer',
  )} in the last 365 days, on ${plural(model.days.filter((d) => d.reviews > 0).length, 'day')}.</div></section>`);

  parts.push(
    `<section class="retention"><h2>True retention per week</h2>${
      recentWeeks.length
        ? retentionLine(recentWeeks) +
          '<div class="muted">Share of answers on review cards graded Hard, Good or Easy.</div>'
        : '<p class="empty">No reviews of mature cards yet: retention shows once cards come back for review.</p>'
    }</section>`,
  );

  parts.push(`<section class="forecast"><h2>Due in the next 30 days</h2>${bars(
    model.forecast.map((f) => ({
      key: f.date,
      label: f.offset === 0 ? 'today' : `+${f.offset}`,
      value: f.due,
      text: String(f.due),
    })),
    { cls: 'forecast', label: 'Cards due per day, next 30 days', attr: 'count' },
  )}
<div class="muted">${model.forecast.reduce((n, f) => n + f.due, 0)} cards due within 30 days (today includes overdue cards).</div></section>`);

  parts.push(`<section class="time"><h2>Time studied, last 30 days</h2>${bars(
    last30.map((d) => ({
      key: d.date,
      label: d.date.slice(5),
      value: d.seconds,
      text: minutesText(d.seconds),
    })),
    { cls: 'time', label: 'Minutes studied per day, last 30 days', attr: 'seconds' },
  )}
<div class="muted">${last30.some((d) => d.seconds > 0) ? `${totals.studyMinutes} minutes in all.` : 'No time recorded in the last 30 days (answers from the command line or imports carry no time).'}</div></section>`);

  parts.push(`<section class="mastery"><h2>Cards by state</h2>${mastery(model.decks)}
<div class="legend">${STATE_KEYS.map((s) => `<span><i class="st-${s}"></i>${s} ${model.states[s]}</span>`).join('')}</div></section>`);

  parts.push(`<section class="deck-table wide"><h2>Decks</h2><table><thead><tr><th>Deck</th><th class="num">Cards</th><th class="num">Reviews</th><th class="num">Retention</th><th class="num">Minutes</th></tr></thead><tbody>
${model.decks.map((d) => `<tr data-deck="${esc(d.id)}"><td>${esc(d.title)}</td><td class="num">${d.cards}</td><td class="num">${d.reviews}</td><td class="num">${pct(d.retention)}</td><td class="num">${d.studyMinutes}</td></tr>`).join('\n')}
</tbody></table></section>`);

  parts.push(
    `<section class="hardest wide"><h2>Hardest cards</h2>${
      model.hardest.length === 0
        ? '<p class="empty">No lapses or “Again” answers yet.</p>'
        : `<table><thead><tr><th>Card</th><th class="num">Again</th><th class="num">Lapses</th><th class="num">Reviews</th></tr></thead><tbody>
${model.hardest.map((c) => `<tr class="hard" data-card="${esc(c.cardId)}" data-again="${c.again}" data-lapses="${c.lapses}"><td><div class="prompt">${esc(clip(c.prompt, 400))}</div><div><b>${esc(clip(c.answer, 200))}</b></div>${c.sentence ? `<blockquote class="sentence">${esc(clip(c.sentence, 600))}</blockquote>` : ''}${model.deckId === null ? `<div class="muted">${esc(c.deckTitle)}</div>` : ''}</td><td class="num">${c.again}</td><td class="num">${c.lapses}</td><td class="num">${c.reviews}</td></tr>`).join('\n')}
</tbody></table>`
    }</section>`,
  );

  parts.push(`<footer>Made by ${esc(opts.generator ?? 'Factdeck')} on ${esc(new Date(model.generatedAt).toISOString().slice(0, 16).replace('T', ' '))} UTC. Days start at the study day's start hour.</footer>
</body>
</html>
`);
  return parts.join('\n');
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

function minutesText(seconds: number): string {
  if (seconds === 0) return '0';
  return seconds < 60 ? `${seconds}s` : `${Math.round(seconds / 60)}m`;
}
