// factdeck study <deck-id>: interactive in a terminal; scripted when stdin is not a terminal
// (one grade per line in, one JSON line per stored answer out).
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { Api, StudyCard } from '../../core/api.js';
import { InputError } from '../../core/errors.js';
import { hashNum } from '../../core/facts/ids.js';
import { puzzleOrder } from '../../core/random.js';
import { table } from '../../core/ids.js';
import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';
import { writeOut } from '../output.js';

// Keyed by what a person types: no prototype, so "constructor" is not a grade.
const GRADES = table<1 | 2 | 3 | 4>({ again: 1, hard: 2, good: 3, easy: 4, '1': 1, '2': 2, '3': 3, '4': 4 });

export async function study(ctx: CliContext): Promise<number> {
  const { positionals } = parseArgs({ args: ctx.args.slice(1), allowPositionals: true, options: {} });
  const deckId = positionals[0];
  if (!deckId || positionals.length > 1) throw new UsageError('study takes one deck id (see factdeck decks)');
  const lib = await ctx.openLibrary({ owner: 'factdeck study' });
  try {
    await lib.api.getDeck({ id: deckId });
    return process.stdin.isTTY ? await interactive(lib.api, deckId) : await scripted(lib.api, deckId);
  } finally {
    lib.close();
  }
}

async function scripted(lib: Api, deckId: string): Promise<number> {
  let next = await lib.nextCard({ deckId });
  // Made only now: lines read before the loop below starts to take them would be lost (readline does not
  // keep them), and the first card may take a moment (what it shows is loaded on first use).
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const word = raw.trim().toLowerCase();
    if (word === '') continue;
    if (!next.card) break;
    const grade = GRADES[word];
    if (!grade) throw new InputError(`"${raw.trim()}" is not a grade (again, hard, good, easy or 1-4)`, `stdin line ${lineNo}`);
    const card = next.card.card;
    const r = await lib.answer({ deckId, cardId: card.id, grade });
    // Printed only now: answer() resolved after the log line was fsync'd.
    await writeOut(JSON.stringify({
      seq: r.seq, deck: deckId, card: card.id, kind: card.kind, prompt: card.prompt, answer: card.answer,
      grade: r.grade, due: new Date(r.due).toISOString(), leech: r.leech,
    }) + '\n');
    next = await lib.nextCard({ deckId });
    if (!next.card) break;
  }
  rl.close();
  return 0;
}

async function interactive(lib: Api, deckId: string): Promise<number> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ask = (q: string) => new Promise<string>((resolve) => rl.question(q, resolve));
  let studied = 0;
  try {
    for (;;) {
      const next = await lib.nextCard({ deckId });
      if (!next.card) {
        const later = next.nextLearningAt ? ` More learning cards at ${new Date(next.nextLearningAt).toLocaleTimeString()}.` : '';
        process.stdout.write(`\nNothing more due in this deck today (${studied} studied).${later}\n`);
        return 0;
      }
      const { new: n, learning, review } = next.counts;
      process.stdout.write(`\n[new ${n} · learning ${learning} · review ${review}]\n${show(next.card)}\n`);
      const key = (await ask('Enter to reveal, q to quit > ')).trim();
      if (key === 'q') return 0;
      process.stdout.write(`\n${revealed(next.card)}\n`);
      const iv = next.card.intervals;
      for (;;) {
        const g = (await ask(`1 again (${iv[1]})  2 hard (${iv[2]})  3 good (${iv[3]})  4 easy (${iv[4]})  u undo  q quit > `)).trim().toLowerCase();
        if (g === 'q') return 0;
        if (g === 'u') {
          const undone = await lib.undo({});
          process.stdout.write(undone ? 'Undone.\n' : 'Nothing to undo.\n');
          break;
        }
        const grade = GRADES[g];
        if (grade) {
          await lib.answer({ deckId, cardId: next.card.card.id, grade });
          studied++;
          break;
        }
      }
    }
  } finally {
    rl.close();
  }
}

/** The card as the app shows it before the answer: the article's headline (which story "the storm" belongs to),
 * the sentence before when the card leans on it, then the card. */
export function show(s: StudyCard): string {
  const c = s.card;
  const lines: string[] = [];
  if (s.article) lines.push(`From “${s.article}”`);
  if (c.evidence?.context) lines.push(`  … ${c.evidence.context}`);
  lines.push(c.prompt);
  if (c.kind === 'choice' && c.choices) c.choices.forEach((ch, i) => lines.push(`  ${i + 1}. ${ch}`));
  // items are stored in the right order: shown shuffled, the answer (revealed next) gives the order
  if (c.kind === 'order' && c.items) puzzleOrder(c.items, hashNum(c.id)).forEach((it) => lines.push(`  - ${it}`));
  if (c.kind === 'match' && c.pairs) {
    const right = puzzleOrder(c.pairs.map((p) => p[1]), hashNum(c.id));
    c.pairs.forEach(([left], i) => lines.push(`  ${i + 1}. ${left}    ${String.fromCharCode(97 + i)}) ${right[i]}`));
  }
  if (c.kind === 'truefalse') lines.push('  True or false?');
  return lines.join('\n');
}

/** The answer, the sentence it came from, and each name the card put in for the article's words. */
export function revealed(s: StudyCard): string {
  const c = s.card;
  const lines = [c.answer];
  if (c.evidence) lines.push(`  “${c.evidence.sentence}”`);
  for (const sub of c.evidence?.substitutions ?? []) lines.push(`  (the card says “${sub.to}” where the article says “${sub.from}”)`);
  return lines.join('\n');
}
