// What kind of article a file or a download is: by its first bytes first (a PDF says "%PDF-", a .docx is a zip),
// then by the server's Content-Type, then by the name. And HTML's own charset, where a page names one.
import { InputError } from '../errors.js';

export type ArticleFileKind = 'pdf' | 'docx' | 'html' | 'text';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function sniffKind(name: string, bytes: Uint8Array, contentType: string | null = null): ArticleFileKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || type === 'application/pdf') return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    if (type === DOCX_TYPE || /\.docx$/i.test(name) || head.includes('word/')) return 'docx';
    throw new InputError('a zip file, not an article (Word .docx files are read; other Office files are not)');
  }
  // An OLE compound file (D0 CF 11 E0): Word 97-2003 and the other old Office formats.
  if (/\.doc$/i.test(name) || head.startsWith('\u00d0\u00cf\u0011\u00e0')) throw new InputError('an old Office file (a Word .doc?): save it as .docx, then open that');
  if (saysHtml(name, type, head)) return 'html';
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i.test(head.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, ''))) return 'html';
  if (type && !/^text\//.test(type) && type !== 'application/octet-stream') throw new InputError(`the address gives ${type}, not an article`);
  return 'text';
}

/** A page by its name or its type. A page saved as text keeps its .html name (and a server may still call it
 * text/html): with no tag at all in its first kilobyte it is read as the text it is, not searched for an article
 * element it does not have. */
function saysHtml(name: string, type: string, head: string): boolean {
  const named = type === 'text/html' || type === 'application/xhtml+xml' || /\.(html?|xhtml|mhtml?)$/i.test(name);
  return named && /<[a-z!/?]/i.test(head);
}

/** The charset a page declares: the HTTP header's, else its <meta charset> (browsers read the first 1024 bytes). */
export function htmlCharset(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const label = (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  // A byte order mark outranks any declaration, as in browsers.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder(htmlCharset(bytes, contentType)).decode(bytes);
}
