// A PDF's layout -> the opened article: headline, dateline and byline from the top of the first page.
import type { PdfLayout } from './pdf-layout.js';
import { checked, noArticleIn, topMatter, type OpenedArticle } from './source.js';

/** A Title property that names a file or a program is no headline. */
function usableTitle(t: string | null): string | null {
  if (!t || /\.(docx?|pdf|indd|tex|odt|rtf)$|^(untitled|microsoft word|document\d*)\b/i.test(t)) return null;
  return t;
}

export function pdfArticle(layout: PdfLayout, info: { title: string | null; pages: number }, name: string): OpenedArticle {
  if (layout.emptyPages === info.pages) throw noArticleIn(`${name} (its pages hold no text: a scanned PDF has only pictures of it)`);
  const top = topMatter(layout.firstLines);
  const notices = layout.emptyPages
    ? [`${layout.emptyPages} of the ${info.pages} pages hold no text (pictures of text are not read)`]
    : [];
  return checked({
    kind: 'pdf',
    text: layout.paragraphs.join('\n\n'),
    title: layout.title ?? usableTitle(info.title),
    byline: top.byline,
    publisher: null,
    publishedOn: top.publishedOn,
    language: null,
    url: null,
    notices,
  }, name);
}
