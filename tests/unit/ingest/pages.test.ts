// Saved news pages -> their articles: on the pages written for the tests (seven site layouts), every sentence of
// the article is kept, the page's boilerplate dropped, the headline and the publication date found.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/core/article/page.js';
import { heldOutPages, notArticles, olderPages, savedPages, scorePage } from '../../fixtures/pages/saved-pages.js';

describe('saved web pages', () => {
  for (const page of [...savedPages(), ...heldOutPages(), ...olderPages()]) {
    it(`${page.file}: the article's sentences, without the page's boilerplate, with its title and date`, () => {
      // The fixture itself must be fair: no boilerplate phrase is part of the article.
      for (const b of page.boilerplate) expect(scorePage(page.paragraphs.join('\n'), { ...page, boilerplate: [b] }).leaked).toEqual([]);
      const a = readPage(page.html, page.file);
      const s = scorePage(a.text, page);
      expect(s.lost).toEqual([]);
      expect(s.leaked).toEqual([]);
      expect(a.title).toBe(page.title);
      expect(a.publishedOn).toBe(page.publishedOn);
      // Paragraphs stay paragraphs, a blank line between them: each of the article's is one of the text's.
      const paras = a.text.split('\n\n');
      for (const p of page.paragraphs) expect(paras.some((x) => x.endsWith(p))).toBe(true);
    });
  }

  for (const { file, html } of notArticles()) {
    it(`${file} is not an article: one line says so`, () => {
      expect(() => readPage(html, file)).toThrow(`no article found in ${file}`);
    });
  }
});
