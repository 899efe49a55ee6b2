// A Word document (as mammoth's HTML) -> the opened article: the Title-style paragraph (or the first heading)
// is the headline, a byline and a dateline near the top are taken out of the text into the article's details.
import { articleParagraphs } from './blocks.js';
import { parsePage } from './dom.js';
import { checked, topMatter, type OpenedArticle } from './source.js';

export function docxArticle(html: string, name: string): OpenedArticle {
  const { document } = parsePage(html);
  const heading = document.querySelector('h1.title') ?? document.querySelector('h1');
  const title = heading?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const paras = articleParagraphs(document.querySelector('body') ?? document, { title, byline: null });
  const first = [...document.querySelectorAll('p, h1, h2, h3')].slice(0, 12).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  const top = topMatter(first);
  // The byline is the document's detail, not its prose (a dateline is left out with the other labels).
  const text = paras.filter((p, i) => i >= 12 || !(top.byline && p === `By ${top.byline}`));
  return checked({
    kind: 'docx', text: text.join('\n\n'), title, byline: top.byline, publisher: null, publishedOn: top.publishedOn,
    language: null, url: null, notices: [],
  }, name);
}
