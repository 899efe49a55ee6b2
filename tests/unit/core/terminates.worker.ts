// Runs in a worker (tests/unit/core/terminates.test.ts): generates decks for every article the tests know, and
// for scrambled versions of them, then reports how many. A generator stuck in a loop never reports.
import { readdirSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { generateDeck } from '../../../src/core/generate.js';
import { isInputError } from '../../../src/core/errors.js';

const texts: string[] = [];
const multircFile = new URL('../../../../shared/data/articles-dev/multirc-cnn.json', import.meta.url);
// The MultiRC articles are other people's data beside the repository (../shared); a fresh clone goes without them.
if (existsSync(multircFile)) texts.push(...(JSON.parse(readFileSync(multircFile, 'utf8')) as Array<{ text: string }>).map((a) => a.text));
const dir = new URL('../../fixtures/articles/', import.meta.url);
for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(new URL(f, dir), 'utf8'));
texts.push(readFileSync(new URL('../../../decks/japan-times-hayashi-kyiv.txt', import.meta.url), 'utf8'));
// Scrambled: each article's words in a seeded order, and its sentences with every other word capitalised.
let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const t of texts.slice()) {
  const w = t.split(/\s+/);
  texts.push(w.map((x) => [rnd(), x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x).join(' '));
  texts.push(w.map((x, i) => (i % 2 ? x.charAt(0).toUpperCase() + x.slice(1) : x)).join(' '));
}
const syntax = loadSyntaxModel();
let done = 0;
for (const text of texts) {
  try {
    generateDeck({ text, publishedOn: '2024-05-01' }, { syntax });
  } catch (e) {
    if (!isInputError(e)) throw e;
  }
  done++;
}
parentPort?.postMessage({ done, total: texts.length });
