import { describe, expect, it } from 'vitest';
import { nearbyAmounts, parseAmount } from '../../../src/core/article/amounts.js';
import { cleanText } from '../../../src/core/article/clean.js';
import { resolveDate, parseIsoDate } from '../../../src/core/article/dates.js';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { readArticle as read } from '../../../src/core/article/index.js';
import { parserOf } from '../../../src/core/article/parser.js';

const parse = parserOf(loadSyntaxModel());
const readArticle = (text: string, publishedOn: string | null) => read(text, { parse, publishedOn });

const ref = parseIsoDate('2023-09-09');

describe('cleaning', () => {
  it('turns HTML into paragraphs and drops scripts and navigation', () => {
    const html = '<html><body><nav>Home | World</nav><h1>Title here</h1><p>First &amp; second.</p><script>x=1</script><p>Third.</p></body></html>';
    expect(cleanText(html)).toBe('Title here\nFirst & second.\nThird.');
  });
  it('strips Markdown marks', () => {
    expect(cleanText('# Head\n\nSome **bold** and [a link](http://x.y) here.')).toBe('Head\nSome bold and a link here.');
  });
  it("drops a web page's labels from pasted text too (one list for both)", () => {
    expect(
      cleanText('Workers struck in Lyon on Monday.\nFollow Jane Doe on Twitter.\nFILE - A picket line in 2019.\nExhibit 99.1'),
    ).toBe('Workers struck in Lyon on Monday.');
  });

  it('drops boilerplate lines, datelines and credits', () => {
    expect(cleanText('Real news sentence here.\nculled from Japan Times\nRead more')).toBe('Real news sentence here.');
    expect(cleanText('PARIS, France (CNN) -- Workers struck. -- CNN\'s Jo Doe contributed to this report.')).toBe('Workers struck.');
  });
});

describe('names', () => {
  it('takes a given name after "from" for a person, and a sentence\'s first plural for a common noun', () => {
    const a = readArticle('Residents rushed into the streets. Goalkeeper Emiliano Martinez saved from Kingsley Coman in Lusail. Executives were released. The executives were unharmed.', '2022-12-18');
    const types = Object.fromEntries(a.mentions.map((m) => [m.text, m.type]));
    expect(types['Kingsley Coman']).toBe('person');
    expect(types['Residents']).toBeUndefined();
    expect(types['Executives']).toBeUndefined();
    expect(types['Lusail']).toBe('place');
  });
});

describe('names with particles', () => {
  it('reads "Sheikh Ali al-Khalifa al-Sabah" as one person, not three ("Ali", "Khalifa", "Sabah")', () => {
    const a = readArticle(
      'Sheikh Ali al-Khalifa al-Sabah was quoted by the daily al-Qabas. He denied that Kuwait was pumping above its quota.',
      '1987-03-02',
    );
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.canonical)).toEqual(['Ali al-Khalifa al-Sabah']);
  });
});

describe('companies', () => {
  it('takes a name said to be a company anywhere ("X, which employs", "X said it", "X shares") for an organisation everywhere', () => {
    const a = readArticle('Drivers at the national railway Deutsche Bahn went on strike. Deutsche Bahn, which employs 220,000 people, said talks failed. ' +
      'Novo Nordisk shares rose 3 percent. Analyst Jane Porter praised Novo Nordisk for the trial.', '2024-01-10');
    const types = new Set(a.mentions.filter((m) => /Deutsche Bahn|Novo Nordisk/.test(m.text)).map((m) => m.type));
    expect([...types]).toEqual(['org']);
    expect(a.mentions.find((m) => m.text === 'Jane Porter')?.type).toBe('person');
  });
});

describe('dates', () => {
  it('resolves against the publication date, moving year-less dates back a year', () => {
    expect(resolveDate('Saturday', ref)?.iso).toBe('2023-09-09');
    expect(resolveDate('March', ref)?.iso).toBe('2023-03');
    expect(resolveDate('November', ref)?.iso).toBe('2022-11');
    expect(resolveDate('February 2022', ref)?.iso).toBe('2022-02');
    expect(resolveDate('Sept. 9', ref)?.iso).toBe('2023-09-09');
    expect(resolveDate('yesterday', ref)?.iso).toBe('2023-09-08');
  });
  it('reads a weekday something will happen on as the coming one', () => {
    const a = readArticle('Toyota reported its results on Wednesday. Rival Honda will report its results on Friday.', '2023-08-02');
    const days = a.mentions.filter((m) => m.type === 'date').map((m) => m.date?.iso);
    expect(days).toEqual(['2023-08-02', '2023-08-04']);
  });
  it('puts a month said in the present tense in the story\'s year, not the year before (round 4747\'s false cards)', () => {
    const a = readArticle(
      "Waste Management's tender offer expires March 25. Indonesia is facing general elections in April. " +
        'Saudi output fell in January. The accord of December is holding.',
      '1987-02-26',
    );
    const days = a.mentions.filter((m) => m.type === 'date').map((m) => m.date?.iso);
    expect(days).toEqual(['1987-03-25', '1987-04', '1987-01', '1986-12']);
  });
  it('does not depend on the clock when there is no publication date', () => {
    expect(resolveDate('this month', null)).toBeNull();
    expect(resolveDate('Tuesday', null)).toBeNull();
    expect(resolveDate('2012', null)?.iso).toBe('2012');
  });
});

