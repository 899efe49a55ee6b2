// A teacher's class report: one deck, the answers of each student (read from their databases), per student
// and per card. HTML (self-contained, every piece of text escaped, scripts forbidden), CSV (formula-guarded)
// or JSON. Pure: the answers come in as arguments.
import type { Deck } from '../deck.js';
import { csvCell } from '../reports/csv.js';
import { clip, esc, pct } from '../reports/svg.js';

export interface StudentAnswers {
  /** the student, as their database is named */
  name: string;
  answers: readonly { card: string; t: number; grade: 1 | 2 | 3 | 4 }[];
  /** documents of theirs that were refused (not answers of this shape) */
  refused: number;
}

export interface ClassReport {
  deckId: string;
  title: string;
  cards: number;
  /** YYYY-MM-DD (UTC) */
  made: string;
  students: {
    name: string;
    answers: number;
    /** different cards of the deck answered at least once */
    studied: number;
    /** share of answers graded Hard, Good or Easy */
    correct: number | null;
    /** YYYY-MM-DD (UTC) of the last answer */
    last: string | null;
    refused: number;
  }[];
  perCard: {
    id: string;
    prompt: string;
    answers: number;
    /** students who answered it */
    students: number;
    correct: number | null;
    /** students whose last answer to it was Again */
    strugglingNow: number;
  }[];
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export function classReport(deck: Deck, students: readonly StudentAnswers[], now: number): ClassReport {
  const ids = new Set(deck.cards.map((c) => c.id));
  const perCard = new Map(
    deck.cards.map((c) => [c.id, { answers: 0, right: 0, students: new Set<string>(), lastAgain: new Set<string>() }]),
  );
  const rows = students.map((s) => {
    const mine = s.answers.filter((a) => ids.has(a.card)).sort((a, b) => a.t - b.t);
    const lastGrade = new Map<string, number>();
    let right = 0;
    for (const a of mine) {
      const c = perCard.get(a.card)!;
      c.answers++;
      c.students.add(s.name);
      if (a.grade > 1) {
        right++;
        c.right++;
      }
      lastGrade.set(a.card, a.grade);
    }
    for (const [card, g] of lastGrade) if (g === 1) perCard.get(card)!.lastAgain.add(s.name);
    return {
      name: s.name,
      answers: mine.length,
      studied: lastGrade.size,
      correct: mine.length ? right / mine.length : null,
      last: mine.length ? day(mine.at(-1)!.t) : null,
      refused: s.refused,
    };
  });
  return {
    deckId: deck.id,
    title: deck.title,
    cards: deck.cards.length,
    made: day(now),
    students: rows,
    perCard: deck.cards.map((card) => {
      const c = perCard.get(card.id)!;
      return {
        id: card.id,
        prompt: card.prompt,
        answers: c.answers,
        students: c.students.size,
        correct: c.answers ? c.right / c.answers : null,
        strugglingNow: c.lastAgain.size,
      };
    }),
  };
}

const share = (x: number | null) => (x === null ? '' : (Math.round(x * 1000) / 10).toFixed(1));

/** One table: a row per student, then a row per card (the `row` column says which). */
export function classReportCsv(r: ClassReport): string {
  const lines = [
    [
      'row',
      'student',
      'card',
      'prompt',
      'answers',
      'cards_studied',
      'students',
      'correct_percent',
      'last_answer',
      'again_last_time',
    ].join(','),
  ];
  for (const s of r.students) {
    lines.push(
      ['student', s.name, '', '', s.answers, s.studied, '', share(s.correct), s.last ?? '', ''].map(csvCell).join(','),
    );
  }
  for (const c of r.perCard) {
    lines.push(
      ['card', '', c.id, c.prompt, c.answers, '', c.students, share(c.correct), '', c.strugglingNow]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export function classReportHtml(r: ClassReport, generator: string): string {
  const students = r.students
    .map(
      (s) =>
        `<tr><td>${esc(s.name)}</td><td class="num">${s.answers}</td>` +
        `<td class="num">${s.studied} of ${r.cards}</td><td class="num">${esc(pct(s.correct))}</td><td>${esc(s.last ?? '–')}</td>` +
        `<td class="num">${s.refused || ''}</td></tr>`,
    )
    .join('\n');
  const cards = r.perCard
    .map(
      (c) =>
        `<tr><td>${esc(clip(c.prompt, 160))}</td><td class="num">${c.answers}</td>` +
        `<td class="num">${c.students} of ${r.students.length}</td><td class="num">${esc(pct(c.correct))}</td>` +
        `<td class="num">${c.strugglingNow}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class report: ${esc(r.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 24px; max-width: 900px; font-size: 14px; color: #1d1d1f; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; } .muted { color: #5f6368; }
table { width: 100%; border-collapse: collapse; font-size: 12px; }
th, td { text-align: left; vertical-align: top; padding: 6px; border-bottom: 1px solid #d9d9d9; overflow-wrap: anywhere; }
th { font-size: 11px; text-transform: uppercase; color: #5f6368; } .num { text-align: right; white-space: nowrap; }
</style>
</head>
<body>
<h1>Class report: ${esc(r.title)}</h1>
<div class="muted">${r.students.length} students · ${r.cards} cards · ${esc(r.made)}</div>
<h2>Per student</h2>
<table><thead><tr><th>Student</th><th class="num">Answers</th><th class="num">Cards studied</th><th class="num">Correct</th><th>Last answer</th><th class="num">Refused</th></tr></thead>
<tbody>
${students}
</tbody></table>
<h2>Per card</h2>
<table><thead><tr><th>Card</th><th class="num">Answers</th><th class="num">Students</th><th class="num">Correct</th><th class="num">Again last time</th></tr></thead>
<tbody>
${cards}
</tbody></table>
<footer class="muted">${esc(generator)}</footer>
</body>
</html>
`;
}
