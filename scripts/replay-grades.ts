// `npm run replay:grades`: what blind reviewers said of the cards today's generator makes. Every earlier round's
// articles (docs/reviews/rounds.json) are made into decks again, and each card is matched by its id (its fact: the
// answer and the sentence, and its kind) to the reviewers' grade of the same card, if it was in a round's sample
// (docs/reviews/grades.json: round, card id, acceptable or not, FALSE, failed letters; the cards' text stays in
// ../shared). A change to the generator is weighed against some 1,300 real grades instead of the few cards one looks
// at: a good one drops failed cards and keeps acceptable ones. The cards it makes that no reviewer graded say
// nothing here, and the articles are seen: this guides work, the blind round on unseen articles measures it.
// Run: npx tsx scripts/replay-grades.ts [--list] (--list: every graded card made today, word for word, with its grade,
// and the graded cards made today in other words, "now", with the grade their earlier words had)
import { parseArgs } from 'node:util';
import { loadSyntaxModel } from '../src/backend/syntax-model.js';
import { generateDeck } from '../src/core/generate.js';
import { isInputError } from '../src/core/errors.js';
import type { Card } from '../src/core/deck.js';
import { gradesById, readGrades, readRounds, textHash, type Grade } from './grades.js';
import { allPieces } from './review-pieces.js';

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });
const grades = readGrades();
const rounds = readRounds();
const byId = gradesById(grades);
const pieces = allPieces();
const syntax = loadSyntaxModel();

function deckOf(id: string): Card[] {
  const piece = pieces.get(id);
  if (!piece) return [];
  try {
    return generateDeck({ text: piece.text, title: piece.title, publishedOn: piece.date ?? null }, { syntax }).cards;
  } catch (e) {
    if (isInputError(e)) return [];
    throw e;
  }
}

const t0 = Date.now();
const made = new Set<string>();
const reworded = new Set<string>();
const lines: string[] = [];
let cards = 0;
for (const r of rounds) {
  if (!grades.some((g) => g.round === r.seed)) continue;
  for (const id of r.articles) {
    for (const c of deckOf(id)) {
      cards++;
      const g = byId.get(`${r.seed}|${c.id}`);
      if (!g) continue;
      if (g.text !== textHash(c)) {
        reworded.add(`${r.seed}|${c.id}`);
        // (Listed with the grade its earlier words had: whether the new words mend or break them is one's to read.)
        lines.push(
          `now  ${g.ok ? 'was ok   ' : g.false ? 'was FALSE' : 'was fail '} ${r.seed} ${c.kind}: ${c.prompt} -> ${c.answer}`,
        );
        continue;
      }
      made.add(`${r.seed}|${c.id}`);
      lines.push(
        `${g.ok ? 'ok   ' : g.false ? 'FALSE' : 'fail '} ${g.failed.padEnd(4)} ${r.seed} ${c.kind}${c.evidence?.context ? '+context' : ''} [${(c.tags ?? []).join(',')}]: ${c.prompt} -> ${c.answer}`,
      );
    }
  }
}
const kept = grades.filter((g) => made.has(`${g.round}|${g.card}`));
const changed = grades.filter((g) => reworded.has(`${g.round}|${g.card}`));
const gone = grades.filter((g) => !made.has(`${g.round}|${g.card}`) && !reworded.has(`${g.round}|${g.card}`));
const share = (xs: Grade[]): string =>
  `${xs.filter((g) => g.ok).length}/${xs.length} = ${((100 * xs.filter((g) => g.ok).length) / Math.max(1, xs.length)).toFixed(0)}% acceptable, ${xs.filter((g) => g.false).length} FALSE`;
if (values.list) console.log(lines.sort().join('\n'));
console.log(
  `${cards} cards made of ${new Set(rounds.filter((r) => grades.some((g) => g.round === r.seed)).flatMap((r) => r.articles)).size} graded rounds' articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
console.log(`graded cards made today, word for word: ${share(kept)}`);
console.log(`graded cards made today, reworded:      ${share(changed)} (when graded)`);
console.log(`graded cards no longer made:            ${share(gone)}`);
console.log(`all graded cards:                       ${share(grades)}`);
