// A web page (saved from a browser or fetched) -> its article: Mozilla Readability (Firefox's Reader View) finds
// the article's element over a linkedom DOM; this file turns that element into paragraphs, leaving out what
// Readability keeps of a page's furniture (captions, credits, "Read more" and related links, ad labels).
import { Readability } from '@mozilla/readability';
import { articleParagraphs, FURNITURE, SKIP } from './blocks.js';
import { parsePage, type DomElement } from './dom.js';
import { isoDay, pageMeta } from './page-meta.js';
import { checked, noArticleIn, topMatter, type OpenedArticle } from './source.js';

/** Roles of page furniture (ARIA landmarks around the article, dialogs such as cookie banners). */
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/;

/** Furniture is small: an element holding two or more long paragraphs may hold the article, and stays; so does one
 * holding most of the page's text (an ASP.NET page is one <form> around everything, its story in <br>-split lines). */
function small(el: DomElement, pageChars: number): boolean {
  let long = 0;
  for (const p of el.querySelectorAll('p')) if ((p.textContent ?? '').length >= 120 && ++long >= 2) return false;
  const chars = (el.textContent ?? '').length;
  return !(chars >= 500 && chars >= pageChars / 2);
}

/** Whether an element is furniture by its tag, its role or its name: always (a box about the writer), only if small
 * (the rest: an element holding two or more long paragraphs may hold the article), or not at all. */
function furniture(el: DomElement): 'always' | 'if small' | null {
  const name = el.localName;
  const named = names(el);
  if (ABOUT_AUTHOR.test(named)) return 'always';
  const byTag = SKIP.has(name) && name !== 'time' && name !== 'sup';
  return byTag || byRole(el) || FURNITURE_NAME.test(named) || FURNITURE.test(named) || PHOTO.test(named) ? 'if small' : null;
}

/** Furniture by its ARIA role, or hidden from everyone. */
const byRole = (el: DomElement): boolean =>
  FURNITURE_ROLES.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-hidden') === 'true';

/** Text for screen readers only, hidden by a class ("display-none": a Business Insider page's e-mail alert box), or a
 * pop-up box ("modal": a blog's 32 webinar sign-up forms, which Readability took in with the post). */
const FURNITURE_NAME = /visually-hidden|sr-only|screen-reader|(^|\s)(display-none|hidden|is-hidden|modal)(\s|$)/;

/** Takes out what is page furniture before Readability scores the page: Readability rewrites a div that holds one
 * paragraph into that paragraph and loses the div's class, so a caption or byline box is no longer known after. */
function removeFurniture(doc: DomElement): void {
  const out: Array<[DomElement, 'always' | 'if small']> = [];
  for (const el of doc.querySelectorAll('body *')) {
    const kind = furniture(el);
    if (kind) out.push([el, kind]);
  }
  const pageChars = (doc.querySelector('body')?.textContent ?? '').length;
  for (const [el, kind] of out) if (kind === 'always' || small(el, pageChars)) el.remove();
}

/** A photo or video box by its class ("mod-inline image image-right", "video-desc"): its caption and credit
 * ("Cliff Welch/Icon SMI Maurkice Pouncey denies ...") are no part of the article. Only a class that is the word
 * itself: "node-has-image-left" holds a story. Small ones only, as for other furniture (a post's wrapper may be
 * called "image"). */
const PHOTO = /(^|\s)(image|photo|video)(-(right|left|inline|wrap|container|desc))?(\s|$)/i;

/** A box about the writer ("Alexia Tsotsis currently works for TechCrunch as a writer. She is also a blogger who
 * ...") goes however long it is: it is never the article. */
const ABOUT_AUTHOR = /author-?(bio|box|dropdown|info|description|details|card)|about-?the-?author|\bbio(graphy)?\b/i;
const names = (el: DomElement): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** A short line in capitals: a headline as a press release prints it. */
const inCapitals = (line: string): boolean =>
  line.length <= 200 && /\p{Lu}{3}/u.test(line) && line === line.toUpperCase();

/** The <title> of a document filed with the SEC is its type ("EX-99.1"), no headline: the headline is the text's first
 * line when that is in capitals, as a press release prints it. */
function filingHeadline(title: string | null, paras: string[]): { title: string | null; paras: string[] } {
  const first = paras[0] ?? '';
  const filing = title !== null && /^EX-\d+(\.\d+)?$/i.test(title);
  return filing && inCapitals(first) ? { title: first, paras: paras.slice(1) } : { title, paras };
}

/** The page's date: its markup's, or one printed before its first sentence (a press release's dateline). */
const pageDate = (inMarkup: string | null, readability: string | null | undefined, paras: string[]): string | null =>
  inMarkup ?? isoDay(readability) ?? topMatter(paras).publishedOn;

/** The article of a page, its text as paragraphs (one blank line between them) and what the page says of it. */
export function readPage(html: string, name: string): OpenedArticle {
  const { document } = parsePage(html);
  const meta = pageMeta(document);
  removeFurniture(document);
  const reader = new Readability<DomElement>(document as never, { keepClasses: true, serializer: (n) => n as unknown as DomElement });
  const found = reader.parse();
  if (!found?.content) throw noArticleIn(name);
  const byline = meta.byline ?? found.byline?.trim() ?? null;
  const pageTitle = meta.title ?? found.title?.trim() ?? null;
  const { title, paras } = filingHeadline(pageTitle, articleParagraphs(found.content, { title: pageTitle, byline }));
  return checked({
    kind: 'web page',
    text: paras.join('\n\n'),
    title,
    byline,
    publisher: meta.siteName ?? found.siteName?.trim() ?? null,
    publishedOn: pageDate(meta.publishedOn, found.publishedTime, paras),
    language: meta.language ?? found.lang ?? null,
    url: null,
    notices: [],
  }, name);
}
