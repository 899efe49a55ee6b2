// A PDF's positioned text (what pdf.js gives per page: strings at x, y in points, bottom-left origin) -> the
// article's paragraphs in reading order: columns read one after the other, running headers, footers and page
// numbers left out, words broken at a line's end joined again.

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A run of text on one baseline with no gutter inside it. */
interface Frag {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

export interface PdfLayout {
  paragraphs: string[];
  /** the largest type on the first page: the headline */
  title: string | null;
  /** the first page's lines, running header included, where a dateline is looked for */
  firstLines: string[];
  /** pages that held no text at all (scanned images) */
  emptyPages: number;
}

/** Items on one baseline, split where the gap is wider than a word space (even a justified line's): a gutter. */
function fragments(page: PdfPage, pageNo: number): Frag[] {
  const items = page.items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const it of items) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - it.y) <= Math.max(1, line[0]!.fontSize * 0.35)) line.push(it);
    else lines.push([it]);
  }
  const out: Frag[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let cur: Frag | null = null;
    for (const it of line) {
      const size = it.fontSize || 10;
      const gap = cur ? it.x - cur.x1 : 0;
      if (cur && gap < size * 0.9) {
        const space = gap > size * 0.15 && !/\s$/.test(cur.text) && !/^\s/.test(it.str) ? ' ' : '';
        cur.text += space + it.str;
        cur.x1 = Math.max(cur.x1, it.x + it.width);
        cur.size = Math.max(cur.size, size);
      } else {
        if (cur) out.push(cur);
        cur = { text: it.str, x0: it.x, x1: it.x + it.width, y: it.y, size, page: pageNo };
      }
    }
    if (cur) out.push(cur);
  }
  for (const f of out) f.text = f.text.replace(/\s+/g, ' ').trim();
  return out;
}

const PAGE_NUMBER = /^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|\/)\s*\d{1,4})?$/i;
const shape = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Running headers and footers: the lines nearest a page's top and bottom that repeat (numbers aside) on other
 * pages at the same height, and page numbers there. */
function furniture(pages: Frag[][], heights: number[]): Set<Frag> {
  const edge: Frag[][] = pages.map((frags, p) => {
    if (frags.length === 0) return [];
    const ys = [...new Set(frags.map((f) => Math.round(f.y)))].sort((a, b) => b - a);
    const top = new Set(ys.slice(0, 2));
    const bottom = new Set(ys.slice(-2));
    // Two lines at most from each edge, and only in the page's outer margins: a short last page's body is not furniture.
    const h = heights[p]!;
    return frags.filter((f) => (top.has(Math.round(f.y)) && f.y > h * 0.85) || (bottom.has(Math.round(f.y)) && f.y < h * 0.15));
  });
  const seen = new Map<string, Set<number>>();
  for (const [p, frags] of edge.entries()) {
    for (const f of frags) {
      const k = `${shape(f.text)}@${Math.round(f.y / 4)}`;
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p);
    }
  }
  const out = new Set<Frag>();
  for (const frags of edge) {
    for (const f of frags) {
      const repeats = (seen.get(`${shape(f.text)}@${Math.round(f.y / 4)}`)?.size ?? 0) >= 2;
      if (repeats || PAGE_NUMBER.test(f.text)) out.add(f);
    }
  }
  return out;
}

/** Where a page's second column starts, if it has two: the x that most lines keep to one side of. */
function gutter(frags: Frag[]): number | null {
  const body = frags.filter((f) => f.text.length > 1);
  if (body.length < 4) return null;
  const left = Math.min(...body.map((f) => f.x0));
  const right = Math.max(...body.map((f) => f.x1));
  let best: { x: number; score: number } | null = null;
  for (const x of new Set(body.map((f) => Math.round(f.x0)))) {
    if (x < left + (right - left) * 0.25 || x > left + (right - left) * 0.75) continue;
    const before = body.filter((f) => f.x1 <= x).length;
    const after = body.filter((f) => f.x0 >= x - 0.5).length;
    const across = body.filter((f) => f.x0 < x - 0.5 && f.x1 > x).length;
    // Lines on both sides, and fewer crossing (a headline, a full-width picture caption) than keep to a side.
    const score = Math.min(before, after) - across;
    if (Math.min(before, after) >= 2 && score > 0 && (!best || score > best.score)) best = { x, score };
  }
  return best?.x ?? null;
}

/** A page's fragments in reading order: full-width blocks where they stand, between them the left column
 * read down before the right one. */
