// The PDF layout rules on positioned text as pdf.js gives it (points, origin bottom-left), one rule at a time.
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfItem, type PdfPage } from '../../../src/core/article/pdf-layout.js';

/** Lines of text down a column from `top`, 12 points apart. */
const lines = (x: number, top: number, texts: string[], size = 10): PdfItem[] =>
  texts.map((str, i) => ({ str, x, y: top - i * 12, width: str.length * size * 0.5, fontSize: size }));
const pageOf = (...items: PdfItem[][]): PdfPage => ({ width: 612, height: 792, items: items.flat() });

describe('PDF layout', () => {
  it('joins a word broken at a line end, and keeps the hyphen of a compound the text writes elsewhere', () => {
    const p = pageOf(lines(72, 700, [
      'The well-known museum reopened after a long and costly',
      'renovation that brought new infor-',
      'mation desks and a well-',
      'known café to the ground floor of the building.',
    ]));
    expect(layoutPdf([p]).paragraphs).toEqual([
      'The well-known museum reopened after a long and costly renovation that brought new information desks and a well-known café to the ground floor of the building.',
    ]);
  });

  it('drops a running header and footer that repeat on every page, and page numbers, keeping a repeated body line', () => {
    const page = (n: number) => pageOf(
      lines(72, 760, [`Annual Report 2024 · page ${n}`], 8),
      lines(72, 700, [`Body text of page ${n} says something.`, 'Thank you.']),
      lines(300, 30, [String(n)], 8),
    );
    const out = layoutPdf([page(1), page(2), page(3)]).paragraphs.join(' | ');
    expect(out).not.toMatch(/Annual Report/);
    expect(out).not.toMatch(/\| \d \|/);
    expect(out.match(/Thank you\./g)).toHaveLength(3);
  });

  it('reads two columns one after the other, a full-width headline first', () => {
    const left = ['Left one starts the story and', 'left two carries it on to its', 'left three, which ends it here.'];
    const right = ['Right one begins a new thought', 'that right two continues until', 'right three closes the piece.'];
    const p = pageOf(lines(72, 740, ['A headline that runs across both of the columns'], 20), lines(72, 700, left), lines(320, 700, right));
    const l = layoutPdf([p]);
    expect(l.title).toBe('A headline that runs across both of the columns');
    expect(l.paragraphs).toEqual([left.join(' '), right.join(' ')]);
  });

  it('a paragraph that runs on into the next column stays one paragraph', () => {
    const p = pageOf(lines(72, 700, ['The council met on Monday and', 'voted to keep the library open']), lines(320, 700, ['until nine every evening.', 'Other news came later.']));
    expect(layoutPdf([p]).paragraphs).toEqual(['The council met on Monday and voted to keep the library open until nine every evening. Other news came later.']);
  });
});
