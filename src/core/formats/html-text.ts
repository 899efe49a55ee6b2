// HTML in imported fields -> safe plain text: tags stripped, entities decoded, script/style/head content
// dropped, block elements and <br> become line breaks. The result is shown as text, never as HTML.
import { Parser } from 'htmlparser2';

const BLOCK = new Set(['br', 'div', 'p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre', 'ul', 'ol', 'table']);
const DROP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

export interface HtmlTextResult {
  text: string;
  /** Media references met (img src, audio/video, Anki [sound:...]). */
  media: number;
  /** The file names they refer to, in order (Anki packages carry these files). */
  refs: { kind: 'image' | 'sound'; name: string }[];
}

export function htmlToTextWithMedia(html: string): HtmlTextResult {
  let out = '';
  let dropDepth = 0;
  let media = 0;
  const refs: HtmlTextResult['refs'] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (DROP.has(name)) dropDepth++;
        if (name === 'img' || name === 'audio' || name === 'video' || name === 'source') {
          media++;
          if (attrs['src'] && dropDepth === 0 && name !== 'video') refs.push({ kind: name === 'img' ? 'image' : 'sound', name: attrs['src'] });
        }
        if (BLOCK.has(name) && dropDepth === 0) out += '\n';
      },
      ontext(t) {
        if (dropDepth === 0) out += t;
      },
      onclosetag(name) {
        if (DROP.has(name) && dropDepth > 0) dropDepth--;
        else if (BLOCK.has(name) && name !== 'br' && dropDepth === 0) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  out = out.replace(/\[sound:([^\]]*)\]/g, (_all, name: string) => {
    media++;
    if (name) refs.push({ kind: 'sound', name });
    return '';
  });
  return { text: tidy(out), media, refs };
}

export function htmlToText(html: string): string {
  return htmlToTextWithMedia(html).text;
}

/** Collapse runs of spaces, trim each line, drop empty lines at the ends and doubled blank lines. */
export function tidy(s: string): string {
  // Fast path: most fields are already tidy (50,000-row files spend their time here otherwise).
  if (!/[\t\r\f\v\u00a0]|\s\s|^\s|\s$|\n/.test(s)) return s;
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a field from a CSV/text file holds HTML markup (tags or entities), so it must be converted. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>|&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});|\[sound:/.test(s);
}
