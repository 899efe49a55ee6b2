// Human questions practised: how many questions people wrote about real text a generated deck lets a learner
// practise (the rule in src/core/cards/eval.ts), beside the naive "blank every entity" baseline and the cards per
// 100 words. Two sets: MultiRC's 12 CNN dev articles, and the held-out quarter of SQuAD dev (split by article, so
// the ranker never trained on these paragraphs). Figures, not a test. Run: npx tsx bench/questions.ts
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticle } from '../src/core/article/index.js';
import { baselineCards, evaluate, type EvalArticle, type EvalResult } from '../src/core/cards/eval.js';
import type { Card } from '../src/core/deck.js';
import { loadSyntaxModel } from '../src/backend/syntax-model.js';
import { parserOf } from '../src/core/article/parser.js';
import { generateDeck } from '../src/core/generate.js';
import { isInputError } from '../src/core/errors.js';

const SHARED = resolve(import.meta.dirname, '../../shared/data');

interface SquadFile {
  data: Array<{ title: string; paragraphs: Array<{ context: string; questions: Array<{ question: string; answers: string[] }> }> }>;
}

/** SQuAD dev articles in file order; every fourth (index % 4 === 3) is held out from ranker training. */
export function squadArticles(part: 'train' | 'test'): EvalArticle[] {
  const file = resolve(SHARED, 'squad/squad-v1.1-dev.json');
  const squad = JSON.parse(readFileSync(file, 'utf8')) as SquadFile;
  const out: EvalArticle[] = [];
  squad.data.forEach((art, i) => {
    if ((i % 4 === 3) !== (part === 'test')) return;
    art.paragraphs.forEach((p, j) =>
      out.push({
        id: `${art.title}#${j}`,
        text: p.context,
        questions: p.questions.map((q) => ({ question: q.question, options: [...new Set(q.answers)].map((t) => ({ text: t, correct: true })) })),
      }),
    );
  });
  return out;
}

export function multircArticles(): EvalArticle[] {
  return JSON.parse(readFileSync(resolve(SHARED, 'articles-dev/multirc-cnn.json'), 'utf8')) as EvalArticle[];
}

function productCards(text: string): Card[] {
  try {
    return generateDeck({ text }, { syntax: loadSyntaxModel() }).cards;
  } catch (e) {
    // A paragraph with nothing to ask is a deck of none, not a failure of the figure.
    if (isInputError(e)) return [];
    throw e;
  }
}

function baseline(text: string): Card[] {
  try {
    return baselineCards(readArticle(text, { parse: parserOf(loadSyntaxModel()) }));
  } catch (e) {
    if (isInputError(e)) return [];
    throw e;
  }
}

const pct = (r: EvalResult): string => `${r.covered}/${r.answerable} = ${(100 * r.share).toFixed(1)}% at ${r.cardsPer100Words.toFixed(2)} cards/100 words`;

export function benchQuestions(): Array<{ set: string; product: EvalResult; baseline: EvalResult }> {
  const sets: Array<[string, () => EvalArticle[]]> = [
    ['MultiRC dev (12 CNN articles)', multircArticles],
    ['SQuAD dev, held-out quarter (12 Wikipedia articles)', () => squadArticles('test')],
  ];
  return sets.map(([set, load]) => {
    const arts = load();
    return { set, product: evaluate(arts, productCards), baseline: evaluate(arts, baseline) };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(SHARED)) {
    console.log(`questions: skipped (${SHARED} is absent)`);
  } else {
    for (const r of benchQuestions()) {
      console.log(`${r.set}: Factdeck ${pct(r.product)}; baseline ${pct(r.baseline)}`);
    }
  }
}
