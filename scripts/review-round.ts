// Prepares a blind review round (../shared/REVIEW.md): picks N articles from the BBC set that no earlier round used
// (seeded), generates each deck through the command line with the default settings, and writes, for the reviewer
// only, each article's text and deck JSON plus the seeded sample of cards to grade. Records the round in
// docs/reviews/rounds.json (ids and seed only: the articles are the BBC's and stay in ../shared).
// When the BBC set is used up, `--source squad-lead|squad-middle|squad-end` takes the 12 SQuAD dev articles held out
// from the ranker's training (Wikipedia, not news: say so in the report) and `squad-train-lead` the other 36 (the
// ranker learned from their human questions: say that too), as excerpts of whole paragraphs of 350 words or more
// from the article's start, middle or end; each excerpt is reviewed once, like a BBC article. `squad-quarter` and
// `squad-threequarter` take other paragraphs of the same articles (a quarter and three quarters in), none of them
// in an earlier excerpt: text nobody has read, from articles whose other parts were reviewed (say so).
// `--source ewt` takes the weblog and newsgroup posts of 200 words or more in the UD English treebank's dev and test
// parts (news commentary of 2003-2006, not newsroom copy: say so): real text nobody here wrote or generated cards from;
// the parser learned from the train part only. A post's first paragraph, when short, is its headline.
// `--source ewt-train` takes the same kind of posts from the train part: text nobody here has read, but the parser
// learned from its trees (its parses are better than on new text: say so).
// Run: npx tsx scripts/review-round.ts --seed 41 [--source bbc] [--n 12] [--sample 60] [--out /tmp/review-41]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { shuffle } from '../src/core/random.js';

interface Round {
  seed: number;
  date: string;
  articles: string[];
  note?: string;
}

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    source: { type: 'string', default: 'bbc' },
    n: { type: 'string', default: '12' },
    sample: { type: 'string', default: '60' },
    out: { type: 'string' },
  },
});
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error('--seed N is required');
const n = Number(values.n);
const out = values.out ?? `/tmp/review-${seed}`;
const roundsFile = resolve(root, 'docs/reviews/rounds.json');
const rounds: Round[] = existsSync(roundsFile) ? (JSON.parse(readFileSync(roundsFile, 'utf8')) as Round[]) : [];
const seen = new Set(rounds.flatMap((r) => r.articles));
// An article any part of which was looked at while changing the generator (a "round" with a note) gives no round.
const looked = new Set(rounds.filter((r) => r.note).flatMap((r) => r.articles.map((id) => id.split('#')[0])));
interface Piece {
  id: string;
  title: string;
  text: string;
}

/** SQuAD dev articles, one excerpt each: the held-out ones (every fourth, as in bench/questions.ts) or those the
 * ranker was trained on; whole paragraphs of 350 words or more from the start, the middle or the end. */
type Place = 'lead' | 'quarter' | 'middle' | 'threequarter' | 'end';

/** The paragraphs of an excerpt: whole paragraphs of 350 words or more from its place in the article. */
function excerpt(all: string[], from: Place): number[] {
  const words = (ix: number[]): number =>
    ix
      .map((i) => all[i] ?? '')
      .join(' ')
      .split(/\s+/).length;
  const out: number[] = [];
  if (from === 'end') for (let i = all.length - 1; i >= 0 && words(out) < 350; i--) out.unshift(i);
  else {
    const start = Math.floor((all.length * { lead: 0, quarter: 1, middle: 2, threequarter: 3 }[from]) / 4);
    for (let i = start; i < all.length && words(out) < 350; i++) out.push(i);
  }
  return out;
}

function squadPieces(from: Place, heldOut: boolean): Piece[] {
  const file = sharedFile('squad/squad-v1.1-dev.json');
  const data = (
    JSON.parse(readFileSync(file, 'utf8')) as { data: Array<{ title: string; paragraphs: Array<{ context: string }> }> }
  ).data;
  return data
    .filter((_, i) => (i % 4 === 3) === heldOut)
    .flatMap((art) => {
      const all = art.paragraphs.map((p) => p.context);
      const mine = excerpt(all, from);
      // A quarter's excerpt shares no paragraph with the start, middle or end excerpts reviewed before it.
      const others = (['lead', 'middle', 'end'] as const).filter((p) => p !== from).flatMap((p) => excerpt(all, p));
      if (from !== 'lead' && from !== 'middle' && from !== 'end' && mine.some((i) => others.includes(i))) return [];
      const tag = heldOut ? from : `train-${from}`;
      const text = mine.map((i) => all[i] ?? '').join('\n\n');
      return [{ id: `squad_${art.title}#${tag}`, title: art.title.replaceAll('_', ' '), text }];
    });
}

