// PDFs and Word files made by the tests -> their articles, through the same function every shell uses.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openArticle } from '../../../src/backend/files/open-article.js';
import { makeDocx } from '../../fixtures/documents/make-docx.js';
import { makePdf } from '../../fixtures/documents/make-pdf.js';
import { sentencesOf } from '../../fixtures/pages/saved-pages.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF', () => {
  it('two columns over two pages: every sentence whole and in order, broken words joined, headers, footers and page numbers gone', async () => {
    const pdf = await makePdf();
    // The layout really does what is tested: words broken at line ends, two pages.
    expect(pdf.broken.length).toBeGreaterThan(3);
    expect(pdf.furniture).toContain('Page 2 of 2');
    const a = await openArticle({ name: 'study.pdf', bytes: pdf.bytes });
    expect(a.kind).toBe('pdf');
    expect(a.title).toBe(pdf.title);
    expect(a.publishedOn).toBe(pdf.publishedOn);
    expect(a.byline).toBe('Jane Porter, Health Correspondent');
    const text = flat(a.text);
    const sentences = sentencesOf(pdf.paragraphs);
    // In reading order: each sentence found after the one before it (columns not interleaved).
    let at = 0;
    for (const s of sentences) {
      const i = text.indexOf(flat(s), at);
      expect(i, s).toBeGreaterThanOrEqual(at);
      at = i + s.length;
    }
    for (const w of pdf.broken) expect(text).toMatch(new RegExp(`\\b${w}\\b`));
    for (const f of pdf.furniture) expect(text).not.toContain(f);
    expect(text).not.toContain('November 13, 2023');
    expect(a.text.split('\n\n')).toHaveLength(pdf.paragraphs.length);
  });

  it('a PDF whose pages hold no text, and one that is not a PDF, each get one line', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([300, 400]).drawRectangle({ x: 20, y: 20, width: 100, height: 100 });
    await expect(openArticle({ name: 'scan.pdf', bytes: await doc.save() })).rejects.toThrow(/^no article found in scan\.pdf \(its pages hold no text/);
    await expect(openArticle({ name: 'junk.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot really') })).rejects.toThrow(/^not a readable PDF/);
  });

  it('one column of plain lines reads as it stands', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([420, 595]);
    const lines = ['The museum reopened on Friday after a two-year renovation costing 40 million euros.',
      'Its director said 120,000 visitors were expected in the first month.', 'The new wing holds 300 paintings.',
      'Tickets will be free for children under 12 until the end of the year, the city council said.'];
    lines.forEach((l, i) => page.drawText(l, { x: 40, y: 540 - i * 30, size: 9, font }));
    const a = await openArticle({ name: 'museum.pdf', bytes: await doc.save() });
    expect(a.text.split('\n\n')).toEqual(lines);
  });
});

describe('Word .docx', () => {
  it('the Title-style headline, the dateline and byline as details, the text without caption, header or footer', async () => {
    const docx = makeDocx();
    const a = await openArticle({ name: 'ruling.docx', bytes: docx.bytes });
    expect(a.kind).toBe('docx');
    expect(a.title).toBe(docx.title);
    expect(a.publishedOn).toBe(docx.publishedOn);
    expect(a.byline).toBe('Marta Fernandes');
    const text = flat(a.text);
    for (const s of sentencesOf(docx.paragraphs)) expect(text).toContain(flat(s));
    for (const f of docx.furniture) expect(text).not.toContain(f);
    // Runs split by bold, italic and a link are one paragraph again.
    for (const p of docx.paragraphs) expect(a.text.split('\n\n')).toContain(p);
  });

  it('a zip that is not a Word file is refused with one line', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync({ 'notes.txt': strToU8('hello') });
    await expect(openArticle({ name: 'notes.zip', bytes: zip })).rejects.toThrow(/^a zip file, not an article/);
    await expect(openArticle({ name: 'fake.docx', bytes: zip })).rejects.toThrow(/^not a readable Word document/);
  });
});

describe('a page saved as text', () => {
  it('a .html file with no markup in it (a page saved as text) is read as text, its paragraphs kept', async () => {
    const paras = [
      'Kristen Wiig wrote the script with a friend over four years, and the film became the summer hit of its studio.',
      'It was her first lead role in a film, and the critics praised her timing in every scene she was in.',
      'She said on Tuesday that she would not write a sequel, because the story had already been told.',
    ];
    const bytes = new TextEncoder().encode(paras.join('\n\n'));
    for (const contentType of [null, 'text/html; charset=utf-8']) {
      const a = await openArticle({ name: 'wiig-interview.html', bytes, contentType });
      expect(a.kind).toBe('text');
      expect(a.text.split('\n\n')).toEqual(paras);
    }
  });

  it("a text file's dateline is its date, and a text without one has none", async () => {
    const text = 'DUBLIN, July 2, 2014 — Harbor Biotech plc today announced that it has agreed to buy the rights to a drug.\n\nThe deal is worth $75 million.';
    expect((await openArticle({ name: 'release.txt', bytes: new TextEncoder().encode(text) })).publishedOn).toBe('2014-07-02');
    const undated = 'Harbor Biotech said on Wednesday that it has agreed to buy the rights to a drug.';
    expect((await openArticle({ name: 'note.txt', bytes: new TextEncoder().encode(undated) })).publishedOn).toBeNull();
  });
});