function readingOrder(frags: Frag[]): Frag[][] {
  const g = gutter(frags);
  const sorted = [...frags].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  if (g === null) return [sorted];
  const runs: Frag[][] = [];
  let left: Frag[] = [];
  let right: Frag[] = [];
  const flush = () => {
    if (left.length) runs.push(left);
    if (right.length) runs.push(right);
    left = [];
    right = [];
  };
  for (const f of sorted) {
    if (f.x1 <= g) left.push(f);
    else if (f.x0 >= g - 0.5) right.push(f);
    else {
      flush();
      runs.push([f]);
    }
  }
  flush();
  return runs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Joins a line to the next: "infor-" + "mation" is "information"; "54-" + "year-old" keeps its hyphen. */
function join(a: string, b: string, words: Set<string>): string {
  const m = /(\p{L}+)[-\u00AD]$/u.exec(a);
  if (m && /^\p{Ll}/u.test(b)) {
    const next = /^\p{L}+/u.exec(b)?.[0] ?? '';
    const compound = `${m[1]}-${next}`.toLowerCase();
    // Keep a hyphen the article itself writes elsewhere ("well-known" mid-line), else the word was broken to fit.
    if (a.endsWith('-') && words.has(compound) && !words.has(`${m[1]}${next}`.toLowerCase())) return a + b;
    return a.slice(0, -1) + b;
  }
  return `${a} ${b}`;
}

export function layoutPdf(pages: PdfPage[]): PdfLayout {
  const perPage = pages.map((p, i) => fragments(p, i));
  const drop = furniture(perPage, pages.map((p) => p.height));
  const firstLines = (perPage[0] ?? []).slice().sort((a, b) => b.y - a.y || a.x0 - b.x0).map((f) => f.text);
  const kept = perPage.map((frags) => frags.filter((f) => !drop.has(f)));
  const all = kept.flat();
  const bodySize = median(all.map((f) => f.size));
  const spacing = median(kept.flatMap((frags) => {
    const ys = [...new Set(frags.filter((f) => Math.abs(f.size - bodySize) < 0.5).map((f) => f.y))].sort((a, b) => b - a);
    return ys.slice(1).map((y, i) => ys[i]! - y).filter((d) => d > 0 && d < bodySize * 3);
  })) || bodySize * 1.2;
  const words = new Set((all.map((f) => f.text).join(' ').match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).map((w) => w.toLowerCase()));

  // The headline: the largest type on the first page, when it is larger than the body's.
  const first = kept[0] ?? [];
  const top = Math.max(0, ...first.map((f) => f.size));
  const title = top > bodySize * 1.25 ? first.filter((f) => f.size === top).sort((a, b) => b.y - a.y).map((f) => f.text).join(' ') : null;

  const paras: { text: string; size: number }[] = [];
  let cur: { text: string; size: number } | null = null;
  let last: Frag | null = null;
  for (const frags of kept) {
    for (const run of readingOrder(frags)) {
      const colLeft = Math.min(...run.map((f) => f.x0));
      const colRight = Math.max(...run.map((f) => f.x1));
      let prev: Frag | null = null;
      for (const f of run) {
        const indented = f.x0 > colLeft + f.size * 0.8;
        let newPara: boolean;
        if (!prev) {
          // A paragraph runs on into the next column or page when its sentence is not finished there.
          const open = cur !== null && last !== null && !/[.!?:"”’)]$/.test(cur.text) && Math.abs(f.size - last.size) <= 0.5;
          newPara = !open || indented;
        } else {
          const gap = prev.y - f.y;
          const prevShort = prev.x1 < colRight - prev.size * 3 && /[.!?:"”’)]$/.test(prev.text);
          newPara = gap > spacing * 1.4 || Math.abs(f.size - prev.size) > 0.5 || (indented && !/-$/.test(prev.text)) || prevShort;
        }
        if (newPara) {
          if (cur) paras.push(cur);
          cur = { text: f.text, size: f.size };
        } else cur!.text = join(cur!.text, f.text, words);
        prev = f;
        last = f;
      }
    }
  }
  if (cur) paras.push(cur);
  // Type smaller than the body's is a caption, a credit, a dateline or a footnote: not the article's prose.
  const body = paras.filter((p) => p.text !== title && p.size >= bodySize * 0.85).map((p) => p.text);
  return { paragraphs: body, title, firstLines, emptyPages: perPage.filter((p) => p.length === 0).length };
}