/** The articles' file, or one line and an exit when ../shared is not beside the repository. */
function sharedFile(rel: string): string {
  const file = resolve(root, '../shared/data', rel);
  if (!existsSync(file)) {
    console.error(`needs ${file} (other people's data beside the repository; see ../shared/data/README.md)`);
    process.exit(1);
  }
  return file;
}

/** Weblog and newsgroup posts (not e-mails, reviews or answers; no joke groups) of 200 words or more from the
 * treebank's dev and test parts, paragraphs kept; sentences are the `# text` lines as written. */
function ewtPieces(parts: string[]): Piece[] {
  const docs: Array<{ id: string; paras: string[][] }> = [];
  for (const part of parts) {
    const lines = gunzipSync(readFileSync(sharedFile(`ud-english-ewt/en_ewt-ud-${part}.conllu.gz`)))
      .toString('utf8')
      .split('\n');
    for (const line of lines) readLine(docs, line);
  }
  return docs.filter((d) => /^(weblog|newsgroup)-/.test(d.id) && !/joke/i.test(d.id)).flatMap(postPiece);
}

/** One line of CoNLL-U: a new post, a new paragraph or a sentence's text. */
function readLine(docs: Array<{ id: string; paras: string[][] }>, line: string): void {
  const newdoc = /^# newdoc id = (\S+)/.exec(line);
  const paras = docs.at(-1)?.paras ?? [];
  if (newdoc) docs.push({ id: newdoc[1] ?? '', paras: [[]] });
  else if (line.startsWith('# newpar') && paras.at(-1)?.length) paras.push([]);
  else if (line.startsWith('# text = ')) paras.at(-1)?.push(line.slice(9).trim());
}

/** A post as a piece to review: its first paragraph, when short, is its headline; else the blog's name is. */
function postPiece(doc: { id: string; paras: string[][] }): Piece[] {
  const paras = doc.paras.map((p) => p.join(' ')).filter(Boolean);
  const short = (paras[0] ?? '').split(/\s+/).length <= 14 && paras.length > 1;
  const title = short ? (paras.shift() ?? '') : doc.id.replace(/^\w+-(?:[\w.]+?\.com_)?([^_]+)_.*$/, '$1');
  const text = paras.join('\n\n');
  return text.split(/\s+/).length >= 200 ? [{ id: `ewt_${doc.id}`, title, text }] : [];
}

function piecesOf(source: string): Piece[] {
  if (source === 'ewt') return ewtPieces(['dev', 'test']);
  if (source === 'ewt-train') return ewtPieces(['train']).map((p) => ({ ...p, id: `${p.id}#train` }));
  const squad = /^squad-(train-)?(lead|quarter|middle|threequarter|end)$/.exec(source);
  if (squad) return squadPieces(squad[2] as Place, !squad[1]);
  return (JSON.parse(readFileSync(sharedFile('news-bbc/bbc-articles-60.json'), 'utf8')) as { articles: Piece[] })
    .articles;
}
const unseen = piecesOf(values.source ?? 'bbc').filter((a) => !seen.has(a.id) && !looked.has(a.id.split('#')[0]));
if (unseen.length < n) throw new Error(`only ${unseen.length} unseen articles left`);
const chosen = shuffle(unseen, seed).slice(0, n);
mkdirSync(out, { recursive: true });
const all: Array<{ article: string; card: string }> = [];
for (const art of chosen) {
  // The reviewer reads the headline and the text; the generator gets the text and the headline as the title.
  writeFileSync(resolve(out, `${art.id}.txt`), `${art.title}\n\n${art.text}\n`);
  const body = resolve(out, `.${art.id}.body.txt`);
  writeFileSync(body, `${art.text}\n`);
  // An article the generator makes no deck of is a result too: the reviewer sees an empty deck and its reason.
  let deck: string;
  try {
    deck = execFileSync(process.execPath, [resolve(root, 'bin/factdeck.js'), 'generate', body, '--title', art.title], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const why = String((e as { stderr?: string }).stderr ?? e).trim();
    deck = JSON.stringify({ title: art.title, cards: [], error: why.replace(/^factdeck: [^:]*: /, '') }, null, 2);
  }
  writeFileSync(resolve(out, `${art.id}.deck.json`), deck);
  for (const c of (JSON.parse(deck) as { cards: Array<{ id: string }> }).cards)
    all.push({ article: art.id, card: c.id });
}
const sample = shuffle(all, seed + 1).slice(0, Number(values.sample));
writeFileSync(resolve(out, 'sample.json'), JSON.stringify(sample, null, 2));
rounds.push({ seed, date: new Date().toISOString().slice(0, 10), articles: chosen.map((a) => a.id) });
mkdirSync(resolve(root, 'docs/reviews'), { recursive: true });
writeFileSync(roundsFile, JSON.stringify(rounds, null, 2) + '\n');
console.log(`round ${seed}: ${chosen.length} articles, ${all.length} cards, sample of ${sample.length} in ${out}`);