describe('amounts', () => {
  it('reads the wires\' "mln dlrs" as millions of dollars, and counts "3.5 mln barrels" by its figure', () => {
    expect(parseAmount('79 mln dlrs')).toMatchObject({ value: 79e6, currency: 'USD' });
    const a = readArticle('Exco will buy RMJ for about 79 mln dlrs. Output fell to 3.5 mln barrels per day.', '1987-03-02');
    const values = a.mentions.filter((m) => m.type === 'amount' || m.type === 'number').map((m) => `${m.type} ${m.text}`);
    expect(values).toEqual(['amount about 79 mln dlrs', 'number 3.5']);
  });
  it('offers wrong amounts near the answer ("64, 96, 128 dollars" gave "32 dollars" away)', () => {
    const answer = parseAmount('32 dollars');
    for (let seed = 0; seed < 8; seed++) {
      const near = (answer ? nearbyAmounts(answer, 6, seed) : [])
        .slice(0, 3)
        .map((x) => parseAmount(x)?.value ?? 0)
        .filter((v) => v >= 16 && v <= 64);
      expect(near.length).toBeGreaterThanOrEqual(2);
    }
  });
  it('writes wrong amounts as the answer writes its own ("$19.99" among "$25, $30, $60"; "$1,160 million")', () => {
    const wrong = (text: string): string[] => {
      const answer = parseAmount(text);
      return answer ? [0, 1, 2, 3].flatMap((seed) => nearbyAmounts(answer, 3, seed)) : [];
    };
    expect(wrong('$19.99').every((x) => /^\$\d+\.99$/.test(x))).toBe(true);
    expect(wrong('$580 million')).toContain('$1.16 billion');
    expect(wrong('$580 million').filter((x) => /\d,\d{3} million/.test(x))).toEqual([]);
    expect(wrong('17 dollars').every((x) => /^\d+ dollars$/.test(x))).toBe(true);
  });
  it('reads value, currency and qualifier', () => {
    expect(parseAmount('$7 billion', 'Japan has provided Ukraine with more than ')).toEqual({ value: 7e9, currency: 'USD', qualifier: 'more than', text: 'more than $7 billion' });
    expect(parseAmount('twenty-three')?.value).toBe(23);
  });
});

describe('reading the built-in kind of article', () => {
  const text = 'U.S. officials met on Sept. 9 in Tokyo. Foreign Minister Yoshimasa Hayashi said Mr. Kishida agreed. Later, Hayashi left for Kyiv, accompanying Rakuten chief Hiroshi Mikitani.';
  const a = readArticle(text, '2023-09-09');
  it('splits sentences around abbreviations', () => {
    expect(a.sentences.map((s) => s.text)).toEqual([
      'U.S. officials met on Sept. 9 in Tokyo.',
      'Foreign Minister Yoshimasa Hayashi said Mr. Kishida agreed.',
      'Later, Hayashi left for Kyiv, accompanying Rakuten chief Hiroshi Mikitani.',
    ]);
  });
  it('types names, strips titles and links surnames to full names', () => {
    const people = a.mentions.filter((m) => m.type === 'person').map((m) => m.canonical);
    expect(people).toContain('Yoshimasa Hayashi');
    expect(people).toContain('Hiroshi Mikitani');
    expect(people.filter((p) => p === 'Yoshimasa Hayashi').length).toBe(2);
    expect(a.entities.get('Yoshimasa Hayashi')?.title).toBe('Foreign Minister');
    expect(a.mentions.find((m) => m.text === 'Rakuten')?.type).toBe('org');
    expect(a.mentions.find((m) => m.text === 'Kyiv')?.type).toBe('place');
  });
  it('offsets point into the text', () => {
    for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
