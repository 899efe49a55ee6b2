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
  return sentences >= 3 && words >= 50;
}

/** The one check every kind of source passes through before it is shown or generated from. */
export function checked(a: OpenedArticle, name: string): OpenedArticle {
  if (!hasArticle(a.text)) throw noArticleIn(name);
  return a;
}
