// A web page (saved from a browser or fetched) -> its article: Mozilla Readability (Firefox's Reader View) finds
// the article's element over a linkedom DOM; this file turns that element into paragraphs, leaving out what
// Readability keeps of a page's furniture (captions, credits, "Read more" and related links, ad labels).
import { Readability } from '@mozilla/readability';
import { isElement, parsePage, TEXT, type DomElement, type DomNode } from './dom.js';
import { isoDay, pageMeta } from './page-meta.js';
import { checked, noArticleIn, type OpenedArticle } from './source.js';

const SKIP = new Set([
  'figure', 'figcaption', 'picture', 'img', 'svg', 'video', 'audio', 'iframe', 'button', 'form', 'nav', 'aside', 'footer',
  'script', 'style', 'noscript', 'template', 'select', 'input', 'label', 'time', 'address', 'sup', 'math',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'details', 'summary',
]);
/** Class and id names of the furniture that sits inside an article's element on news sites. */
const FURNITURE = /caption|credit|related|share|social|newsletter|promo|advert|\bad-|\bads?\b|adslot|outbrain|taboola|recirc|most-?read|byline|timestamp|dateline|print-info|comments?-|paywall|subscribe/i;

/** Lines that label the page, not say the news. */
const LABELS = [
  /^(advertisement|skip advertisement|supported by|ad feedback|video ad feedback|sponsored( content)?|story continues below( advertisement)?)$/i,
  /^(related|read more|see also|more on this( story)?|also read|recommended|watch|listen|most read|more from)\b\s*[:|]/i,
  /^(related( articles?| stories| content| topics)?|read more|share( this)?( full)? article|link copied!?|replay|now playing)$/i,
  /^a version of this article appears in print\b/i,
  /^(image|photo|video)( source| caption| credit)?\s*[:,]/i,
  /^reporting (from|by)\b.{0,80}$/i,
];

export function isLabel(line: string): boolean {
  return LABELS.some((re) => re.test(line));
}

/** Roles of page furniture (ARIA landmarks around the article, dialogs such as cookie banners). */
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/;

/** Furniture is small: an element holding two or more long paragraphs may hold the article, and stays. */
function small(el: DomElement): boolean {
  let long = 0;
  for (const p of el.querySelectorAll('p')) if ((p.textContent ?? '').length >= 120 && ++long >= 2) return false;
  return true;
}

/** Takes out what is page furniture before Readability scores the page: Readability rewrites a div that holds one
 * paragraph into that paragraph and loses the div's class, so a caption or byline box is no longer known after. */
function removeFurniture(doc: DomElement): void {
  const out: DomElement[] = [];
  for (const el of doc.querySelectorAll('body *')) {
    const name = el.localName;
    const role = el.getAttribute('role') ?? '';
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if ((SKIP.has(name) && name !== 'time' && name !== 'sup') || FURNITURE_ROLES.test(role) || el.getAttribute('aria-hidden') === 'true'
      || /visually-hidden|sr-only|screen-reader/.test(names) || FURNITURE.test(names)) out.push(el);
  }
  for (const el of out) if (small(el)) el.remove();
}

interface Para {
  text: string;
  linkChars: number;
  heading: boolean;
}

/** Paragraphs of an element: text of its blocks, with how much of each is link text. */
function paragraphs(root: DomNode): Para[] {
  const out: Para[] = [];
  let cur = { text: '', linkChars: 0, heading: false };
  const flush = () => {
    const text = cur.text.replace(/\s+/g, ' ').trim();
    if (text) out.push({ ...cur, text });
    cur = { text: '', linkChars: 0, heading: false };
  };
  const walk = (n: DomNode, inLink: boolean): void => {
    if (n.nodeType === TEXT) {
      const t = n.textContent ?? '';
      cur.text += t;
      if (inLink) cur.linkChars += t.replace(/\s+/g, '').length;
      return;
    }
    if (!isElement(n)) return;
    const name = n.localName;
    if (SKIP.has(name) || FURNITURE.test(`${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    if (/^h[1-6]$/.test(name)) cur.heading = true;
    const link = inLink || name === 'a';
    for (const c of Array.from(n.childNodes)) walk(c, link);
    if (block) flush();
  };
  walk(root, false);
  return out;
}

const DATE_LINE = /^(published|updated|posted|first published|last updated)?[:\s]*([A-Z][a-z]{2,8},?\s+)?(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})(\s+(at\s+)?\d{1,2}[:.]\d{2}.*)?$/i;

function keep(p: Para, meta: { title: string | null; byline: string | null }): boolean {
  const chars = p.text.replace(/\s+/g, '').length;
  // A paragraph that is mostly a link is a link to something else: "Read more", a related story.
  if (chars > 0 && p.linkChars / chars >= 0.5) return false;
  if (isLabel(p.text) || DATE_LINE.test(p.text)) return false;
  if (meta.title && p.text === meta.title) return false;
  if (meta.byline && p.text.replace(/^by\s+/i, '') === meta.byline) return false;
  return true;
}

/** The article of a page, its text as paragraphs (one blank line between them) and what the page says of it. */
export function readPage(html: string, name: string): OpenedArticle {
  const { document } = parsePage(html);
  const meta = pageMeta(document);
  removeFurniture(document);
  const reader = new Readability<DomElement>(document as never, { keepClasses: true, serializer: (n) => n as unknown as DomElement });
  const found = reader.parse();
  if (!found?.content) throw noArticleIn(name);
  const title = meta.title ?? found.title?.trim() ?? null;
  const byline = meta.byline ?? found.byline?.trim() ?? null;
  const kept = paragraphs(found.content).filter((p) => keep(p, { title, byline }));
  // A heading whose section lost all its paragraphs ("More on this story", "Related topics") goes with them.
  const paras = kept.filter((p, i) => !p.heading || (kept[i + 1] && !kept[i + 1]!.heading)).map((p) => p.text);
  return checked({
    kind: 'web page',
    text: paras.join('\n\n'),
    title,
    byline,
    publisher: meta.siteName ?? found.siteName?.trim() ?? null,
    publishedOn: meta.publishedOn ?? isoDay(found.publishedTime),
    language: meta.language ?? found.lang ?? null,
    url: null,
    notices: [],
  }, name);
}
