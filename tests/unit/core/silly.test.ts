// "Nothing silly": blanks no teacher would make, and choices a reader can rule out without having read the article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/core/generate.js';
import { parseNumber } from '../../../src/core/article/amounts.js';
import { readArticle } from '../../../src/core/article/index.js';
import { sentenceFacts } from '../../../src/core/facts/extract.js';
import { pronounResolver } from '../../../src/core/facts/names.js';
import type { Ask } from '../../../src/core/facts/types.js';

const ARTICLE = readFileSync(new URL('../../../decks/japan-times-hayashi-kyiv.txt', import.meta.url), 'utf8');
const deck = generateDeck({ text: ARTICLE, title: "Japan's foreign minister makes unannounced visit to Ukraine", publisher: 'Japan Times', publishedOn: '2023-09-09' });
const show = (cards: Array<{ prompt: string; answer: string }>): string => cards.map((c) => `${c.prompt} -> ${c.answer}`).join('\n');

const COLLECTOR = `German art collector Cornelius Gurlitt, whose collection was seized in 2012, died Tuesday in Munich.
One day after Gurlitt's death at the age of 81, the Museum of Fine Arts Bern announced that Gurlitt had named it his sole heir.
The museum said it had never had any connection to the collector.
In one instance, the complaint alleges, a dealer sold two of the paintings to a buyer in Zurich.
The two also discussed a Swiss-German exhibition planned for next year.`;

describe('nothing silly', () => {
  it('does not blank "the two" (a pronoun) or "one" (in one instance)', () => {
    const d = generateDeck({ text: COLLECTOR, publishedOn: '2014-05-07' });
    const counts = [...deck.cards, ...d.cards].filter((c) => c.kind === 'cloze' && (/_____ instance/.test(c.prompt) || /\bthe _____ (also|agreed|agreeing|discussed)\b/i.test(c.prompt)));
    expect(counts, show(counts)).toEqual([]);
  });

  it('does not blank who says a sentence ("The _____ said", "according to the _____")', () => {
    const said = deck.cards.filter((c) => /(^|\. )The _____ (also )?(said|alleges)/.test(c.prompt) || /according to the _____/.test(c.prompt));
    expect(said, show(said)).toEqual([]);
  });

  it('does not blank part of a compound word ("a Japan-_____ investment conference")', () => {
    const d = generateDeck({ text: COLLECTOR, publishedOn: '2014-05-07' });
    const parts = [...deck.cards, ...d.cards].filter((c) => /[-–]_____|_____[-–]/.test(c.prompt));
    expect(parts, show(parts)).toEqual([]);
  });

  it('keeps a title\'s capitals in a question, and does not blank "Japan-Ukraine" as a name', () => {
    expect(deck.cards.filter((c) => /\bforeign Minister\b/.test(c.prompt)), show(deck.cards)).toEqual([]);
    expect(deck.cards.filter((c) => /^(Japan-Ukraine|Ukrainian-Japanese)$/.test(c.answer)), show(deck.cards)).toEqual([]);
  });

  it('offers no date after the article was published', () => {
    const dated = deck.cards.filter((c) => c.kind === 'choice' && c.tags.includes('when'));
    expect(dated.length).toBeGreaterThan(0);
    for (const c of dated) {
      for (const choice of c.choices ?? []) {
        const t = Date.parse(choice.replace(/^[A-Z][a-z]+day, /, ''));
        if (!Number.isNaN(t)) expect(t, `${c.prompt}: ${choice}`).toBeLessThanOrEqual(Date.parse('2023-09-09T23:59:59Z'));
      }
    }
  });

  it('names a person in full in a prompt where the sentence has only the surname, and keeps an age askable', () => {
    const a = readArticle(COLLECTOR, '2014-05-07');
    const s = a.sentences[1]!;
    const asks = sentenceFacts(a, s, pronounResolver(a)).flatMap((f) => f.asks);
    const age = asks.find((k) => /81/.test(k.answer));
    expect(age, show(asks)).toBeDefined();
    expect(age!.prompt).toContain("Cornelius Gurlitt's death");
    expect(s.text).toContain("after Gurlitt's death");
    const toronto = readArticle('The 45-year-old man suffered a head injury in the collapse in Toronto on Saturday, police said.', '2012-06-17');
    const ages = sentenceFacts(toronto, toronto.sentences[0]!, pronounResolver(toronto)).flatMap((f) => f.asks);
    expect(ages.some((k) => parseNumber(k.answer) === 45), show(ages)).toBe(true);
  });
});

/** Every question the generator could ask of a text, before the deck is cut to size. */
function pool(text: string): Ask[] {
  const a = readArticle(text, '2014-05-07');
  const r = pronounResolver(a);
  return a.sentences.flatMap((s) => sentenceFacts(a, s, r)).flatMap((f) => f.asks);
}

describe('nothing silly, in every candidate question', () => {
  it('skips interview labels, rhetorical questions, counts without a figure and ordinary capitalised words', () => {
    const text = `The Screening Room: Why is this festival so important to you?
When will we tire of this circus?
Hundreds of French workers were holding executives of the company hostage on Tuesday.
Executives were released unharmed in both previous situations, the union said.
Aerial footage afterward showed that some metal framing crumpled on the stage in Toronto.`;
    const asks = pool(text);
    // "Executives" is asked as the people they are ("Who were released ...?"), not as a name ("What were ...?").
    const bad = asks.filter((k) => /^(Screening Room|circus|Hundreds|Aerial)$/.test(k.answer) || /^What were released/.test(k.prompt));
    expect(bad, show(bad)).toEqual([]);
    expect(asks.some((k) => k.answer === 'Toronto'), show(asks)).toBe(true);
  });

  it('does not blank a word of a longer name or of a short quoted title', () => {
    const asks = pool(`Critic Deborah Russell told the Sydney Morning Herald that the video was sexist.
The " Safety in Paradise " video was filmed in the Cook Islands in January.`);
    const bad = asks.filter((k) => /^(Sydney|Safety|Paradise)$/.test(k.answer));
    expect(bad, show(bad)).toEqual([]);
  });

  it('asks about the subject after a description of it, and asks "Who" of a Mr. named once with his title', () => {
    const asks = pool(`British filmmaker, screenwriter and playwright, Mike Leigh has been in the movie business for over 35 years.
The released man was a human resources director identified only as Mr. Petit.
Petit had a heart attack a few weeks ago, the union said.`);
    expect(asks.filter((k) => k.answer === 'British filmmaker'), show(asks)).toEqual([]);
    const petit = asks.find((k) => k.answer === 'Petit' && !k.cloze);
    expect(petit?.prompt, show(asks)).toMatch(/^Who had a heart attack/);
  });

  it('keeps a question whole: no cut inside "carry-on", no list item left behind', () => {
    const asks = pool(`Ralph Mata then used contacts at the airport to transport the weapons in his carry-on luggage on trips from Miami.
Ospreys were first deployed by the Marines in Iraq in 2007 after 18 years and $20 billion in development.`);
    expect(asks.filter((k) => /carry-\?$/.test(k.prompt)), show(asks)).toEqual([]);
    expect(asks.filter((k) => /^How long/.test(k.prompt)), show(asks)).toEqual([]);
  });
});
