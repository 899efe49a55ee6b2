// What a news page says about its article, in the order publishers fill it in reliably: JSON-LD first (what
// search engines read), then Open Graph and article:* meta tags, then the page's own <time> and <title>.
// Read before Readability runs: it removes the scripts that hold the JSON-LD.
import { resolveDate } from './dates.js';
import { isElement, TEXT, type DomElement, type DomNode } from './dom.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedOn: string | null;
  language: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting/;

/** Every JSON-LD object of the page, @graph lists and arrays flattened. */
function jsonLdObjects(doc: DomElement): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the meta tags still count.
    }
  }
  return out;
}

function isArticle(o: Json): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x));
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ') : null;
}

function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map((a) => (typeof a === 'string' ? a : str((a as Json | null)?.name))).filter(Boolean);
  return list.length ? list.join(', ') : null;
}

function meta(doc: DomElement, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`) ?? doc.querySelector(`meta[itemprop="${k}"]`);
    const v = str(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

/** An ISO date or date-time (or another form Date reads) -> YYYY-MM-DD. The date as the publisher wrote it, in
 * their own time zone ("2023-09-09T23:30+09:00" is the 9th), not moved to ours. */
export function isoDay(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y > 1900 ? m[0] : null;
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const SEPARATORS = /\s+(?:\||-|–|—|::|·|»)\s+/;

/** "Headline | Section | The Guardian" -> "Headline": the part that is not the site's name or a section label. */
export function withoutSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName ? simple(siteName) : null;
  const rest = parts.filter((p) => !site || (simple(p) !== site && !simple(p).includes(site) && !site.includes(simple(p))));
  const pool = rest.length ? rest : parts;
  // Sites put the headline first; a short first part ("NYTimes") loses to a longer one.
  const first = pool[0]!;
  return first.split(/\s+/).length >= 3 ? first : pool.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The site's name as the last part of "Headline | The Seattle Times", when nothing else names it. */
function siteFromTitle(title: string | null): string | null {
  const parts = title?.split(SEPARATORS).map((p) => p.trim()) ?? [];
  const last = parts.length >= 2 ? parts[parts.length - 1]! : '';
  return last && last.split(/\s+/).length <= 5 ? last : null;
}

/** An element's text with its blocks apart: "By Mari Yamaguchi, The Associated Press", not "...YamaguchiThe...". */
function blockText(el: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === TEXT) parts.push(n.textContent ?? '');
    else if (isElement(n)) {
      const block = /^(p|div|li|br|h\d|address)$/.test(n.localName);
      if (block) parts.push(', ');
      else parts.push(' ');
      for (const c of Array.from(n.childNodes)) walk(c);
    }
  };
  for (const c of Array.from(el.childNodes)) walk(c);
  return parts.join('').replace(/\s+/g, ' ').replace(/(\s*,\s*)+/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '');
}

function bylineInPage(doc: DomElement): string | null {
  const el = doc.querySelector('[itemprop="author"]') ?? doc.querySelector('.byline, .article-byline, [class*="byline"], [rel="author"]');
  const text = el ? blockText(el) : '';
  return text && text.length <= 200 ? text : null;
}

/** Where older pages, with no date in their metadata, say when they were posted: "posted on Saturday, August 13th,
 * 2011", "Updated: August 13, 2010, 5:02 PM ET" in an element named for it. The first in the page, before any list
 * of other stories (whose dates are theirs), and only a whole date: a month alone is not a day. */
const DATE_ELEMENTS = '[class*="date"], [class*="Date"], [class*="posted"], [class*="post-time"], [class*="publish"], [id*="date"]';
function dateInPage(doc: DomElement): string | null {
  for (const el of doc.querySelectorAll(DATE_ELEMENTS)) {
    const text = blockText(el);
    if (!text || text.length > 120 || el.closest('li, aside, nav, footer')) continue;
    const d = resolveDate(text, null);
    if (d?.granularity === 'day' && /\d{4}/.test(text)) return d.iso;
  }
  return null;
}

/** A day in the page's address, as blogs and news sites write it: ".../2011/08/13/slug/". */
function dateInAddress(doc: DomElement): string | null {
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? '';
  const m = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(url);
  return m ? isoDay(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

const simple = (s: string) => s.toLowerCase().replace(/^the\s+|\.com$/g, '').replace(/[^a-z0-9]+/g, '');

/** The day the page was published: its metadata, its <time>, its address, then a date line in its text. */
function publishedOf(doc: DomElement, art: Json | null): string | null {
  const timeEl = doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('[itemprop="datePublished"][datetime]')
    ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return isoDay(str(art?.datePublished))
    ?? isoDay(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'parsely-pub-date', 'dc.date', 'DC.date.issued', 'date'))
    ?? isoDay(timeEl?.getAttribute('datetime'))
    ?? dateInAddress(doc)
    ?? dateInPage(doc);
}

export function pageMeta(doc: DomElement): PageMeta {
  const ld = jsonLdObjects(doc);
  const art = ld.find(isArticle) ?? null;
  const pageTitle = str(doc.querySelector('title')?.textContent);
  const siteName = meta(doc, 'og:site_name', 'application-name') ?? str((art?.publisher as Json | undefined)?.name) ?? siteFromTitle(pageTitle);
  const publishedOn = publishedOf(doc, art);
  const headline = str(art?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? pageTitle;
  const byline = names(art?.author) ?? meta(doc, 'author', 'byl', 'article:author') ?? bylineInPage(doc);
  const language = str(doc.querySelector('html')?.getAttribute('lang')) ?? str(art?.inLanguage) ?? meta(doc, 'og:locale');
  return {
    title: headline ? withoutSiteName(headline, siteName) : null,
    // An author given as a profile address is no byline.
    byline: byline && !/^https?:/.test(byline) ? byline.replace(/^by\s+/i, '').replace(/,?\s+and\s+/, ', ') : null,
    siteName,
    publishedOn,
    language,
  };
}
