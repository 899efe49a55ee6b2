// PDF -> positioned text with pdf.js (through unpdf, its build without a canvas or a worker file), then the
// layout rules of src/core/article/pdf-layout.ts. Runs in the backend: pdf.js is large and loads lazily.
import { InputError } from '../../core/errors.js';
import type { PdfPage } from '../../core/article/pdf-layout.js';

/** Pages read at most: an article is a few pages; a book is not one. */
export const MAX_PDF_PAGES = 100;

export interface PdfText {
  pages: PdfPage[];
  /** the document's Title property, often a file name or empty */
  infoTitle: string | null;
  totalPages: number;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy, extractTextItems, getMeta } = await import('unpdf');
  let pdf;
  try {
    // pdf.js takes the buffer over: give it a copy so the caller's bytes stay as they were.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('the PDF is protected by a password');
    throw new InputError(`not a readable PDF (${(e as Error).message})`);
  }
  try {
    const totalPages = pdf.numPages;
    if (totalPages > MAX_PDF_PAGES) throw new InputError(`the PDF has ${totalPages} pages; articles of up to ${MAX_PDF_PAGES} pages are read`);
    const { items } = await extractTextItems(pdf);
    const pages: PdfPage[] = [];
    for (let i = 0; i < totalPages; i++) {
      const page = await pdf.getPage(i + 1);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pages.push({
        width: x1 - x0,
        height: y1 - y0,
        items: (items[i] ?? []).map((it) => ({ str: it.str, x: it.x - x0, y: it.y - y0, width: it.width, fontSize: it.fontSize })),
      });
    }
    const info = (await getMeta(pdf).catch(() => null))?.info as { Title?: unknown } | undefined;
    const infoTitle = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { pages, infoTitle, totalPages };
  } finally {
    await pdf.destroy();
  }
}
