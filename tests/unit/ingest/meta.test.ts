// What a page says about its article, in the order publishers fill it in reliably; and datelines in documents.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/core/article/dom.js';
import { isoDay, pageMeta, withoutSiteName } from '../../../src/core/article/page-meta.js';
import { readPage } from '../../../src/core/article/page.js';
import { datelineDate, topMatter } from '../../../src/core/article/source.js';

const page = (head: string, body = '') => pageMeta(parsePage(`<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`).document);
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('page metadata', () => {
  it('headline: JSON-LD, then og:title, then <title> without the site name', () => {
    const title = '<title>From the title tag | World | Daily Ledger</title>';
    const og = '<meta property="og:title" content="From Open Graph"><meta property="og:site_name" content="Daily Ledger">';
    expect(page(title + og + ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' })).title).toBe('From JSON-LD');
    expect(page(title + og).title).toBe('From Open Graph');
    expect(page(title).title).toBe('From the title tag');
    expect(page(title).siteName).toBe('Daily Ledger');
    // JSON-LD that is broken, or describes no article, is passed over.
    expect(page(title + og + '<script type="application/ld+json">{not json</script>' + ld({ '@type': 'Organization', name: 'X' })).title).toBe('From Open Graph');
  });

  it('the site name comes off a headline whichever side it is on', () => {
    expect(withoutSiteName('Argentina win the World Cup | CNN', 'CNN')).toBe('Argentina win the World Cup');
    expect(withoutSiteName('NYTimes.com - Apple unveils its first headset', 'NYTimes.com')).toBe('Apple unveils its first headset');
    expect(withoutSiteName('Storm hits coast - live updates as it happened', null)).toBe('Storm hits coast');
    expect(withoutSiteName('Well-known plans: a bumpy ride', null)).toBe('Well-known plans: a bumpy ride');
  });

  it('publication date: JSON-LD, then article:published_time, then <time datetime>; the day as the publisher wrote it', () => {
    const meta = '<meta property="article:published_time" content="2023-09-08T10:00:00Z">';
    const time = '<time datetime="2023-09-07">7 September</time>';
    expect(page(meta + ld({ '@graph': [{ '@type': ['NewsArticle'], datePublished: '2023-09-09T23:30:00+09:00' }] }), time).publishedOn).toBe('2023-09-09');
    expect(page(meta, time).publishedOn).toBe('2023-09-08');
    expect(page('', time).publishedOn).toBe('2023-09-07');
    expect(page('').publishedOn).toBeNull();
    expect(page('').language).toBe('en-GB');
  });

  it('byline from JSON-LD authors, a meta tag, or the page\'s byline element', () => {
    expect(page(ld({ '@type': 'NewsArticle', author: [{ name: 'A One' }, { name: 'B Two' }] })).byline).toBe('A One, B Two');
    expect(page('<meta name="author" content="By C Three and D Four">').byline).toBe('C Three, D Four');
    expect(page('', '<div class="byline"><p>By E Five</p><p>Reuters</p></div>').byline).toBe('E Five, Reuters');
  });

  it('dates that are not dates are no dates', () => {
    expect(isoDay('2023-13-01')).toBeNull();
    expect(isoDay('yesterday')).toBeNull();
    expect(isoDay('Wed, 02 Aug 2023 10:45:00 GMT')).toBe('2023-08-02');
  });
});

describe('datelines', () => {
  it('reads the forms papers print, and only short lines', () => {
    expect(datelineDate('November 13, 2023')).toBe('2023-11-13');
    expect(datelineDate('Sept. 9, 2023')).toBe('2023-09-09');
    expect(datelineDate('Published 9 Sep 2023, 10:02')).toBe('2023-09-09');
    expect(datelineDate('Updated: 2024-03-28')).toBe('2024-03-28');
    expect(datelineDate('The fine was imposed on June 27, 2017, after a seven-year investigation by the commission.')).toBeNull();
    expect(datelineDate('Room 101')).toBeNull();
    // (A short sentence with a date in it is no dateline: round 8383.)
    expect(datelineDate('The current agreement expires on Sept 30, 1988.')).toBeNull();
    expect(datelineDate('Updated: March 3, 2023 10:45 AM ET')).toBe('2023-03-03');
  });

  it("takes a wire's or a press release's dateline before the first sentence for the date (round 5858)", () => {
    const lead = 'DUBLIN, July 2, 2014 — Harbor Biotech plc today announced that it has agreed to buy the rights to a drug.';
    expect(topMatter(['HARBOR BIOTECH TO BUY DRUG RIGHTS', lead]).publishedOn).toBe('2014-07-02');
    expect(topMatter(['NEW YORK, March 3, 2023 (Reuters) - Shares fell.']).publishedOn).toBe('2023-03-03');
    expect(topMatter(['Sales of the new phone rose sharply on July 2, 2014 - the best day of the year for the firm.']).publishedOn).toBeNull();
    // A page that gives no date in its markup: the dateline is the article's date.
    const body = [lead, 'The deal is worth $75 million to the seller, and it should close in the third quarter.', 'Harbor Biotech will pay for it with cash on hand, the company said in a statement.', 'Its shares rose 4% in early trading in New York after the announcement of the deal.']
      .map((p) => `<p>${p}</p>`)
      .join('');
    expect(readPage(`<html><head><title>Harbor Biotech</title></head><body><article>${body}</article></body></html>`, 'release.html').publishedOn).toBe('2014-07-02');
  });
});
