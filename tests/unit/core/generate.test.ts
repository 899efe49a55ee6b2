import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckSchema, type Card, type Deck } from '../../../src/core/deck.js';
import { isInputError } from '../../../src/core/errors.js';
import { generateDeck } from '../../../src/core/generate.js';
import { giveaway } from '../../../src/core/facts/extract.js';
import { countWords } from '../../../src/core/cards/eval.js';

const ARTICLE = readFileSync(new URL('../../../decks/japan-times-hayashi-kyiv.txt', import.meta.url), 'utf8');
const INPUT = { text: ARTICLE, title: "Japan's foreign minister makes unannounced visit to Ukraine", publisher: 'Japan Times', publishedOn: '2023-09-09' };
const deck: Deck = generateDeck(INPUT);
const qa = (c: Card): boolean => c.kind === 'qa' || c.kind === 'choice';
const find = (re: RegExp, kinds = qa): Card[] => deck.cards.filter((c) => kinds(c) && re.test(c.prompt));

describe('the built-in article', () => {
  it('is a valid factdeck/1 deck with evidence pointing into the cleaned source', () => {
    expect(deckSchema.parse(deck)).toBeTruthy();
    expect(deck.source?.text).not.toContain('culled from');
    expect(deck.generator).toEqual({ name: 'factdeck', version: expect.any(String) });
    for (const c of deck.cards) {
      const e = c.evidence;
      expect(e).toBeTruthy();
      if (e) expect(deck.source?.text.slice(e.start, e.end)).toBe(e.sentence);
      expect(c.fact).toBeTruthy();
      expect(c.tags.length).toBeGreaterThan(0);
    }
  });

  it('asks who visited Ukraine on Saturday, and when (2023-09-09)', () => {
    const who = find(/^Who made an unannounced visit to Ukraine on Saturday/);
    expect(who.map((c) => c.answer)).toContain('Yoshimasa Hayashi');
    const when = find(/^When did Foreign Minister Yoshimasa Hayashi visit Ukraine\?$/);
    expect(when[0]?.answer).toContain('September 9, 2023');
  });

  it('asks when Kishida visited Kyiv (March 2023) and when Zelenskyy went to Hiroshima (May 2023)', () => {
    expect(find(/^When did Prime Minister Fumio Kishida visit Kyiv\?$/)[0]?.answer).toBe('March 2023');
    expect(find(/^When did President Volodymyr Zelenskyy visit Hiroshima\?$/)[0]?.answer).toBe('May 2023');
    expect(find(/^Who made a surprise visit to Hiroshima for the G7 summit/)[0]?.answer).toBe('Volodymyr Zelenskyy');
  });

  it('asks the aid total', () => {
    expect(find(/^How much aid has Japan provided/)[0]?.answer).toBe('more than $7 billion');
  });

  it('asks the G7 order: final leader Kishida, final top diplomat Hayashi', () => {
    expect(find(/final G7 leader to visit Kyiv/)[0]?.answer).toBe('Fumio Kishida');
    expect(find(/final top diplomat from a Group of Seven nation/)[0]?.answer).toBe('Yoshimasa Hayashi');
  });

  it('asks who said what, with a whole quoted sentence', () => {
    const quote = deck.cards.find((c) => /^Who said: “I am grateful to Japan/.test(c.prompt));
    expect(quote?.answer).toBe('Volodymyr Zelenskyy');
  });

  it('matches people with their roles', () => {
    const match = deck.cards.find((c) => c.kind === 'match');
    const pairs = Object.fromEntries(match?.pairs ?? []);
    expect(pairs['Yoshimasa Hayashi']).toBe('Foreign Minister');
    expect(pairs['Fumio Kishida']).toBe('Prime Minister');
    expect(pairs['Volodymyr Zelenskyy']).toBe('President');
    expect(pairs['Dmytro Kuleba']).toMatch(/Ukrainian counterpart/);
    expect(pairs['Hiroshi Mikitani']).toBe('Rakuten chief');
  });

  it('has a timeline card in the right order', () => {
    const order = deck.cards.find((c) => c.kind === 'order');
    const items = order?.answer.split(' → ') ?? [];
    const at = (re: RegExp): number => items.findIndex((i) => re.test(i));
    const steps = [/invasion/, /Kishida/, /Zelenskyy.*Hiroshima/, /Group of Seven nations said/, /Hayashi.*visit to Ukraine/];
    const idx = steps.map(at);
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((x, y) => x - y)).toEqual(idx);
    expect(order?.items).toEqual(items);
    // The items do not show their dates.
    for (const item of order?.items ?? []) expect(item).not.toMatch(/\b(2022|2023|March|May|July|Saturday)\b/);
  });

  it('gives no answer away in its prompt, and asks nothing twice', () => {
    for (const c of deck.cards) if (c.kind === 'qa' || c.kind === 'choice' || c.kind === 'cloze') expect(giveaway(c.prompt, c.answer), c.prompt).toBe(false);
    const prompts = deck.cards.filter((c) => c.kind !== 'truefalse').map((c) => c.prompt);
    expect(new Set(prompts).size).toBe(prompts.length);
    expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
  });

  it('has choice cards with at least 3 distractors that include the answer, and true/false cards', () => {
    const choices = deck.cards.filter((c) => c.kind === 'choice');
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      expect(c.choices?.length).toBeGreaterThanOrEqual(4);
      expect(c.choices).toContain(c.answer);
    }
    expect(deck.cards.some((c) => c.kind === 'truefalse' && /^(True|False)$/.test(c.answer))).toBe(true);
  });

  it('keeps to at most 8 cards per 100 words', () => {
    expect((100 * deck.cards.length) / countWords(deck.source?.text ?? '')).toBeLessThanOrEqual(8);
    expect(deck.cards.length).toBeGreaterThanOrEqual(15);
  });
});

