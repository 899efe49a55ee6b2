// The little of the DOM that reading a page needs, typed here so src/core builds without the DOM library:
// linkedom (a DOM in plain JavaScript, no I/O) provides it in Node.
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export const ELEMENT = 1;
export const TEXT = 3;

export function isElement(n: DomNode): n is DomElement {
  return n.nodeType === ELEMENT;
}

/** A whole page parsed; nothing in it runs or loads (linkedom has no scripts, styles or network). */
export function parsePage(html: string): { document: DomElement } {
  // linkedom needs a root element to parse into; a fragment or an empty file gets one.
  const at = html.slice(0, 5000).search(/<html[\s>]/i);
  if (at < 0)
    return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: DomElement };
  // Lines before <html> that are neither a doctype nor a comment are a wrapper's header (an SEC filing's
  // "<DOCUMENT><TYPE>EX-99.1 ... <TEXT>"): linkedom, unlike a browser, then loses the page's body. They go.
  const before = html.slice(0, at).replace(/<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|\s+/g, '');
  return parseHTML(before ? html.slice(at) : html) as unknown as { document: DomElement };
}
