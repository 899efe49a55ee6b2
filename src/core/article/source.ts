// An article opened from what a person has (a saved page, a web address, a PDF, a Word file, plain text):
// its text, one paragraph per block, and what the source says about it. The create screen shows this, editable,
// before any card is made; `generate` passes it straight on.
import { InputError } from '../errors.js';

export type SourceKind = 'web page' | 'pdf' | 'docx' | 'text';

export interface OpenedArticle {
  kind: SourceKind;
  /** paragraphs separated by a blank line */
  text: string;
  title: string | null;
  byline: string | null;
  /** the site or publication */
  publisher: string | null;
  /** YYYY-MM-DD, as the source gives it; dates in the article resolve against it */
  publishedOn: string | null;
  language: string | null;
  /** the address it was fetched from (after redirects), for the deck's source */
  url: string | null;
  /** what the person should know: "page 3 has no text (a scanned image?)" */
  notices: string[];
}

export function noArticleIn(name: string): InputError {
  return new InputError(`no article found in ${name}`);
}

/** Prose a deck can be made from: a few sentences of several words, not a list of headlines or a login form. */
export function hasArticle(text: string): boolean {
  let words = 0;
  let sentences = 0;
  for (const para of text.split(/\n+/)) {
    const w = para.split(/\s+/).filter((x) => /\p{L}/u.test(x)).length;
    if (w < 6) continue;
    const s = (para.match(/[\p{Ll}\d%)"”’'][.!?]["”’')]?(\s|$)/gu) ?? []).length;
    if (s === 0) continue;
    words += w;
    sentences += s;
  }
  return sentences >= 3 && words >= 30;
}

/** The one check every kind of source passes through before it is shown or generated from. */
export function checked(a: OpenedArticle, name: string): OpenedArticle {
  if (!hasArticle(a.text)) throw noArticleIn(name);
  return a;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function ymd(y: number, m: number | undefined, d: number): string | null {
  if (!m || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '').slice(0, s.toLowerCase().startsWith('sept') ? 4 : 3)];

/** A dateline as printed at the top of an article ("November 13, 2023", "13 Nov 2023", "Published 2023-11-13")
 * -> YYYY-MM-DD. Only short lines count: a sentence that mentions a date is not a dateline. */
export function datelineDate(line: string): string | null {
  // (Nor a short sentence: "The current agreement expires on Sept 30, 1988." had made a 1987 wire story's day that of
  // the deal's end, round 8383: around the date, a dateline has a label and a time at most.)
  if (line.length > 60 || line.replace(MDY, '').replace(DMY, '').replace(ISO, '').split(/\s+/).filter(Boolean).length > 4)
    return null;
  let m = MDY.exec(line);
  if (m) return ymd(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = DMY.exec(line);
  if (m) return ymd(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = ISO.exec(line);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A wire's or a press release's dateline before its first sentence ("DUBLIN, July 2, 2014 — Jazz Pharmaceuticals
 * plc today announced ...", "NEW YORK, March 3, 2023 (Reuters) - ") -> YYYY-MM-DD: the day the story was filed. */
const LEAD_DATELINE = new RegExp(
  `^[A-Z][A-Za-z .'-]{1,40}(?:,\\s*[A-Z][A-Za-z .]{1,30})?,\\s*${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*(?:\\([A-Za-z ]{1,20}\\)\\s*)?(?:--|—|–|-)\\s`,
);

export function leadDate(line: string): string | null {
  const m = LEAD_DATELINE.exec(line);
  return m ? ymd(Number(m[3]), monthOf(m[1]!), Number(m[2])) : null;
}

/** The first dateline and byline among the lines at the top of a document. */
export function topMatter(lines: string[]): { publishedOn: string | null; byline: string | null } {
  const top = lines.slice(0, 12);
  const publishedOn = top.map((l) => datelineDate(l) ?? leadDate(l)).find((d) => d !== null) ?? null;
  const by = top.find((l) => /^[Bb]y\s+\p{Lu}/u.test(l) && l.length <= 120);
  return { publishedOn, byline: by ? by.replace(/^by\s+/i, '') : null };
}