describe('stability', () => {
  it('gives a byte-identical deck for the same input', () => {
    expect(JSON.stringify(generateDeck(INPUT))).toBe(JSON.stringify(deck));
    expect(deck.id).toMatch(/^japan-s-foreign-minister-makes-unannounced-visit-[a-z0-9]+$/);
  });

  it('keeps most card ids after one sentence is edited', () => {
    const edited = generateDeck({ ...INPUT, text: ARTICLE.replace('toured the Kyiv suburb of Bucha', 'visited the Kyiv suburb of Irpin') });
    const before = new Set(deck.cards.map((c) => c.id));
    const kept = edited.cards.filter((c) => before.has(c.id)).length;
    expect(kept / deck.cards.length).toBeGreaterThanOrEqual(0.8);
  });

  it('reports progress', () => {
    const calls: Array<[number, number]> = [];
    generateDeck(INPUT, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.length).toBeGreaterThan(0);
    const last = calls.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
  });
});

describe('bad input', () => {
  const rejects = (text: string, re: RegExp): void => {
    let err: unknown;
    const t0 = Date.now();
    try {
      generateDeck({ text });
    } catch (e) {
      err = e;
    }
    expect(isInputError(err), String(err)).toBe(true);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).not.toContain('\n');
    expect(Date.now() - t0).toBeLessThan(5000);
  };
  it('refuses empty text', () => rejects('   \n ', /empty/));
  it('refuses PDF bytes', () => rejects('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type/Catalog>>', /PDF/));
  it('refuses binary bytes', () => rejects('\u0000\u0001\u0002ELF\u0000\u0000\ufffd\ufffd'.repeat(200), /binary/));
  it('refuses 5 MB of text, naming the limit', () => rejects('word '.repeat(1_000_000), /limit is 2000000 characters/));
  it('refuses text without sentences', () => rejects('1234 5678 ---- ####', /no sentences/));
  it('refuses non-English text', () => {
    rejects('日本の外務大臣は土曜日にウクライナを訪問した。岸田首相は三月にキーウを訪れた。', /English/);
    rejects("Le ministre japonais des Affaires étrangères s'est rendu samedi en Ukraine pour une visite surprise, a indiqué le gouvernement.", /English/);
  });
  it('handles a long article in linear time', () => {
    const long = (ARTICLE.replace('culled from Japan Times', '') + '\n').repeat(60);
    const t0 = Date.now();
    const d = generateDeck({ text: long, publishedOn: '2023-09-09' });
    expect(d.cards.length).toBeGreaterThan(10);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('other input shapes', () => {
  it('makes a deck from an HTML page, evidence pointing into the cleaned text', () => {
    const html = `<html><head><title>x</title><script>var a=1;</script></head><body><nav>Home</nav><article>
      <h1>Minister visits Kyiv</h1><p>By Jane Doe</p>
      <p>Foreign Minister Yoshimasa Hayashi made an unannounced visit to Ukraine on Saturday.</p>
      <p>Japan has provided Ukraine with more than $7 billion in aid, the ministry said.</p>
      <p>In March, Prime Minister Fumio Kishida became the final G7 leader to visit Kyiv.</p></article>
      <footer>Read more</footer></body></html>`;
    const d = generateDeck({ text: html, publishedOn: '2023-09-09' });
    expect(d.source?.text).not.toMatch(/<|var a|By Jane Doe|Read more/);
    expect(d.cards.some((c) => c.answer === 'March 2023')).toBe(true);
    expect(d.cards.some((c) => c.evidence?.sentence === 'Minister visits Kyiv')).toBe(false);
    for (const c of d.cards) if (c.evidence) expect(d.source?.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.sentence);
  });
  it('makes a deck from Markdown', () => {
    const md = '# Visit\n\n**Foreign Minister Yoshimasa Hayashi** made an unannounced visit to [Ukraine](https://x.y) on Saturday.\n\n- Japan has provided Ukraine with more than $7 billion in aid.';
    const d = generateDeck({ text: md, publishedOn: '2023-09-09' });
    expect(d.source?.text).not.toMatch(/\*\*|\]\(|^#/m);
    expect(d.cards.length).toBeGreaterThan(0);
  });
});

describe('the timeline', () => {
  it('dates only the main clause\'s event: a second date in a side clause is another event', () => {
    const text = `The Army began developing the Osprey in 1982, though the program was nearly scrapped in 1989 when the defense secretary sought to cancel it.
Questions were raised about the safety of the Osprey after a crash in 1992 in Virginia.
The Marine Corps grounded the Osprey fleet in 2000 after two more crashes.
The Air Force began using Ospreys in 2008 after testing the aircraft in 2006.`;
    const d = generateDeck({ text, publishedOn: '2012-06-14' });
    const order = d.cards.find((c) => c.kind === 'order');
    expect(order, d.cards.map((c) => c.prompt).join('\n')).toBeDefined();
    const items = order!.items ?? [];
    expect(new Set(items.map((x) => x.replace(/ in \d{4}/, ''))).size).toBe(items.length);
    expect(items.filter((x) => /^The Army began developing the Osprey/.test(x))).toHaveLength(1);
  });
});
