// Blocks of an HTML element -> paragraphs of text, without what labels the page rather than says the news
// ("Advertisement", "Related:", "Read more", datelines, captions). Web pages and Word files (through mammoth's
// HTML) both come this way.
import { isElement, TEXT, type DomElement, type DomNode } from './dom.js';
import { isFurniture } from './furniture.js';

export const SKIP = new Set([
  'figure', 'figcaption', 'picture', 'img', 'svg', 'video', 'audio', 'iframe', 'button', 'form', 'nav', 'aside', 'footer',
  'script', 'style', 'noscript', 'template', 'select', 'input', 'label', 'time', 'address', 'sup', 'math',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'details', 'summary',
]);
/** Class and id names of the furniture that sits inside an article's element on news sites (a summary or
 * standfirst repeats the article's lead: its cards would be the lead's again), or beside it: a right rail (a 2011
 * Business Insider post had the rail's market figures read in) and a footer. */
export const FURNITURE = /caption|credit|related|share|social|newsletter|promo|advert|\bad-|\bads?\b|adslot|outbrain|taboola|recirc|most-?read|byline|timestamp|dateline|print-info|comments?-|paywall|subscribe|standfirst|summary|\bdek\b|crunchbase|right-?rail|footer/i;

/** Characters in an element's <p>s: what a page's article is written in, unlike its menus and link lists. */
const paragraphChars = (el: DomElement): number =>
  [...el.querySelectorAll('p')].reduce((n, p) => n + (p.textContent ?? '').length, 0);


/** An element whose text is no part of the article: by its tag, or named as furniture unless it holds most of the
 * `rootChars` characters of the paragraphs. */
function skipped(el: DomElement, rootChars: number): boolean {
  if (SKIP.has(el.localName)) return true;
  const named = FURNITURE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  return named && paragraphChars(el) <= Math.max(300, rootChars / 2);
}

/** What is left out keeps the space at its edge: "patients.<sup>1,2 </sup>HSCTs are" is two sentences. */
const edgeSpace = (n: DomNode): string => (/^\s|\s$/.test(n.textContent ?? '') ? ' ' : '');

interface Para {
  text: string;
  linkChars: number;
  heading: boolean;
}

/** Paragraphs of an element: text of its blocks, with how much of each is link text. */
function paragraphs(root: DomNode): Para[] {
  const out: Para[] = [];
  // An element named as furniture that holds most of the paragraphs holds the article, whatever its name says: a
  // page wrapped whole in an ad skin ("ad-wallpaper") beside a long menu.
  const rootChars = isElement(root) ? paragraphChars(root) : 0;
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
    if (skipped(n, rootChars)) {
      cur.text += edgeSpace(n);
      return;
    }
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

/** A date on a line of its own, or a stamp of when the page was posted or changed (also "Updated: August 13, 2010,
 * 5:02 PM ET", "posted on Saturday, August 13th, 2011"). */
const DATE_LINE = new RegExp(
  [
    /^(published|updated|posted|first published|last updated)?[:\s]*([A-Z][a-z]{2,8},?\s+)?(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})(\s+(at\s+)?\d{1,2}[:.]\d{2}.*)?$/,
    /^(last )?(updated|posted|published)( on)?:?\s.{0,40}\b(19|20)\d{2}\b.{0,25}$/,
  ]
    .map((re) => re.source)
    .join('|'),
  'i',
);

function keep(p: Para, meta: { title: string | null; byline: string | null }): boolean {
  const chars = p.text.replace(/\s+/g, '').length;
  // A paragraph that is mostly a link is a link to something else: "Read more", a related story.
  if (chars > 0 && p.linkChars / chars >= 0.5) return false;
  if (isFurniture(p.text) || DATE_LINE.test(p.text)) return false;
  if (meta.title && p.text === meta.title) return false;
  if (meta.byline && p.text.replace(/^by\s+/i, '') === meta.byline) return false;
  return true;
}


/** The paragraphs worth reading: labels and link lists left out, and a heading whose section lost all its
 * paragraphs with it ("More on this story", "Related topics"). */
export function articleParagraphs(root: DomNode, meta: { title: string | null; byline: string | null }): string[] {
  const kept = paragraphs(root).filter((p) => keep(p, meta));
  return kept.filter((p, i) => !p.heading || (kept[i + 1] && !kept[i + 1]!.heading)).map((p) => p.text);
}
