// Word .docx -> HTML with mammoth (paragraph styles mapped to headings, captions marked), then the same
// block rules as web pages (src/core/article/docx-article.ts). Page headers and footers are not part of
// mammoth's output, and linked files are never opened.
import { InputError } from '../../core/errors.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
];

export async function docxHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    const r = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return r.value;
  } catch (e) {
    throw new InputError(`not a readable Word document (${(e as Error).message.split('\n')[0]})`);
  }
}
