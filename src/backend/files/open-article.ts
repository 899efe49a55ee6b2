// THE way an article comes in, for every shell (the CLI's generate, the server's and the desktop app's Api):
// bytes of a file or a download -> its kind -> the article's text and details. Web pages through Readability,
// PDFs through pdf.js, Word files through mammoth, text as it is.
import { MAX_ARTICLE_FILE_BYTES } from './limits.js';
import { docxArticle } from '../../core/article/docx-article.js';
import { readPage } from '../../core/article/page.js';
import { pdfArticle } from '../../core/article/pdf-article.js';
import { layoutPdf } from '../../core/article/pdf-layout.js';
import { decodeHtml, sniffKind } from '../../core/article/sniff.js';
import { topMatter, type OpenedArticle } from '../../core/article/source.js';
import { InputError } from '../../core/errors.js';
import { decodeText } from '../../core/formats/text-decode.js';
import { docxHtml } from './docx.js';
import { fetchPage, type FetchLimits } from './fetch-page.js';
import { pdfText } from './pdf.js';

/** The largest file opened as an article: PDFs with pictures run to tens of MB; the text in them does not. */
export { MAX_ARTICLE_FILE_BYTES };

export interface ArticleBytes {
  /** the file's name, or the address it came from: messages name it */
  name: string;
  bytes: Uint8Array;
  contentType?: string | null;
  url?: string | null;
}

export async function openArticle(src: ArticleBytes): Promise<OpenedArticle> {
  const { name, bytes } = src;
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (bytes.length > MAX_ARTICLE_FILE_BYTES) {
    throw new InputError(`the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_FILE_BYTES / 1048576} MB`);
  }
  const kind = sniffKind(name, bytes, src.contentType ?? null);
  let article: OpenedArticle;
  if (kind === 'pdf') {
    const t = await pdfText(bytes);
    article = pdfArticle(layoutPdf(t.pages), { title: t.infoTitle, pages: t.totalPages }, name);
  } else if (kind === 'docx') {
    article = docxArticle(await docxHtml(bytes), name);
  } else if (kind === 'html') {
    article = readPage(decodeHtml(bytes, src.contentType ?? null), name);
  } else {
    // Plain text and Markdown go to the generator as they are, which cleans and checks them; a dateline at the top
    // ("DUBLIN, July 2, 2014 — ...") is the article's date.
    const { text, notices } = decodeText(bytes, 'article');
    article = {
      kind: 'text', text, title: null, byline: null, publisher: null, publishedOn: topMatter(text.split('\n', 12)).publishedOn,
      language: null, url: null, notices,
    };
  }
  return { ...article, url: src.url ?? null };
}

/** A web address -> its article. Fetched only because the person gave the address: nothing else goes online. */
export async function openArticleUrl(address: string, limits?: Partial<FetchLimits>): Promise<OpenedArticle> {
  const page = await fetchPage(address, limits);
  return openArticle({ name: page.url, bytes: page.bytes, contentType: page.contentType, url: page.url });
}
