// `npm run bench:ingest`: how well articles come out of what people have, on the fixtures the tests write
// (five saved pages in big news sites' shapes, a two-column PDF, a Word file): the share of the article's own
// sentences kept, of the page's boilerplate dropped, the title and date found, the cards made; the same pages
// through the reader before issue 15 (tags stripped, as pasted HTML still goes) for comparison; and the time to
// read a page. Figures, not pass/fail.
import { openArticle } from '../src/backend/files/open-article.js';
import type { OpenedArticle } from '../src/core/article/source.js';
import { loadSyntaxModel } from '../src/backend/syntax-model.js';
import { generateDeck } from '../src/core/generate.js';
import { makeDocx } from '../tests/fixtures/documents/make-docx.js';
import { makePdf } from '../tests/fixtures/documents/make-pdf.js';
import { heldOutPages, savedPages, scorePage, type SavedPage } from '../tests/fixtures/pages/saved-pages.js';

interface Row {
  fixture: string;
  reader: string;
  sentences: string;
  boilerplate: string;
  title: string;
  date: string;
  cards: number | string;
}

const pct = (a: number, b: number) => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(0) : '-'}%`;

function row(fixture: string, reader: string, page: SavedPage, a: OpenedArticle | null, fallbackTitle: () => string): Row {
  if (!a) return { fixture, reader, sentences: '-', boilerplate: '-', title: 'refused', date: '-', cards: '-' };
  const s = scorePage(a.text, page);
  let cards: number | string;
  let deckTitle = a.title ?? '';
  try {
    const deck = generateDeck({ text: a.text, title: a.title, publishedOn: a.publishedOn }, { syntax: loadSyntaxModel() });
    cards = deck.cards.length;
    deckTitle = deck.title;
  } catch (e) {
    cards = (e as Error).message;
    deckTitle ||= fallbackTitle();
  }
  return {
    fixture, reader,
    sentences: pct(s.sentencesKept, s.sentences),
    boilerplate: pct(s.boilerplateDropped, s.boilerplate),
    title: deckTitle === page.title ? 'found' : `"${deckTitle}"`,
    date: a.publishedOn === page.publishedOn ? 'found' : a.publishedOn ?? 'none',
    cards,
  };
}

const rows: Row[] = [];
const enc = new TextEncoder();
for (const page of [...savedPages(), ...heldOutPages()]) {
  rows.push(row(page.file, 'Readability', page, await openArticle({ name: page.file, bytes: enc.encode(page.html) }), () => ''));
  // Before: the whole page as text through the generator's own cleaner (what `generate page.html` did).
  const before: OpenedArticle = { kind: 'text', text: page.html, title: null, byline: null, publisher: null, publishedOn: null, language: null, url: null, notices: [] };
  const { cleanText } = await import('../src/core/article/clean.js');
  rows.push(row(page.file, 'before (tags stripped)', page, { ...before, text: cleanText(page.html) }, () => ''));
}
const pdf = await makePdf();
const docx = makeDocx();
for (const [file, made, bytes] of [['study.pdf', pdf, pdf.bytes], ['ruling.docx', docx, docx.bytes]] as const) {
  const page: SavedPage = { file, html: '', title: made.title, publishedOn: made.publishedOn, paragraphs: made.paragraphs, boilerplate: made.furniture };
  rows.push(row(file, file.endsWith('pdf') ? 'pdf.js + layout' : 'mammoth', page, await openArticle({ name: file, bytes }), () => ''));
  rows.push(row(file, 'before', page, null, () => ''));
}

console.log('| fixture | reader | article sentences kept | boilerplate dropped | title | date | cards |');
console.log('|---|---|---:|---:|---|---|---:|');
for (const r of rows) console.log(`| ${r.fixture} | ${r.reader} | ${r.sentences} | ${r.boilerplate} | ${r.title} | ${r.date} | ${r.cards} |`);

// Time to read a page: the five pages, and one of about 1 MB (inline scripts and styles, 400 paragraphs, 3,000 links).
const pages = savedPages();
const big = pages[0]!.html
  .replace('</head>', `<script>window.__DATA__=${JSON.stringify({ x: 'y'.repeat(700_000) })}</script><style>${'.c{color:red}'.repeat(20_000)}</style></head>`)
  .replace(/<div data-component="text-block">[\s\S]*?<\/div>/, (m) => m.repeat(400))
  .replace('<footer>', `<ul>${'<li><a href="/x">Link text here</a></li>'.repeat(3000)}</ul><footer>`);
const time = async (html: string, n: number) => {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await openArticle({ name: 'page.html', bytes: enc.encode(html) });
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[Math.floor(n / 2)]!;
};
const small = await Promise.all(pages.map((p) => time(p.html, 9)));
const t0 = performance.now();
await openArticle({ name: 'study.pdf', bytes: pdf.bytes });
const pdfMs = performance.now() - t0;
console.log(`\nreading a saved page (median of 9, warm): ${small.map((x) => x.toFixed(1)).join(', ')} ms; a ${(big.length / 1048576).toFixed(1)} MB page: ${(await time(big, 3)).toFixed(0)} ms; the 2-page PDF: ${pdfMs.toFixed(0)} ms`);
